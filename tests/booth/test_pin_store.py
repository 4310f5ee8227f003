"""The PIN record and what the kiosk does with it: provisioning, integrity, lockout, changes (P7).

Each test names the hole of issue #15 it closes; all of them use the real records file and
its key (``open_records``), as the kiosk and the command line do.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from booth.admin_auth import Role
from booth.paths import DataLayout
from booth.pin_lockout import FIRST_LOCK_S, FREE_TRIES, MAX_LOCK_S, LockedOut
from booth.pin_record import PinState
from booth.pin_rules import PinError, Weakness, WeakPin
from booth.pin_store import PinsAlreadySet, PinsClosed, PinStore, WrongPin, WrongSetupCode
from booth.records_file import open_records
from tests.support.pins import MANAGER, STAFF, FakeClock, provision


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pins(layout: DataLayout, clock: FakeClock) -> PinStore:
    return provision(layout, clock=clock)


def lock_out(pins: PinStore, role: Role) -> None:
    """Wrong PINs until ``role``'s pad locks; then even the right one waits."""
    while pins.verify(role, "9999").locked_for == 0:
        pass
    with pytest.raises(LockedOut):
        pins.verify(role, STAFF if role is Role.STAFF else MANAGER)


def audit_rows(layout: DataLayout) -> list[tuple[str, str, str]]:
    with sqlite3.connect(layout.database) as conn:
        return [
            (r[0], r[1], r[2])
            for r in conn.execute("SELECT action, actor, details FROM audit_log ORDER BY seq")
        ]


def assert_closed_with_the_way_back(pins: PinStore, state: PinState) -> None:
    assert pins.status().state is state
    for role, pin in ((Role.STAFF, STAFF), (Role.MANAGER, MANAGER)):
        with pytest.raises(PinsClosed) as closed:
            pins.verify(role, pin)
    message = str(closed.value)
    assert "photobooth-kiosk pins setup-code" in message, "it says how to provision again"
    assert "delete" not in message.lower(), "never: delete the file to set new PINs"


def test_deleting_the_pin_file_does_not_bring_back_setup_even_during_a_lockout(
    layout: DataLayout, pins: PinStore, clock: FakeClock
) -> None:
    """P7: deleting admin-pins.json used to bring back first-start setup, even during a
    lockout, so anyone with the data folder became manager. Now the kiosk is closed to
    staff, and PINs can be chosen only with a setup code from provisioning."""
    lock_out(pins, Role.STAFF)
    pins.path.unlink()
    restarted = PinStore(layout, clock)
    assert_closed_with_the_way_back(restarted, PinState.MISSING)
    with pytest.raises(WrongSetupCode):
        restarted.set_up("", "7305", "90817")
    assert not restarted.path.exists(), "nothing was set up"


def test_a_damaged_or_altered_pin_file_closes_the_area_and_never_says_delete_it(
    pins: PinStore,
) -> None:
    """P7: a damaged file's message used to tell staff to delete it (and so become manager)."""
    good = pins.path.read_text()
    pins.path.write_text("{not json")
    assert_closed_with_the_way_back(pins, PinState.ALTERED)
    data = json.loads(good)
    data["roles"]["manager"] = data["roles"]["staff"]  # the staff PIN would open manager
    pins.path.write_text(json.dumps(data))
    assert_closed_with_the_way_back(pins, PinState.ALTERED)
    pins.path.write_text(good)
    assert pins.status().state is PinState.READY, "the file as the kiosk wrote it opens again"


def test_an_older_copy_another_kiosks_record_or_an_unsigned_one_is_refused(
    tmp_path: Path, layout: DataLayout, pins: PinStore
) -> None:
    """P7: the record is signed with a key from the records key and expected by the records
    file, so an old copy (old PINs, an old lockout), another kiosk's file, or a file written
    by hand (the unsigned format before #15) is not accepted."""
    older = pins.path.read_bytes()
    pins.change_pin(Role.STAFF, "7305", by=Role.STAFF, current_pin=STAFF, actor="cli:test")
    newer = pins.path.read_bytes()
    pins.path.write_bytes(older)
    assert_closed_with_the_way_back(pins, PinState.ALTERED)
    other = provision(DataLayout(tmp_path / "other-kiosk").create())
    shutil.copy(other.path, pins.path)
    assert_closed_with_the_way_back(pins, PinState.ALTERED)
    digest = hashlib.scrypt(b"7305", salt=b"s" * 16, n=2**14, r=8, p=1, dklen=32)
    legacy = {"kdf": "scrypt", "n": 2**14, "r": 8, "p": 1, "salt": (b"s" * 16).hex()}
    roles = {name: {**legacy, "hash": digest.hex()} for name in ("staff", "manager")}
    pins.path.write_text(json.dumps({"version": 1, "roles": roles, "failures": 0}))
    assert_closed_with_the_way_back(pins, PinState.ALTERED)
    pins.path.write_bytes(newer)
    assert pins.verify(Role.STAFF, "7305").role is Role.STAFF


def test_the_records_file_notices_a_record_it_does_not_expect(
    layout: DataLayout, pins: PinStore
) -> None:
    """P7: the PIN record's signature is mirrored in the records file's meta table: with the
    mirror gone, even a genuine file is refused; with both gone, there is still no setup
    without a code."""
    with sqlite3.connect(layout.database) as conn:
        conn.execute("DELETE FROM meta WHERE key = 'admin_pins'")
    assert_closed_with_the_way_back(pins, PinState.ALTERED)
    pins.path.unlink()
    assert_closed_with_the_way_back(pins, PinState.NOT_PROVISIONED)


def test_a_crash_between_the_file_and_the_records_file_keeps_the_new_record(
    layout: DataLayout, pins: PinStore, clock: FakeClock
) -> None:
    """The file is replaced before the records file commits: a power cut in between leaves a
    file one step ahead, which is accepted (only the key holder can sign it)."""
    database = open_records(layout)
    try:
        database.conn.execute("BEGIN IMMEDIATE")
        record = pins.file.load(database).record
        assert record is not None
        locked = record.lockout(Role.STAFF)
        for _ in range(FREE_TRIES):
            locked = locked.after_failure(clock)
        pins.file.replace(database, record.with_lockout(Role.STAFF, locked))
        database.conn.execute("ROLLBACK")  # the power cut: meta still names the old record
    finally:
        database.close()
    assert pins.status().state is PinState.READY
    with pytest.raises(LockedOut):
        pins.verify(Role.STAFF, STAFF)


def test_the_setup_code_is_needed_once_and_replacing_set_pins_is_explicit(
    layout: DataLayout, clock: FakeClock
) -> None:
    """P7: first PINs are chosen only with the one-time code from provisioning."""
    pins = PinStore(layout, clock)
    assert pins.status().state is PinState.NOT_PROVISIONED
    code = pins.issue_setup_code(actor="cli:installer")
    assert len(code) == 12 and code.isdigit()
    assert pins.status().state is PinState.SETUP_PENDING
    assert not pins.check_setup_code("000000000000") and pins.check_setup_code(code)
    with pytest.raises(WrongSetupCode):
        pins.set_up("000000000000", STAFF, MANAGER)
    with pytest.raises(WeakPin):
        pins.set_up(code, "1234", MANAGER)
    assert pins.status().state is PinState.SETUP_PENDING, "a refused setup changes nothing"
    pins.set_up(code, STAFF, MANAGER)
    assert pins.verify(Role.MANAGER, MANAGER).role is Role.MANAGER
    with pytest.raises(WrongSetupCode):
        pins.set_up(code, "7305", "90817")  # spent
    with pytest.raises(PinsAlreadySet):
        pins.issue_setup_code(actor="cli:someone")
    fresh = pins.issue_setup_code(actor="cli:installer", replace_pins=True)
    with pytest.raises(PinsClosed):
        pins.verify(Role.MANAGER, MANAGER)  # the corner asks for the code now
    assert not pins.check_setup_code(code), "a new code voids the old one"
    pins.set_up(fresh, "7305", "90817")
    assert pins.verify(Role.STAFF, "7305").role is Role.STAFF
    stored = layout.database.read_bytes() + pins.path.read_bytes()
    assert fresh.encode() not in stored and code.encode() not in stored
    actions = [row[0] for row in audit_rows(layout)]
    assert actions.count("admin.setup_code_issued") == 2 and actions.count("admin.pin_set") == 4


def leaves(node: object) -> list[object]:
    """Every string and number in a JSON document."""
    if isinstance(node, dict):
        return [leaf for value in node.values() for leaf in leaves(value)]
    if isinstance(node, list):
        return [leaf for value in node for leaf in leaves(value)]
    return [node]


def test_pins_are_peppered_scrypt_hashes_in_a_0600_file(pins: PinStore) -> None:
    """P7: no PIN in plain text, and the file alone cannot be guessed offline (peppered
    with the records key), nor is the hash in the records file that is exported."""
    text = pins.path.read_text()
    values = leaves(json.loads(text))
    # Whole values, not substrings: a hex salt or hash may hold "2468" by chance.
    assert not {STAFF, MANAGER, int(STAFF), int(MANAGER)} & set(values)
    roles = json.loads(text)["roles"]
    staff = roles["staff"]
    assert staff["kdf"] == "scrypt+hmac" and staff["n"] >= 2**14
    assert staff["salt"] != roles["manager"]["salt"]
    plain = hashlib.scrypt(STAFF.encode(), salt=bytes.fromhex(staff["salt"]), n=2**14, r=8, p=1)
    assert plain.hex() != staff["hash"], "scrypt alone does not reproduce the stored hash"
    assert pins.path.name == "admin-pins.json"
    assert pins.path.stat().st_mode & 0o077 == 0
    assert staff["hash"].encode() not in pins.layout.database.read_bytes()


def test_wrong_pins_count_per_role_so_a_visitor_cannot_lock_the_manager_out(
    pins: PinStore,
) -> None:
    """P7: one shared count let a visitor tapping at the corner lock the manager out too."""
    lock_out(pins, Role.STAFF)
    assert pins.verify(Role.MANAGER, MANAGER).role is Role.MANAGER
    status = pins.status()
    assert status.locked_for[Role.STAFF] == FIRST_LOCK_S and status.locked_for[Role.MANAGER] == 0
    assert status.failures == {Role.STAFF: FREE_TRIES, Role.MANAGER: 0}
    assert pins.verify(Role.MANAGER, STAFF).role is None, "a PIN opens only the role chosen"


def test_a_lock_doubles_up_to_fifteen_minutes_and_a_right_pin_clears_it(
    pins: PinStore, clock: FakeClock
) -> None:
    """P7: the wait grows with each wrong PIN but never past 15 minutes, so nobody can shut a
    role out for hours."""
    for left in (4, 3, 2, 1):
        attempt = pins.verify(Role.MANAGER, "9999")
        assert attempt.role is None and attempt.tries_left == left and attempt.locked_for == 0
    waits = []
    for _ in range(8):
        waits.append(pins.verify(Role.MANAGER, "9999").locked_for)
        clock.now += waits[-1]
    assert waits == [30.0, 60.0, 120.0, 240.0, 480.0, MAX_LOCK_S, MAX_LOCK_S, MAX_LOCK_S]
    assert MAX_LOCK_S == 15 * 60
    assert pins.verify(Role.MANAGER, MANAGER).role is Role.MANAGER
    assert pins.verify(Role.MANAGER, "9999").tries_left == 4, "a right PIN clears the count"


def test_a_wall_clock_jump_does_not_clear_a_lockout(
    layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: the lock used to be a wall-clock time: setting the clock a day ahead ended it."""
    pins = provision(layout)  # the system's own monotonic clock
    lock_out(pins, Role.STAFF)
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 86_400)
    with pytest.raises(LockedOut) as locked:
        pins.verify(Role.STAFF, STAFF)
    assert locked.value.seconds > FIRST_LOCK_S - 10


def test_a_lock_survives_a_restart_and_runs_again_in_full_after_a_reboot(
    layout: DataLayout, pins: PinStore, clock: FakeClock
) -> None:
    """P7: pulling the plug never shortens a wait. Monotonic time starts again at a reboot,
    so the lock starts again in full there."""
    lock_out(pins, Role.STAFF)
    clock.now += 10
    restarted = PinStore(layout, clock)
    with pytest.raises(LockedOut) as locked:
        restarted.verify(Role.STAFF, STAFF)
    assert locked.value.seconds == pytest.approx(FIRST_LOCK_S - 10)
    clock.boot, clock.now = "boot:second", 3.0  # a reboot: monotonic time from zero again
    with pytest.raises(LockedOut) as locked:
        PinStore(layout, clock).verify(Role.STAFF, STAFF)
    assert locked.value.seconds == pytest.approx(FIRST_LOCK_S)
    clock.now += FIRST_LOCK_S - 1
    with pytest.raises(LockedOut):
        restarted.verify(Role.STAFF, STAFF)
    clock.now += 1
    assert restarted.verify(Role.STAFF, STAFF).role is Role.STAFF


def test_pin_changes_and_the_managers_reset_are_audited_never_the_pin(
    layout: DataLayout, pins: PinStore
) -> None:
    """P7: each role changes its PIN with its current one; the manager resets staff's; weak
    PINs are refused; every change is in the audit log without the PIN."""
    pins.change_pin(Role.STAFF, "7305", by=Role.STAFF, current_pin=STAFF, actor="cli:ana")
    assert pins.verify(Role.STAFF, "7305").role is Role.STAFF
    assert pins.verify(Role.STAFF, STAFF).role is None
    with pytest.raises(PinError, match="Only the manager"):
        pins.change_pin(Role.MANAGER, "90817", by=Role.STAFF, current_pin="7305", actor="x")
    with pytest.raises(WrongPin) as wrong:
        pins.change_pin(Role.STAFF, "90817", by=Role.STAFF, current_pin="0000", actor="x")
    assert wrong.value.attempt.tries_left == 3, "a wrong current PIN counts like one at the pad"
    with pytest.raises(WeakPin) as weak:
        pins.change_pin(Role.STAFF, "2580", by=Role.STAFF, current_pin="7305", actor="x")
    assert weak.value.weakness is Weakness.KEYPAD
    lock_out(pins, Role.STAFF)
    pins.change_pin(Role.STAFF, "40516273", by=Role.MANAGER, current_pin=MANAGER, actor="m")
    assert pins.verify(Role.STAFF, "40516273").role is Role.STAFF, "the reset ends the lock"
    with pytest.raises(WeakPin) as same:
        pins.change_pin(Role.MANAGER, "40516273", by=Role.MANAGER, current_pin=MANAGER, actor="m")
    assert same.value.weakness is Weakness.SAME_AS_OTHER
    pins.change_pin(Role.MANAGER, "90817", by=Role.MANAGER, current_pin=MANAGER, actor="m")
    assert pins.verify(Role.MANAGER, "90817").role is Role.MANAGER
    changes = [
        (actor, json.loads(details))
        for action, actor, details in audit_rows(layout)
        if action == "admin.pin_set"
    ][2:]  # after the two of the setup
    assert changes == [
        ("cli:ana", {"how": "change", "role": "staff"}),
        ("m", {"how": "reset", "role": "staff"}),
        ("m", {"how": "change", "role": "manager"}),
    ]
    everything = " ".join(" ".join(row) for row in audit_rows(layout))
    for pin in (STAFF, MANAGER, "7305", "40516273", "90817"):
        assert pin not in everything
