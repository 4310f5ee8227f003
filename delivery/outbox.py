"""The durable outbox: one row per delivery, in the same file as the visit.

A delivery row is committed together with the visit (see
``consent.records``), so a send can never happen for a visit that was not
recorded, and a crash can never lose a delivery that was promised. Claiming is
one ``UPDATE ... RETURNING`` inside ``BEGIN IMMEDIATE``, so two workers never
take the same row. A row left in ``sending`` by a crash is put back in the
queue at start (at-least-once delivery).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from consent.clock import iso, utcnow
from consent.database import Database
from consent.photos import PhotoStore
from consent.records import delivery_contact
from delivery.channels import DeliveryJob

QUEUED = "queued"
SENDING = "sending"
SENT = "sent"
RETRY = "retry"
FAILED = "failed"
PENDING_STATES = (QUEUED, RETRY, SENDING)


@dataclass(frozen=True)
class RetryPolicy:
    first_delay_s: float = 5.0
    max_delay_s: float = 15 * 60.0
    jitter: float = 0.2

    def delay(
        self, attempts: int, retry_after_s: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Exponential backoff with jitter, capped; a provider's Retry-After wins if it asks for longer."""
        base = min(self.max_delay_s, self.first_delay_s * (2 ** max(0, attempts - 1)))
        spread = float((rng or random).uniform(1 - self.jitter, 1 + self.jitter))
        delay: float = min(self.max_delay_s, base * spread)
        if retry_after_s is not None:
            delay = max(delay, retry_after_s)
        return delay


class Outbox:
    def __init__(self, database: Database, photos: PhotoStore) -> None:
        self.database = database
        self.photos = photos

    def resume_interrupted(self) -> int:
        """Put back rows a crash left in ``sending``: better twice than never."""
        with self.database.transaction():
            cur = self.database.conn.execute(
                "UPDATE deliveries SET status = ?, updated_at = ? WHERE status = ?",
                (QUEUED, iso(utcnow()), SENDING),
            )
            return cur.rowcount

    def claim_next(
        self, now: datetime | None = None, skip_channels: Iterable[str] = ()
    ) -> DeliveryJob | None:
        moment = iso(now or utcnow())
        skip = tuple(skip_channels)
        skip_sql = f"AND channel NOT IN ({','.join('?' * len(skip))})" if skip else ""
        with self.database.transaction():
            row = self.database.conn.execute(
                f"""
                UPDATE deliveries
                   SET status = ?, attempts = attempts + 1, updated_at = ?
                 WHERE id = (
                       SELECT id FROM deliveries
                        WHERE status IN (?, ?) AND next_attempt_at <= ? {skip_sql}
                        ORDER BY next_attempt_at, created_at LIMIT 1)
                RETURNING id, visit_id, channel
                """,
                (SENDING, moment, QUEUED, RETRY, moment, *skip),
            ).fetchone()
            if row is None:
                return None
            delivery_id, visit_id, channel = row
            contact = delivery_contact(self.database, visit_id)
        return DeliveryJob(
            delivery_id=delivery_id,
            visit_id=visit_id,
            channel=channel,
            first_name=contact.first_name,
            email=contact.email,
            phone=contact.phone,
            photo_jpeg=self.photos.read(contact.photo_file),
            language=contact.language,
        )

    def _update(self, delivery_id: str, **fields: str | int | None) -> None:
        fields["updated_at"] = iso(utcnow())
        with self.database.transaction() as db:
            db.table("deliveries").update(delivery_id, fields)

    def mark_sent(self, delivery_id: str, provider_id: str, now: datetime | None = None) -> None:
        moment = iso(now or utcnow())
        self._update(
            delivery_id, status=SENT, provider_id=provider_id, sent_at=moment, last_error=None
        )

    def mark_failed(self, delivery_id: str, reason: str) -> None:
        self._update(delivery_id, status=FAILED, last_error=reason)

    def mark_retry(self, delivery_id: str, reason: str, at: datetime) -> None:
        self._update(delivery_id, status=RETRY, last_error=reason, next_attempt_at=iso(at))

    def put_back(self, delivery_id: str, reason: str, at: datetime) -> None:
        """Return a claimed row to the queue without counting the attempt (channel paused)."""
        with self.database.transaction():
            self.database.conn.execute(
                "UPDATE deliveries SET status = ?, attempts = max(0, attempts - 1), last_error = ?, "
                "next_attempt_at = ?, updated_at = ? WHERE id = ?",
                (QUEUED, reason, iso(at), iso(utcnow()), delivery_id),
            )

    def status_of(self, delivery_ids: Iterable[str]) -> dict[str, str]:
        ids = list(delivery_ids)
        if not ids:
            return {}
        rows = self.database.conn.execute(
            f"SELECT id, status FROM deliveries WHERE id IN ({','.join('?' * len(ids))})", ids
        ).fetchall()
        return {row[0]: row[1] for row in rows}

    def counts(self) -> dict[str, int]:
        rows = self.database.conn.execute(
            "SELECT status, count(*) FROM deliveries GROUP BY status"
        ).fetchall()
        return {status: count for status, count in rows}

    def next_due(self) -> datetime | None:
        row = self.database.conn.execute(
            "SELECT min(next_attempt_at) FROM deliveries WHERE status IN (?, ?)", (QUEUED, RETRY)
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None


def retry_at(now: datetime, delay_s: float) -> datetime:
    return now + timedelta(seconds=delay_s)
