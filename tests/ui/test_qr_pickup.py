"""QR pickup: a visitor who gives no contact details scans the photo's link (P1), and the
hosted copy is still reached by retention (P4). Real S3 protocol (moto) on 127.0.0.1."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import boto3
import pytest

from booth.flow import State
from booth.settings import Settings
from tests.conftest import open_kiosk, quick_settings
from tests.support.s3 import S3Server, start_s3
from tests.ui.visitor import Visitor


@pytest.fixture(scope="module")
def s3() -> Iterator[S3Server]:
    server = start_s3()
    try:
        yield server
    finally:
        server.stop()


def pickup_settings(s3: S3Server, bucket: str) -> Settings:
    settings = quick_settings()
    host = settings.delivery.media_host.model_copy(
        update={
            "bucket": bucket,
            "endpoint_url": s3.endpoint_url,
            "region": s3.region,
            "access_key_id": s3.access_key_id,
            "secret_access_key": s3.secret_access_key,
            "path_style": True,
        }
    )
    delivery = settings.delivery.model_copy(update={"qr_pickup": True, "media_host": host})
    return settings.model_copy(update={"delivery": delivery})


def objects(s3: S3Server, bucket: str) -> list[str]:
    client = boto3.client(
        "s3",
        endpoint_url=s3.endpoint_url,
        region_name=s3.region,
        aws_access_key_id=s3.access_key_id,
        aws_secret_access_key=s3.secret_access_key,
    )
    return [o["Key"] for o in client.list_objects_v2(Bucket=bucket).get("Contents", [])]


def test_qr_pickup_stores_no_contact_and_retention_removes_the_hosted_copy(
    qtbot, layout, s3
) -> None:  # type: ignore[no-untyped-def]
    bucket = s3.create_bucket("pickup")
    with open_kiosk(qtbot, layout, pickup_settings(s3, bucket), size=(1600, 900)) as running:
        window = running.window
        visitor = Visitor(qtbot, running)
        visitor.reach_details()
        assert window.details.qr_button.isVisible()
        visitor.tap(window.details.qr_button)
        visitor.wait_for(State.DONE)
        assert window.done.qr.isVisible() and not window.done.qr.pixmap().isNull()
        assert "Scan this code" in window.done.status.text()
        window.grab().save(str(layout.root / "qr-done.png"))

    with sqlite3.connect(layout.database) as conn:
        (visit_id, email_hash, phone_hash, email_enc, phone_enc) = conn.execute(
            "SELECT id, email_hash, phone_hash, email_enc, phone_enc FROM visits"
        ).fetchone()
        (channel, status, media_key) = conn.execute(
            "SELECT channel, status, media_key FROM deliveries WHERE visit_id = ?", (visit_id,)
        ).fetchone()
    assert (email_hash, phone_hash, email_enc, phone_enc) == (None, None, None, None), (
        "P1: no contact at all"
    )
    assert (channel, status) == ("qr", "sent")
    assert objects(s3, bucket) == [media_key]

    later = (datetime.now(UTC) + timedelta(days=40)).isoformat()
    env = {**os.environ, "PHOTOBOOTH_KEY_BACKEND": "file"}
    swept = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "retention",
            "run",
            "--now",
            later,
            "--data-dir",
            str(layout.root),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert swept.returncode == 0, swept.stderr
    assert objects(s3, bucket) == [], "P4: retention deleted the hosted copy too"


def test_no_qr_button_without_a_media_host(qtbot, running_kiosk) -> None:  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    assert not running_kiosk.window.details.qr_button.isVisible()
