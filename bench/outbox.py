"""Benchmark the outbox against the local providers: drain rate and one visitor's latency.

    python bench/outbox.py [--deliveries N] [--concurrency C] [--visitors V]

Starts what the tests use (Prism serving the vendored SendGrid and Twilio specs behind
the recording stub, moto's S3 server), all on 127.0.0.1, and drives the real senders
and the real outbox worker (rate limits lifted):

* ``deliveries_per_s``: N queued deliveries (default 1,000, half email, half MMS with the
  photo uploaded to the media host) drained by C worker threads. Goal >= 50/s.
* ``submit_to_accepted_ms``: median, over V visitors, of the time from committing one
  visit (email + SMS) to both providers having accepted it, media upload included.
  Goal <= 300 ms on loopback.

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
from pathlib import Path

os.environ.setdefault("PHOTOBOOTH_KEY_BACKEND", "file")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from booth.paths import DataLayout
from booth.records_file import open_outbox, open_records
from consent.notices import current_notice
from consent.photos import PhotoStore
from consent.records import KioskIdentity, RecordsStore, VisitDraft
from delivery.media_host import MediaHostConfig, S3MediaHost, new_media_key
from delivery.messages import StoreVoice
from delivery.rate import RateLimits
from delivery.sendgrid_email import SendGridConfig, SendGridEmailSender
from delivery.twilio_sms import TwilioConfig, TwilioSmsSender
from delivery.worker import OutboxWorker
from tests.support.providers import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    SPECS,
    VALID_SENDER,
    derived_twilio_spec,
    loopback_twilio_http,
    start_prism,
    start_stub,
)
from tests.support.s3 import start_s3

IDENTITY = KioskIdentity("s", "k", "Bench Store", "privacy@store.example", "US")


def photo() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (1080, 1350), (176, 141, 87)).save(out, "JPEG", quality=90)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deliveries", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--visitors", type=int, default=15)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-outbox-"))
    sg_prism = start_prism(SPECS / "sendgrid_mail_send.json", tmp / "prism-sendgrid.log")
    tw_prism = start_prism(derived_twilio_spec(tmp / "twilio.json"), tmp / "prism-twilio.log")
    s3 = start_s3()
    sendgrid, twilio = start_stub("sendgrid", sg_prism), start_stub("twilio", tw_prism)
    try:
        bucket = s3.create_bucket("bench")
        voice = StoreVoice("Bench Store", "privacy@store.example")
        host = S3MediaHost(
            MediaHostConfig(
                bucket,
                s3.region,
                s3.endpoint_url,
                s3.access_key_id,
                s3.secret_access_key,
                path_style=True,
                timeout_s=10,
            )
        )
        senders = {
            "email": SendGridEmailSender(
                SendGridConfig("SG.bench", "photos@store.example", "Bench", api_base=sendgrid.url),
                voice,
            ),
            "sms": TwilioSmsSender(
                TwilioConfig(ACCOUNT_SID, AUTH_TOKEN, VALID_SENDER),
                voice,
                host,
                loopback_twilio_http(twilio.url, 10),
            ),
        }
        layout = DataLayout(tmp / "data").create()
        jpeg = photo()
        database = open_records(layout)
        records = RecordsStore(database, PhotoStore(layout.photos, database.vault), IDENTITY)
        notice = current_notice("en")
        for n in range(args.deliveries // 2):
            records.submit(
                VisitDraft(
                    "Ada Lovelace",
                    f"ada{n}@example.com",
                    f"+1201555{n % 10000:04d}",
                    ("email", "sms"),
                    False,
                    "en",
                    jpeg,
                ),
                notice,
            )

        outcomes: dict[str, threading.Event] = {}
        sent = threading.Semaphore(0)
        lock = threading.Lock()

        def on_outcome(delivery_id: str, status: str) -> None:
            if status != "sent":
                print(f"unexpected outcome {status} for {delivery_id}", file=sys.stderr)
            with lock:
                event = outcomes.get(delivery_id)
            if event is not None:
                event.set()
            sent.release()

        worker = OutboxWorker(
            open_outbox=lambda: open_outbox(layout, lambda: new_media_key("b/")),
            senders=senders,
            on_outcome=on_outcome,
            rates=RateLimits({}),
            concurrency=args.concurrency,
            idle_poll_s=0.05,
        )
        total = 2 * (args.deliveries // 2)
        started = time.perf_counter()
        worker.start()
        for _ in range(total):
            if not sent.acquire(timeout=120):
                raise SystemExit("the outbox stalled")
        drained_s = time.perf_counter() - started

        latencies = []
        for n in range(args.visitors):
            t0 = time.perf_counter()
            submitted = records.submit(
                VisitDraft(
                    "Grace Hopper",
                    f"grace{n}@example.com",
                    f"+1201556{n:04d}",
                    ("email", "sms"),
                    False,
                    "en",
                    jpeg,
                ),
                notice,
            )
            events = {d: threading.Event() for d in submitted.deliveries}
            with lock:
                outcomes.update(events)
            worker.wake()
            for event in events.values():
                if not event.wait(30):
                    raise SystemExit("a visitor's delivery was not accepted")
            latencies.append((time.perf_counter() - t0) * 1000)
            for _ in events:
                sent.acquire()
        worker.stop()
        database.close()
    finally:
        for stub in (sendgrid, twilio):
            stub.stop()
            stub.prism.stop()
        s3.stop()
    violations = sendgrid.violations + twilio.violations
    result = {
        "deliveries": total,
        "concurrency": args.concurrency,
        "drain_s": round(drained_s, 2),
        "deliveries_per_s": round(total / drained_s, 1),
        "submit_to_accepted_ms": round(statistics.median(latencies), 1),
        "submit_to_accepted_p90_ms": round(sorted(latencies)[int(0.9 * (len(latencies) - 1))], 1),
        "spec_violations": len(violations),
    }
    print(json.dumps(result))
    return 0 if not violations else 1


if __name__ == "__main__":
    raise SystemExit(main())
