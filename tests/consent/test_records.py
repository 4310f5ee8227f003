"""Committing a visit: all or nothing, photo first, notice bound to the consent."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from booth.paths import DataLayout
from booth.records_file import open_photos, open_records
from consent.database import SCHEMA_VERSION, StorageError
from consent.notices import NOTICES_DIR, NoticeError, current_notice
from consent.photos import PhotoStore
from consent.records import KioskIdentity, RecordsStore, VisitDraft
from sync.local_schema import STATEMENTS

IDENTITY = KioskIdentity("store-9", "kiosk-3", "Test Store", "privacy@test.example", "US")


def draft(**overrides: object) -> VisitDraft:
    values: dict[str, object] = {
        "name": "Ada Lovelace",
        "email": "ada@example.com",
        "phone": None,
        "channels": ("email",),
        "publish": False,
        "language": "en",
        "photo_jpeg": b"\xff\xd8fake-jpeg\xff\xd9",
    }
    values.update(overrides)
    return VisitDraft(**values)  # type: ignore[arg-type]


def store(layout: DataLayout) -> RecordsStore:
    return RecordsStore(open_records(layout), open_photos(layout), IDENTITY)


def test_database_is_wal_with_a_schema_version(layout: DataLayout) -> None:
    db = open_records(layout)
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.schema_version() == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_sync_tables_are_a_part_of_their_own_and_older_files_keep_theirs(
    layout: DataLayout,
) -> None:
    """A file written when sync's tables were core migration 4 opens without a second copy."""
    db = open_records(layout)
    assert db.part_version("sync") == 1
    db.close()
    with sqlite3.connect(layout.database) as conn:  # a file from before the split: core 3 + sync
        conn.execute("DROP TABLE schema_parts")
        conn.execute("DROP TABLE subject_holds")  # core 5, after the split
        conn.execute("DROP INDEX idx_subjects_erasing")
        conn.execute("ALTER TABLE subjects DROP COLUMN erasing_at")
        conn.execute("PRAGMA user_version=4")
    reopened = open_records(layout)
    assert reopened.schema_version() == SCHEMA_VERSION
    assert reopened.part_version("sync") == 1
    triggers = reopened.conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'"
    ).fetchone()[0]
    assert triggers == sum(statement.startswith("CREATE TRIGGER") for statement in STATEMENTS)
    store(layout).submit(draft(), current_notice("en"))
    assert reopened.conn.execute("SELECT count(*) FROM sync_changes").fetchone()[0] > 0


def test_submit_writes_visit_consents_and_delivery_together(layout: DataLayout) -> None:
    """P3, P9: one consent row per purpose with notice version, hash and exact wording."""
    notice = current_notice("en")
    result = store(layout).submit(
        draft(publish=True, channels=("email", "sms"), phone="+12015550123"), notice
    )
    with sqlite3.connect(layout.database) as conn:
        assert conn.execute("select count(*) from visits").fetchone()[0] == 1
        consents = conn.execute(
            "select purpose, given, notice_version, notice_sha256, wording, store_id, kiosk_id from consents"
        ).fetchall()
        deliveries = conn.execute(
            "select channel, status from deliveries order by channel"
        ).fetchall()
    assert {c[0]: c[1] for c in consents} == {"delivery": 1, "publish_social": 1}
    for _purpose, _given, version, sha, wording, store_id, kiosk_id in consents:
        assert version == notice.version and sha == notice.sha256
        assert store_id == "store-9" and kiosk_id == "kiosk-3"
        assert "Test Store" in wording or "Send my photo" in wording
    assert deliveries == [("email", "queued"), ("sms", "queued")]
    assert draft().photo_jpeg not in result.photo_file.read_bytes(), "P7: the photo rests encrypted"
    assert open_photos(layout).read(result.photo_file.name) == draft().photo_jpeg


def test_notice_hash_is_the_sha256_of_the_file_a_regulator_can_check() -> None:
    """P9: the stored hash identifies the exact text shown."""
    notice = current_notice("en")
    (path,) = [p for p in (NOTICES_DIR / "en").glob("*.json") if notice.version in p.name]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == notice.sha256


def test_an_optional_purpose_marked_required_is_refused(tmp_path: Path) -> None:
    """P2: publishing can never be made a condition of delivery."""
    folder = tmp_path / "en"
    folder.mkdir()
    text = (next((NOTICES_DIR / "en").glob("*.json"))).read_text()
    (folder / "bad.json").write_text(text.replace('"required": false', '"required": true'))
    with pytest.raises(NoticeError, match="must not be required"):
        current_notice("en", folder=tmp_path)


def test_failed_commit_leaves_no_photo_and_no_rows(layout: DataLayout) -> None:
    records = store(layout)
    records.database.conn.execute(
        "CREATE TRIGGER fail_delivery BEFORE INSERT ON deliveries BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        records.submit(draft(), current_notice("en"))
    assert records.counts() == {"visits": 0, "consents": 0, "deliveries": 0}
    assert list(layout.photos.iterdir()) == []


def test_full_disk_is_a_storage_error_staff_can_read(
    layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def no_space(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(
        PhotoStore, "write", lambda self, visit_id, jpeg: no_space(self.folder, jpeg)
    )
    with pytest.raises(StorageError, match="storage is full"):
        store(layout).submit(draft(), current_notice("en"))
    assert store(layout).counts()["visits"] == 0


def test_orphan_photos_from_a_crash_are_removed_at_start(layout: DataLayout) -> None:
    records = store(layout)
    kept = records.submit(draft(), current_notice("en")).photo_file
    orphan = layout.photos / "crashed-before-commit.jpg"
    orphan.write_bytes(b"x")
    assert records.remove_orphan_photos() == 1
    assert kept.exists() and not orphan.exists()
