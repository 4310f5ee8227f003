"""The first release's sealed box, for tests only: values a kiosk sealed before HPKE.

The product keeps only a decoder for this format (``wire.sealing._open_ecies_v1``);
tests need to make such values to prove they still open and that ``central keys
reseal`` converts them.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def legacy_seal(recipient: X25519PublicKey, plaintext: bytes, context: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public,
        info=b"photobooth-kiosk sealed box v1",
    ).derive(ephemeral.exchange(recipient))
    nonce = os.urandom(12)
    return b"pbs1" + ephemeral_public + nonce + AESGCM(key).encrypt(nonce, plaintext, context)
