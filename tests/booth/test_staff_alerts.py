"""What the attract screen's corner note and the admin banner say (issue #6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from booth.staff_alerts import LOW_DISK_BYTES, local_time, staff_alerts


@dataclass
class Health:
    paused_until: datetime | None = None
    last_error: str | None = None


def test_nothing_to_say_when_all_is_well() -> None:
    assert staff_alerts({"email": Health(), "sms": Health()}, "live", LOW_DISK_BYTES * 10) == []


def test_each_problem_gets_a_short_note_and_a_detail_to_act_on() -> None:
    until = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
    alerts = staff_alerts(
        {"sms": Health(until, "Twilio refused the kiosk's credentials (HTTP 401).")},
        "unavailable",
        LOW_DISK_BYTES // 4,
    )
    assert [a.short for a in alerts] == [
        "Text messages paused",
        "Camera unavailable",
        "Disk almost full",
    ]
    assert f"until {local_time(until)}: Twilio refused" in alerts[0].detail
    assert "0.5 GiB left" in alerts[2].detail


def test_unknown_disk_space_is_not_reported_as_full() -> None:
    assert staff_alerts({}, "live", None) == []


def test_each_alert_carries_its_kind_and_values_for_the_screens_to_word() -> None:
    """The screens say the same in the store's language from these (kiosk/ knows no Qt)."""
    until = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
    reason = "SendGrid refused the kiosk's key (HTTP 401)."
    alerts = staff_alerts({"email": Health(until, reason)}, "unavailable", LOW_DISK_BYTES // 4)
    assert [a.kind for a in alerts] == ["channel_paused", "camera_unavailable", "disk_low"]
    paused = alerts[0]
    assert (paused.short, paused.channel, paused.until, paused.reason) == (
        "Email paused",
        "email",
        until,
        reason,
    )
    assert alerts[2].disk_free == LOW_DISK_BYTES // 4
    assert staff_alerts({"sms": Health(until, None)}, "live", None)[0].reason == ""


def test_the_pause_is_told_in_the_store_s_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The outbox keeps UTC; staff in New York read 09:30, not 14:30."""
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        until = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
        (alert,) = staff_alerts({"email": Health(until, "refused")}, "live", None)
        assert "until 09:30" in alert.detail
    finally:
        monkeypatch.undo()
        time.tzset()
