"""One check's answer: its name, whether it passed, and a sentence that says what to fix."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum


class Status(Enum):
    OK = "ok"
    FAIL = "fail"  # the kiosk will not work as it should: the message says what to do
    SKIP = "skip"  # does not apply here (not enrolled, dry-run delivery)
    UNKNOWN = "unknown"  # could not be found out on this machine (no timedatectl)


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "status": self.status.value, "message": self.message}


def any_failed(checks: Iterable[Check]) -> bool:
    return any(check.status is Status.FAIL for check in checks)


def guarded(name: str, check: Callable[[], list[Check]]) -> list[Check]:
    """A check that crashes reports that as its own failure; the others still run."""
    try:
        return check()
    except Exception as exc:
        return [Check(name, Status.FAIL, f"the check itself failed ({type(exc).__name__}: {exc})")]
