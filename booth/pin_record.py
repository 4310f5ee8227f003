"""The PIN record: ``admin-pins.json``, signed, and expected by the records file (P7).

The record holds each role's PIN hash and lockout. It stays a file of its own (the records
file is exported and synced; PIN hashes have no business there), but the file alone is no
longer trusted:

* It is signed with an HMAC under a key derived from the records key (``Vault.admin_pin_mac``),
  so it follows the records key wherever that is kept; nobody without the key can write
  a record the kiosk accepts.
* Each PIN hash is scrypt (n=2**14, r=8, p=1, a 16-byte salt) peppered with the same key,
  so a copy of the file cannot be guessed offline either: 10**4 scrypt runs take minutes.
* The signature of the current record is kept in the records file's ``meta`` table
  (``admin_pins``). A record deleted, replaced by an older one, or copied from another kiosk
  no longer matches, and a missing file is told apart from a kiosk never provisioned. In
  both cases the kiosk is closed to staff until it is provisioned again (``pins
  setup-code``): a missing file never means "first start" again.

Writes run inside the records file's write transaction: the file is replaced (temp file,
fsync, rename), then ``meta`` is updated and the transaction commits. A crash between the
rename and the commit leaves a file one step ahead of ``meta``; each record names the one it
replaced (``prev``), and that direct successor is accepted, since only the key holder can
sign one.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from booth.admin_auth import Role
from booth.pin_lockout import Lockout
from consent.crypto import Vault
from consent.database import Database

PIN_FILE = "admin-pins.json"
FORMAT = 2
META_KEY = "admin_pins"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class PinState(enum.StrEnum):
    """Whether the admin area can be opened, and if not, why."""

    READY = "ready"  # signed, expected by the records file, both PINs set
    SETUP_PENDING = "setup_pending"  # a setup code was issued: the corner asks for it
    NOT_PROVISIONED = "not_provisioned"  # no record and none expected: never set up
    MISSING = "missing"  # the records file expects a PIN record; there is none
    ALTERED = "altered"  # unreadable, unsigned, wrongly signed, or not the one expected


def hash_secret(secret: str, vault: Vault, salt: bytes | None = None) -> dict[str, Any]:
    """A PIN's or a setup code's stored form: peppered scrypt, never the digits."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(
        secret.encode(),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        dklen=32,
        maxmem=64 * 2**20,
    )
    return {
        "kdf": "scrypt+hmac",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "hash": vault.admin_pin_mac("pin", digest),
    }


def secret_matches(secret: str, stored: Mapping[str, Any], vault: Vault) -> bool:
    if stored.get("kdf") != "scrypt+hmac":
        return False
    digest = hashlib.scrypt(
        secret.encode(),
        salt=bytes.fromhex(str(stored["salt"])),
        n=int(stored["n"]),
        r=int(stored["r"]),
        p=int(stored["p"]),
        dklen=32,
        maxmem=64 * 2**20,
    )
    return hmac.compare_digest(vault.admin_pin_mac("pin", digest), str(stored["hash"]))


@dataclass(frozen=True)
class PinRecord:
    """One signed version of the file."""

    roles: Mapping[Role, Mapping[str, Any]]
    lockouts: Mapping[Role, Lockout] = field(default_factory=dict)
    serial: int = 1
    prev: str = ""  # the signature of the record this one replaced
    mac: str = ""

    def lockout(self, role: Role) -> Lockout:
        return self.lockouts.get(role, Lockout())

    def with_lockout(self, role: Role, lockout: Lockout) -> PinRecord:
        return replace(self, lockouts={**self.lockouts, role: lockout})

    def with_pin(self, role: Role, stored: Mapping[str, Any]) -> PinRecord:
        return replace(self, roles={**self.roles, role: stored})

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "serial": self.serial,
            "prev": self.prev,
            "roles": {role.value: dict(stored) for role, stored in sorted(self.roles.items())},
            "lockouts": {
                role.value: lock.to_json() for role, lock in sorted(self.lockouts.items())
            },
        }

    def signed(self, vault: Vault) -> PinRecord:
        return replace(self, mac=_sign(self.body(), vault))


def _sign(body: Mapping[str, Any], vault: Vault) -> str:
    payload = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return vault.admin_pin_mac("record", payload)


@dataclass(frozen=True)
class Loaded:
    """What reading the record found: its state, and the record when it can be used."""

    state: PinState
    record: PinRecord | None = None
    expected: str | None = None  # the signature ``meta`` holds, None when none is expected


class PinRecordFile:
    """Reads and replaces the record, checked against the records file it belongs to."""

    def __init__(self, root: Path) -> None:
        self.path = root / PIN_FILE

    def load(self, database: Database) -> Loaded:
        """Read ``meta`` first, then the file: a write in between shows as a valid successor."""
        row = database.conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
        expected = str(row[0]) if row else None
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Loaded(
                PinState.MISSING if expected else PinState.NOT_PROVISIONED, None, expected
            )
        except OSError:
            return Loaded(PinState.ALTERED, None, expected)
        record = _parse(text, database.vault)
        if record is None or expected is None:
            return Loaded(PinState.ALTERED, None, expected)
        if record.mac != expected and record.prev != expected:
            return Loaded(PinState.ALTERED, None, expected)
        if set(record.roles) != set(Role):
            return Loaded(PinState.ALTERED, None, expected)
        return Loaded(PinState.READY, record, expected)

    def replace(self, database: Database, record: PinRecord) -> PinRecord:
        """Sign and write ``record`` as the successor of what ``meta`` holds.

        The caller holds the records file's write transaction (``BEGIN IMMEDIATE``).
        """
        assert database.conn.in_transaction, "the PIN record is replaced inside a transaction"
        row = database.conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
        signed = replace(record, prev=str(row[0]) if row else "").signed(database.vault)
        self._write(json.dumps({**signed.body(), "mac": signed.mac}, indent=2))
        database.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (META_KEY, signed.mac),
        )
        return signed

    def _write(self, text: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".pins-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            if os.name == "posix":
                os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
            if os.name == "posix":
                folder = os.open(self.path.parent, os.O_RDONLY)
                try:
                    os.fsync(folder)
                finally:
                    os.close(folder)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _parse(text: str, vault: Vault) -> PinRecord | None:
    """The record, if the text is one this kiosk's key signed; None for anything else."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None  # format 1 (unsigned, before #15) included: provision again
    mac = data.pop("mac", None)
    if not isinstance(mac, str) or not hmac.compare_digest(_sign(data, vault), mac):
        return None
    roles = {Role(name): stored for name, stored in data["roles"].items()}
    lockouts = {Role(name): Lockout.from_json(lock) for name, lock in data["lockouts"].items()}
    return PinRecord(roles, lockouts, int(data["serial"]), str(data["prev"]), mac)
