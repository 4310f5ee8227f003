"""A records file that is empty, unreadable, newer or damaged is never taken for a new one (P7)."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from pathlib import Path

import pytest

from booth.paths import DataLayout
from booth.records_file import open_records
from booth.records_startup import prepare_records
from booth.staff_alerts import gather
from consent.database import StorageError
from consent.photos import PhotoStore
from tests.consent.helpers import IDENTITY, visit


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def photo_files(layout: DataLayout) -> set[str]:
    return {p.name for p in layout.photos.iterdir()}


def with_visits(layout: DataLayout, n: int = 3) -> set[str]:
    for i in range(n):
        visit(layout, f"Visitor {i}", f"visitor{i}@example.com", None)
    return photo_files(layout)


def test_an_empty_records_file_is_refused_and_no_photo_is_touched(layout: DataLayout) -> None:
    """P7: a records file truncated to 0 bytes is not a new database: opening it stops with
    a message, and the file and every photo stay exactly as they were."""
    photos = with_visits(layout)
    layout.database.write_bytes(b"")
    with pytest.raises(StorageError, match=r"empty \(0 bytes\)"):
        open_records(layout)
    assert layout.database.stat().st_size == 0
    assert photo_files(layout) == photos


def test_a_file_that_is_not_a_records_file_is_refused_unchanged(layout: DataLayout) -> None:
    with_visits(layout, 1)
    layout.database.write_bytes(b"this is not SQLite at all " * 100)
    before = digest(layout.database)
    with pytest.raises(StorageError, match="not a records file"):
        open_records(layout)
    assert digest(layout.database) == before


def test_a_file_from_a_newer_kiosk_is_refused_before_anything_is_written(
    layout: DataLayout,
) -> None:
    """P7: no pragma, no migration, not even the journal mode touches a newer file."""
    with_visits(layout, 1)
    conn = sqlite3.connect(layout.database)
    conn.execute("PRAGMA journal_mode=DELETE")  # a newer kiosk's choice, which must survive
    conn.execute("PRAGMA user_version=99")
    conn.close()
    before = digest(layout.database)
    with pytest.raises(StorageError, match="newer kiosk"):
        open_records(layout)
    assert digest(layout.database) == before
    assert not layout.database.with_name("records.sqlite3-wal").exists()


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root reads any file; tests/kiosk/test_start_faults.py runs it as nobody",
)
def test_an_unreadable_file_is_refused_with_its_name(layout: DataLayout) -> None:
    with_visits(layout, 1)
    layout.database.chmod(0)
    try:
        with pytest.raises(StorageError, match="cannot be read"):
            open_records(layout)
    finally:
        layout.database.chmod(0o600)


def damage_a_page(layout: DataLayout, table: str) -> None:
    """Garbage over one table's root page, as a failing card might leave it."""
    conn = sqlite3.connect(layout.database)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with layout.database.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0xA5]) * page_size)


def test_a_damaged_page_is_found_at_start_logged_and_alerted_and_photos_are_kept(
    layout: DataLayout, caplog: pytest.LogCaptureFixture
) -> None:
    """P7: PRAGMA quick_check at start finds damage no query has met yet; staff are told in
    the log and by an alert; orphan clean-up is skipped, since a damaged file may hide the
    visits that own those photos."""
    photos = with_visits(layout)
    database = open_records(layout)
    orphan = PhotoStore(layout.photos, database.vault).write("no-such-visit", b"\xff\xd8x\xff\xd9")
    database.close()
    damage_a_page(layout, "consents")

    with caplog.at_level(logging.INFO):
        result = prepare_records(layout, IDENTITY)

    assert result.problem is not None and "damaged" in result.problem
    assert photo_files(layout) == photos | {orphan}, "not one photo file was deleted"
    (record,) = [r for r in caplog.records if "integrity check" in r.getMessage()]
    assert record.levelno == logging.ERROR
    alerts = gather(layout.root, dict, lambda: "live", result.problem)
    assert alerts[0].kind == "records_damaged"
    assert "restore the records file" in alerts[0].detail


def test_a_sound_file_passes_and_orphans_are_still_tidied(layout: DataLayout) -> None:
    photos = with_visits(layout, 2)
    database = open_records(layout)
    orphan = PhotoStore(layout.photos, database.vault).write("no-such-visit", b"\xff\xd8x\xff\xd9")
    database.close()
    result = prepare_records(layout, IDENTITY)
    assert result.problem is None and result.orphans_removed == 1
    assert photo_files(layout) == photos and orphan not in photo_files(layout)


def test_the_check_is_bounded_in_time(layout: DataLayout, caplog: pytest.LogCaptureFixture) -> None:
    """A check that cannot finish within its budget is logged as unfinished, not as passed."""
    with_visits(layout, 1)
    database = open_records(layout)
    try:
        check = database.quick_check(budget_s=0.0)
    finally:
        database.close()
    assert not check.finished and not check.ok
    with caplog.at_level(logging.WARNING):
        prepare_records(layout, IDENTITY, budget_s=0.0)
    assert any("did not finish" in r.getMessage() for r in caplog.records)


def test_a_first_start_that_fails_leaves_no_empty_file_behind(
    layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk at the very first start must not leave a 0-byte file that the next start
    (with space freed) would refuse as truncated."""
    from consent import database as database_module

    def full(self: object) -> None:
        raise StorageError("The kiosk's storage is full. Free some space; nothing was lost.")

    monkeypatch.setattr(database_module.Database, "_migrate", full)
    with pytest.raises(StorageError, match="full"):
        open_records(layout)
    assert not layout.database.exists()
    monkeypatch.undo()
    open_records(layout).close()
    assert layout.database.stat().st_size > 0
