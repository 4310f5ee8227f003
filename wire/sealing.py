"""Sealing contact data to head office, and the fleet-wide lookup hash.

A kiosk encrypts a visitor's name, email, phone (and a consented photo) to head
office's X25519 public key: an ephemeral key pair per message, HKDF-SHA256,
AES-256-GCM (the ECIES pattern). Only the holder of the private key, which never
goes into the database, can open it; a dump or a backup of central reveals no
contact detail (P7). Visits are found across stores by HMAC-SHA256 of the
normalised email or phone under a fleet-wide key, so ``central find`` works
without storing what it finds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VERSION = b"pbs1"
INFO = b"photobooth-kiosk sealed box v1"


class SealError(Exception):
    """A sealed value could not be opened: wrong key, or altered in storage."""


def _derive(shared: bytes, ephemeral_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public, info=INFO).derive(
        shared
    )


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal(recipient: X25519PublicKey, plaintext: bytes, context: bytes = b"") -> bytes:
    """``context`` (e.g. the visit id) is authenticated, so a sealed value cannot be moved to another row."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw(ephemeral.public_key())
    key = _derive(ephemeral.exchange(recipient), ephemeral_public)
    nonce = os.urandom(12)
    return VERSION + ephemeral_public + nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def open_sealed(private: X25519PrivateKey, sealed: bytes, context: bytes = b"") -> bytes:
    if not sealed.startswith(VERSION) or len(sealed) < len(VERSION) + 32 + 12 + 16:
        raise SealError("not a sealed value")
    body = sealed[len(VERSION) :]
    ephemeral_public, nonce, ciphertext = body[:32], body[32:44], body[44:]
    key = _derive(
        private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public)), ephemeral_public
    )
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, context)
    except Exception as exc:  # InvalidTag: wrong key or tampered data
        raise SealError(
            "the sealed value does not open with this key (wrong key, or altered)"
        ) from exc


def fleet_hash(fleet_key: bytes, kind: str, normalised: str) -> str:
    """Keyed hash of a lower-cased email or an E.164 phone, hex; the kind keeps the two apart."""
    return hmac.new(fleet_key, f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def public_key_from_b64(text: str) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(unb64(text))


@dataclass(frozen=True)
class HeadOfficeKeys:
    """Head office's key pair and the fleet lookup key, as files in one folder (0600).

    The private key file is what ``central export`` asks for; keep it off the database
    server, ideally on removable media in the privacy officer's keeping.
    """

    private: X25519PrivateKey
    fleet_key: bytes

    @property
    def public(self) -> X25519PublicKey:
        return self.private.public_key()

    @property
    def public_b64(self) -> str:
        return b64(_raw(self.public))

    @classmethod
    def generate(cls) -> HeadOfficeKeys:
        return cls(X25519PrivateKey.generate(), os.urandom(32))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)
        pem = self.private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        for name, data in (("head-office.key", pem), ("fleet.key", b64(self.fleet_key).encode())):
            path = folder / name
            path.write_bytes(data)
            if os.name == "posix":
                path.chmod(0o600)
        (folder / "head-office.pub").write_text(self.public_b64 + "\n")

    @classmethod
    def load(cls, folder: Path) -> HeadOfficeKeys:
        try:
            private = serialization.load_pem_private_key(
                (folder / "head-office.key").read_bytes(), None
            )
            fleet = unb64((folder / "fleet.key").read_text().strip())
        except FileNotFoundError as exc:
            raise SealError(
                f"no head-office keys in {folder} ({exc.filename} is missing)"
            ) from None
        if not isinstance(private, X25519PrivateKey):
            raise SealError(f"{folder / 'head-office.key'} is not an X25519 private key")
        return cls(private, fleet)

    @classmethod
    def load_or_create(cls, folder: Path) -> HeadOfficeKeys:
        if (folder / "head-office.key").exists():
            return cls.load(folder)
        keys = cls.generate()
        keys.save(folder)
        return keys
