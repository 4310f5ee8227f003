"""Nothing promised is lost: a kill -9 mid-send, a ten-minute provider outage, dead letters."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta

from booth.paths import DataLayout
from consent.clock import utcnow
from delivery.outbox import RetryPolicy
from delivery.rate import RateLimits
from delivery.worker import OutboxWorker
from tests.delivery.conftest import (
    Providers,
    email_sender,
    open_outbox,
    queue_visit,
    rows,
    sms_sender,
)
from tests.support.providers import ROOT


def test_p7_a_kill_9_while_sending_loses_no_delivery(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    """P7: kill the sending process mid-flight, restart it, drain: every delivery went out."""
    visits = 12
    for n in range(visits):
        queue_visit(data, ("email", "sms"), phone=f"+1201555{n:04d}")
    local.sendgrid.delay_s = local.twilio.delay_s = 0.3  # keep some sends in flight
    in_flight = threading.Event()
    local.twilio.on_request = lambda count: in_flight.set() if count >= 4 else None
    command = [
        sys.executable,
        "-m",
        "tests.delivery.outbox_child",
        str(data.root),
        local.sendgrid.url,
        local.twilio.url,
        local.s3.endpoint_url,
        bucket,
    ]
    first = subprocess.Popen(command, cwd=ROOT)
    try:
        assert in_flight.wait(60), "the first process never started sending"
        os.kill(first.pid, signal.SIGKILL)
    finally:
        first.wait(10)
    assert first.returncode == -signal.SIGKILL
    before = {r["status"] for r in rows(data)}
    assert before & {"sending", "queued"}, "the kill happened mid-drain"
    local.sendgrid.delay_s = local.twilio.delay_s = 0.0
    assert subprocess.run(command, cwd=ROOT, timeout=120).returncode == 0
    final = rows(data)
    assert len(final) == 2 * visits and {r["status"] for r in final} == {"sent"}
    sent_to = {m["to"] for m in local.twilio.messages.values()}
    assert sent_to == {f"+1201555{n:04d}" for n in range(visits)}
    mailed = {
        m["personalizations"][0]["custom_args"]["photobooth_delivery"]
        for m in local.sendgrid.messages.values()
    }
    assert mailed == {r["id"] for r in final if r["channel"] == "email"}
    duplicates = len(local.twilio.messages) + len(local.sendgrid.messages) - 2 * visits
    assert duplicates <= 3, "at most the sends in flight at the kill went twice"


def test_a_ten_minute_outage_then_recovery_drains_everything(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    """Simulated clock: the providers answer 503 for ten minutes, then everything goes, once."""
    for n in range(10):
        queue_visit(data, ("email", "sms"), phone=f"+1201555{n:04d}")
    start = utcnow()
    now = [start]
    worker = OutboxWorker(
        open_outbox=lambda: open_outbox(data),
        senders={"email": email_sender(local), "sms": sms_sender(local, bucket)},
        clock=lambda: now[0],
        policy=RetryPolicy(first_delay_s=5, max_delay_s=120, jitter=0.2),
    )
    outbox = open_outbox(data)
    local.sendgrid.down = local.twilio.down = True
    attempts_during_outage = 0
    while now[0] - start < timedelta(minutes=10):
        while worker.process_one():
            attempts_during_outage += 1
        due = outbox.next_due()
        assert due is not None
        now[0] = max(due, now[0] + timedelta(seconds=1))
    assert {r["status"] for r in rows(data)} == {"retry"}
    assert not local.twilio.messages and not local.sendgrid.messages
    local.sendgrid.down = local.twilio.down = False
    while outbox.next_due() is not None:
        while worker.process_one():
            pass
        due = outbox.next_due()
        if due is not None:
            now[0] = max(due, now[0])
    assert {r["status"] for r in rows(data)} == {"sent"}
    assert len(local.twilio.messages) == 10 and len(local.sendgrid.messages) == 10
    assert now[0] - start < timedelta(minutes=13), "recovery within one capped backoff"
    assert 20 * 4 <= attempts_during_outage <= 20 * 12, "backed off, not hammering"


def test_unsent_after_seven_days_becomes_a_dead_letter_the_manager_can_retry_or_drop(
    data: DataLayout, local: Providers
) -> None:
    first, second = (queue_visit(data, ("email",))[0] for _ in range(2))
    now = [utcnow()]
    worker = OutboxWorker(
        open_outbox=lambda: open_outbox(data), senders={}, clock=lambda: now[0]
    )  # no sender: the channel stays paused and the deliveries wait
    worker.process_one()
    now[0] += timedelta(days=7, minutes=1)
    worker.housekeeping(now[0], force=True)
    assert {r["status"] for r in rows(data)} == {"dead"}
    outbox = open_outbox(data)
    assert outbox.retry_now(first) and outbox.drop(second)
    assert {r["id"]: r["status"] for r in rows(data)} == {first: "queued", second: "dropped"}
    assert not outbox.drop("no-such-delivery")


def test_the_send_rate_per_channel_is_kept_without_blocking(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    for n in range(3):
        queue_visit(data, ("sms",), phone=f"+1201555{n:04d}")
    now = [utcnow()]
    worker = OutboxWorker(
        open_outbox=lambda: open_outbox(data),
        senders={"sms": sms_sender(local, bucket)},
        clock=lambda: now[0],
        rates=RateLimits({"sms": 1.0}),
    )
    assert worker.process_one()
    assert not worker.process_one(), "one a second: the second waits, nothing blocks"
    now[0] += timedelta(seconds=1)
    assert worker.process_one()
    now[0] += timedelta(milliseconds=500)
    assert not worker.process_one()
    now[0] += timedelta(milliseconds=500)
    assert worker.process_one()
    assert len(local.twilio.messages) == 3
