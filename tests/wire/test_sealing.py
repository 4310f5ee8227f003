"""Sealing to head office: RFC 9180 HPKE with the hybrid post-quantum KEM, old values still open (P7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from tests.support.legacy_sealing import legacy_seal
from wire.sealing import (
    HYBRID_VERSION,
    MLKEM_FILE,
    X25519_VERSION,
    HeadOfficeKeys,
    SealError,
    SealingKey,
    is_current,
    open_sealed,
    seal,
)

VISIT = b"0b1c2d3e-0000-4000-8000-000000000001"
CONTACT = b'{"name": "Ada Lovelace", "email": "ada@example.com"}'
# Sealed by the first release's `wire.sealing.seal` (ECIES) before it was replaced, to the
# X25519 key whose private bytes are 00 01 02 ... 1f, for VISIT.
OLD_FORMAT_VECTOR = bytes.fromhex(
    "70627331b12a74d7029d71a0998e1a569a4e881d2507200611e0bf6e0f8680edecdb543b598c04ffe7b514ffeb"
    "727a11c784a5756fd6de8889d7053068039599dbeeeaf8657233487994daa3f45a76397d11a4db5709a60524b2ea"
    "d1e9a6008f8c193e9a7c5e49c971f5abbfe2c624d41a613915"
)


def test_p7_new_values_are_sealed_with_hpke_and_the_hybrid_post_quantum_kem() -> None:
    keys = HeadOfficeKeys.generate()
    assert keys.public.hybrid
    sealed = seal(keys.public, CONTACT, VISIT)
    assert sealed.startswith(HYBRID_VERSION) and is_current(sealed)
    assert len(sealed) > 1120, "an X-Wing encapsulation (ML-KEM-768 ciphertext + X25519) is inside"
    assert open_sealed(keys, sealed, VISIT) == CONTACT
    assert seal(keys.public, CONTACT, VISIT) != sealed, "a fresh encapsulation every time"


def test_p7_the_visit_id_is_bound_as_hpke_info() -> None:
    keys = HeadOfficeKeys.generate()
    sealed = seal(keys.public, CONTACT, VISIT)
    with pytest.raises(SealError):
        open_sealed(keys, sealed, b"another-visit")
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(SealError):
        open_sealed(keys, tampered, VISIT)
    with pytest.raises(SealError):
        open_sealed(HeadOfficeKeys.generate(), sealed, VISIT)


def test_p7_values_sealed_by_the_first_release_still_open() -> None:
    keys = HeadOfficeKeys(X25519PrivateKey.from_private_bytes(bytes(range(32))), b"f" * 32)
    assert OLD_FORMAT_VECTOR.startswith(b"pbs1") and not is_current(OLD_FORMAT_VECTOR)
    assert open_sealed(keys, OLD_FORMAT_VECTOR, VISIT) == CONTACT
    with pytest.raises(SealError):
        open_sealed(keys, OLD_FORMAT_VECTOR, b"another-visit")
    fresh = legacy_seal(keys.private.public_key(), CONTACT, VISIT)
    assert open_sealed(keys.with_mlkem(), fresh, VISIT) == CONTACT


def test_a_kiosk_enrolled_with_only_the_x25519_key_seals_with_hpke_too() -> None:
    keys = HeadOfficeKeys.generate()
    classic = SealingKey.from_b64(SealingKey(keys.public.x25519).to_b64())
    assert not classic.hybrid
    sealed = seal(classic, CONTACT, VISIT)
    assert sealed.startswith(X25519_VERSION) and not is_current(sealed)
    assert open_sealed(keys, sealed, VISIT) == CONTACT


def test_the_public_key_travels_as_one_base64_string() -> None:
    keys = HeadOfficeKeys.generate()
    text = keys.public_b64
    assert len(text) < 2000, "fits central.head_office_public_key"
    again = SealingKey.from_b64(text)
    assert again.hybrid and again.to_b64() == text
    with pytest.raises(ValueError):
        SealingKey.from_b64(text[:-8])


def test_a_key_folder_from_before_hpke_loads_and_gains_an_ml_kem_key(tmp_path: Path) -> None:
    folder = tmp_path / "central-keys"
    old = HeadOfficeKeys(X25519PrivateKey.generate(), b"k" * 32)
    old.save(folder)
    assert not (folder / MLKEM_FILE).exists()
    loaded = HeadOfficeKeys.load(folder)
    assert loaded.mlkem is None and loaded.fleet_key == old.fleet_key
    assert not loaded.public.hybrid
    upgraded = HeadOfficeKeys.load_or_create(folder)
    assert upgraded.mlkem is not None and (folder / MLKEM_FILE).exists()
    assert upgraded.public.x25519.public_bytes_raw() == old.public.x25519.public_bytes_raw()
    assert HeadOfficeKeys.load(folder).public_b64 == upgraded.public_b64
    assert (folder / "head-office.pub").read_text().strip() == upgraded.public_b64
    assert (folder / MLKEM_FILE).stat().st_mode & 0o077 == 0
    sealed = seal(upgraded.public, CONTACT, VISIT)
    assert open_sealed(HeadOfficeKeys.load(folder), sealed, VISIT) == CONTACT
