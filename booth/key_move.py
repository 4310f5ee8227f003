"""Moving a key that an earlier version kept in the data folder out of it, once (P7).

Before the key moved to the credential store, a kiosk started with ``--data-dir`` or
``PHOTOBOOTH_DATA_DIR`` (as the systemd unit does) kept it in ``DATA_DIR/keys/records.key``,
so a copy of the folder decrypted every visit. At start the key is copied into the
credential store, the records file is opened with it from there (which proves the copy),
the move is audited (the key's id, never the key), and only then is the old file
overwritten and deleted. A kill at any step leaves the key readable in one place or both,
and the next start finishes the move without a second audit entry.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path

from booth.paths import DataLayout
from consent.audit import AuditLog, default_actor
from consent.credentials import CredentialProblem, read_private, remove_securely
from consent.crypto import key_id_of
from consent.database import Database, StorageError
from consent.keys import KeyProblem, decode_key, find_key, slot_pairs

log = logging.getLogger(__name__)

MOVED = "records_key.moved"


@dataclass(frozen=True)
class StagedKey:
    old_file: Path
    key_id: str
    to: str  # "keyring", "key file <path>": where the store keeps it now
    from_data_folder: bool


def stage_legacy_keys(layout: DataLayout) -> list[StagedKey]:
    """Copy any key an earlier version left at an old place into the credential store."""
    staged = []
    for old_file in layout.legacy_key_files:
        try:
            text = read_private(old_file)
            if text is None:
                continue
            key = decode_key(text, f"the old key file {old_file}")
            kept = find_key(layout.key_location, key_id_of(key))
            if kept is None:
                current, _ = slot_pairs(layout.key_location)[0]
                occupied = current.read()
                if occupied is not None:
                    raise KeyProblem(
                        f"{old_file} must move to the {current.name}, which already holds "
                        "another key; keep the one the records file was written with"
                    )
                current.write(key)
                kept = find_key(layout.key_location, key_id_of(key))
                if kept is None:
                    raise KeyProblem(f"the key from {old_file} could not be read back")
        except (CredentialProblem, KeyProblem) as exc:
            raise StorageError(
                f"The records key could not be moved out of the way: {exc}."
            ) from None
        inside = old_file.resolve().is_relative_to(layout.root.resolve())
        staged.append(StagedKey(old_file, kept.key_id, kept.source, inside))
    return staged


def finish_legacy_moves(database: Database, staged: list[StagedKey]) -> None:
    """The records file opened with the copied key: audit the move once, remove the old file."""
    audit = AuditLog(database)
    for item in staged:
        with database.transaction() as db:
            done = db.conn.execute(
                "SELECT 1 FROM audit_log WHERE action = ? AND json_extract(details, '$.key_id') = ?",
                (MOVED, item.key_id),
            ).fetchone()
            if not done:
                where = "the data folder" if item.from_data_folder else "the old config folder"
                audit.append_in_transaction(
                    MOVED,
                    actor=default_actor("kiosk"),
                    details={
                        "key_id": item.key_id,
                        "from": where,
                        "to": "keyring" if item.to == "keyring" else "key file",
                    },
                )
        remove_securely(item.old_file)
        with contextlib.suppress(OSError):  # the keys/ folder, once empty
            item.old_file.parent.rmdir()
        log.info(
            "the records key was moved out of %s into the credential store", item.old_file.parent
        )
