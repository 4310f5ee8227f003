"""A visitor erased while their photo is being sent: nothing of theirs stays behind (P5).

Erasure waits for a send already under way; a send slower than that wait finishes after
the rows are gone, and the outbox then takes back what it made instead of failing.
"""

from __future__ import annotations

import threading
from pathlib import Path

from booth.paths import DataLayout
from booth.records_file import open_outbox, open_records
from consent.copies import DryRunCopies
from consent.delivery_status import DeliveryStatus
from consent.photos import PhotoStore
from consent.rights import SubjectRights
from delivery.channels import DeliveryJob, SendReceipt
from delivery.dry_run import DryRunEmailSender
from delivery.messages import StoreVoice
from delivery.worker import OutboxWorker
from tests.consent.helpers import IDENTITY, visit


class HeldEmailSender(DryRunEmailSender):
    """Writes the message only once the test lets it: a provider that answers slowly."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder, StoreVoice("Test Store", "privacy@store.example"), "p@s.example")
        self.started = threading.Event()
        self.release = threading.Event()

    def send(self, job: DeliveryJob) -> SendReceipt:
        self.started.set()
        assert self.release.wait(10)
        return super().send(job)


def sending_in_background(layout: DataLayout, sender: HeldEmailSender, outcomes: list[str]):  # type: ignore[no-untyped-def]
    worker = OutboxWorker(
        open_outbox=lambda: open_outbox(layout),
        senders={sender.channel: sender},
        on_outcome=lambda _id, status: outcomes.append(status),
    )
    thread = threading.Thread(target=worker.process_one)
    thread.start()
    assert sender.started.wait(10)
    return thread


def erase(layout: DataLayout, wait_s: float) -> None:
    database = open_records(layout)
    subject = database.conn.execute("SELECT subject_id FROM visits").fetchone()[0]
    SubjectRights(
        database,
        PhotoStore(layout.photos, database.vault),
        IDENTITY,
        "manager",
        [DryRunCopies(layout.dry_run_outbox)],
        in_flight_wait_s=wait_s,
    ).erase(subject)
    database.close()


def test_erasure_waits_for_a_send_under_way_then_removes_its_message(layout: DataLayout) -> None:
    """P5: the message written by the send in flight is found and deleted by the erasure."""
    visit(layout)
    sender = HeldEmailSender(layout.dry_run_outbox)
    outcomes: list[str] = []
    thread = sending_in_background(layout, sender, outcomes)
    threading.Timer(0.3, sender.release.set).start()
    erase(layout, wait_s=10)
    thread.join(10)
    assert outcomes == [DeliveryStatus.SENT]
    assert list(layout.dry_run_outbox.iterdir()) == []


def test_a_send_finishing_after_the_erasure_takes_back_what_it_made(layout: DataLayout) -> None:
    """P5: no message file left, no traceback, the outcome says the delivery was dropped."""
    visit(layout)
    sender = HeldEmailSender(layout.dry_run_outbox)
    outcomes: list[str] = []
    thread = sending_in_background(layout, sender, outcomes)
    erase(layout, wait_s=0.2)  # gives up waiting: the send is still held
    sender.release.set()
    thread.join(10)
    assert not thread.is_alive()
    assert outcomes == [DeliveryStatus.DROPPED]
    assert list(layout.dry_run_outbox.iterdir()) == []
