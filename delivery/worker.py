"""The threads that empty the outbox.

Each thread owns its own database connection (SQLite connections stay on the
thread that made them), takes one due delivery at a time, hands it to the sender
for its channel and records the outcome. ``concurrency`` bounds how many sends are
in flight; :class:`delivery.rate.RateLimits` bounds how fast each channel goes,
by skipping a throttled channel rather than waiting on it. Nothing here touches
the GUI: outcomes and staff alerts are reported through plain callbacks, which the
application turns into Qt signals. Log lines carry delivery ids and channels only,
never an address (P7).

Between sends the first thread also does the outbox's housekeeping: deliveries
still unsent after ``dead_after`` become dead letters for the manager, and sent
text messages are polled for their final status (delivered, undelivered, failed),
since a kiosk behind the store's NAT cannot receive the provider's callbacks.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from consent.clock import utcnow
from consent.copies import CopyDeletionError
from consent.database import StorageError
from consent.delivery_status import DeliveryStatus
from consent.redaction import redact
from delivery.channels import (
    ConfigurationError,
    DeliveryJob,
    PermanentError,
    Retractable,
    Sender,
    SendError,
    SendReceipt,
    StatusSource,
    TransientError,
)
from delivery.outbox import Outbox, RetryPolicy, retry_at
from delivery.rate import RateLimits

log = logging.getLogger(__name__)

OutcomeListener = Callable[[str, DeliveryStatus], None]  # (delivery_id, status)
AlertListener = Callable[[str, str], None]  # (channel, what staff must fix)


@dataclass
class ChannelHealth:
    paused_until: datetime | None = None
    last_error: str | None = None


@dataclass
class OutboxWorker:
    """Sends due deliveries until stopped; ``process_one`` is the unit tests and tools drive."""

    open_outbox: Callable[[], Outbox]
    senders: Mapping[str, Sender]
    on_outcome: OutcomeListener | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    clock: Callable[[], datetime] = utcnow
    idle_poll_s: float = 2.0
    pause_s: float = 300.0
    health: dict[str, ChannelHealth] = field(default_factory=dict)
    rates: RateLimits = field(default_factory=lambda: RateLimits({}))
    concurrency: int = 1
    dead_after: timedelta = timedelta(days=7)
    status_every: timedelta = timedelta(seconds=60)
    status_within: timedelta = timedelta(days=2)
    housekeeping_every: timedelta = timedelta(seconds=30)
    on_alert: AlertListener | None = None

    def __post_init__(self) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._local = threading.local()
        self._lock = threading.Lock()
        self._housekept_at: datetime | None = None

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        """Start the first thread; it resumes interrupted rows, then starts the others."""
        self._spawn(0)

    def _spawn(self, index: int) -> None:
        thread = threading.Thread(
            target=self._run, args=(index,), name=f"outbox-worker-{index}", daemon=True
        )
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        self._stop.set()
        self._wake.set()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout)
        with self._lock:
            threads = list(self._threads)  # a first thread may have started others meanwhile
        for thread in threads:
            thread.join(timeout)
        return not any(t.is_alive() for t in threads)

    def wake(self) -> None:
        """Ask for an immediate look at the queue (a visit was just committed)."""
        self._wake.set()

    def _run(self, index: int = 0) -> None:
        outbox = self.outbox()
        if index == 0:
            try:
                resumed = outbox.resume_interrupted()
                if resumed:
                    log.info("resumed %d deliveries interrupted by a previous stop", resumed)
            except StorageError as exc:
                log.error("outbox cannot resume: %s", exc)
            for other in range(1, self.concurrency):
                if not self._stop.is_set():
                    self._spawn(other)
        while not self._stop.is_set():
            try:
                worked = self.process_one()
            except StorageError as exc:
                log.error("outbox storage problem: %s", exc)
                worked = False
            except Exception:  # a bug must not kill delivery for the rest of the day
                log.exception("unexpected error in outbox worker")
                worked = False
            if not worked:
                self._wake.wait(self._idle_wait_s())
                self._wake.clear()
        outbox.database.close()

    def _idle_wait_s(self) -> float:
        """Sleep until the next poll, or sooner when a throttled channel gets its next token."""
        moment = self.clock().timestamp()
        waits = [self.rates.wait_s(c, moment) for c in self.rates.blocked(moment)]
        return min([self.idle_poll_s, *(w for w in waits if w > 0)])

    def outbox(self) -> Outbox:
        """This thread's outbox (and database connection)."""
        outbox: Outbox | None = getattr(self._local, "outbox", None)
        if outbox is None:
            outbox = self.open_outbox()
            self._local.outbox = outbox
        return outbox

    # -- one delivery ------------------------------------------------------
    def paused_channels(self, now: datetime) -> list[str]:
        with self._lock:
            return [
                c
                for c, h in self.health.items()
                if h.paused_until is not None and h.paused_until > now
            ]

    def process_one(self) -> bool:
        """Send one due delivery; return False when nothing was due."""
        outbox = self.outbox()
        now = self.clock()
        self.housekeeping(now)
        skip = {*self.paused_channels(now), *self.rates.blocked(now.timestamp())}
        job = outbox.claim_next(now, skip_channels=sorted(skip))
        if job is None:
            return False
        self.rates.take(job.channel, now.timestamp())
        sender = self.senders.get(job.channel)
        with self._lock:
            health = self.health.setdefault(job.channel, ChannelHealth())
        status: DeliveryStatus
        try:
            if sender is None:
                raise ConfigurationError(f"no sender is configured for the '{job.channel}' channel")
            receipt = sender.send(job)
        except TransientError as exc:
            attempts = self._attempts(outbox, job.delivery_id)
            delay = self.policy.delay(attempts, exc.retry_after_s)
            outbox.mark_retry(
                job.delivery_id, str(exc), retry_at(now, delay), ambiguous=exc.ambiguous
            )
            status = DeliveryStatus.RETRY
            log.warning(
                "delivery %s (%s) will be retried in %.0f s: %s",
                job.delivery_id,
                job.channel,
                delay,
                exc,
            )
        except PermanentError as exc:
            outbox.mark_failed(job.delivery_id, str(exc))
            status = DeliveryStatus.FAILED
            log.warning("delivery %s (%s) failed for good: %s", job.delivery_id, job.channel, exc)
        except ConfigurationError as exc:
            paused_until = now + timedelta(seconds=self.pause_s)
            with self._lock:
                health.paused_until = paused_until
                health.last_error = redact(str(exc))
            outbox.put_back(job.delivery_id, str(exc), paused_until)
            outbox.record_channel(job.channel, paused_until, str(exc))
            status = DeliveryStatus.PAUSED
            log.error("channel %s paused: %s", job.channel, exc)
            if self.on_alert is not None:
                self.on_alert(job.channel, str(exc))
        except OSError as exc:
            # The photo file could not be read, or a network error the sender did not wrap.
            attempts = self._attempts(outbox, job.delivery_id)
            outbox.mark_retry(
                job.delivery_id,
                f"local error: {exc.strerror or exc}",
                retry_at(now, self.policy.delay(attempts)),
            )
            status = DeliveryStatus.RETRY
        except Exception as exc:
            # A bug or input no sender expected (an address with a line break, a damaged photo):
            # retrying cannot help, and the thread must go on with everyone else's deliveries.
            reason = f"could not be sent: the {job.channel} sender failed unexpectedly ({type(exc).__name__})"
            outbox.mark_failed(job.delivery_id, reason)
            status = DeliveryStatus.FAILED
            # The type and where it was raised, not its message: that may hold an address.
            where = traceback.extract_tb(exc.__traceback__)[-1:]
            log.error(
                "delivery %s (%s) failed: unexpected %s at %s",
                job.delivery_id,
                job.channel,
                type(exc).__name__,
                ", ".join(f"{frame.filename}:{frame.lineno}" for frame in where),
            )
        else:
            if not outbox.mark_sent(
                job.delivery_id, receipt.provider_id, now, provider_status=receipt.provider_status
            ):
                self._retract(sender, job, receipt)
                if self.on_outcome is not None:
                    self.on_outcome(job.delivery_id, DeliveryStatus.DROPPED)
                return True
            with self._lock:
                was_paused, health.paused_until, health.last_error = (
                    health.last_error is not None,
                    None,
                    None,
                )
            if was_paused:
                outbox.record_channel(job.channel, None, None)
            status = DeliveryStatus.SENT
            log.info(
                "delivery %s (%s) %s",
                job.delivery_id,
                job.channel,
                "found already sent" if receipt.reconciled else "sent",
            )
        if self.on_outcome is not None:
            self.on_outcome(job.delivery_id, status)
        return True

    @staticmethod
    def _retract(sender: Sender | None, job: DeliveryJob, receipt: SendReceipt) -> None:
        """The visit was erased while this send was under way: delete what the send made (P5)."""
        if not isinstance(sender, Retractable):
            log.warning(
                "delivery %s (%s) finished after its visit was erased; the provider's copy "
                "cannot be taken back",
                job.delivery_id,
                job.channel,
            )
            return
        try:
            removed = sender.retract(job, receipt)
        except (SendError, CopyDeletionError, OSError) as exc:
            log.error(
                "delivery %s (%s) finished after its visit was erased and what it made could "
                "not be removed: %s",
                job.delivery_id,
                job.channel,
                type(exc).__name__,
            )
            return
        log.info(
            "delivery %s (%s) finished after its visit was erased; %d cop(ies) removed",
            job.delivery_id,
            job.channel,
            removed,
        )

    # -- housekeeping ------------------------------------------------------
    def housekeeping(self, now: datetime, force: bool = False) -> None:
        """Dead letters and status polls, at most every ``housekeeping_every`` (one thread)."""
        with self._lock:
            due = force or (
                self._housekept_at is None or now - self._housekept_at >= self.housekeeping_every
            )
            if due:
                self._housekept_at = now
        if not due:
            return
        outbox = self.outbox()
        buried = outbox.bury_dead(now, self.dead_after)
        if buried:
            log.warning(
                "%d deliveries became dead letters (unsent after %s)", buried, self.dead_after
            )
        for channel, sender in self.senders.items():
            if not isinstance(sender, StatusSource) or channel in self.paused_channels(now):
                continue
            for delivery_id, provider_id in outbox.due_status_checks(
                channel, now, self.status_every, self.status_within
            ):
                try:
                    status, reason = sender.delivery_status(provider_id)
                except SendError as exc:
                    log.info("status of delivery %s not known yet: %s", delivery_id, exc)
                    break
                outbox.record_provider_status(delivery_id, status, reason, now)

    @staticmethod
    def _attempts(outbox: Outbox, delivery_id: str) -> int:
        row = outbox.database.conn.execute(
            "SELECT attempts FROM deliveries WHERE id = ?", (delivery_id,)
        ).fetchone()
        return int(row[0]) if row else 1
