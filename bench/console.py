"""Head office console figures against a large central store (issue #19).

    python bench/console.py [--kiosks 2000] [--visits 10000000] [--samples 200]

A real PostgreSQL (pgserver wheel) filled with COPY-free ``generate_series`` inserts:
``--kiosks`` kiosks with heartbeats and audit heads, ``--visits`` visits spread over them
and a year, each with its consent events. Then the console itself (Django, in this
process, through Django's test client: the view, its template and its queries, without
the network) is timed:

  fleet_p95_ms         IT's fleet page (every kiosk, one page)
  search_p95_ms        the privacy officer's search by email (a keyed hash) across stores
  visitor_page_p95_ms  a visitor's page behind the link in their message
  link_actions_per_s   "stop publishing" through the link, one after another

Prints one JSON object on its last line. Generating 10,000,000 visits takes several
minutes and about 4 GB on disk; the figures depend on the machine (2 cores here).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from headoffice.admin import migrate
from headoffice.visitor_links import link_secret
from tests.support.postgres import start_postgres
from wire.postgres import connect
from wire.sealing import HeadOfficeKeys, fleet_hash
from wire.visitor_link import kiosk_link_key, make_token

FILL = """
INSERT INTO photobooth.kiosks (kiosk_id, role_name)
SELECT 'k' || i, 'bench_role_' || i FROM generate_series(0, %(kiosks)s - 1) AS i;

INSERT INTO photobooth.heartbeats (kiosk_id, at, report)
SELECT 'k' || i, now() - make_interval(secs => (i %% 7) * 300),
       jsonb_build_object('app_version', '0.1.0', 'camera_state', 'ok', 'outbox_depth', i %% 5,
                          'disk_free_bytes', 50000000000)
  FROM generate_series(0, %(kiosks)s - 1) AS i;

INSERT INTO photobooth.audit_heads (kiosk_id, seq, hash)
SELECT 'k' || i, 1000 + i, md5(i::text) FROM generate_series(0, %(kiosks)s - 1) AS i;

INSERT INTO photobooth.visits (id, kiosk_id, store_id, created_at, language, email_hash, photo_object)
SELECT md5('visit' || i)::uuid, 'k' || (i %% %(kiosks)s), 's' || ((i %% %(kiosks)s) / 2),
       now() - make_interval(mins => (i %% 525600)), 'en', md5('email' || (i %% %(people)s)),
       CASE WHEN i %% 10 = 0 THEN 'photos/' || i END
  FROM generate_series(0, %(visits)s - 1) AS i;

INSERT INTO photobooth.consent_events (id, visit_id, kiosk_id, purpose, event, at)
SELECT md5('event' || i)::uuid, md5('visit' || i)::uuid, 'k' || (i %% %(kiosks)s),
       'publish_social', CASE WHEN i %% 10 = 0 THEN 'given' ELSE 'refused' END,
       now() - make_interval(mins => (i %% 525600))
  FROM generate_series(0, %(visits)s - 1) AS i;
ANALYZE;
"""


def p95(samples: list[float]) -> float:
    return round(statistics.quantiles(samples, n=20)[-1], 1)


def timed(call: Any) -> float:
    start = time.perf_counter()
    response = call()
    assert response.status_code == 200, response.status_code
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiosks", type=int, default=2000)
    parser.add_argument("--visits", type=int, default=10_000_000)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    os.environ["PHOTOBOOTH_ALLOW_LOOPBACK_HTTP"] = "1"
    server = start_postgres()
    try:
        with connect(server.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench_console")
        dsn = server.dsn(dbname="bench_console")
        migrate(dsn)
        started = time.perf_counter()
        people = max(args.visits // 3, 1)  # about three visits a person
        with connect(dsn, autocommit=True) as conn:
            conn.execute("SET maintenance_work_mem = '256MB'")
            conn.execute("SET statement_timeout = 0")  # filling millions of rows takes minutes
            for statement in FILL.split(";\n"):
                if statement.strip():
                    conn.execute(
                        statement,
                        {"kiosks": args.kiosks, "visits": args.visits, "people": people},
                    )
        fill_s = time.perf_counter() - started
        print(f"filled {args.visits} visits in {fill_s:.0f} s", file=sys.stderr)

        keys_dir = Path(tempfile.mkdtemp(prefix="bench-console-keys-"))
        keys = HeadOfficeKeys.load_or_create(keys_dir)
        secret = link_secret(keys_dir, create=True)
        assert secret is not None
        from headoffice.console.setup import prepare

        prepare(dsn, keys_dir, allowed_hosts=["testserver"], interval_s=300)
        from django.contrib.auth.models import Group, User
        from django.test import Client

        it = User.objects.create_user("bench-it", password="bench password 2026")
        it.groups.add(Group.objects.get(name="it"))
        officer = User.objects.create_user("bench-privacy", password="bench password 2026")
        officer.groups.add(Group.objects.get(name="privacy-officer"))
        it_client = Client()
        it_client.force_login(it)
        fleet = [
            timed(lambda: it_client.get("/it/fleet/")) for _ in range(max(args.samples // 4, 20))
        ]

        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.create(user=officer, name="bench", confirmed=True)
        privacy_client = Client()
        privacy_client.force_login(officer)
        session = privacy_client.session
        session["otp_device_id"] = device.persistent_id
        session.save()
        # Searches by email: the hash of visitor i is md5('email' || i) in the filled rows, so
        # time the page's own path (the fleet key's hash) against rows made to match it.
        with connect(dsn, autocommit=True) as conn:
            for n in range(args.samples):
                conn.execute(
                    "UPDATE photobooth.visits SET email_hash = %s WHERE email_hash = md5(%s)",
                    (fleet_hash(keys.fleet_key, "email", f"person{n}@example.com"), f"email{n}"),
                )
        search = [
            timed(
                lambda n=n: privacy_client.post(
                    "/privacy/find/", {"email": f"person{n}@example.com", "region": "US"}
                )
            )
            for n in range(args.samples)
        ]

        expires = date.today() + timedelta(days=365)
        tokens = []
        for n in range(args.samples * 2):
            i = (n * 7919) % args.visits
            kiosk = f"k{i % args.kiosks}"
            visit = str(uuid.UUID(__import__("hashlib").md5(f"visit{i}".encode()).hexdigest()))
            tokens.append(make_token(kiosk_link_key(secret, kiosk), kiosk, visit, expires))
        visitor_page = [
            timed(lambda t=t, n=n: Client(REMOTE_ADDR=f"10.0.{n // 250}.{n % 250}").get(f"/v/{t}"))
            for n, t in enumerate(tokens[: args.samples])
        ]
        started = time.perf_counter()
        actions = tokens[args.samples :]
        for n, token in enumerate(actions):
            client = Client(REMOTE_ADDR=f"10.1.{n // 250}.{n % 250}")
            response = client.post(f"/v/{token}/stop-publishing")
            assert response.status_code == 302, response.status_code
        per_s = len(actions) / (time.perf_counter() - started)
        print(
            json.dumps(
                {
                    "fleet_p95_ms": p95(fleet),
                    "search_p95_ms": p95(search),
                    "visitor_page_p95_ms": p95(visitor_page),
                    "link_actions_per_s": round(per_s, 1),
                    "kiosks": args.kiosks,
                    "visits": args.visits,
                    "fill_s": round(fill_s),
                    "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
        )
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
