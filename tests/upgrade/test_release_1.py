"""A data folder written by release 0.1.0 (release format 1) opens with today's code with
nothing lost, and an upgrade from it is safe: a migration step runs on it, a failing step
changes nothing and keeps a copy the previous release can open, and an erasure reaches
that copy (P5, P7)."""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
import sqlite_utils

import consent.database
from booth.paths import DataLayout
from booth.records_file import open_records
from booth.records_startup import prepare_records
from consent.database import StorageError, UpgradeFailed
from consent.records import KioskIdentity
from consent.schema import MIGRATIONS, SCHEMA_VERSION
from tests.consent.helpers import cli, files_under, find_secrets
from tests.upgrade.release_fixture import (
    Released,
    assert_everything_survives,
    copy_release,
    pre_upgrade_copies,
)

NEXT = SCHEMA_VERSION + 1  # the test-only step's number, after today's steps
COPY = f"records.sqlite3.pre-upgrade-4.sync1-{NEXT}.sync1"  # the copy an upgrade to it keeps
IDENTITY = KioskIdentity("store-001", "kiosk-01", "Test Store", "privacy@test.example", "US")


@pytest.fixture
def release_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Released:
    return copy_release(1, tmp_path, monkeypatch)


def add_core_step(monkeypatch: pytest.MonkeyPatch, step: consent.database.Migration) -> None:
    """Register a migration step for this test only: today's code plus one numbered step."""
    monkeypatch.setattr(consent.database, "MIGRATIONS", [*MIGRATIONS, step])
    monkeypatch.setattr(consent.database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)


def _v5_visit_notes(db: sqlite_utils.Database) -> None:
    """Test-only: a new column and a data change, as a real later migration would make."""
    db.execute("ALTER TABLE visits ADD COLUMN test_note TEXT")
    db.execute("UPDATE visits SET test_note = 'migrated'")


def _v5_fails_half_way(db: sqlite_utils.Database) -> None:
    """Test-only: changes the schema, then fails (as a step hitting bad data would)."""
    db.execute("ALTER TABLE visits ADD COLUMN test_note TEXT")
    db.execute("UPDATE visits SET test_note = 'half'")
    raise RuntimeError("the test step refused the file")


def test_release_1_opens_with_todays_code_and_nothing_is_lost(release_1: Released) -> None:
    """Every visit, consent, event, delivery (sent, failed, retrying), hold, restriction,
    tombstone and audit entry the release wrote survives, and the chain verifies."""
    manifest = release_1.manifest
    assert manifest["format"] == {"core": 4, "parts": {"sync": 1}}
    assert {"sent", "failed", "retry"} <= set(manifest["outbox"])
    assert_everything_survives(release_1)
    assert pre_upgrade_copies(release_1.layout) == [], "nothing to migrate: no copy"


def test_release_1_through_the_command_line(release_1: Released, tmp_path: Path) -> None:
    """The manager's commands on the released folder: find and export everyone, the erased
    person is gone, the legal hold still refuses an erasure, the chain verifies."""
    layout = release_1.layout
    for kind, value in release_1.people():
        found = cli(layout, "records", "find", kind, value)
        assert found.returncode == 0, found.stderr
    out = tmp_path / "exports"
    out.mkdir()
    kind, value = release_1.people()[0]
    exported = cli(layout, "records", "export", kind, value, "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    (archive,) = out.glob("*.zip")
    assert any(n.endswith(".jpg") for n in zipfile.ZipFile(archive).namelist())
    erased = release_1.manifest["actions"]["erased"]["who"]
    assert cli(layout, "records", "find", *erased).returncode == 2, "erased stays erased"
    held = release_1.manifest["actions"]["held"]
    refused = cli(layout, "records", "erase", "--subject", held, "--yes")
    assert refused.returncode != 0 and "legal hold" in refused.stderr
    verified = cli(layout, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert_everything_survives(release_1, audit_grew=True)


def test_a_new_migration_step_runs_on_release_1(
    release_1: Released, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A v1 -> v2 path: a test-only step 5 runs on the released file, everything survives,
    and the pre-upgrade copy is removed once the migrated file is checked."""
    add_core_step(monkeypatch, _v5_visit_notes)
    caplog.set_level(logging.INFO)
    database = open_records(release_1.layout)
    try:
        assert database.schema_version() == SCHEMA_VERSION + 1
        notes = database.conn.execute("SELECT DISTINCT test_note FROM visits").fetchall()
        assert notes == [("migrated",)]
        assert database.upgrade is not None and database.upgrade_problem is None
    finally:
        database.close()
    assert pre_upgrade_copies(release_1.layout) == [], "the checked upgrade removes its copy"
    assert f"upgraded from format 4.sync1 to {NEXT}.sync1 and checked" in caplog.text
    assert_everything_survives(release_1)


def test_a_failing_step_changes_nothing_and_keeps_a_copy(
    release_1: Released, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The step's half-done change is rolled back, the log names the step without personal
    data, staff get a message that says what to do, and both the file and the copy open
    with the code that wrote them (the previous release's format)."""
    layout = release_1.layout
    before = sqlite3.connect(layout.database).execute("PRAGMA user_version").fetchone()[0]
    add_core_step(monkeypatch, _v5_fails_half_way)
    with pytest.raises(UpgradeFailed) as failed:
        prepare_records(layout, IDENTITY)
    message = str(failed.value)
    assert f"migration core {NEXT} (_v5_fails_half_way) failed: the test step refused the file" in (
        message
    )
    assert "previous release can still open it" in message and "deployment.md" in message
    assert f"migration core {NEXT} (_v5_fails_half_way) failed: the test step refused the file" in (
        caplog.text
    )
    contacts = release_1.manifest["contacts"].values()
    assert not any(  # the log names no one
        c[k] and c[k] in caplog.text for c in contacts for k in ("name", "email", "phone")
    )
    (copy,) = pre_upgrade_copies(layout)
    assert copy.name == COPY
    assert copy.stat().st_mode & 0o777 == 0o600
    conn = sqlite3.connect(layout.database)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == before
    columns = {r[1] for r in conn.execute("PRAGMA table_info(visits)")}
    conn.close()
    assert "test_note" not in columns, "the half-done step was rolled back"

    monkeypatch.undo()  # the previous release: today's code without step 5
    monkeypatch.setenv("PHOTOBOOTH_KEY_BACKEND", "file")
    monkeypatch.setenv("PHOTOBOOTH_KEY_FILE", str(layout.root.parent / "test-only-records.key"))
    assert_everything_survives(release_1)
    assert pre_upgrade_copies(layout) == [copy], "the copy stays until it is no longer needed"
    restored = Released(DataLayout(layout.root.parent / "restored"), release_1.manifest)
    shutil.copytree(layout.photos, restored.layout.photos)
    shutil.copy2(copy, restored.layout.database)
    assert_everything_survives(restored)


def test_an_erasure_reaches_the_pre_upgrade_copy(
    release_1: Released, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P5: a person erased while a pre-upgrade copy exists is in no file of the data folder
    afterwards: not as plaintext, and not as the sealed fields the copy held."""
    layout = release_1.layout
    add_core_step(monkeypatch, _v5_fails_half_way)
    with pytest.raises(StorageError):
        open_records(layout)
    monkeypatch.setattr(consent.database, "MIGRATIONS", MIGRATIONS)
    monkeypatch.setattr(consent.database, "SCHEMA_VERSION", SCHEMA_VERSION)
    (copy,) = pre_upgrade_copies(layout)

    held = release_1.manifest["actions"]["held"]
    visit = next(
        v
        for v in release_1.rows("visits")
        if v["subject_id"] != held and release_1.manifest["contacts"][v["id"]]["email"]
    )
    contact = release_1.manifest["contacts"][visit["id"]]
    sealed = [bytes.fromhex(visit[k]["hex"]) for k in ("name_enc", "email_enc") if visit[k]]
    assert sealed and find_blobs([copy], sealed) != [], "the copy holds the sealed fields"

    erased = cli(layout, "records", "erase", "--email", contact["email"], "--yes")
    assert erased.returncode == 0, erased.stderr
    assert pre_upgrade_copies(layout) == []
    everything = files_under(layout.root)
    secrets = [contact["name"], contact["email"], contact["name"].split()[-1]]
    assert find_secrets(everything, secrets) == []
    assert find_blobs(everything, sealed) == []


def find_blobs(paths: list[Path], blobs: list[bytes]) -> list[str]:
    return [str(p) for p in paths for b in blobs if p.is_file() and b in p.read_bytes()]


def test_a_retention_sweep_that_removes_data_removes_the_copy(
    release_1: Released, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P4: data past its retention goes from the copy too (the whole copy goes, as nothing
    can be taken out of it), and the sweep's audit entry says so."""
    layout = release_1.layout
    add_core_step(monkeypatch, _v5_fails_half_way)
    with pytest.raises(StorageError):
        open_records(layout)
    assert len(pre_upgrade_copies(layout)) == 1
    swept = cli(layout, "retention", "run", "--now", "2031-01-01T00:00:00Z")
    assert swept.returncode == 0, swept.stderr
    assert pre_upgrade_copies(layout) == []
    listed = cli(layout, "audit", "list", "--json", "--limit", "5")
    sweeps = [json.loads(line) for line in listed.stdout.splitlines() if "retention.sweep" in line]
    assert sweeps and sweeps[-1]["details"]["pre_upgrade_copies"] == 1


def _v5_breaks_the_chain(db: sqlite_utils.Database) -> None:
    """Test-only: a step that runs without error but leaves the audit chain broken."""
    db.execute("UPDATE meta SET value = 'moved' WHERE key = 'audit_anchor'")


def test_a_migrated_file_that_fails_its_check_keeps_the_copy(
    release_1: Released, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The copy goes only after the migrated file passed quick_check and the audit chain;
    otherwise staff are told at start, at every start, until someone acts."""
    layout = release_1.layout
    add_core_step(monkeypatch, _v5_breaks_the_chain)
    for _ in range(2):
        at_start = prepare_records(layout, IDENTITY)
        assert at_start.problem is not None
        assert "failed its check (audit chain:" in at_start.problem
        assert COPY in at_start.problem
        assert len(pre_upgrade_copies(layout)) == 1
    assert "was kept for a rollback" in caplog.text


def test_no_upgrade_without_its_copy(release_1: Released, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy that cannot be written (here: its name is taken by a folder; in a store, a
    full disk) stops the upgrade before any step runs, with what to do."""
    layout = release_1.layout
    blocker = layout.root / COPY
    blocker.mkdir()
    (blocker / "x").write_text("x")
    add_core_step(monkeypatch, _v5_visit_notes)
    with pytest.raises(UpgradeFailed, match="copy kept before an upgrade could not be written"):
        open_records(layout)
    monkeypatch.setattr(consent.database, "MIGRATIONS", MIGRATIONS)
    monkeypatch.setattr(consent.database, "SCHEMA_VERSION", SCHEMA_VERSION)
    assert_everything_survives(release_1)


def test_keys_do_not_rotate_while_a_copy_waits_for_a_rollback(
    release_1: Released, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rotation destroys the old key: with a pre-upgrade copy sealed with it, the
    command refuses with one line, and the key and the file are as they were."""
    layout = release_1.layout
    add_core_step(monkeypatch, _v5_fails_half_way)
    with pytest.raises(StorageError):
        open_records(layout)
    key = (layout.root.parent / "test-only-records.key").read_bytes()
    refused = cli(layout, "keys", "rotate")
    assert refused.returncode == 2
    assert "would destroy the key it is sealed with" in refused.stderr
    assert (layout.root.parent / "test-only-records.key").read_bytes() == key
    assert len(pre_upgrade_copies(layout)) == 1


def test_doctor_reports_a_copy_left_by_an_upgrade(
    release_1: Released, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Head office sees a kiosk whose upgrade did not finish (``doctor --json``)."""
    layout = release_1.layout
    add_core_step(monkeypatch, _v5_fails_half_way)
    with pytest.raises(StorageError):
        open_records(layout)
    result = cli(layout, "doctor", "--json", "--camera", "/nonexistent.avi")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    checks = report["checks"] if isinstance(report, dict) else report
    records = next(c for c in checks if c["name"] == "records file")
    assert records["status"] == "fail"
    assert COPY in records["message"]


def test_a_release_1_hold_stays_and_any_release_lifts_it(release_1: Released) -> None:
    """Release 1 did not say whose a hold was (the manager's or head office's): it stays,
    kept as from before holders, and the manager's release lifts it as it did then."""
    layout = release_1.layout
    held = release_1.manifest["actions"]["held"]
    database = open_records(layout)
    try:
        holders = database.conn.execute("SELECT subject_id, holder FROM subject_holds").fetchall()
    finally:
        database.close()
    assert holders == [(held, "before-holders")]
    released = cli(layout, "records", "release", "--subject", held)
    assert released.returncode == 0 and "legal hold released" in released.stdout
    database = open_records(layout)
    try:
        left = database.conn.execute("SELECT count(*) FROM subjects WHERE hold_at IS NOT NULL")
        assert left.fetchone()[0] == 0
    finally:
        database.close()
