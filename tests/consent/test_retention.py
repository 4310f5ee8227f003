"""Retention (P4): every category by its rule, travelling in time; the legal hold; the batches."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.audit import AuditLog
from consent.clock import iso
from consent.photos import PhotoStore
from consent.retention import RetentionPolicy, RetentionScheduler, RetentionSweep, months_before
from consent.rights import SubjectRights
from consent.subjects import Identifier
from tests.consent.helpers import IDENTITY, cli, mark_sent, scalar, visit

T0 = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)


def sweep(layout: DataLayout, at: datetime, **kw: object) -> dict[str, int]:
    database = open_records(layout)
    try:
        report = RetentionSweep(
            database, PhotoStore(layout.photos, database.vault), RetentionPolicy()
        ).run(at, **kw)  # type: ignore[arg-type]
        return {k: v.done for k, v in report.categories.items()}
    finally:
        database.close()


def has_data(layout: DataLayout, visit_id: str) -> bool:
    return bool(
        scalar(
            layout,
            "SELECT email_enc IS NOT NULL OR phone_enc IS NOT NULL FROM visits WHERE id = ?",
            visit_id,
        )
    )


def test_a_delivered_visit_is_kept_seven_days_after_sending(layout: DataLayout) -> None:
    """P4: delivery-only photo and contact: delivered + 7 days, then gone; consents stay."""
    v = visit(layout, now=T0)
    mark_sent(layout, v.visit_id, iso(T0 + timedelta(minutes=1)))
    assert sweep(layout, T0 + timedelta(days=6))["visit_data"] == 0
    assert has_data(layout, v.visit_id) and v.photo_file.exists()
    assert sweep(layout, T0 + timedelta(days=8))["visit_data"] == 1
    assert not has_data(layout, v.visit_id) and not v.photo_file.exists()
    assert scalar(layout, "SELECT count(*) FROM consents WHERE visit_id = ?", v.visit_id) == 2
    assert scalar(layout, "SELECT email_hash FROM visits WHERE id = ?", v.visit_id) is None


def test_an_undelivered_visit_is_kept_thirty_days_at_most(layout: DataLayout) -> None:
    """P4: never delivered (no network for weeks): 30 days at most, and it is not sent later."""
    v = visit(layout, now=T0)
    assert sweep(layout, T0 + timedelta(days=29))["visit_data"] == 0
    assert sweep(layout, T0 + timedelta(days=31))["visit_data"] == 1
    assert (
        scalar(layout, "SELECT status FROM deliveries WHERE visit_id = ?", v.visit_id) == "expired"
    )


def test_a_published_photo_is_kept_until_withdrawal_or_the_cap(layout: DataLayout) -> None:
    """P4: publish consent keeps the photo, at most publish_max_months; withdrawal ends it."""
    kept = visit(layout, now=T0, publish=True)
    withdrawn = visit(layout, "Grace Hopper", "grace@example.org", now=T0, publish=True)
    for v in (kept, withdrawn):
        mark_sent(layout, v.visit_id, iso(T0))
    assert sweep(layout, T0 + timedelta(days=60))["published_visit_data"] == 0
    database = open_records(layout)
    rights = SubjectRights(database, PhotoStore(layout.photos, database.vault), IDENTITY, "test")
    subject = rights.resolve(Identifier.parse(email="grace@example.org"), "consent.withdraw")
    rights.withdraw(subject, "publish_social", "message-link")
    database.close()
    assert sweep(layout, T0 + timedelta(days=61))["visit_data"] == 1
    assert not withdrawn.photo_file.exists() and kept.photo_file.exists()
    cap = months_before(T0, -12) + timedelta(days=1)
    assert sweep(layout, cap)["published_visit_data"] == 1
    assert not kept.photo_file.exists()


def test_consent_records_outlive_the_data_as_proof_then_go(layout: DataLayout) -> None:
    """P4: consent records (no PII) kept 36 months after the data; delivery logs 30 days."""
    v = visit(layout, now=T0)
    mark_sent(layout, v.visit_id, iso(T0))
    stripped_at = T0 + timedelta(days=8)
    sweep(layout, stripped_at)
    assert sweep(layout, stripped_at + timedelta(days=29))["delivery_logs"] == 0
    assert sweep(layout, stripped_at + timedelta(days=31))["delivery_logs"] == 1
    assert scalar(layout, "SELECT count(*) FROM deliveries") == 0
    assert scalar(layout, "SELECT count(*) FROM consents") == 2, "still the proof"
    before = months_before(stripped_at, -36) - timedelta(days=1)
    assert sweep(layout, before)["consent_records"] == 0
    assert sweep(layout, before + timedelta(days=2))["consent_records"] == 1
    for table in ("visits", "consents", "consent_events", "subjects"):
        assert scalar(layout, f"SELECT count(*) FROM {table}") == 0, table


def test_old_audit_entries_are_pruned_and_the_chain_still_verifies(layout: DataLayout) -> None:
    """P4/P7: the audit log has a retention too; pruning moves the anchor, not the proof."""
    database = open_records(layout)
    audit = AuditLog(database)
    for day in range(3):
        audit.append("report", actor="test", now=T0 + timedelta(days=day))
    database.close()
    done = sweep(layout, months_before(T0, -36) + timedelta(days=1, hours=12))
    assert done["audit_log"] == 2
    database = open_records(layout)
    assert AuditLog(database).verify().ok
    assert [e.action for e in AuditLog(database).entries()] == ["report", "retention.sweep"]
    database.close()


def test_a_legal_hold_suspends_every_deletion_for_that_person(layout: DataLayout) -> None:
    """P4: legal hold on a subject: nothing of theirs is deleted until released."""
    held = visit(layout, now=T0)
    other = visit(layout, "Grace Hopper", "grace@example.org", now=T0)
    database = open_records(layout)
    rights = SubjectRights(database, PhotoStore(layout.photos, database.vault), IDENTITY, "test")
    subject = rights.resolve(Identifier.parse(email="ada@example.com"), "records.hold")
    rights.hold(subject, "case 7")
    database.close()
    database = open_records(layout)
    report = RetentionSweep(
        database, PhotoStore(layout.photos, database.vault), RetentionPolicy()
    ).run(T0 + timedelta(days=400))
    database.close()
    assert report.categories["visit_data"].done == 1 and report.categories["visit_data"].held == 1
    assert held.photo_file.exists() and has_data(layout, held.visit_id)
    assert not other.photo_file.exists()
    database = open_records(layout)
    SubjectRights(database, PhotoStore(layout.photos, database.vault), IDENTITY, "test").release(
        subject
    )
    database.close()
    assert sweep(layout, T0 + timedelta(days=400))["visit_data"] == 1
    assert not held.photo_file.exists()


def test_retention_run_from_the_cli_lists_then_applies_with_now(layout: DataLayout) -> None:
    """P4: `retention run --dry-run --now` changes nothing; without --dry-run it applies."""
    v = visit(layout, now=T0)
    later = iso(T0 + timedelta(days=45)).replace("+00:00", "Z")
    dry = cli(layout, "retention", "run", "--dry-run", "--now", later, "--json")
    assert dry.returncode == 0, dry.stderr
    figures = json.loads(dry.stdout)
    assert figures["categories"]["visit_data"]["due"] == 1
    assert figures["sample"]["visit_data"] == [v.visit_id]
    assert v.photo_file.exists()
    applied = cli(layout, "retention", "run", "--now", later)
    assert applied.returncode == 0 and "visit_data: 1 removed" in applied.stdout
    assert not v.photo_file.exists()
    bad = cli(layout, "retention", "run", "--now", "next tuesday")
    assert bad.returncode == 2 and "not an ISO time" in bad.stderr


def test_the_sweep_works_in_short_batches(layout: DataLayout) -> None:
    """P4: a big sweep never holds the write lock for long, so a visitor's commit can go in."""
    database = open_records(layout)
    conn = database.conn
    # 3,000 expired visits written directly (the records store would take a while).
    with database.transaction():
        conn.execute(
            "INSERT INTO subjects (id, created_at, updated_at) VALUES ('s', ?, ?)",
            (iso(T0), iso(T0)),
        )
        conn.executemany(
            "INSERT INTO visits (id, created_at, store_id, kiosk_id, status, subject_id, email_enc, "
            "email_hash) VALUES (?, ?, 's', 'k', 'active', 's', x'01', randomblob(16))",
            [(f"v{i:05}", iso(T0)) for i in range(3000)],
        )
    database.close()
    database = open_records(layout)
    report = RetentionSweep(
        database, PhotoStore(layout.photos, database.vault), RetentionPolicy()
    ).run(T0 + timedelta(days=31))
    assert report.categories["visit_data"].done == 3000
    # Never one transaction for everything: at most 200 visits in the first batch, then sized
    # to the time each took. How long the lock is held is a figure, not a test: bench/records.py
    # prints it (a loaded CI machine once took 332 ms for a batch this test had timed).
    assert report.batches > 1
    database.close()


def test_the_scheduler_sweeps_on_its_own_thread_and_stops(layout: DataLayout) -> None:
    """P4: the sweep runs at start and on a schedule, off the caller's (GUI) thread."""
    visit(layout, now=datetime.now(UTC) - timedelta(days=60))
    threads: list[str] = []

    def open_sweep() -> RetentionSweep:
        threads.append(threading.current_thread().name)
        database = open_records(layout)
        return RetentionSweep(
            database, PhotoStore(layout.photos, database.vault), RetentionPolicy()
        )

    scheduler = RetentionScheduler(open_sweep, interval_s=0.05, initial_delay_s=0)
    scheduler.start()
    deadline = datetime.now(UTC) + timedelta(seconds=10)
    while scheduler.runs < 2 and datetime.now(UTC) < deadline:
        threading.Event().wait(0.02)
    assert scheduler.stop()
    assert scheduler.runs >= 2 and threads == ["retention-sweep"]
    assert list(layout.photos.iterdir()) == []
