"""Time, in one place, so retention and retries can be tested by travelling in it."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """UTC, second precision is not enough for ordering retries: keep microseconds."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
