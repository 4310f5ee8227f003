"""The thread that empties the outbox.

It owns its own database connection (SQLite connections stay on the thread
that made them), takes one due delivery at a time, hands it to the sender for
its channel and records the outcome. It never touches the GUI: outcomes are
reported through a plain callback, which the application turns into a Qt
signal. Log lines carry delivery ids and channels only, never an address (P7).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from consent.clock import utcnow
from consent.database import StorageError
from delivery.channels import ConfigurationError, PermanentError, Sender, TransientError
from delivery.outbox import FAILED, RETRY, SENT, Outbox, RetryPolicy, retry_at

log = logging.getLogger(__name__)

OutcomeListener = Callable[[str, str], None]  # (delivery_id, status)


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

    def __post_init__(self) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._outbox: Outbox | None = None

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="outbox-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def wake(self) -> None:
        """Ask for an immediate look at the queue (a visit was just committed)."""
        self._wake.set()

    def _run(self) -> None:
        outbox = self.outbox()
        try:
            resumed = outbox.resume_interrupted()
            if resumed:
                log.info("resumed %d deliveries interrupted by a previous stop", resumed)
        except StorageError as exc:
            log.error("outbox cannot resume: %s", exc)
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
                self._wake.wait(self.idle_poll_s)
                self._wake.clear()
        outbox.database.close()

    def outbox(self) -> Outbox:
        if self._outbox is None:
            self._outbox = self.open_outbox()
        return self._outbox

    # -- one delivery ------------------------------------------------------
    def paused_channels(self, now: datetime) -> list[str]:
        return [
            c for c, h in self.health.items() if h.paused_until is not None and h.paused_until > now
        ]

    def process_one(self) -> bool:
        """Send one due delivery; return False when nothing was due."""
        outbox = self.outbox()
        now = self.clock()
        job = outbox.claim_next(now, skip_channels=self.paused_channels(now))
        if job is None:
            return False
        sender = self.senders.get(job.channel)
        health = self.health.setdefault(job.channel, ChannelHealth())
        status: str
        try:
            if sender is None:
                raise ConfigurationError(f"no sender is configured for the '{job.channel}' channel")
            receipt = sender.send(job)
        except TransientError as exc:
            attempts = self._attempts(outbox, job.delivery_id)
            delay = self.policy.delay(attempts, exc.retry_after_s)
            outbox.mark_retry(job.delivery_id, str(exc), retry_at(now, delay))
            status = RETRY
            log.warning(
                "delivery %s (%s) will be retried in %.0f s: %s",
                job.delivery_id,
                job.channel,
                delay,
                exc,
            )
        except PermanentError as exc:
            outbox.mark_failed(job.delivery_id, str(exc))
            status = FAILED
            log.warning("delivery %s (%s) failed for good: %s", job.delivery_id, job.channel, exc)
        except ConfigurationError as exc:
            health.paused_until = now + timedelta(seconds=self.pause_s)
            health.last_error = str(exc)
            outbox.put_back(job.delivery_id, str(exc), health.paused_until)
            status = "paused"
            log.error("channel %s paused: %s", job.channel, exc)
        except OSError as exc:
            # The photo file could not be read, or a network error the sender did not wrap.
            attempts = self._attempts(outbox, job.delivery_id)
            outbox.mark_retry(
                job.delivery_id,
                f"local error: {exc.strerror or exc}",
                retry_at(now, self.policy.delay(attempts)),
            )
            status = RETRY
        else:
            outbox.mark_sent(job.delivery_id, receipt.provider_id)
            health.paused_until = None
            health.last_error = None
            status = SENT
            log.info("delivery %s (%s) sent", job.delivery_id, job.channel)
        if self.on_outcome is not None:
            self.on_outcome(job.delivery_id, status)
        return True

    @staticmethod
    def _attempts(outbox: Outbox, delivery_id: str) -> int:
        row = outbox.database.conn.execute(
            "SELECT attempts FROM deliveries WHERE id = ?", (delivery_id,)
        ).fetchone()
        return int(row[0]) if row else 1
