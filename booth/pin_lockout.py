"""How long the PIN pad waits after wrong PINs: per role, on a clock nobody can turn (P7).

* Each role counts its own wrong PINs. The pad asks which role is signing in, so a visitor
  tapping at the corner (the pad starts on staff) locks the staff PIN, never the
  manager's, and nobody can use the staff count to lock the manager out.
* 5 free tries, then 30 s, doubling with each further wrong PIN up to 15 minutes. The cap
  is what keeps a prankster from shutting a role out for hours; it still leaves a guesser
  about a hundred tries a day, each one in the audit log.
* Waits are measured with ``time.monotonic()``: setting the wall clock forward (by hand, by
  NTP, after a flat clock battery) neither ends a lock nor starts one early.
* A lock survives a restart. Monotonic time only means something within one boot of the
  machine, so each lock keeps the boot it was measured in (Linux's boot id; elsewhere, the
  process). A restart of the app in the same boot resumes the countdown; after a reboot the
  lock runs again in full from the first look at it: pulling the plug never shortens one.
* A right PIN clears its role's count; a manager who resets the staff PIN clears staff's.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from booth.pin_rules import PinError

FREE_TRIES = 5
FIRST_LOCK_S = 30.0
MAX_LOCK_S = 900.0
BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")
_PROCESS_BOOT = f"process:{uuid.uuid4()}"


class LockClock(Protocol):
    """Monotonic seconds and the boot they are counted from."""

    def monotonic(self) -> float: ...

    def boot_id(self) -> str: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def boot_id(self) -> str:
        try:
            return "boot:" + BOOT_ID_FILE.read_text(encoding="ascii").strip()
        except OSError:
            return _PROCESS_BOOT  # no boot id: treat every start of the app as a new boot


class LockedOut(PinError):
    """Too many wrong PINs for ``role``; ``seconds`` until its pad takes another try."""

    def __init__(self, role: str, seconds: float) -> None:
        super().__init__(
            f"too many wrong {role} PINs: try again in {int(seconds + 0.999)} s",
        )
        self.role = role
        self.seconds = seconds


@dataclass(frozen=True)
class Lockout:
    """One role's wrong PINs in a row and the lock they earned."""

    failures: int = 0
    locked_s: float = 0.0  # the length of the current lock, 0 when there is none
    since: float = 0.0  # monotonic time the lock started, in ``boot``
    boot: str = ""

    @property
    def tries_left(self) -> int:
        return max(0, FREE_TRIES - self.failures)

    def remaining(self, clock: LockClock) -> float:
        """Seconds left; after a reboot, the whole lock again (see the module's docstring)."""
        if self.locked_s <= 0:
            return 0.0
        if self.boot != clock.boot_id():
            return self.locked_s
        return max(0.0, min(self.locked_s, self.since + self.locked_s - clock.monotonic()))

    def needs_new_start(self, clock: LockClock) -> bool:
        """A lock measured in another boot: it starts again now, on this boot's clock."""
        return self.locked_s > 0 and self.boot != clock.boot_id()

    def started_again(self, clock: LockClock) -> Lockout:
        return replace(self, since=clock.monotonic(), boot=clock.boot_id())

    def after_failure(self, clock: LockClock) -> Lockout:
        failures = self.failures + 1
        if failures < FREE_TRIES:
            return replace(self, failures=failures)
        locked = min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (failures - FREE_TRIES))
        return Lockout(failures, locked, clock.monotonic(), clock.boot_id())

    def to_json(self) -> dict[str, Any]:
        return {
            "failures": self.failures,
            "locked_s": self.locked_s,
            "since": self.since,
            "boot": self.boot,
        }

    @classmethod
    def from_json(cls, data: Any) -> Lockout:
        if not isinstance(data, dict):
            return cls()
        return cls(
            int(data.get("failures", 0)),
            float(data.get("locked_s", 0.0)),
            float(data.get("since", 0.0)),
            str(data.get("boot", "")),
        )
