"""PINs: no default, scrypt hashes outside the records file, lockout with a growing delay, roles (P7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from booth.admin_auth import (
    FIRST_LOCK_S,
    AdminSession,
    LockedOut,
    Permission,
    PinError,
    PinStore,
    Role,
    can,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def pins(tmp_path: Path, clock: Clock) -> PinStore:
    store = PinStore.in_folder(tmp_path, clock)
    return store


def test_no_default_pin_until_both_are_set(pins: PinStore) -> None:
    assert pins.needs_setup()
    assert pins.verify("0000").role is None
    pins.set_pin(Role.STAFF, "2468")
    assert pins.needs_setup(), "the manager PIN is still missing"
    pins.set_pin(Role.MANAGER, "13579")
    assert not pins.needs_setup()


def test_pins_are_salted_scrypt_hashes_in_their_own_file(pins: PinStore) -> None:
    """P7: no PIN in plain text, and not in the records database."""
    pins.set_pin(Role.STAFF, "2468")
    pins.set_pin(Role.MANAGER, "13579")
    text = pins.path.read_text()
    assert "2468" not in text and "13579" not in text
    roles = json.loads(text)["roles"]
    assert roles["staff"]["kdf"] == "scrypt" and roles["staff"]["n"] >= 2**14
    assert roles["staff"]["salt"] != roles["manager"]["salt"]
    assert pins.path.name == "admin-pins.json"
    assert pins.path.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "1111", "1234", "٣٣٤٥"])
def test_weak_or_malformed_pins_are_refused(pins: PinStore, pin: str) -> None:
    with pytest.raises(PinError):
        pins.set_pin(Role.STAFF, pin)


def test_staff_and_manager_pins_differ(pins: PinStore) -> None:
    pins.set_pin(Role.STAFF, "2468")
    with pytest.raises(PinError, match="different"):
        pins.set_pin(Role.MANAGER, "2468")


def test_roles_and_their_permissions(pins: PinStore) -> None:
    pins.set_pin(Role.STAFF, "2468")
    pins.set_pin(Role.MANAGER, "13579")
    assert pins.verify("2468").role is Role.STAFF
    assert pins.verify("13579").role is Role.MANAGER
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


def test_five_wrong_pins_lock_with_a_growing_delay(pins: PinStore, clock: Clock) -> None:
    """P7: lockout after 5 wrong tries; the wait doubles; it survives a restart; a right PIN clears it."""
    pins.set_pin(Role.STAFF, "2468")
    pins.set_pin(Role.MANAGER, "13579")
    for left in (4, 3, 2, 1):
        attempt = pins.verify("9999")
        assert attempt.role is None and attempt.tries_left == left and attempt.locked_for == 0
    fifth = pins.verify("9999")
    assert fifth.locked_for == FIRST_LOCK_S
    with pytest.raises(LockedOut) as locked:
        pins.verify("2468")  # even the right PIN waits
    assert locked.value.seconds == pytest.approx(FIRST_LOCK_S)
    restarted = PinStore(pins.path, clock)
    assert restarted.locked_for() == pytest.approx(FIRST_LOCK_S), "a restart does not unlock"
    clock.now += FIRST_LOCK_S
    assert restarted.verify("9999").locked_for == 2 * FIRST_LOCK_S
    clock.now += 2 * FIRST_LOCK_S
    assert restarted.verify("9999").locked_for == 4 * FIRST_LOCK_S
    clock.now += 4 * FIRST_LOCK_S
    assert restarted.verify("2468").role is Role.STAFF
    assert restarted.verify("9999").tries_left == 4, "a right PIN clears the count"


def test_admin_session_locks_after_two_idle_minutes(clock: Clock) -> None:
    session = AdminSession(Role.STAFF, clock=clock)
    clock.now += 119
    assert session.active
    session.touch()
    clock.now += 119
    assert session.may(Permission.SETTINGS)
    assert not session.may(Permission.ERASURE), "staff never reach the manager's tools"
    clock.now += 2
    assert not session.active and not session.may(Permission.SETTINGS)


def test_a_damaged_pin_file_is_reported_not_ignored(pins: PinStore) -> None:
    pins.path.write_text("{not json")
    with pytest.raises(PinError, match=r"admin-pins\.json"):
        pins.needs_setup()
