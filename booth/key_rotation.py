"""The records key, for the command line: rotate it, and say where it and the secrets are.

``photobooth-kiosk keys rotate`` runs :class:`consent.rotation.KeyRotation` over the data
folder's records file and photos, beside a kiosk that may be running: it opens its own
connection (``booth.records_file``) and works in short transactions. ``keys status``
names the places, never a key or a secret.
"""

from __future__ import annotations

from typing import Any

from booth.errors import SetupError
from booth.paths import DataLayout
from booth.records_file import open_records
from booth.secrets import SecretStore
from consent.keys import find_key, slot_pairs
from consent.photos import PhotoStore
from consent.rotation import KeyRotation, RotationReport
from consent.upgrade_backup import backups_of


def rotate_keys(
    layout: DataLayout,
    *,
    actor: str,
    batch_rows: int = 200,
    batch_photos: int = 10,
    pause_s: float = 0.05,
) -> RotationReport:
    database = open_records(layout)
    copies = backups_of(layout.database)
    if copies:
        # The rotation destroys the key the copy is sealed with: the rollback it is kept
        # for would then be impossible. Finish the upgrade (or roll back) first.
        database.close()
        raise SetupError(
            f"the copy of the records file from before an upgrade ({copies[0].path.name}) "
            "is still there, and a rotation would destroy the key it is sealed with: roll "
            "back or remove the copy first (docs/deployment.md, Upgrade and rollback)"
        )
    try:
        rotation = KeyRotation(
            database,
            PhotoStore(layout.photos, database.vault),
            actor=actor,
            batch_rows=batch_rows,
            batch_photos=batch_photos,
            pause_s=pause_s,
        )
        report = rotation.run()
        database.checkpoint()  # no page sealed with the old key left in the WAL
        return report
    finally:
        database.close()


def key_status(layout: DataLayout) -> dict[str, Any]:
    """Which key the records file names, where it was found, where new keys and secrets go."""
    database = open_records(layout)
    try:
        meta = dict(
            database.conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('key_id', 'key_next_id')"
            ).fetchall()
        )
    finally:
        database.close()
    location = layout.key_location
    found = find_key(location, meta["key_id"])
    secrets = SecretStore(layout.credentials)
    return {
        "data_dir": str(layout.root),
        "key_id": meta["key_id"],
        "rotation_to": meta.get("key_next_id"),
        "key_found_in": found.source if found else None,
        "new_keys_go_to": slot_pairs(location)[0][0].name,
        "credentials_folder": str(location.folder),
        "secrets": {field: source for field, (_, source) in secrets.read_all().items()},
    }
