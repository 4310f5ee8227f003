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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from consent.clock import iso, utcnow
from consent.database import Database
from consent.delivery_status import DROPPABLE, RETRYABLE, DeliveryStatus
from consent.photos import PhotoStore
from consent.records import RestrictedError, delivery_contact
from consent.redaction import redact
from delivery.channel_registry import hosted_channels
from delivery.channels import DeliveryJob

FINAL_PROVIDER_STATUSES = ("delivered", "undelivered", "failed", "read", "canceled")
LISTED_COLUMNS = (
    "id",
    "channel",
    "status",
    "attempts",
    "created_at",
    "updated_at",
    "next_attempt_at",
    "sent_at",
    "provider_status",
    "dead_at",
    "last_error",
)


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
    def __init__(
        self,
        database: Database,
        photos: PhotoStore,
        media_key_factory: Callable[[], str] | None = None,
    ) -> None:
        self.database = database
        self.photos = photos
        self.media_key_factory = media_key_factory

    def resume_interrupted(self) -> int:
        """Put back rows a crash left in ``sending``: better twice than never, but look first.

        A crash mid-send is the most ambiguous failure there is (the provider may have the
        message), so each resumed row asks the provider before it sends again, from when
        its interrupted attempt began, wherever the channel's sender can look.
        """
        with self.database.transaction():
            cur = self.database.conn.execute(
                "UPDATE deliveries SET status = ?, updated_at = ?, "
                "reconcile_since = coalesce(reconcile_since, attempt_started_at, updated_at) "
                "WHERE status = ?",
                (DeliveryStatus.QUEUED, iso(utcnow()), DeliveryStatus.SENDING),
            )
            return cur.rowcount

    def claim_next(
        self, now: datetime | None = None, skip_channels: Iterable[str] = ()
    ) -> DeliveryJob | None:
        """Take the next due delivery, record when the attempt began, and build its job.

        For a channel that hosts the photo, the object key is chosen and committed here,
        before any upload, so a hosted copy can never exist without a row naming it.
        A delivery whose visit is gone (erased, expired) or restricted is set aside,
        never sent, and the next one is taken.
        """
        moment = iso(now or utcnow())
        skip = tuple(skip_channels)
        skip_sql = f"AND channel NOT IN ({','.join('?' * len(skip))})" if skip else ""
        hosting = hosted_channels()
        hosted = ",".join("?" * len(hosting))
        while True:
            key = self.media_key_factory() if self.media_key_factory else None
            with self.database.transaction():
                row = self.database.conn.execute(
                    f"""
                    UPDATE deliveries
                       SET status = ?, attempts = attempts + 1, updated_at = ?,
                           attempt_started_at = ?,
                           media_key = CASE WHEN channel IN ({hosted})
                                            THEN coalesce(media_key, ?) ELSE media_key END
                     WHERE id = (
                           SELECT id FROM deliveries
                            WHERE status IN (?, ?) AND next_attempt_at <= ? {skip_sql}
                            ORDER BY next_attempt_at, created_at LIMIT 1)
                    RETURNING id, visit_id, channel, media_key, reconcile_since
                    """,
                    (
                        DeliveryStatus.SENDING,
                        moment,
                        moment,
                        *hosting,
                        key,
                        DeliveryStatus.QUEUED,
                        DeliveryStatus.RETRY,
                        moment,
                        *skip,
                    ),
                ).fetchone()
                if row is None:
                    return None
                delivery_id, visit_id, channel, media_key, reconcile_since = row
                try:
                    contact = delivery_contact(self.database, visit_id)
                except RestrictedError:
                    self._set_aside(delivery_id, DeliveryStatus.RESTRICTED, None, moment)
                    continue
                except LookupError:
                    self._set_aside(
                        delivery_id,
                        DeliveryStatus.FAILED,
                        "The visit's data no longer exists.",
                        moment,
                    )
                    continue
            return DeliveryJob(
                delivery_id=delivery_id,
                visit_id=visit_id,
                channel=channel,
                first_name=contact.first_name,
                email=contact.email,
                phone=contact.phone,
                photo_jpeg=self.photos.read(contact.photo_file),
                language=contact.language,
                media_key=media_key,
                reconcile_since=datetime.fromisoformat(reconcile_since)
                if reconcile_since
                else None,
            )

    def _set_aside(
        self, delivery_id: str, status: DeliveryStatus, reason: str | None, moment: str
    ) -> None:
        self.database.conn.execute(
            "UPDATE deliveries SET status = ?, attempts = max(0, attempts - 1), last_error = ?, "
            "updated_at = ? WHERE id = ?",
            (status, redact(reason) if reason else reason, moment, delivery_id),
        )

    def _update(self, delivery_id: str, **fields: str | int | None) -> bool:
        """Change one row; False when it is gone (its visit erased or expired meanwhile)."""
        fields["updated_at"] = iso(utcnow())
        columns = ", ".join(f"{name} = ?" for name in fields)
        with self.database.transaction() as db:
            changed = db.conn.execute(
                f"UPDATE deliveries SET {columns} WHERE id = ?", (*fields.values(), delivery_id)
            ).rowcount
        return bool(changed)

    def mark_sent(
        self,
        delivery_id: str,
        provider_id: str,
        now: datetime | None = None,
        provider_status: str | None = None,
    ) -> bool:
        """Record the provider's id the moment it is known: the proof it was accepted.

        False when the row is gone: the visit was erased while the send was under way."""
        moment = iso(now or utcnow())
        return self._update(
            delivery_id,
            status=DeliveryStatus.SENT,
            provider_id=provider_id,
            provider_status=provider_status,
            sent_at=moment,
            last_error=None,
            reconcile_since=None,
        )

    def mark_failed(self, delivery_id: str, reason: str) -> None:
        self._update(delivery_id, status=DeliveryStatus.FAILED, last_error=redact(reason))

    def mark_retry(
        self, delivery_id: str, reason: str, at: datetime, *, ambiguous: bool = False
    ) -> None:
        """Queue another attempt; after an ambiguous failure remember when the first such
        attempt began, so the next one asks the provider before sending again."""
        with self.database.transaction():
            self.database.conn.execute(
                "UPDATE deliveries SET status = ?, last_error = ?, next_attempt_at = ?, "
                "updated_at = ?, reconcile_since = CASE WHEN ? THEN "
                "coalesce(reconcile_since, attempt_started_at) ELSE reconcile_since END "
                "WHERE id = ?",
                (
                    DeliveryStatus.RETRY,
                    redact(reason),
                    iso(at),
                    iso(utcnow()),
                    int(ambiguous),
                    delivery_id,
                ),
            )

    def put_back(self, delivery_id: str, reason: str, at: datetime) -> None:
        """Return a claimed row to the queue without counting the attempt (channel paused)."""
        with self.database.transaction():
            self.database.conn.execute(
                "UPDATE deliveries SET status = ?, attempts = max(0, attempts - 1), last_error = ?, "
                "next_attempt_at = ?, updated_at = ? WHERE id = ?",
                (DeliveryStatus.QUEUED, redact(reason), iso(at), iso(utcnow()), delivery_id),
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
            "SELECT min(next_attempt_at) FROM deliveries WHERE status IN (?, ?)",
            (DeliveryStatus.QUEUED, DeliveryStatus.RETRY),
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    # -- dead letters and the manager's commands ------------------------------
    def bury_dead(self, now: datetime, max_age: timedelta) -> int:
        """Turn deliveries still unsent after ``max_age`` into dead letters for the manager."""
        with self.database.transaction():
            cur = self.database.conn.execute(
                "UPDATE deliveries SET status = ?, dead_at = ?, updated_at = ? "
                "WHERE status IN (?, ?) AND created_at < ?",
                (
                    DeliveryStatus.DEAD,
                    iso(now),
                    iso(now),
                    DeliveryStatus.QUEUED,
                    DeliveryStatus.RETRY,
                    iso(now - max_age),
                ),
            )
            return cur.rowcount

    def rows(self, statuses: Iterable[str] = (), limit: int = 200) -> list[dict[str, Any]]:
        """Deliveries for the manager's list: ids, states, reasons; never an address."""
        wanted = tuple(statuses)
        where = f"WHERE status IN ({','.join('?' * len(wanted))})" if wanted else ""
        cur = self.database.conn.execute(
            f"SELECT {', '.join(LISTED_COLUMNS)} FROM deliveries {where} "
            "ORDER BY created_at DESC LIMIT ?",
            (*wanted, limit),
        )
        return [dict(zip(LISTED_COLUMNS, row, strict=True)) for row in cur.fetchall()]

    def retry_now(self, delivery_id: str, now: datetime | None = None) -> bool:
        """The manager's retry: a failed, dead or dropped delivery goes back in the queue."""
        moment = iso(now or utcnow())
        with self.database.transaction():
            cur = self.database.conn.execute(
                "UPDATE deliveries SET status = ?, next_attempt_at = ?, dead_at = NULL, "
                f"updated_at = ? WHERE id = ? AND status IN ({','.join('?' * len(RETRYABLE))})",
                (DeliveryStatus.QUEUED, moment, moment, delivery_id, *RETRYABLE),
            )
            return cur.rowcount == 1

    def drop(self, delivery_id: str, now: datetime | None = None) -> bool:
        """The manager's drop: the delivery will not be attempted again."""
        moment = iso(now or utcnow())
        with self.database.transaction():
            cur = self.database.conn.execute(
                "UPDATE deliveries SET status = ?, last_error = 'Dropped by the manager.', "
                f"updated_at = ? WHERE id = ? AND status IN ({','.join('?' * len(DROPPABLE))})",
                (DeliveryStatus.DROPPED, moment, delivery_id, *DROPPABLE),
            )
            return cur.rowcount == 1

    # -- provider status (polled: no callbacks reach a kiosk behind NAT) -------
    def due_status_checks(
        self, channel: str, now: datetime, every: timedelta, within: timedelta, limit: int = 20
    ) -> list[tuple[str, str]]:
        """Sent deliveries whose final fate is not known yet and were not checked lately."""
        finals = ",".join("?" * len(FINAL_PROVIDER_STATUSES))
        cur = self.database.conn.execute(
            "SELECT id, provider_id FROM deliveries WHERE channel = ? AND status = ? "
            f"AND provider_id IS NOT NULL AND coalesce(provider_status, '') NOT IN ({finals}) "
            "AND sent_at >= ? AND coalesce(provider_checked_at, '') < ? "
            "ORDER BY sent_at LIMIT ?",
            (
                channel,
                DeliveryStatus.SENT,
                *FINAL_PROVIDER_STATUSES,
                iso(now - within),
                iso(now - every),
                limit,
            ),
        )
        return [(row[0], row[1]) for row in cur.fetchall()]

    def record_provider_status(
        self, delivery_id: str, status: str, reason: str | None, now: datetime
    ) -> None:
        with self.database.transaction():
            self.database.conn.execute(
                "UPDATE deliveries SET provider_status = ?, provider_checked_at = ?, "
                "last_error = coalesce(?, last_error), updated_at = ? WHERE id = ?",
                (status, iso(now), redact(reason) if reason else reason, iso(now), delivery_id),
            )

    def record_channel(
        self, channel: str, paused_until: datetime | None, reason: str | None
    ) -> None:
        """Keep a paused channel, and why, where staff tools can read it."""
        with self.database.transaction():
            self.database.conn.execute(
                "INSERT INTO delivery_channels (channel, paused_until, reason, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (channel) DO UPDATE SET "
                "paused_until = excluded.paused_until, reason = excluded.reason, "
                "updated_at = excluded.updated_at",
                (
                    channel,
                    iso(paused_until) if paused_until else None,
                    redact(reason) if reason else reason,
                    iso(utcnow()),
                ),
            )

    def channels(self) -> list[dict[str, Any]]:
        cur = self.database.conn.execute(
            "SELECT channel, paused_until, reason, updated_at FROM delivery_channels ORDER BY channel"
        )
        keys = ("channel", "paused_until", "reason", "updated_at")
        return [dict(zip(keys, row, strict=True)) for row in cur.fetchall()]

    def hosted_copies(
        self, delivery_ids: Iterable[str]
    ) -> list[tuple[str, str | None, str | None]]:
        return hosted_copies_of(self.database, delivery_ids)


def hosted_copies_of(
    database: Database, delivery_ids: Iterable[str]
) -> list[tuple[str, str | None, str | None]]:
    """(channel, media key, provider id) of these deliveries, for erasure and retention.

    Needs only the records file, not the photos, so erasure can ask it without a vault."""
    ids = list(delivery_ids)
    if not ids:
        return []
    cur = database.conn.execute(
        f"SELECT channel, media_key, provider_id FROM deliveries WHERE id IN ({','.join('?' * len(ids))})",
        ids,
    )
    return [(row[0], row[1], row[2]) for row in cur.fetchall()]


def retry_at(now: datetime, delay_s: float) -> datetime:
    return now + timedelta(seconds=delay_s)
