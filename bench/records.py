"""Benchmark the records file at scale: lookups, one subject's export, a big retention sweep.

    python bench/records.py [--visits N] [--expired N] [--keep DIR]

Generates a records file of N visits (default 1,000,000) through the real schema and the
real encryption (each visit: a subject, sealed name/email/phone, keyed hashes, two consent
records, a consent event, one delivery), ``--expired`` of them (default 10%) delivered
long enough ago for the retention sweep to remove their data. Photo files are written
only for the subject that is exported (a million photo files measure the file system,
not this code). Meanwhile a second thread commits a visit every 50 ms, as a kiosk would,
and the sweep's longest hold of the write lock is measured.

Goals: lookup_ms <= 5, export_ms <= 200, sweep_s <= 30 (100,000 visits), max_lock_ms <= 100.
The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("PHOTOBOOTH_KEY_BACKEND", "file")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.clock import iso
from consent.copies import DryRunCopies, NoHostedCopies
from consent.database import Database
from consent.notices import current_notice
from consent.photos import PhotoStore
from consent.records import KioskIdentity, RecordsStore, VisitDraft, field_context
from consent.retention import RetentionPolicy, RetentionSweep
from consent.rights import SubjectRights
from consent.subjects import Identifier

IDENTITY = KioskIdentity("store-001", "kiosk-01", "Bench Store", "privacy@bench.example", "US")
NOW = datetime.now(UTC)
CHUNK = 20_000


def generate(database: Database, visits: int, expired: int) -> None:
    vault = database.vault
    notice = current_notice("en")
    wording = {
        p: notice.wording(p, store=IDENTITY.store_name, privacy_contact=IDENTITY.privacy_contact)
        for p in notice.purposes
    }
    conn = database.conn
    for start in range(0, visits, CHUNK):
        subjects, rows, consents, events, deliveries = [], [], [], [], []
        for i in range(start, min(visits, start + CHUNK)):
            old = i < expired
            created = NOW - (
                timedelta(days=40, seconds=i) if old else timedelta(seconds=i % 500_000)
            )
            at = iso(created)
            sid, vid = str(uuid.uuid4()), str(uuid.uuid4())
            email = f"visitor{i}@example.com"
            publish = (i % 3 == 0) and not old
            subjects.append((sid, at, at))
            rows.append(
                (
                    vid,
                    at,
                    sid,
                    vault.seal(f"Visitor {i}", field_context(vid, "name")),
                    vault.seal(email, field_context(vid, "email")),
                    vault.lookup_hash("email", email),
                    int(publish),
                    f"{vid}.jpg.enc",
                )
            )
            for purpose, basis in (("delivery", "contract"), ("publish_social", "consent")):
                cid = str(uuid.uuid4())
                given = purpose == "delivery" or publish
                consents.append(
                    (
                        cid,
                        vid,
                        sid,
                        purpose,
                        int(given),
                        basis,
                        notice.notice_id,
                        notice.version,
                        notice.sha256,
                        notice.language,
                        wording[purpose],
                        at,
                    )
                )
                if given:
                    events.append((str(uuid.uuid4()), cid, at, at))
            deliveries.append((str(uuid.uuid4()), vid, at, at, at))
        with database.transaction():
            conn.executemany(
                "INSERT INTO subjects (id, created_at, updated_at) VALUES (?, ?, ?)", subjects
            )
            conn.executemany(
                "INSERT INTO visits (id, created_at, store_id, kiosk_id, language, status, subject_id, "
                "name_enc, email_enc, email_hash, publish_active, photo_file) "
                "VALUES (?, ?, 'store-001', 'kiosk-01', 'en', 'active', ?, ?, ?, ?, ?, ?)",
                [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows],
            )
            conn.executemany(
                "INSERT INTO consents (id, visit_id, subject_id, purpose, given, legal_basis, notice_id, "
                "notice_version, notice_sha256, notice_language, wording, method, created_at, store_id, "
                "kiosk_id, jurisdiction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'kiosk-checkbox', ?, "
                "'store-001', 'kiosk-01', 'US')",
                consents,
            )
            conn.executemany(
                "INSERT INTO consent_events (id, consent_id, event, channel, at, store_id, kiosk_id, "
                "created_at) VALUES (?, ?, 'given', 'kiosk', ?, 'store-001', 'kiosk-01', ?)",
                events,
            )
            conn.executemany(
                "INSERT INTO deliveries (id, visit_id, channel, status, attempts, created_at, "
                "updated_at, sent_at) VALUES (?, ?, 'email', 'sent', 1, ?, ?, ?)",
                deliveries,
            )
        print(f"  generated {min(visits, start + CHUNK):,} visits", file=sys.stderr, flush=True)


def kiosk_commits(layout: DataLayout, stop: threading.Event, waits: list[float]) -> None:
    """A visitor every 50 ms: how long does a commit wait while the sweep runs?"""
    database = open_records(layout)
    store = RecordsStore(database, PhotoStore(layout.photos, database.vault), IDENTITY)
    notice = current_notice("en")
    n = 0
    while not stop.is_set():
        draft = VisitDraft(
            "Live Visitor", f"live{n}@example.com", None, ("email",), False, "en", b"\xff\xd8x"
        )
        started = time.perf_counter()
        store.submit(draft, notice)
        waits.append((time.perf_counter() - started) * 1000)
        n += 1
        stop.wait(0.05)
    database.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--expired", type=int, help="visits due for removal (default: 10%%)")
    parser.add_argument("--keep", metavar="DIR", help="build the data folder here and keep it")
    args = parser.parse_args()
    expired = args.expired if args.expired is not None else args.visits // 10
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-records-"))
    data = root / "data"
    data.mkdir(parents=True, exist_ok=True)
    layout = DataLayout(data)
    db_path = layout.database
    database = open_records(layout)
    started = time.perf_counter()
    generate(database, args.visits, expired)
    generate_s = time.perf_counter() - started
    database.checkpoint()
    size = db_path.stat().st_size
    bytes_per_visit = size / max(1, args.visits)

    photos = PhotoStore(layout.photos, database.vault)
    rights = SubjectRights(database, photos, IDENTITY, "bench")
    # Lookups of people spread over the file (warm cache, as on a kiosk answering requests).
    samples = []
    for i in range(0, args.visits, max(1, args.visits // 200)):
        ident = Identifier.parse(email=f"VISITOR{i}@example.com")
        t = time.perf_counter()
        from consent.subjects import subject_ids

        found = subject_ids(database.conn, database.vault, ident)
        samples.append((time.perf_counter() - t) * 1000)
        assert len(found) == 1
    lookup_ms = statistics.median(samples)

    # Export of one subject with a real ~400 KB photo.
    target = args.visits - 1
    ident = Identifier.parse(email=f"visitor{target}@example.com")
    subject = rights.resolve(ident, "records.export")
    (_visit_id, name) = database.conn.execute(
        "SELECT id, photo_file FROM visits WHERE subject_id = ?", (subject,)
    ).fetchone()
    photos.folder.mkdir(exist_ok=True)
    from consent.files import write_file_durably

    write_file_durably(photos.path_for(name), database.vault.seal_photo(os.urandom(400_000), name))
    out = root / "export"
    out.mkdir(exist_ok=True)
    export_times = []
    for _ in range(5):
        t = time.perf_counter()
        rights.export(subject, out)
        export_times.append((time.perf_counter() - t) * 1000)
    export_ms = statistics.median(export_times)

    # The sweep, with a kiosk committing visits alongside.
    stop = threading.Event()
    waits: list[float] = []
    kiosk = threading.Thread(target=kiosk_commits, args=(layout, stop, waits))
    kiosk.start()
    sweep = RetentionSweep(
        database,
        photos,
        RetentionPolicy(),
        [DryRunCopies(data / "dry-run-outbox"), NoHostedCopies()],
    )
    t = time.perf_counter()
    report = sweep.run(NOW)
    sweep_s = time.perf_counter() - t
    stop.set()
    kiosk.join()
    removed = report.categories["visit_data"].done
    database.close()
    result = {
        "visits": args.visits,
        "generate_s": round(generate_s, 1),
        "lookup_ms": round(lookup_ms, 3),
        "export_ms": round(export_ms, 1),
        "sweep_s": round(sweep_s, 2),
        "sweep_removed": removed,
        "sweep_batches": report.batches,
        "max_lock_ms": round(report.max_lock_ms, 1),
        "kiosk_commit_max_ms": round(max(waits), 1) if waits else None,
        "kiosk_commits_during_sweep": len(waits),
        "bytes_per_visit": round(bytes_per_visit),
    }
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
