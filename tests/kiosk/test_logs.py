"""The log's second line of defence masks phone numbers, and leaves ids whole (P7)."""

from __future__ import annotations

import pytest

from kiosk.logs import redact

IDS = [
    "delivery e0123456-7890-4c0f-8123-123456789012 (sms) sent",
    "delivery 12345678-1234-4123-8123-123456789012 (email) sent",
    "twilio message SM0123456789abcdef0123456789abcdef delivered",
    "retention sweep at 2027-01-31 12:00 removed 3",
    "visit 3 of 12345 committed",
]


@pytest.mark.parametrize("line", IDS)
def test_ids_dates_and_counts_are_left_whole(line: str) -> None:
    """Log lines can be matched to `outbox list` by the delivery id."""
    assert redact(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "sending to +44 7911 123456 now",
        "number (201) 555-0123 refused",
        "to=+12015550123",
        "tel:+447911123456",
        "call 2015550123.",
    ],
)
def test_phone_numbers_are_masked(line: str) -> None:
    """P7: a number that slipped into a log call is not written."""
    masked = redact(line)
    assert "[phone]" in masked
    assert not any(run in masked for run in ("7911", "5550123", "555-0123"))


def test_an_address_is_masked_too() -> None:
    assert redact("to ada.lovelace@example.com ok") == "to [email] ok"
