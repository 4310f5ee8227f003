"""Central schema migration: the fingerprints of head office's keys (issue #19).

Pointed at the wrong keys folder, ``central find`` found nothing and ``central erase``
reported ``complete: true, visits_erased: 0`` while the kiosks still held the person: the
lookup hashes were keyed with another fleet key. Head office now records, the first time it
runs with keys, a SHA-256 fingerprint of its fleet lookup key and of its X25519 public key
(the ML-KEM half is left out: ``central keys reseal`` adds it to the same folder later), and
every command that uses keys compares (:mod:`headoffice.key_check`). Fingerprints, not keys:
the table tells nobody the keys.
"""

from __future__ import annotations

KEY_FINGERPRINTS = r"""
CREATE TABLE photobooth.key_fingerprints (
  id          integer PRIMARY KEY CHECK (id = 1),
  fleet_key   text NOT NULL,
  public_key  text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON photobooth.key_fingerprints FROM PUBLIC;
"""
