"""Who is at the admin screens: the two roles, what each may open, and the session.

Plain Python, no Qt. The PINs themselves (provisioning with a setup code, the signed PIN
record, lockout per role, changing and resetting) are in :mod:`booth.pin_store` and the
modules it names.

* The manager can do everything staff can; :data:`PERMISSIONS` names what each role may
  open. Staff may change settings, but not the ones that decide where data is sent
  (``Permission.ENDPOINTS``). An :class:`AdminSession` ends after 2 minutes without a touch.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable

IDLE_LOCK_S = 120.0

Clock = Callable[[], float]


class Role(enum.StrEnum):
    STAFF = "staff"
    MANAGER = "manager"


class Permission(enum.StrEnum):
    SETTINGS = "settings"
    TESTS = "tests"
    HEALTH = "health"
    RECORDS = "records"
    EXPORTS = "exports"
    ERASURE = "erasure"
    AUDIT = "audit"
    LEAVE_KIOSK = "leave_kiosk"
    # Where visitors' data and the keys are sent: the providers' endpoints, the photo host,
    # head office's connection (booth.protected_settings). Never staff's (P7, P8).
    ENDPOINTS = "endpoints"


STAFF_PERMISSIONS = frozenset({Permission.SETTINGS, Permission.TESTS, Permission.HEALTH})
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.STAFF: STAFF_PERMISSIONS,
    Role.MANAGER: STAFF_PERMISSIONS | frozenset(Permission),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


class AdminSession:
    """One signed-in person at the admin screens; it ends after ``idle_s`` without a touch."""

    def __init__(self, role: Role, clock: Clock = time.monotonic, idle_s: float = IDLE_LOCK_S):
        self.role = role
        self.clock = clock
        self.idle_s = idle_s
        self._last = clock()
        self._ended = False

    def touch(self) -> None:
        self._last = self.clock()

    def idle_for(self) -> float:
        return self.clock() - self._last

    @property
    def active(self) -> bool:
        return not self._ended and self.idle_for() < self.idle_s

    def end(self) -> None:
        self._ended = True

    def may(self, permission: Permission) -> bool:
        return self.active and can(self.role, permission)

    @property
    def actor(self) -> str:
        """How the audit log names who acted: the role at this kiosk, never a person's name."""
        return f"kiosk-admin:{self.role.value}"
