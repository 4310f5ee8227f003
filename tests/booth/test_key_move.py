"""A key an earlier version kept inside the data folder is moved out at start, once (P7)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.audit import AuditLog
from consent.database import StorageError
from consent.keys import KEY_FILE, forget_cached_keys
from tests.consent.helpers import files_under, find_secrets, visit


def as_an_earlier_version_left_it(layout: DataLayout) -> tuple[Path, str]:
    """Records written, and the key where versions before #15 kept it: DATA_DIR/keys/."""
    visit(layout, "Ada Lovelace", "ada@example.com")
    stored = layout.credentials.folder / KEY_FILE
    old = layout.root / "keys" / KEY_FILE
    old.parent.mkdir(mode=0o700)
    shutil.move(stored, old)
    forget_cached_keys()
    return old, old.read_text().strip()


def moves(layout: DataLayout) -> list[dict[str, object]]:
    database = open_records(layout)
    try:
        return [e.details for e in AuditLog(database).entries() if e.action == "records_key.moved"]
    finally:
        database.close()


def test_an_old_key_in_the_data_folder_is_moved_out_audited_and_not_left_behind(
    layout: DataLayout,
) -> None:
    """P7: at start the key leaves the data folder for the credential store, with one audit
    entry that holds the key's id, never the key; the old file is gone, not left behind."""
    old, key_text = as_an_earlier_version_left_it(layout)
    database = open_records(layout)
    assert database.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1
    database.close()
    assert not old.exists() and not old.parent.exists(), "keys/ is gone from the data folder"
    assert (layout.credentials.folder / KEY_FILE).read_text().strip() == key_text
    assert find_secrets(files_under(layout.root), [key_text]) == []
    entries = moves(layout)
    assert len(entries) == 1 and entries[0]["from"] == "the data folder"
    assert key_text not in json.dumps(entries), "the audit entry names the key, never holds it"
    forget_cached_keys()
    open_records(layout).close()
    assert len(moves(layout)) == 1, "moved once"


def test_a_move_stopped_before_the_old_file_went_is_finished_without_a_second_entry(
    layout: DataLayout,
) -> None:
    """P7: killed after the audit entry but before the removal, the next start removes it."""
    old, key_text = as_an_earlier_version_left_it(layout)
    open_records(layout).close()
    old.parent.mkdir(mode=0o700)
    old.write_text(key_text + "\n")  # as if the process died before removing it
    forget_cached_keys()
    open_records(layout).close()
    assert not old.exists()
    assert len(moves(layout)) == 1


def test_a_different_key_in_the_store_stops_the_move_and_keeps_both(
    layout: DataLayout, tmp_path: Path
) -> None:
    """P7: the move never overwrites a key; both stay where they are and staff are told."""
    old, key_text = as_an_earlier_version_left_it(layout)
    other = tmp_path / "other"
    visit(DataLayout(other).create())
    stored = layout.credentials.folder / KEY_FILE
    stored.parent.mkdir(mode=0o700, exist_ok=True)
    shutil.copy(DataLayout(other).credentials.folder / KEY_FILE, stored)
    forget_cached_keys()
    with pytest.raises(StorageError, match="already holds another key"):
        open_records(layout)
    assert old.read_text().strip() == key_text
