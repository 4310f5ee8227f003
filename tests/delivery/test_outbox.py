"""The outbox: claim once, record outcomes, survive a crash, back off on transient errors."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from booth.paths import DataLayout
from booth.records_file import open_outbox, open_photos, open_records
from consent.clock import utcnow
from consent.notices import current_notice
from consent.records import KioskIdentity, RecordsStore, VisitDraft
from delivery.channels import (
    ConfigurationError,
    DeliveryJob,
    PermanentError,
    SendReceipt,
    TransientError,
)
from delivery.outbox import RetryPolicy
from delivery.worker import OutboxWorker

IDENTITY = KioskIdentity("s", "k", "Store", "privacy@store.example", "US")


def queue_visit(layout: DataLayout, channels: tuple[str, ...] = ("email",)) -> list[str]:
    records = RecordsStore(open_records(layout), open_photos(layout), IDENTITY)
    draft = VisitDraft(
        "Ada Lovelace", "ada@example.com", "+12015550123", channels, False, "en", b"\xff\xd8x"
    )
    return list(records.submit(draft, current_notice("en")).deliveries)


class ScriptedSender:
    """Answers each send with the next scripted outcome (an exception or a receipt)."""

    def __init__(self, channel: str, outcomes: list[Exception | None]) -> None:
        self.channel = channel
        self.outcomes = outcomes
        self.jobs: list[DeliveryJob] = []

    def send(self, job: DeliveryJob) -> SendReceipt:
        self.jobs.append(job)
        outcome = self.outcomes.pop(0)
        if outcome is not None:
            raise outcome
        return SendReceipt(f"provider-{len(self.jobs)}")


def worker_for(layout: DataLayout, sender: ScriptedSender, clock: list) -> OutboxWorker:  # type: ignore[type-arg]
    return OutboxWorker(
        open_outbox=lambda: open_outbox(layout),
        senders={sender.channel: sender},
        clock=lambda: clock[0],
        policy=RetryPolicy(first_delay_s=10, max_delay_s=100, jitter=0),
    )


def status(layout: DataLayout) -> list[tuple[str, int, str | None]]:
    db = open_records(layout)
    return [
        tuple(r) for r in db.conn.execute("select status, attempts, last_error from deliveries")
    ]


def test_a_job_carries_only_what_the_channel_needs(layout: DataLayout) -> None:
    """P8: the job has the first name, not the full name."""
    queue_visit(layout)
    job = open_outbox(layout).claim_next()
    assert job is not None and job.first_name == "Ada" and job.email == "ada@example.com"


def test_a_claimed_row_is_not_claimed_twice(layout: DataLayout) -> None:
    queue_visit(layout)
    first = open_outbox(layout)
    second = open_outbox(layout)
    assert first.claim_next() is not None
    assert second.claim_next() is None


def test_rows_left_sending_by_a_crash_are_resumed(layout: DataLayout) -> None:
    queue_visit(layout)
    open_outbox(layout).claim_next()  # then the process "dies"
    fresh = open_outbox(layout)
    assert fresh.resume_interrupted() == 1
    job = fresh.claim_next()
    assert job is not None
    assert job.reconcile_since is not None, "the sender looks for the first attempt's message"


def test_transient_errors_back_off_exponentially_then_succeed(layout: DataLayout) -> None:
    queue_visit(layout)
    now = [utcnow()]
    sender = ScriptedSender("email", [TransientError("timeout"), TransientError("503"), None])
    worker = worker_for(layout, sender, now)
    assert worker.process_one()
    assert status(layout) == [("retry", 1, "timeout")]
    assert not worker.process_one(), "not due yet"
    now[0] += timedelta(seconds=10)
    assert worker.process_one()
    assert not worker.process_one()
    now[0] += timedelta(seconds=19)
    assert not worker.process_one(), "second delay is 20 s"
    now[0] += timedelta(seconds=1)
    assert worker.process_one()
    assert status(layout) == [("sent", 3, None)]


def test_retry_after_from_the_provider_is_honoured() -> None:
    policy = RetryPolicy(first_delay_s=5, max_delay_s=900, jitter=0.2)
    assert policy.delay(1, retry_after_s=120, rng=random.Random(1)) >= 120
    delays = [policy.delay(n, rng=random.Random(n)) for n in range(1, 20)]
    assert max(delays) <= 900


def test_permanent_error_fails_with_a_reason_for_the_manager(layout: DataLayout) -> None:
    queue_visit(layout)
    sender = ScriptedSender("email", [PermanentError("The address bounced.")])
    worker_for(layout, sender, [utcnow()]).process_one()
    assert status(layout) == [("failed", 1, "The address bounced.")]


def test_an_unexpected_sender_error_fails_that_delivery_and_the_next_is_sent(
    layout: DataLayout, caplog: pytest.LogCaptureFixture
) -> None:
    """P7: nothing stuck in sending; the manager reads why; the outbox goes on; no PII logged."""
    queue_visit(layout)
    queue_visit(layout)
    broken = ValueError("header value has a newline: ada@example.com\r\nBcc: x@evil.example")
    sender = ScriptedSender("email", [broken, None])
    worker = worker_for(layout, sender, [utcnow()])
    with caplog.at_level("ERROR"):
        assert worker.process_one() and worker.process_one()
    failed, sent = sorted(status(layout))
    assert failed[0] == "failed" and "unexpectedly (ValueError)" in str(failed[2])
    assert sent[0] == "sent"
    assert "ada@example.com" not in caplog.text and "ValueError" in caplog.text


def test_a_provider_refusal_quoting_the_address_is_stored_without_it(layout: DataLayout) -> None:
    """P7, P8: the manager reads why, not the visitor's address or number."""
    queue_visit(layout)
    refusal = PermanentError("Recipient ada@example.com (+1 201 555 0123) bounced: mailbox full")
    worker_for(layout, ScriptedSender("email", [refusal]), [utcnow()]).process_one()
    ((state, _attempts, reason),) = status(layout)
    assert state == "failed" and "mailbox full" in str(reason)
    assert "ada@example.com" not in str(reason) and "555 0123" not in str(reason)


def test_configuration_error_pauses_the_channel_and_keeps_the_delivery(layout: DataLayout) -> None:
    queue_visit(layout)
    now = [utcnow()]
    sender = ScriptedSender("email", [ConfigurationError("API key rejected (401)"), None])
    worker = worker_for(layout, sender, now)
    worker.process_one()
    assert status(layout) == [("queued", 0, "API key rejected (401)")]
    assert worker.paused_channels(now[0]) == ["email"]
    assert not worker.process_one()
    now[0] += timedelta(seconds=worker.pause_s + 1)
    assert worker.process_one()
    assert status(layout)[0][0] == "sent"


@pytest.mark.parametrize("outcome", [None, TransientError("x")])
def test_outcomes_are_reported_to_the_listener(
    layout: DataLayout, outcome: Exception | None
) -> None:
    (delivery_id,) = queue_visit(layout)
    reports: list[tuple[str, str]] = []
    worker = worker_for(layout, ScriptedSender("email", [outcome]), [utcnow()])
    worker.on_outcome = lambda d, s: reports.append((d, s))
    worker.process_one()
    assert reports == [(delivery_id, "sent" if outcome is None else "retry")]
