"""Where the records key lives: never in the records file, never in the data folder (P7).

A data folder's key is looked up in the order of :mod:`consent.credentials`:
``PHOTOBOOTH_KEY`` (a base64 key a managed deployment injects), the systemd
credential ``photobooth-records-key``, the OS keyring, the key file
``PHOTOBOOTH_KEY_FILE`` names, then ``records.key`` in the user's config folder,
one per data folder. A new key is made in the first place the kiosk can write:
the keyring when there is a usable one, else the named key file, else the config
folder. *Where* these are is decided by ``booth.paths.DataLayout.key_location``.

The records file names the key it was written with (its key id), and a key is
looked up by that id: a missing key is never replaced silently, and a key found
in the wrong place is never used. During a rotation the file names two keys,
the current one and the next one (kept in a "next" slot beside the current one
until the rotation is over, then moved into the current slot and the old key
destroyed).
"""

from __future__ import annotations

import base64
import binascii
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from consent.credentials import (
    CredentialPlace,
    CredentialProblem,
    keyring_delete,
    keyring_get,
    keyring_module,
    keyring_set,
    read_private,
    read_systemd,
    remove_securely,
    write_private,
)
from consent.crypto import KEY_BYTES, DecryptionError, HashKeys, Vault, key_id_of, new_master_key

ENV_KEY = "PHOTOBOOTH_KEY"
SYSTEMD_CREDENTIAL = "photobooth-records-key"
KEY_FILE = "records.key"
NEXT_SUFFIX = ".next"
KEYRING_NAME = "records-key"

KeyLocation = CredentialPlace  # one data folder's places, as booth.paths.DataLayout decides them


class KeyProblem(Exception):
    """The key cannot be found or used; the message says where it was looked for."""


@dataclass(frozen=True)
class FoundKey:
    key: bytes
    source: str  # "environment", "systemd credential", "keyring", "key file <path>": never the key

    @property
    def key_id(self) -> str:
        return key_id_of(self.key)


@dataclass(frozen=True)
class Slot:
    """One place the kiosk itself can write a key: a keyring entry or a key file."""

    keyring_account: str | None = None
    path: Path | None = None

    @property
    def name(self) -> str:
        return "keyring" if self.keyring_account else f"key file {self.path}"

    def read(self) -> bytes | None:
        if self.keyring_account:
            text = keyring_get(self.keyring_account)
        else:
            assert self.path is not None
            text = read_private(self.path)
        return None if text is None else decode_key(text, f"the {self.name}")

    def write(self, key: bytes, *, exclusive: bool = False) -> None:
        """Keep ``key`` here; ``exclusive``: :class:`FileExistsError` if a key file is there."""
        if self.keyring_account:
            if not keyring_set(self.keyring_account, encode_key(key)):
                raise CredentialProblem("the OS keyring refused the key")
        else:
            assert self.path is not None
            write_private(self.path, encode_key(key) + "\n", exclusive=exclusive)

    def remove(self) -> None:
        if self.keyring_account:
            keyring_delete(self.keyring_account)
        else:
            assert self.path is not None
            remove_securely(self.path)


def decode_key(text: str, where: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip().encode() + b"==")
    except (binascii.Error, ValueError):
        raise KeyProblem(f"{where} does not hold a base64 key") from None
    if len(key) != KEY_BYTES:
        raise KeyProblem(f"{where} must hold a {KEY_BYTES}-byte key, base64-encoded")
    return key


def encode_key(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode().rstrip("=")


def _next(path: Path) -> Path:
    return path.with_name(path.name + NEXT_SUFFIX)


def slot_pairs(location: KeyLocation) -> list[tuple[Slot, Slot]]:
    """(current, next) slots the kiosk may write, the one new keys go to first."""
    pairs: list[tuple[Slot, Slot]] = []
    if keyring_module() is not None:
        pairs.append(
            (
                Slot(keyring_account=location.keyring_account(KEYRING_NAME)),
                Slot(keyring_account=location.keyring_account(KEYRING_NAME + NEXT_SUFFIX)),
            )
        )
    if location.key_file is not None:
        named = location.checked(location.key_file)
        pairs.append((Slot(path=named), Slot(path=_next(named))))
    config = location.private_file(KEY_FILE)
    pairs.append((Slot(path=config), Slot(path=_next(config))))
    return pairs


def candidates(location: KeyLocation) -> Iterator[FoundKey]:
    """Every key kept for this data folder, in lookup order (nothing is made here)."""
    from_env = os.environ.get(ENV_KEY)
    if from_env:
        yield FoundKey(decode_key(from_env, ENV_KEY), "environment")
    from_systemd = read_systemd(location, SYSTEMD_CREDENTIAL)
    if from_systemd:
        yield FoundKey(
            decode_key(from_systemd, f"the systemd credential {SYSTEMD_CREDENTIAL}"),
            "systemd credential",
        )
    for pair in slot_pairs(location):
        for slot in pair:
            key = slot.read()
            if key is not None:
                yield FoundKey(key, slot.name)


def places_looked(location: KeyLocation) -> str:
    """Where a key was looked for, for a message a person can act on (no key material)."""
    places = []
    if os.environ.get(ENV_KEY):
        places.append(ENV_KEY)
    if location.systemd_folder:
        places.append(f"the systemd credential {SYSTEMD_CREDENTIAL}")
    places.extend(pair[0].name for pair in slot_pairs(location))
    return ", ".join(places)


_cache: dict[tuple[object, ...], FoundKey] = {}
_cache_lock = threading.Lock()


def _still_there(found: FoundKey) -> bool:
    """A key remembered from a file is used only while the file is there (it may be removed)."""
    if not found.source.startswith("key file "):
        return True
    return Path(found.source.removeprefix("key file ")).exists()


def find_key(location: KeyLocation, key_id: str) -> FoundKey | None:
    """The key with this id, wherever this data folder's keys are kept; remembered."""
    ident = (
        location,
        key_id,
        os.environ.get(ENV_KEY, ""),
        os.environ.get("PHOTOBOOTH_KEY_BACKEND", ""),
    )
    with _cache_lock:
        cached = _cache.get(ident)
        if cached is not None and _still_there(cached):
            return cached
        _cache.pop(ident, None)
    try:
        found = next((k for k in candidates(location) if k.key_id == key_id), None)
    except CredentialProblem as exc:
        raise KeyProblem(str(exc)) from None
    if found is not None:
        with _cache_lock:
            _cache[ident] = found
    return found


def forget_cached_keys() -> None:
    with _cache_lock:
        _cache.clear()


def key_for_new_file(location: KeyLocation) -> FoundKey:
    """A records file without a key yet: the data folder's existing key, else a new one."""
    try:
        existing = next(candidates(location), None)
        if existing is not None:
            return existing
        current, _ = slot_pairs(location)[0]
        key = new_master_key()
        try:
            current.write(key, exclusive=True)
        except FileExistsError:  # another process made it first: use theirs
            theirs = current.read()
            assert theirs is not None
            return FoundKey(theirs, current.name)
    except CredentialProblem as exc:
        raise KeyProblem(str(exc)) from None
    return FoundKey(key, current.name)


class MissingKey(KeyProblem):
    """No key with the records file's key id is kept for this data folder."""


def unlock(
    location: KeyLocation,
    current_id: str,
    next_id: str | None = None,
    sealed_hash_keys: str | None = None,
) -> Vault:
    """The vault for a records file that names ``current_id`` (and ``next_id`` mid-rotation)."""
    current = find_key(location, current_id)
    if current is None:
        others = _other_keys(location)
        raise MissingKey(
            "The key that unlocks the records file was not found (looked in: "
            f"{places_looked(location)}){others}. A copy of a data folder does not carry its "
            "key: restore the key from where it was backed up; a new key cannot read the "
            "existing records"
        )
    also = [current.key]
    sealing = current.key
    if next_id:
        upcoming = find_key(location, next_id)
        if upcoming is None:
            raise MissingKey(
                "a key rotation is in progress but its new key is missing (looked in: "
                f"{places_looked(location)}); restore it, then run `photobooth-kiosk keys rotate`"
            )
        sealing = upcoming.key
    hash_keys = (
        open_hash_keys(current.key, sealed_hash_keys)
        if sealed_hash_keys
        else HashKeys.derive(current.key)
    )

    def finder(key_id: str) -> bytes | None:
        found = find_key(location, key_id)
        return found.key if found else None

    return Vault(sealing, also=also, hash_keys=hash_keys, find_key=finder)


def _other_keys(location: KeyLocation) -> str:
    try:
        sources = [k.source for k in candidates(location)]
    except (CredentialProblem, KeyProblem):
        return ""
    if not sources:
        return ""
    return f"; {sources[0]} holds a different key"


def hash_keys_context(key_id: str) -> str:
    return f"meta.hash_keys:{key_id}"


def seal_hash_keys(hash_keys: HashKeys, key: bytes) -> str:
    """The hash keys sealed with ``key``, as text for the records file's ``meta`` table."""
    sealed = Vault(key).seal(encode_key(hash_keys.pack()), hash_keys_context(key_id_of(key)))
    assert sealed is not None
    return base64.b64encode(sealed).decode()


def open_hash_keys(key: bytes, text: str) -> HashKeys:
    try:
        inner = Vault(key).open(base64.b64decode(text), hash_keys_context(key_id_of(key)))
    except (DecryptionError, binascii.Error, ValueError):
        raise KeyProblem("the records file's carried-over hash keys do not open") from None
    assert inner is not None
    try:
        return HashKeys.unpack(base64.urlsafe_b64decode(inner.encode() + b"=="))
    except (DecryptionError, binascii.Error, ValueError):
        raise KeyProblem("the records file's carried-over hash keys are damaged") from None


# -- rotation: the store's side (the records file's side is consent.rotation) -----------------
def prepare_next_key(location: KeyLocation) -> FoundKey:
    """A new key in the first writable "next" slot; a stale one left there is replaced."""
    try:
        _, upcoming = slot_pairs(location)[0]
        key = new_master_key()
        upcoming.write(key)
    except CredentialProblem as exc:
        raise KeyProblem(str(exc)) from None
    return FoundKey(key, upcoming.name)


def promotion_pending(location: KeyLocation, current_id: str) -> bool:
    """The records file finished a rotation, but the key was not yet moved into place."""
    try:
        for _, upcoming in slot_pairs(location):
            key = upcoming.read()
            if key is not None and key_id_of(key) == current_id:
                return True
    except CredentialProblem as exc:
        raise KeyProblem(str(exc)) from None
    return False


def settle_keys(location: KeyLocation, current_id: str) -> list[str]:
    """Put the current key in place and destroy every other key the kiosk kept for this folder.

    Called only when no rotation is in progress. The current key goes to the first
    writable slot, unless the environment or a systemd credential supplies it (a key
    provisioned there is not copied onto the disk). Returns the read-only places that
    still hold an older key, for the operator to replace.
    """
    forget_cached_keys()
    try:
        found = find_key(location, current_id)
        if found is None:
            raise MissingKey(
                f"the current key was not found (looked in: {places_looked(location)})"
            )
        if found.source not in ("environment", "systemd credential"):
            current, _ = slot_pairs(location)[0]
            kept = current.read()
            if kept is None or key_id_of(kept) != current_id:
                if kept is not None:
                    current.remove()
                current.write(found.key)
        for pair in slot_pairs(location):
            for slot in pair:
                key = slot.read()
                if key is not None and (key_id_of(key) != current_id or slot is pair[1]):
                    slot.remove()
        stale = [
            k.source
            for k in candidates(location)
            if k.key_id != current_id and k.source in ("environment", "systemd credential")
        ]
    except CredentialProblem as exc:
        raise KeyProblem(str(exc)) from None
    finally:
        forget_cached_keys()
    return stale
