"""Roles, what each may open, and the admin session that locks itself (P7)."""

from __future__ import annotations

from booth.admin_auth import AdminSession, Permission, Role, can


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_roles_and_their_permissions() -> None:
    for permission in (Permission.SETTINGS, Permission.TESTS, Permission.HEALTH):
        assert can(Role.STAFF, permission) and can(Role.MANAGER, permission)
    for permission in (
        Permission.RECORDS,
        Permission.EXPORTS,
        Permission.ERASURE,
        Permission.AUDIT,
        Permission.LEAVE_KIOSK,
    ):
        assert not can(Role.STAFF, permission), permission
        assert can(Role.MANAGER, permission), permission


def test_admin_session_locks_after_two_idle_minutes() -> None:
    clock = Clock()
    session = AdminSession(Role.STAFF, clock=clock)
    clock.now += 119
    assert session.active
    session.touch()
    clock.now += 119
    assert session.may(Permission.SETTINGS)
    assert not session.may(Permission.ERASURE), "staff never reach the manager's tools"
    clock.now += 2
    assert not session.active and not session.may(Permission.SETTINGS)
