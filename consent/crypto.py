"""Encryption at rest and keyed hashes, from one master key (P7).

Name, email, phone and photo files are sealed with AES-256-GCM (authenticated
encryption from ``cryptography``). Each sealed value is bound to where it
lives (``visits.email:<visit id>``, a photo's file name) as associated data, so
a ciphertext copied into another row does not decrypt. Lookups by email or
phone use an HMAC of the normalised value, never the value itself.

All working keys are derived from the master key with HKDF, one label per use,
so the key for lookups can never decrypt a photo and the audit chain's key
can never decrypt anything. The master key itself lives outside the database
(see :mod:`consent.keys`); the database only stores a short key id to detect a
wrong or missing key before anything is written with it.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
FIELD_VERSION = b"\x01"
PHOTO_MAGIC = b"PBE1"
LOOKUP_HASH_BYTES = 16  # 128 bits: no collisions in any kiosk's lifetime, half the index size


class DecryptionError(Exception):
    """A sealed value could not be opened: wrong key, or the bytes were altered."""


def _derive(master: bytes, label: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=label.encode()).derive(
        master
    )


def new_master_key() -> bytes:
    return os.urandom(KEY_BYTES)


class Vault:
    """Seals and opens personal data; computes keyed hashes. Safe to share between threads."""

    def __init__(self, master: bytes) -> None:
        if len(master) != KEY_BYTES:
            raise ValueError("the master key must be 32 bytes")
        self._fields = AESGCM(_derive(master, "photobooth/fields/v1"))
        self._photos = AESGCM(_derive(master, "photobooth/photos/v1"))
        self._lookup = _derive(master, "photobooth/lookup/v1")
        self._tombstone = _derive(master, "photobooth/tombstone/v1")
        self._audit = _derive(master, "photobooth/audit/v1")
        self._audit_seal = _derive(master, "photobooth/audit-seal/v1")
        self._admin_pins = _derive(master, "photobooth/admin-pins/v1")
        self.key_id = hmac.new(
            _derive(master, "photobooth/key-id/v1"), b"id", "sha256"
        ).hexdigest()[:16]

    # -- fields ------------------------------------------------------------
    def seal(self, value: str | None, context: str) -> bytes | None:
        """``None`` stays ``None``: an absent phone is not a secret."""
        if value is None:
            return None
        nonce = os.urandom(NONCE_BYTES)
        return FIELD_VERSION + nonce + self._fields.encrypt(nonce, value.encode(), context.encode())

    def open(self, sealed: bytes | None, context: str) -> str | None:
        if sealed is None:
            return None
        if sealed[:1] != FIELD_VERSION:
            raise DecryptionError(f"{context}: not a sealed value")
        nonce, body = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
        try:
            return self._fields.decrypt(nonce, body, context.encode()).decode()
        except InvalidTag:
            raise DecryptionError(f"{context}: wrong key or altered data") from None

    # -- photos ------------------------------------------------------------
    def seal_photo(self, data: bytes, name: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return PHOTO_MAGIC + nonce + self._photos.encrypt(nonce, data, name.encode())

    def open_photo(self, sealed: bytes, name: str) -> bytes:
        if sealed[: len(PHOTO_MAGIC)] != PHOTO_MAGIC:
            raise DecryptionError(f"photo {name}: not an encrypted photo file")
        start = len(PHOTO_MAGIC)
        nonce, body = sealed[start : start + NONCE_BYTES], sealed[start + NONCE_BYTES :]
        try:
            return self._photos.decrypt(nonce, body, name.encode())
        except InvalidTag:
            raise DecryptionError(f"photo {name}: wrong key or altered file") from None

    # -- keyed hashes ------------------------------------------------------
    def lookup_hash(self, kind: str, normalised: str) -> bytes:
        """The index value for finding a person by ``kind`` (email or phone)."""
        return hmac.new(self._lookup, f"{kind}:{normalised}".encode(), "sha256").digest()[
            :LOOKUP_HASH_BYTES
        ]

    def tombstone_hash(self, kind: str, normalised: str) -> str:
        """What an erasure leaves behind: enough to recognise the person, not to read them."""
        return hmac.new(self._tombstone, f"{kind}:{normalised}".encode(), "sha256").hexdigest()

    def audit_mac(self, payload: bytes) -> str:
        return hmac.new(self._audit, payload, hashlib.sha256).hexdigest()

    def audit_seal_mac(self, payload: bytes) -> str:
        """Authenticates the audit chain's two ends (its head and its anchor), with a key of its own."""
        return hmac.new(self._audit_seal, payload, hashlib.sha256).hexdigest()

    def admin_pin_mac(self, kind: str, payload: bytes) -> str:
        """The staff PINs' key: it signs the PIN record and peppers each PIN's hash, so the
        PIN file alone can neither be forged nor guessed offline (``kind`` keeps the uses apart)."""
        message = kind.encode() + b"\x00" + payload
        return hmac.new(self._admin_pins, message, hashlib.sha256).hexdigest()
