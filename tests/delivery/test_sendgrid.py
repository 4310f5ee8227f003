"""Email through the real SendGrid SDK builder and HTTP client, against Prism serving SendGrid's spec."""

from __future__ import annotations

import base64
import json
import logging
from datetime import timedelta

import pytest

from booth.paths import DataLayout
from consent.clock import utcnow
from delivery.outbox import RetryPolicy
from delivery.worker import OutboxWorker
from tests.delivery.conftest import (
    PHOTO,
    Providers,
    email_sender,
    open_outbox,
    queue_visit,
    rows,
)
from tests.support.providers import SENDGRID_BAD_DOMAIN, SENDGRID_BAD_KEY, Fault


def worker(data: DataLayout, sender: object, clock: list) -> OutboxWorker:  # type: ignore[type-arg]
    return OutboxWorker(
        open_outbox=lambda: open_outbox(data),
        senders={"email": sender},  # type: ignore[dict-item]
        clock=lambda: clock[0],
        policy=RetryPolicy(first_delay_s=10, max_delay_s=600, jitter=0),
    )


def test_p8_the_email_provider_gets_address_first_name_and_photo_only(
    data: DataLayout, local: Providers
) -> None:
    """P8, P10, P3: exactly these fields leave the kiosk; the message names the privacy contact."""
    (delivery_id,) = queue_visit(data, ("email",))
    assert worker(data, email_sender(local), [utcnow()]).process_one()
    (request,) = local.sendgrid.sent()
    assert request.path == "/mail/send" and request.headers["Authorization"] == "Bearer SG.test"
    body = request.json()
    assert set(body) == {
        "from",
        "subject",
        "personalizations",
        "content",
        "attachments",
        "reply_to",
        "tracking_settings",
    }
    assert body["personalizations"] == [
        {
            "to": [{"email": "ada@example.com", "name": "Ada"}],
            "custom_args": {"photobooth_delivery": delivery_id},  # our id, never PII
        }
    ]
    assert body["from"] == {"email": "photos@store.example", "name": "Test Store"}
    assert body["reply_to"] == {"email": "hello@store.example"}
    inline, attached = sorted(body["attachments"], key=lambda a: a["disposition"] != "inline")
    assert base64.b64decode(inline["content"]) == PHOTO == base64.b64decode(attached["content"])
    assert inline["disposition"] == "inline" and attached["disposition"] == "attachment"
    html = next(c["value"] for c in body["content"] if c["type"] == "text/html")
    text = next(c["value"] for c in body["content"] if c["type"] == "text/plain")
    assert f"cid:{inline['content_id']}" in html
    assert "privacy@store.example" in text and "withdraw" in text
    assert body["tracking_settings"]["open_tracking"] == {"enable": False}
    raw = request.body.decode()
    assert "Lovelace" not in raw and "+12015550123" not in raw and "2015550123" not in raw
    (row,) = rows(data)
    assert row["status"] == "sent"
    assert row["provider_id"] == next(iter(local.sendgrid.messages)), "X-Message-Id kept"


def test_a_bad_address_fails_for_good_with_a_reason(data: DataLayout, local: Providers) -> None:
    queue_visit(data, ("email",), email=f"ada@{SENDGRID_BAD_DOMAIN}")
    worker(data, email_sender(local), [utcnow()]).process_one()
    (row,) = rows(data)
    assert row["status"] == "failed"
    assert str(row["last_error"]).startswith("SendGrid refused the email address")


def test_a_revoked_key_pauses_email_and_keeps_the_delivery(
    data: DataLayout, local: Providers
) -> None:
    queue_visit(data, ("email",))
    alerts: list[tuple[str, str]] = []
    w = worker(data, email_sender(local, api_key=SENDGRID_BAD_KEY), [utcnow()])
    w.on_alert = lambda channel, reason: alerts.append((channel, reason))
    w.process_one()
    (row,) = rows(data)
    assert row["status"] == "queued" and row["attempts"] == 0
    assert alerts and alerts[0][0] == "email" and "401" in alerts[0][1]
    assert open_outbox(data).channels()[0]["channel"] == "email"


@pytest.mark.parametrize(
    ("status", "retry_after", "expected_delay"),
    [(500, None, 10), (503, None, 10), (429, "120", 120)],
)
def test_provider_trouble_is_retried_with_backoff(
    data: DataLayout, local: Providers, status: int, retry_after: str | None, expected_delay: int
) -> None:
    queue_visit(data, ("email",))
    local.sendgrid.faults.append(Fault("status", status, retry_after))
    now = [utcnow()]
    w = worker(data, email_sender(local), now)
    w.process_one()
    (row,) = rows(data)
    assert row["status"] == "retry"
    assert row["next_attempt_at"] == (now[0] + timedelta(seconds=expected_delay)).isoformat(
        timespec="microseconds"
    )
    now[0] += timedelta(seconds=expected_delay)
    assert w.process_one()
    assert rows(data)[0]["status"] == "sent"


def test_a_timeout_is_transient_and_every_call_has_one(data: DataLayout, local: Providers) -> None:
    queue_visit(data, ("email",))
    local.sendgrid.faults.append(Fault("hang"))
    worker(data, email_sender(local, timeout_s=0.3), [utcnow()]).process_one()
    (row,) = rows(data)
    assert row["status"] == "retry" and "in time" in str(row["last_error"])


def test_sandbox_test_send_is_marked_for_sendgrid(local: Providers) -> None:
    from delivery.channels import DeliveryJob

    job = DeliveryJob("test", "test", "email", "Staff", "staff@store.example", None, PHOTO, "en")
    email_sender(local, sandbox=True).send(job)
    (request,) = local.sendgrid.sent()
    assert request.json()["mail_settings"] == {"sandbox_mode": {"enable": True}}


def test_p7_sdk_debug_logging_never_prints_the_payload(
    data: DataLayout, local: Providers, caplog: pytest.LogCaptureFixture
) -> None:
    """P7: python_http_client logs whole payloads at DEBUG; the sender keeps it quiet."""
    queue_visit(data, ("email",))
    sender = email_sender(local)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger().setLevel(logging.DEBUG)
        worker(data, sender, [utcnow()]).process_one()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ada@example.com" not in logged and json.dumps("Ada") not in logged
    assert rows(data)[0]["status"] == "sent"
