"""Staff and manager PINs: setup, slow salted hashes, lockout, roles and the admin session.

Plain Python, no Qt: the PIN pad calls these functions through the task runner
(a scrypt check takes tens of milliseconds, too long for the GUI thread).

* There is no default PIN. Until both are set (:meth:`PinStore.needs_setup`),
  the hidden gesture leads to a short setup instead of the admin area.
* PINs are 4 to 8 digits, stored as scrypt hashes (n=2**14, r=8, p=1) with a
  random 16-byte salt each, in ``admin-pins.json`` in the data folder: never in
  the records database, which is exported and synced.
* After 5 wrong PINs in a row the pad locks for 30 s, and every further wrong PIN
  doubles the wait (up to an hour). The count survives a restart, so pulling the
  plug does not reset it. A right PIN clears it.
* The manager can do everything staff can; :data:`PERMISSIONS` names what each
  role may open. An :class:`AdminSession` ends after 2 minutes without a touch.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PIN_FILE = "admin-pins.json"
MIN_PIN, MAX_PIN = 4, 8
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
FREE_TRIES = 5
FIRST_LOCK_S = 30.0
MAX_LOCK_S = 3600.0
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


STAFF_PERMISSIONS = frozenset({Permission.SETTINGS, Permission.TESTS, Permission.HEALTH})
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.STAFF: STAFF_PERMISSIONS,
    Role.MANAGER: STAFF_PERMISSIONS | frozenset(Permission),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


class PinError(Exception):
    """A PIN that cannot be set; the message says why, for the person setting it."""


class LockedOut(Exception):
    """Too many wrong PINs; ``seconds`` until the pad accepts another try."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"too many wrong PINs: try again in {int(seconds + 0.999)} s")
        self.seconds = seconds


@dataclass(frozen=True)
class Attempt:
    """The result of one PIN entry."""

    role: Role | None  # the role the PIN opened, or None for a wrong PIN
    tries_left: int  # wrong PINs left before the pad locks
    locked_for: float  # seconds the pad is now locked (0 when it is not)


def check_pin_format(pin: str) -> None:
    if not pin.isdigit() or not (MIN_PIN <= len(pin) <= MAX_PIN) or not pin.isascii():
        raise PinError(f"A PIN is {MIN_PIN} to {MAX_PIN} digits.")
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        raise PinError("That PIN is too easy to guess (repeated or consecutive digits).")


def hash_pin(pin: str, salt: bytes | None = None) -> dict[str, Any]:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32, maxmem=64 * 2**20
    )
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "hash": digest.hex(),
    }


def _matches(pin: str, record: dict[str, Any]) -> bool:
    if record.get("kdf") != "scrypt":
        return False
    digest = hashlib.scrypt(
        pin.encode(),
        salt=bytes.fromhex(record["salt"]),
        n=int(record["n"]),
        r=int(record["r"]),
        p=int(record["p"]),
        dklen=32,
        maxmem=64 * 2**20,
    )
    return hmac.compare_digest(digest.hex(), record["hash"])


class PinStore:
    """The PIN file. Every change is written atomically (temp file, fsync, rename)."""

    def __init__(self, path: Path, clock: Clock = time.time) -> None:
        self.path = path
        self.clock = clock

    @classmethod
    def in_folder(cls, folder: Path, clock: Clock = time.time) -> PinStore:
        return cls(folder / PIN_FILE, clock)

    # -- the file ----------------------------------------------------------------------
    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"version": 1, "roles": {}, "failures": 0, "locked_until": 0.0}
        except (OSError, ValueError) as exc:
            raise PinError(
                f"{self.path.name} cannot be read ({exc}); restore it or delete it to set new PINs"
            ) from None
        if not isinstance(data, dict):
            raise PinError(f"{self.path.name} is damaged; restore it or delete it to set new PINs")
        return data

    def _write(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".pins-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            if os.name == "posix":
                os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- setup ---------------------------------------------------------------------------
    def roles_set(self) -> set[Role]:
        return {
            Role(name)
            for name in self._read().get("roles", {})
            if name in Role.__members__.values()
        }

    def needs_setup(self) -> bool:
        return self.roles_set() != set(Role)

    def set_pin(self, role: Role, pin: str) -> None:
        """Set or change one role's PIN. Staff and manager PINs must differ."""
        check_pin_format(pin)
        data = self._read()
        for other, record in data.get("roles", {}).items():
            if other != role.value and _matches(pin, record):
                raise PinError("The staff and manager PINs must be different.")
        data.setdefault("roles", {})[role.value] = hash_pin(pin)
        self._write(data)

    # -- signing in ----------------------------------------------------------------------
    def locked_for(self) -> float:
        return max(0.0, float(self._read().get("locked_until", 0.0)) - self.clock())

    def verify(self, pin: str) -> Attempt:
        """Check a PIN against both roles; raises :class:`LockedOut` while the pad is locked."""
        data = self._read()
        now = self.clock()
        wait = float(data.get("locked_until", 0.0)) - now
        if wait > 0:
            raise LockedOut(wait)
        roles = data.get("roles", {})
        # Check both roles every time, so the time taken does not tell which one exists.
        matched = [name for name, record in sorted(roles.items()) if _matches(pin, record)]
        if matched:
            data["failures"] = 0
            data["locked_until"] = 0.0
            self._write(data)
            role = Role.MANAGER if Role.MANAGER.value in matched else Role(matched[0])
            return Attempt(role, FREE_TRIES, 0.0)
        failures = int(data.get("failures", 0)) + 1
        data["failures"] = failures
        locked = 0.0
        if failures >= FREE_TRIES:
            locked = min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (failures - FREE_TRIES))
            data["locked_until"] = now + locked
        self._write(data)
        return Attempt(None, max(0, FREE_TRIES - failures), locked)


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
