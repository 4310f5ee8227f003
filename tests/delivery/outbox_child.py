"""A stand-alone outbox process for the kill -9 test: drain the queue against the local stubs.

python -m tests.delivery.outbox_child DATA_DIR SENDGRID_URL TWILIO_URL S3_URL BUCKET
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from booth.paths import DataLayout
from booth.records_file import open_photos, open_records
from consent.delivery_status import UNSENT as PENDING_STATES
from delivery.media_host import MediaHostConfig, S3MediaHost, new_media_key
from delivery.messages import StoreVoice
from delivery.sendgrid_email import SendGridConfig, SendGridEmailSender
from delivery.twilio_sms import TwilioConfig, TwilioSmsSender
from delivery.worker import OutboxWorker
from tests.support.providers import ACCOUNT_SID, AUTH_TOKEN, VALID_SENDER, loopback_twilio_http


def main(data_dir: str, sendgrid_url: str, twilio_url: str, s3_url: str, bucket: str) -> int:
    layout = DataLayout(Path(data_dir))
    voice = StoreVoice("Test Store", "privacy@store.example")
    host = S3MediaHost(
        MediaHostConfig(bucket, "us-east-1", s3_url, "testing", "testing", path_style=True)
    )
    senders = {
        "email": SendGridEmailSender(
            SendGridConfig("SG.test", "photos@store.example", "Store", api_base=sendgrid_url),
            voice,
        ),
        "sms": TwilioSmsSender(
            TwilioConfig(ACCOUNT_SID, AUTH_TOKEN, VALID_SENDER),
            voice,
            host,
            loopback_twilio_http(twilio_url, 10),
        ),
    }
    from delivery.outbox import Outbox

    drained = threading.Event()

    def on_outcome(delivery_id: str, status: str) -> None:
        db = open_records(layout)
        try:
            marks = ",".join("?" * len(PENDING_STATES))
            left = db.conn.execute(
                f"SELECT count(*) FROM deliveries WHERE status IN ({marks})", PENDING_STATES
            ).fetchone()[0]
        finally:
            db.close()
        if left == 0:
            drained.set()

    worker = OutboxWorker(
        open_outbox=lambda: Outbox(
            open_records(layout), open_photos(layout), lambda: new_media_key("k/")
        ),
        senders=senders,
        on_outcome=on_outcome,
        concurrency=3,
        idle_poll_s=0.2,
    )
    worker.start()
    print("started", flush=True)
    ok = drained.wait(120)
    worker.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:6]))
