"""Encryption at rest and keyed hashes, from one master key (P7).

Name, email, phone and photo files are sealed with AES-256-GCM (authenticated
encryption from ``cryptography``). Each sealed value is bound to where it
lives (``visits.email:<visit id>``, a photo's file name) as associated data, so
a ciphertext copied into another row does not decrypt. Lookups by email or
phone use an HMAC of the normalised value, never the value itself.

All working keys are derived from a master key with HKDF, one label per use,
so the key for lookups can never decrypt a photo and the audit chain's key
can never decrypt anything. The master key itself lives outside the database
(see :mod:`consent.keys`); the database only stores a short key id to detect a
wrong or missing key before anything is written with it.

Since the key can be rotated (``photobooth-kiosk keys rotate``), a sealed value
names the key that sealed it (``0x02 || key id || nonce || ciphertext``, a photo
``PBE2 || key id || nonce || ciphertext``) and a :class:`Vault` can hold the old
key beside the new one until every value is sealed again. Values written before
rotation existed (``0x01``, ``PBE1``) name no key and are opened with each key held.
The keyed hashes (lookups, tombstones, the audit chain) cannot all be recomputed (a
tombstone's person is gone), so their keys (:class:`HashKeys`) are carried over to the
new key, sealed by it in the records file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
KEY_ID_BYTES = 8
FIELD_V1 = b"\x01"  # nonce || ciphertext: sealed before keys could be rotated
FIELD_V2 = b"\x02"  # key id || nonce || ciphertext
PHOTO_V1 = b"PBE1"
PHOTO_V2 = b"PBE2"
PHOTO_HEADER_BYTES = len(PHOTO_V2) + KEY_ID_BYTES
LOOKUP_HASH_BYTES = 16  # 128 bits: no collisions in any kiosk's lifetime, half the index size


class DecryptionError(Exception):
    """A sealed value could not be opened: wrong key, or the bytes were altered."""


def _derive(master: bytes, label: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=label.encode()).derive(
        master
    )


def new_master_key() -> bytes:
    return os.urandom(KEY_BYTES)


def key_id_of(master: bytes) -> str:
    """A short public name of a master key: recognises it, reveals nothing of it."""
    if len(master) != KEY_BYTES:
        raise ValueError("the master key must be 32 bytes")
    return hmac.new(_derive(master, "photobooth/key-id/v1"), b"id", "sha256").hexdigest()[
        : 2 * KEY_ID_BYTES
    ]


@dataclass(frozen=True)
class HashKeys:
    """The keys of the keyed hashes, which outlive a key rotation (see the module's text)."""

    lookup: bytes
    tombstone: bytes
    audit: bytes
    audit_seal: bytes  # the audit chain's anchor and head (consent/audit_seal.py)
    admin_pins: bytes  # the PIN record's signature and the PINs' pepper (booth/pin_record.py)

    @classmethod
    def derive(cls, master: bytes) -> HashKeys:
        return cls(*(_derive(master, f"photobooth/{label}/v1") for label in HASH_KEY_LABELS))

    def pack(self) -> bytes:
        return b"".join(getattr(self, name) for name in HASH_KEY_NAMES)

    @classmethod
    def unpack(cls, data: bytes) -> HashKeys:
        if len(data) != len(HASH_KEY_NAMES) * KEY_BYTES:
            raise DecryptionError("the carried-over hash keys are damaged")
        return cls(*(data[n * KEY_BYTES : (n + 1) * KEY_BYTES] for n in range(len(HASH_KEY_NAMES))))


# Every key that is not a cipher outlives a rotation: lookups keep finding people, tombstones
# keep matching, the audit chain and its seal keep verifying, the PIN record stays signed.
HASH_KEY_NAMES = ("lookup", "tombstone", "audit", "audit_seal", "admin_pins")
HASH_KEY_LABELS = ("lookup", "tombstone", "audit", "audit-seal", "admin-pins")


class _Key:
    """One master key's ciphers and id."""

    def __init__(self, master: bytes) -> None:
        self.id = key_id_of(master)
        self.id_bytes = bytes.fromhex(self.id)
        self.fields = AESGCM(_derive(master, "photobooth/fields/v1"))
        self.photos = AESGCM(_derive(master, "photobooth/photos/v1"))


@dataclass(frozen=True)
class _State:
    sealing: _Key
    readable: tuple[_Key, ...]  # the sealing key first
    hash_keys: HashKeys

    def by_id(self, id_bytes: bytes) -> _Key | None:
        return next((k for k in self.readable if k.id_bytes == id_bytes), None)


KeyFinder = Callable[[str], bytes | None]


class Vault:
    """Seals and opens personal data; computes keyed hashes. Safe to share between threads.

    ``master`` seals everything new; ``also`` are older keys it can still open (during a
    rotation); ``hash_keys`` default to the ones derived from ``master``. ``find_key`` is
    asked for a key a sealed value names but this vault does not hold (a rotation another
    process started), so a long-running reader follows a rotation on its own.
    """

    def __init__(
        self,
        master: bytes,
        *,
        also: Sequence[bytes] = (),
        hash_keys: HashKeys | None = None,
        find_key: KeyFinder | None = None,
    ) -> None:
        sealing = _Key(master)
        others = tuple(_Key(k) for k in also if key_id_of(k) != sealing.id)
        self._state = _State(sealing, (sealing, *others), hash_keys or HashKeys.derive(master))
        self._find_key = find_key
        self._lock = threading.Lock()

    @property
    def key_id(self) -> str:
        """The id of the key that seals new values."""
        return self._state.sealing.id

    @property
    def key_ids(self) -> tuple[str, ...]:
        return tuple(k.id for k in self._state.readable)

    @property
    def hash_keys(self) -> HashKeys:
        return self._state.hash_keys

    def adopt(self, other: Vault) -> None:
        """Take ``other``'s keys: everyone holding this vault follows a rotation at once."""
        with self._lock:
            self._state = other._state

    def _key_named(self, id_bytes: bytes, what: str) -> _Key:
        state = self._state
        found = state.by_id(id_bytes)
        if found is not None:
            return found
        master = self._find_key(id_bytes.hex()) if self._find_key else None
        if master is None or key_id_of(master) != id_bytes.hex():
            raise DecryptionError(f"{what}: sealed with a key this kiosk does not hold")
        with self._lock:
            state = self._state
            if state.by_id(id_bytes) is None:
                self._state = _State(
                    state.sealing, (*state.readable, _Key(master)), state.hash_keys
                )
        found = self._state.by_id(id_bytes)
        assert found is not None
        return found

    # -- fields ------------------------------------------------------------
    def field_prefix(self) -> bytes:
        """How every value sealed with the current key starts (to find the others in SQL)."""
        return FIELD_V2 + self._state.sealing.id_bytes

    def seal(self, value: str | None, context: str) -> bytes | None:
        """``None`` stays ``None``: an absent phone is not a secret."""
        if value is None:
            return None
        key = self._state.sealing
        nonce = os.urandom(NONCE_BYTES)
        body = key.fields.encrypt(nonce, value.encode(), context.encode())
        return FIELD_V2 + key.id_bytes + nonce + body

    def open(self, sealed: bytes | None, context: str) -> str | None:
        if sealed is None:
            return None
        if sealed[:1] == FIELD_V2:
            start = 1 + KEY_ID_BYTES
            keys: tuple[_Key, ...] = (self._key_named(sealed[1:start], context),)
        elif sealed[:1] == FIELD_V1:
            start, keys = 1, self._state.readable
        else:
            raise DecryptionError(f"{context}: not a sealed value")
        nonce, body = sealed[start : start + NONCE_BYTES], sealed[start + NONCE_BYTES :]
        for key in keys:
            try:
                return key.fields.decrypt(nonce, body, context.encode()).decode()
            except InvalidTag:
                continue
        raise DecryptionError(f"{context}: wrong key or altered data")

    # -- photos ------------------------------------------------------------
    def seal_photo(self, data: bytes, name: str) -> bytes:
        key = self._state.sealing
        nonce = os.urandom(NONCE_BYTES)
        return PHOTO_V2 + key.id_bytes + nonce + key.photos.encrypt(nonce, data, name.encode())

    def open_photo(self, sealed: bytes, name: str) -> bytes:
        head = sealed[: len(PHOTO_V2)]
        if head == PHOTO_V2:
            start = PHOTO_HEADER_BYTES
            keys: tuple[_Key, ...] = (
                self._key_named(sealed[len(PHOTO_V2) : start], f"photo {name}"),
            )
        elif head == PHOTO_V1:
            start, keys = len(PHOTO_V1), self._state.readable
        else:
            raise DecryptionError(f"photo {name}: not an encrypted photo file")
        nonce, body = sealed[start : start + NONCE_BYTES], sealed[start + NONCE_BYTES :]
        for key in keys:
            try:
                return key.photos.decrypt(nonce, body, name.encode())
            except InvalidTag:
                continue
        raise DecryptionError(f"photo {name}: wrong key or altered file")

    # -- keyed hashes ------------------------------------------------------
    def lookup_hash(self, kind: str, normalised: str) -> bytes:
        """The index value for finding a person by ``kind`` (email or phone)."""
        return hmac.new(
            self._state.hash_keys.lookup, f"{kind}:{normalised}".encode(), "sha256"
        ).digest()[:LOOKUP_HASH_BYTES]

    def tombstone_hash(self, kind: str, normalised: str) -> str:
        """What an erasure leaves behind: enough to recognise the person, not to read them."""
        return hmac.new(
            self._state.hash_keys.tombstone, f"{kind}:{normalised}".encode(), "sha256"
        ).hexdigest()

    def audit_mac(self, payload: bytes) -> str:
        return hmac.new(self._state.hash_keys.audit, payload, hashlib.sha256).hexdigest()

    def audit_seal_mac(self, payload: bytes) -> str:
        """Authenticates the audit chain's two ends (its head and its anchor), with a key of its own."""
        return hmac.new(self._state.hash_keys.audit_seal, payload, hashlib.sha256).hexdigest()

    def admin_pin_mac(self, kind: str, payload: bytes) -> str:
        """The staff PINs' key: it signs the PIN record and peppers each PIN's hash, so the
        PIN file alone can neither be forged nor guessed offline (``kind`` keeps the uses apart)."""
        message = kind.encode() + b"\x00" + payload
        return hmac.new(self._state.hash_keys.admin_pins, message, hashlib.sha256).hexdigest()


def photo_key_id(head: bytes) -> str | None:
    """The id of the key a photo file's first bytes name; None for a file sealed before ids."""
    if head[: len(PHOTO_V2)] == PHOTO_V2 and len(head) >= PHOTO_HEADER_BYTES:
        return head[len(PHOTO_V2) : PHOTO_HEADER_BYTES].hex()
    return None
