"""Refuse to run head office with keys that are not its own (issue #19).

With another folder's fleet key every lookup hash is different, so a search finds nobody
and an erasure "completes" having erased nothing, while the kiosks keep the person. The
first run records the keys' fingerprints (:mod:`headoffice.schema_key_fingerprints`);
every later run compares and stops with one sentence that says what to do.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import psycopg

from wire.postgres import CentralError, connect, describe_error
from wire.sealing import HeadOfficeKeys


@dataclass(frozen=True)
class Fingerprints:
    fleet_key: str
    public_key: str

    @classmethod
    def of(cls, keys: HeadOfficeKeys) -> Fingerprints:
        public = keys.private.public_key().public_bytes_raw()
        return cls(
            hashlib.sha256(b"fleet-key\0" + keys.fleet_key).hexdigest(),
            hashlib.sha256(b"x25519-public\0" + public).hexdigest(),
        )


def check_keys(dsn: str, keys: HeadOfficeKeys) -> Fingerprints:
    """Record the fingerprints the first time; afterwards raise :class:`CentralError` on a mismatch."""
    mine = Fingerprints.of(keys)
    try:
        with connect(dsn) as conn, conn.transaction():
            if not conn.execute(
                "SELECT to_regclass('photobooth.key_fingerprints') IS NOT NULL"
            ).fetchone()[0]:  # type: ignore[index]
                raise CentralError(
                    "the central schema is not up to date: run `photobooth-kiosk central migrate` first"
                )
            conn.execute(
                "INSERT INTO photobooth.key_fingerprints (id, fleet_key, public_key) "
                "VALUES (1, %s, %s) ON CONFLICT (id) DO NOTHING",
                (mine.fleet_key, mine.public_key),
            )
            row = conn.execute(
                "SELECT fleet_key, public_key FROM photobooth.key_fingerprints WHERE id = 1"
            ).fetchone()
    except psycopg.Error as exc:
        raise CentralError(describe_error(exc)) from None
    assert row is not None
    if (row[0], row[1]) != (mine.fleet_key, mine.public_key):
        raise CentralError(
            "these keys are not the ones this head office was set up with "
            f"(fleet key {mine.fleet_key[:12]}, expected {row[0][:12]}): point --keys "
            "(or PHOTOBOOTH_CENTRAL_KEYS) at head office's own key folder"
        )
    return mine
