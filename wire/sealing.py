"""Sealing contact data to head office, and the fleet-wide lookup hash.

A kiosk encrypts a visitor's name, email, phone (and a consented photo) to head
office's public key with RFC 9180 HPKE from ``cryptography``, in Base mode, with
the visit id as HPKE ``info``, so a sealed value cannot be moved to another row.
Head office keeps contact data for years, so the KEM is the hybrid
ML-KEM-768 + X25519 (X-Wing): a dump copied today stays sealed even against a
future quantum computer, as long as either half holds. Only the holder of the
private keys, which never go into the database, can open it (P7).

Every sealed value starts with a version prefix, so values sealed earlier still open:

* ``pbs3``: HPKE, KEM ML-KEM-768 + X25519, HKDF-SHA256, AES-256-GCM (what kiosks seal now);
* ``pbs2``: HPKE, DHKEM(X25519), HKDF-SHA256, AES-256-GCM, sealed by a kiosk enrolled before
  head office had an ML-KEM key (its public key is X25519 only) until it is given the new one;
* ``pbs1``: the hand-composed ECIES of the first release, opened but never made again.

``central keys reseal`` re-seals ``pbs1`` and ``pbs2`` values at head office to ``pbs3``.
Visits are found across stores by HMAC-SHA256 of the normalised email or phone under a
fleet-wide key, so ``central find`` works without storing what it finds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives import hashes, hpke, serialization
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

LEGACY_VERSION = b"pbs1"
X25519_VERSION = b"pbs2"
HYBRID_VERSION = b"pbs3"
CURRENT_VERSION = HYBRID_VERSION
INFO_PREFIX = b"photobooth-kiosk sealed box/"
X25519_BYTES = 32
MLKEM768_PUBLIC_BYTES = 1184

_HYBRID = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_X25519 = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


class SealError(Exception):
    """A sealed value could not be opened: wrong key, or altered in storage."""


def _info(version: bytes, context: bytes) -> bytes:
    """HPKE ``info``: the format and the row the value belongs to (the visit id)."""
    return INFO_PREFIX + version + b"/" + context


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class SealingKey:
    """Head office's public key as a kiosk holds it: X25519, and ML-KEM-768 once head office has one.

    Written as base64 of the ML-KEM key followed by the X25519 key (X-Wing's order), or of
    the X25519 key alone for an enrolment from before the hybrid KEM.
    """

    x25519: X25519PublicKey
    mlkem: MLKEM768PublicKey | None = None

    @property
    def hybrid(self) -> bool:
        return self.mlkem is not None

    def to_b64(self) -> str:
        mlkem = self.mlkem.public_bytes_raw() if self.mlkem is not None else b""
        return b64(mlkem + _raw(self.x25519))

    @classmethod
    def from_b64(cls, text: str) -> SealingKey:
        raw = unb64(text.strip())
        if len(raw) == X25519_BYTES:
            return cls(X25519PublicKey.from_public_bytes(raw))
        if len(raw) == MLKEM768_PUBLIC_BYTES + X25519_BYTES:
            return cls(
                X25519PublicKey.from_public_bytes(raw[MLKEM768_PUBLIC_BYTES:]),
                MLKEM768PublicKey.from_public_bytes(raw[:MLKEM768_PUBLIC_BYTES]),
            )
        raise ValueError("not a head-office public key (wrong length)")


def seal(recipient: SealingKey, plaintext: bytes, context: bytes = b"") -> bytes:
    """``context`` (the visit id) is bound as HPKE ``info``: the value opens only for that row."""
    if recipient.mlkem is not None:
        public = hpke.MLKEM768X25519PublicKey(recipient.mlkem, recipient.x25519)
        info = _info(HYBRID_VERSION, context)
        return HYBRID_VERSION + _HYBRID.encrypt(plaintext, public, info=info)
    info = _info(X25519_VERSION, context)
    return X25519_VERSION + _X25519.encrypt(plaintext, recipient.x25519, info=info)


def sealed_version(sealed: bytes) -> bytes:
    return bytes(sealed[:4])


def is_current(sealed: bytes) -> bool:
    """Whether ``central keys reseal`` has anything left to do for this value."""
    return sealed_version(sealed) == CURRENT_VERSION


def open_sealed(keys: HeadOfficeKeys, sealed: bytes, context: bytes = b"") -> bytes:
    version, body = sealed_version(sealed), bytes(sealed[4:])
    try:
        if version == HYBRID_VERSION:
            if keys.mlkem is None:
                raise SealError("this value is sealed to an ML-KEM key this key folder lacks")
            private = hpke.MLKEM768X25519PrivateKey(keys.mlkem, keys.private)
            return _HYBRID.decrypt(body, private, info=_info(version, context))
        if version == X25519_VERSION:
            return _X25519.decrypt(body, keys.private, info=_info(version, context))
        if version == LEGACY_VERSION:
            return _open_ecies_v1(keys.private, body, context)
    except SealError:
        raise
    except Exception as exc:  # InvalidTag, a short value: wrong key or tampered data
        raise SealError(
            "the sealed value does not open with this key (wrong key, or altered)"
        ) from exc
    raise SealError("not a sealed value")


def _open_ecies_v1(private: X25519PrivateKey, body: bytes, context: bytes) -> bytes:
    """The first release's box (ephemeral X25519, HKDF salted with the ephemeral key, AES-GCM).

    Decoder only: kept so values sealed before HPKE still open until they are re-sealed.
    """
    if len(body) < 32 + 12 + 16:
        raise SealError("not a sealed value")
    ephemeral_public, nonce, ciphertext = body[:32], body[32:44], body[44:]
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public,
        info=b"photobooth-kiosk sealed box v1",
    ).derive(shared)
    return AESGCM(key).decrypt(nonce, ciphertext, context)


def fleet_hash(fleet_key: bytes, kind: str, normalised: str) -> str:
    """Keyed hash of a lower-cased email or an E.164 phone, hex; the kind keeps the two apart."""
    return hmac.new(fleet_key, f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def public_key_from_b64(text: str) -> SealingKey:
    return SealingKey.from_b64(text)


PRIVATE_FILE = "head-office.key"
MLKEM_FILE = "head-office-mlkem.key"
FLEET_FILE = "fleet.key"
PUBLIC_FILE = "head-office.pub"


def _pem(key: X25519PrivateKey | MLKEM768PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


@dataclass(frozen=True)
class HeadOfficeKeys:
    """Head office's private keys and the fleet lookup key, as files in one folder (0600).

    ``head-office.key`` (X25519) and, since HPKE, ``head-office-mlkem.key`` (ML-KEM-768);
    a folder from before has no ML-KEM key and still loads; ``load_or_create`` and
    ``central keys reseal`` add one. The private key files are what ``central export``
    asks for; keep them off the database server, ideally on removable media in the
    privacy officer's keeping.
    """

    private: X25519PrivateKey
    fleet_key: bytes
    mlkem: MLKEM768PrivateKey | None = None

    @property
    def public(self) -> SealingKey:
        return SealingKey(
            self.private.public_key(), self.mlkem.public_key() if self.mlkem else None
        )

    @property
    def public_b64(self) -> str:
        return self.public.to_b64()

    @classmethod
    def generate(cls) -> HeadOfficeKeys:
        return cls(X25519PrivateKey.generate(), os.urandom(32), MLKEM768PrivateKey.generate())

    def with_mlkem(self) -> HeadOfficeKeys:
        """These keys with an ML-KEM-768 key pair, made now if there was none."""
        return (
            self if self.mlkem is not None else replace(self, mlkem=MLKEM768PrivateKey.generate())
        )

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)
        files = [(PRIVATE_FILE, _pem(self.private)), (FLEET_FILE, b64(self.fleet_key).encode())]
        if self.mlkem is not None:
            files.append((MLKEM_FILE, _pem(self.mlkem)))
        for name, data in files:
            path = folder / name
            path.write_bytes(data)
            if os.name == "posix":
                path.chmod(0o600)
        (folder / PUBLIC_FILE).write_text(self.public_b64 + "\n")

    @classmethod
    def load(cls, folder: Path) -> HeadOfficeKeys:
        try:
            private = serialization.load_pem_private_key((folder / PRIVATE_FILE).read_bytes(), None)
            fleet = unb64((folder / FLEET_FILE).read_text().strip())
        except FileNotFoundError as exc:
            raise SealError(
                f"no head-office keys in {folder} ({exc.filename} is missing)"
            ) from None
        if not isinstance(private, X25519PrivateKey):
            raise SealError(f"{folder / PRIVATE_FILE} is not an X25519 private key")
        mlkem = None
        if (folder / MLKEM_FILE).exists():
            loaded = serialization.load_pem_private_key((folder / MLKEM_FILE).read_bytes(), None)
            if not isinstance(loaded, MLKEM768PrivateKey):
                raise SealError(f"{folder / MLKEM_FILE} is not an ML-KEM-768 private key")
            mlkem = loaded
        return cls(private, fleet, mlkem)

    @classmethod
    def load_or_create(cls, folder: Path) -> HeadOfficeKeys:
        """Load (adding the ML-KEM key pair to an older folder), or make a new folder."""
        if (folder / PRIVATE_FILE).exists():
            keys = cls.load(folder)
            if keys.mlkem is None:
                keys = keys.with_mlkem()
                keys.save(folder)
            return keys
        keys = cls.generate()
        keys.save(folder)
        return keys
