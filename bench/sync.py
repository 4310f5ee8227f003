"""Central sync figures, against a real PostgreSQL on 127.0.0.1 (pgserver wheel).

    python bench/sync.py [--quick]

Prints one JSON object on its last line with:
  ingest_visits_per_s     8+ kiosk processes, 5,000 visits each (with their consent events and
                          delivery outcomes), pushing at once through their own roles
  central_lookup_ms       HeadOffice.find by email among 1,000,000 central visits (median)
  catchup_s               one kiosk back after a week offline: 3,000 visits, 500 consented photos
  erasure_propagation_s   a central erasure applied and acknowledged by every kiosk, sync every 1 s
  kiosks                  how many kiosk processes took part in the ingest

Figures depend on the machine: this project's CI and development machines have 2 cores.
"""

from __future__ import annotations

import argparse
import base64
import json
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from headoffice.admin import add_kiosk, migrate
from headoffice.office import HeadOffice, Subject
from tests.support.postgres import start_postgres
from wire.postgres import connect
from wire.sealing import HeadOfficeKeys, fleet_hash, seal


def _visit_batch(
    keys_pub: Any, fleet_key: bytes, kiosk: str, start: int, n: int
) -> tuple[list[Any], ...]:
    visits, events, outcomes = [], [], []
    for i in range(start, start + n):
        vid = str(uuid.uuid4())
        email = f"visitor{i}.{kiosk}@example.com"
        contact = json.dumps({"name": f"Visitor {i}", "email": email}).encode()
        visits.append(
            {
                "id": vid,
                "store_id": "store-" + kiosk,
                "created_at": "2026-11-20T10:00:00Z",
                "email_hash": fleet_hash(fleet_key, "email", email),
                "sealed": base64.b64encode(seal(keys_pub, contact, vid.encode())).decode(),
            }
        )
        for purpose, event in (("delivery", "given"), ("publish_social", "refused")):
            events.append(
                {
                    "id": str(uuid.uuid4()),
                    "visit_id": vid,
                    "purpose": purpose,
                    "event": event,
                    "at": "2026-11-20T10:00:00Z",
                    "notice_version": "2026-11",
                }
            )
        outcomes.append(
            {
                "id": str(uuid.uuid4()),
                "visit_id": vid,
                "channel": "email",
                "status": "sent",
                "attempts": 1,
                "created_at": "2026-11-20T10:00:00Z",
            }
        )
    return visits, events, outcomes


def _kiosk_push(args: tuple[str, str, bytes, str, int, int]) -> int:
    dsn, pub_b64, fleet_key, kiosk, visits, batch = args
    from wire.sealing import public_key_from_b64

    pub = public_key_from_b64(pub_b64)
    pushed = 0
    with connect(dsn, autocommit=True) as conn:
        for start in range(0, visits, batch):
            v, e, o = _visit_batch(pub, fleet_key, kiosk, start, min(batch, visits - start))
            with conn.transaction():
                conn.execute("SELECT photobooth.push_visits(%s)", (json.dumps(v),))
                conn.execute("SELECT photobooth.push_consent_events(%s)", (json.dumps(e),))
                conn.execute("SELECT photobooth.push_delivery_outcomes(%s)", (json.dumps(o),))
            pushed += len(v)
    return pushed


def bench_ingest(server: Any, keys: HeadOfficeKeys, kiosks: int, per_kiosk: int) -> float:
    dsn = server.dsn(dbname="ingest")
    with connect(server.dsn(), autocommit=True) as conn:
        conn.execute('CREATE DATABASE "ingest"')
    migrate(dsn)
    creds = [add_kiosk(dsn, f"bench-{i}", keys) for i in range(kiosks)]
    jobs = [(c.dsn, keys.public_b64, keys.fleet_key, c.kiosk_id, per_kiosk, 500) for c in creds]
    started = time.perf_counter()
    with mp.get_context("spawn").Pool(kiosks) as pool:
        total = sum(pool.map(_kiosk_push, jobs))
    elapsed = time.perf_counter() - started
    print(f"ingest: {total} visits from {kiosks} kiosks in {elapsed:.1f} s", file=sys.stderr)
    return total / elapsed


def bench_lookup(server: Any, keys: HeadOfficeKeys, visits: int) -> float:
    dsn = server.dsn(dbname="lookup")
    with connect(server.dsn(), autocommit=True) as conn:
        conn.execute('CREATE DATABASE "lookup"')
    migrate(dsn)
    add_kiosk(dsn, "bench-lookup", keys)
    target = fleet_hash(keys.fleet_key, "email", "ada.lovelace@example.com")
    with connect(dsn, autocommit=True) as conn:
        started = time.perf_counter()
        conn.execute(
            "INSERT INTO photobooth.visits (id, kiosk_id, store_id, created_at, email_hash, phone_hash, sealed) "
            "SELECT gen_random_uuid(), 'bench-lookup', 'store-' || (i %% 2000), now() - (i || ' seconds')::interval, "
            "encode(sha256(('e' || i)::text::bytea), 'hex'), encode(sha256(('p' || i)::text::bytea), 'hex'), "
            "sha256(i::text::bytea) FROM generate_series(1, %s) AS i",
            (visits,),
        )
        for _ in range(3):  # a returning customer
            conn.execute(
                "INSERT INTO photobooth.visits (id, kiosk_id, store_id, created_at, email_hash) "
                "VALUES (gen_random_uuid(), 'bench-lookup', 'store-1', now(), %s)",
                (target,),
            )
        conn.execute("ANALYZE photobooth.visits")
        print(
            f"lookup: {visits} visits loaded in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    office = HeadOffice(dsn, keys)
    subject = Subject(email_hash=target)
    timings = []
    for _ in range(50):
        t = time.perf_counter()
        found = office.find(subject)
        timings.append((time.perf_counter() - t) * 1000)
        assert len(found) == 3
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller numbers, for a smoke run")
    parser.add_argument("--kiosks", type=int, default=8)
    args = parser.parse_args()
    per_kiosk = 500 if args.quick else 5000
    central_visits = 50_000 if args.quick else 1_000_000
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    server = start_postgres(root / "pg")
    keys = HeadOfficeKeys.generate()
    try:
        results: dict[str, Any] = {
            "ingest_visits_per_s": round(bench_ingest(server, keys, args.kiosks, per_kiosk), 1),
            "central_lookup_ms": round(bench_lookup(server, keys, central_visits), 2),
            "kiosks": args.kiosks,
        }
        try:
            from bench.sync_kiosk import bench_catchup, bench_erasure_propagation

            results["catchup_s"] = round(bench_catchup(server, keys, root, quick=args.quick), 2)
            results["erasure_propagation_s"] = round(
                bench_erasure_propagation(server, keys, root, kiosks=3), 2
            )
        except ImportError as exc:
            print(f"kiosk-side figures not measured: {exc}", file=sys.stderr)
    finally:
        server.stop()
    print(json.dumps(results))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    os.environ.setdefault("PHOTOBOOTH_KEY_BACKEND", "file")  # never the desktop keyring
    main()
