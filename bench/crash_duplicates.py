"""Benchmark: how many messages go out twice per 100 kill -9s of a sending kiosk.

    python bench/crash_duplicates.py [--kills 100] [--visits 40]

Starts what the tests use (Prism serving the vendored SendGrid and Twilio specs behind
the recording stub, moto's S3 server), all on 127.0.0.1. Queues ``--visits`` visits
(email and SMS each), then, ``--kills`` times, starts the real outbox in its own process
(``tests/delivery/outbox_child.py``: the real senders, the real worker) and kills it with
SIGKILL while sends are in flight; a last run drains the rest. Every delivery must have
gone out; what the providers received beyond one message per delivery is a duplicate.

* ``sms_duplicates_per_100_kills``: Twilio is asked, before a resumed row is sent again,
  whether the interrupted attempt's message exists (``reconcile_since``), so this should
  be 0.
* ``email_duplicates_per_100_kills``: SendGrid's v3 API has no way to look a message up
  (the Email Activity API is a paid add-on), so a send cut off after SendGrid accepted it
  goes again: at-least-once.

The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("PHOTOBOOTH_KEY_BACKEND", "file")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from booth.paths import DataLayout
from booth.records_file import open_photos, open_records
from consent.notices import current_notice
from consent.records import KioskIdentity, RecordsStore, VisitDraft
from tests.support.providers import SPECS, derived_twilio_spec, start_prism, start_stub
from tests.support.s3 import start_s3

ROOT = Path(__file__).resolve().parent.parent
IDENTITY = KioskIdentity("s", "k", "Bench Store", "privacy@store.example", "US")


def statuses(layout: DataLayout) -> Counter[str]:
    database = open_records(layout)
    try:
        return Counter(r[0] for r in database.conn.execute("SELECT status FROM deliveries"))
    finally:
        database.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--visits", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="bench-crash-"))
    sg_prism = start_prism(SPECS / "sendgrid_mail_send.json", tmp / "prism-sendgrid.log")
    tw_prism = start_prism(derived_twilio_spec(tmp / "twilio.json"), tmp / "prism-twilio.log")
    s3 = start_s3()
    sendgrid, twilio = start_stub("sendgrid", sg_prism), start_stub("twilio", tw_prism)
    try:
        bucket = s3.create_bucket("bench-crash")
        layout = DataLayout(tmp / "data").create()
        database = open_records(layout)
        records = RecordsStore(database, open_photos(layout, database), IDENTITY)
        notice = current_notice("en")
        for n in range(args.visits):
            records.submit(
                VisitDraft(
                    "Ada Lovelace",
                    f"ada{n}@example.com",
                    f"+1201555{n:04d}",
                    ("email", "sms"),
                    False,
                    "en",
                    b"\xff\xd8bench\xff\xd9",
                ),
                notice,
            )
        database.close()
        command = [
            sys.executable,
            "-m",
            "tests.delivery.outbox_child",
            str(layout.root),
            sendgrid.url,
            twilio.url,
            s3.endpoint_url,
            bucket,
        ]
        # Slow providers keep sends in flight, so a kill lands mid-send, as a power cut would.
        sendgrid.delay_s = twilio.delay_s = 0.4
        requests = threading.Semaphore(0)
        sendgrid.on_request = twilio.on_request = lambda _count: requests.release()
        kills = 0
        started = time.perf_counter()
        while kills < args.kills and statuses(layout).keys() - {"sent"}:
            child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
            if requests.acquire(timeout=60):
                time.sleep(rng.uniform(0.0, 0.5))
            os.kill(child.pid, signal.SIGKILL)
            child.wait(10)
            kills += 1
        sendgrid.delay_s = twilio.delay_s = 0.0
        if subprocess.run(command, cwd=ROOT, timeout=300, stdout=subprocess.DEVNULL).returncode:
            raise SystemExit("the last run did not drain the outbox")
        final = statuses(layout)
        if set(final) != {"sent"} or sum(final.values()) != 2 * args.visits:
            raise SystemExit(f"not every delivery went out: {dict(final)}")
        per_100 = 100 / max(1, kills)
        sms_extra = len(twilio.messages) - args.visits
        email_extra = len(sendgrid.messages) - args.visits
        print(
            json.dumps(
                {
                    "kills": kills,
                    "deliveries": 2 * args.visits,
                    "lost": 0,
                    "sms_duplicates_per_100_kills": round(sms_extra * per_100, 1),
                    "email_duplicates_per_100_kills": round(email_extra * per_100, 1),
                    "elapsed_s": round(time.perf_counter() - started, 1),
                }
            )
        )
        return 0
    finally:
        sendgrid.stop()
        twilio.stop()
        sg_prism.stop()
        tw_prism.stop()
        s3.stop()


if __name__ == "__main__":
    raise SystemExit(main())
