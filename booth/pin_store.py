"""Staff and manager PINs: provisioning, signing in, changing, resetting (P7).

What the PIN pad and ``photobooth-kiosk pins …`` call; plain Python, no Qt. Every call opens
its own connection to the records file (one per thread) and is slow on purpose (scrypt), so
the screens run it in the task runner.

* There is no default PIN, and no first start because a file is missing: PINs are first
  chosen with a one-time setup code (:mod:`booth.pin_setup_code`), both in one step, so a
  setup left half-way leaves nothing for the next person at the corner to finish.
* The record is signed and expected by the records file (:mod:`booth.pin_record`); one that
  is gone or altered closes the admin area (:class:`PinsClosed`) until the kiosk is
  provisioned again.
* Signing in names the role; wrong PINs count per role (:mod:`booth.pin_lockout`).
* A role changes its own PIN with its current one; the manager can reset the staff PIN with
  the manager's. New PINs pass :mod:`booth.pin_rules`. Every PIN set, changed or reset is in
  the audit log in the same transaction as the change (the role and how, never the PIN).
* When staff change their own PIN it is not compared with the manager's: a refusal would
  tell staff the manager's PIN, one free guess per change.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from booth import pin_setup_code
from booth.admin_auth import Role
from booth.paths import DataLayout
from booth.pin_lockout import LockClock, LockedOut, Lockout, SystemClock
from booth.pin_record import (
    Loaded,
    PinRecord,
    PinRecordFile,
    PinState,
    hash_secret,
    secret_matches,
)
from booth.pin_rules import PinError, Weakness, WeakPin, check_new_pin
from booth.records_file import open_records
from consent import audit
from consent.database import Database

SETUP_ACTOR = "kiosk-admin:setup"
REPROVISION = (
    "run `photobooth-kiosk pins setup-code` on the kiosk, then type the code at the hidden corner"
)
CLOSED_MESSAGES = {
    PinState.NOT_PROVISIONED: f"The staff PINs have not been set up. To provision: {REPROVISION}.",
    PinState.MISSING: (
        "The admin area is closed: the PIN record (admin-pins.json) is missing. "
        f"To re-provision the kiosk: {REPROVISION}."
    ),
    PinState.ALTERED: (
        "The admin area is closed: the PIN record (admin-pins.json) was altered or replaced, "
        f"or was written by an older version. To re-provision the kiosk: {REPROVISION}."
    ),
    PinState.SETUP_PENDING: (
        "A setup code was issued: the PINs are chosen at the hidden corner with that code."
    ),
}


@dataclass(frozen=True)
class Attempt:
    """The result of one PIN entry."""

    role: Role | None  # the role the PIN opened, or None for a wrong PIN
    tries_left: int  # wrong PINs left before the role's pad locks
    locked_for: float  # seconds the role's pad is now locked (0 when it is not)


@dataclass(frozen=True)
class PinStatus:
    state: PinState
    locked_for: dict[Role, float]  # seconds each role waits (empty unless READY)
    failures: dict[Role, int]


class PinsClosed(PinError):
    """The admin area cannot be opened with a PIN; the message says how to provision."""

    def __init__(self, state: PinState) -> None:
        super().__init__(CLOSED_MESSAGES.get(state, "The admin area is closed."))
        self.state = state


class WrongPin(PinError):
    """The current PIN typed to authorise a change was wrong; it counted as a wrong try."""

    def __init__(self, attempt: Attempt) -> None:
        super().__init__(f"Wrong PIN. {attempt.tries_left} tries left before the pad locks.")
        self.attempt = attempt


class WrongSetupCode(PinError):
    def __init__(self) -> None:
        super().__init__("That is not the setup code (or it was replaced by a newer one).")


class PinsAlreadySet(PinError):
    def __init__(self) -> None:
        super().__init__(
            "The PINs are set. To change one: `photobooth-kiosk pins set --role ROLE`. If "
            "nobody knows the manager PIN: `photobooth-kiosk pins setup-code --replace`."
        )


class PinStore:
    """One data folder's PINs."""

    def __init__(self, layout: DataLayout, clock: LockClock | None = None) -> None:
        self.layout = layout
        self.file = PinRecordFile(layout.root)
        self.clock: LockClock = clock or SystemClock()

    @property
    def path(self) -> Path:
        return self.file.path

    @contextlib.contextmanager
    def _records(self) -> Iterator[Database]:
        database = open_records(self.layout)
        try:
            yield database
        finally:
            database.close()

    def _load(self, database: Database) -> Loaded:
        if pin_setup_code.pending(database):
            return Loaded(PinState.SETUP_PENDING)
        return self.file.load(database)

    def _ready(self, database: Database) -> PinRecord:
        loaded = self._load(database)
        if loaded.record is None:
            raise PinsClosed(loaded.state)
        return loaded.record

    def _save(self, database: Database, record: PinRecord) -> PinRecord:
        return self.file.replace(database, dataclasses.replace(record, serial=record.serial + 1))

    def _lock_now(self, database: Database, record: PinRecord, role: Role) -> PinRecord:
        """The record with ``role``'s lock started again if it was measured in another boot."""
        lock = record.lockout(role)
        if lock.needs_new_start(self.clock):
            record = self._save(database, record.with_lockout(role, lock.started_again(self.clock)))
        return record

    # -- what the corner shows --------------------------------------------------------------
    def status(self) -> PinStatus:
        with self._records() as database:
            loaded = self._load(database)
        record = loaded.record
        if record is None:
            return PinStatus(loaded.state, {}, {})
        return PinStatus(
            loaded.state,
            {role: record.lockout(role).remaining(self.clock) for role in Role},
            {role: record.lockout(role).failures for role in Role},
        )

    # -- signing in ---------------------------------------------------------------------------
    def verify(self, role: Role, pin: str) -> Attempt:
        """Check ``pin`` against ``role`` only; raises :class:`LockedOut` while it is locked."""
        with self._records() as database, database.transaction():
            record = self._lock_now(database, self._ready(database), role)
            lock = record.lockout(role)
            wait = lock.remaining(self.clock)
            if wait <= 0:
                right = secret_matches(pin, record.roles[role], database.vault)
                after = Lockout() if right else lock.after_failure(self.clock)
                if after != lock:
                    self._save(database, record.with_lockout(role, after))
        if wait > 0:
            raise LockedOut(role.value, wait)
        if right:
            return Attempt(role, after.tries_left, 0.0)
        return Attempt(None, after.tries_left, after.locked_s)

    # -- changing -----------------------------------------------------------------------------
    def change_pin(
        self, role: Role, new_pin: str, *, by: Role, current_pin: str, actor: str
    ) -> None:
        """Set ``role``'s PIN to ``new_pin``, authorised by ``by``'s current PIN.

        Staff change only their own; the manager changes their own or resets staff's. A
        wrong current PIN counts against ``by`` like a wrong PIN at the pad.
        """
        if by is Role.STAFF and role is not Role.STAFF:
            raise PinError("Only the manager can change the manager PIN.")
        check_new_pin(new_pin)
        problem: PinError | None = None
        with self._records() as database, database.transaction():
            record = self._lock_now(database, self._ready(database), by)
            lock = record.lockout(by)
            vault = database.vault
            other = Role.MANAGER if role is Role.STAFF else Role.STAFF
            if lock.remaining(self.clock) > 0:
                problem = LockedOut(by.value, lock.remaining(self.clock))
            elif not secret_matches(current_pin, record.roles[by], vault):
                failed = lock.after_failure(self.clock)
                self._save(database, record.with_lockout(by, failed))
                attempt = Attempt(None, failed.tries_left, failed.locked_s)
                problem = WrongPin(attempt)  # the wrong try is saved: raised below
            elif by is Role.MANAGER and secret_matches(new_pin, record.roles[other], vault):
                problem = WeakPin(Weakness.SAME_AS_OTHER)
            else:
                changed = record.with_pin(role, hash_secret(new_pin, vault))
                self._save(
                    database, changed.with_lockout(by, Lockout()).with_lockout(role, Lockout())
                )
                audit.AuditLog(database).append_in_transaction(
                    "admin.pin_set",
                    actor=actor,
                    details={"role": role.value, "how": "change" if by is role else "reset"},
                )
        if problem is not None:
            raise problem

    # -- provisioning -------------------------------------------------------------------------
    def issue_setup_code(self, *, actor: str, replace_pins: bool = False) -> str:
        """A new one-time setup code, returned once; only its hash is kept.

        Valid PINs are replaced only when asked (``replace_pins``, the manager PIN is lost):
        from then on they open nothing, and the corner asks for the code until new PINs are
        chosen with it.
        """
        code = pin_setup_code.new_code()
        with self._records() as database, database.transaction():
            if self.file.load(database).state is PinState.READY and not replace_pins:
                raise PinsAlreadySet()
            pin_setup_code.store(database, code)
            audit.AuditLog(database).append_in_transaction(
                "admin.setup_code_issued", actor=actor, details={"replacing_pins": replace_pins}
            )
        return code

    def check_setup_code(self, code: str) -> bool:
        with self._records() as database:
            return pin_setup_code.matches(database, code)

    def set_up(
        self, code: str, staff_pin: str, manager_pin: str, *, actor: str = SETUP_ACTOR
    ) -> None:
        """Both PINs at once, with the setup code, which is spent; audited per role."""
        check_new_pin(staff_pin)
        check_new_pin(manager_pin)
        if staff_pin == manager_pin:
            raise WeakPin(Weakness.SAME_AS_OTHER)
        with self._records() as database:
            with database.transaction():
                right_code = pin_setup_code.matches(database, code)
                if right_code:
                    vault = database.vault
                    staff, manager = hash_secret(staff_pin, vault), hash_secret(manager_pin, vault)
                    self.file.replace(
                        database, PinRecord({Role.STAFF: staff, Role.MANAGER: manager})
                    )
                    pin_setup_code.spend(database)
                    log = audit.AuditLog(database)
                    for role in (Role.STAFF, Role.MANAGER):
                        log.append_in_transaction(
                            "admin.pin_set",
                            actor=actor,
                            details={"role": role.value, "how": "setup"},
                        )
            if not right_code:
                raise WrongSetupCode()
