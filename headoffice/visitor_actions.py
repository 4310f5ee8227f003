"""What a visitor may see and do through their link, at head office (issue #19; P3, P5, P10).

The page shows only the store (its name, or its id while head office knows none), the visit's date and which permissions are active. Its two
actions are head office's own records, made at once: a withdrawal of ``publish_social``
(a consent event with ``visitor link`` as its method, the photo taken down from central
storage and put on the take-down list) and an erasure request with ``visitor link`` as its
origin. Both reach the kiosk on its next sync, as erasures always have.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import psycopg

from headoffice.legal_holds import hold_reason
from headoffice.office_audit import record
from headoffice.visitor_links import link_secret
from headoffice.withdrawals import PUBLISH, withdraw_publish
from wire.bucket import CentralBucket
from wire.postgres import connect
from wire.visitor_link import LinkError, VisitLink, kiosk_link_key, read_token

METHOD = "visitor link"
CHANNEL = "visitor-link"
ACTOR = "visitor link"


@dataclass(frozen=True)
class VisitView:
    """All the page may show: nothing that names or reaches the person."""

    store_id: str | None
    visit_date: date | None
    language: str | None
    permissions: dict[str, str] = field(default_factory=dict)
    known: bool = True  # False: the kiosk has not synced this visit yet
    store_name: str | None = None  # as the visit's kiosk last reported it (migration 6)

    @property
    def store(self) -> str | None:
        """What the page calls the store: its name, or its id while head office knows no name."""
        return self.store_name or self.store_id

    @property
    def publishing(self) -> bool:
        return self.permissions.get(PUBLISH) == "given" or (
            not self.known and PUBLISH not in self.permissions
        )


class LinkGone(Exception):
    """An expired link, or one whose visit was erased or is past its retention."""


class VisitorActions:
    def __init__(self, dsn: str, keys_dir: Path, bucket: CentralBucket | None = None) -> None:
        self.dsn = dsn
        secret = link_secret(keys_dir)
        self._secret = secret
        self.bucket = bucket
        self._connection: psycopg.Connection[Any] | None = None

    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection[Any]]:
        """One connection for the life of this object (SCRAM login is slow on purpose); each
        use is one transaction, committed at the end or rolled back on an error."""
        if self._connection is None or self._connection.closed:
            self._connection = connect(self.dsn)
        conn = self._connection
        try:
            with conn.transaction():
                yield conn
        except psycopg.OperationalError:
            conn.close()
            raise

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def read(self, token: str, today: date | None = None) -> VisitLink:
        """The link's visit, or :class:`LinkError` (not ours) / :class:`LinkGone` (expired, used)."""
        if self._secret is None:
            raise LinkError("head office has no visitor-link secret")
        secret = self._secret
        link = read_token(token, lambda kiosk_id: kiosk_link_key(secret, kiosk_id))
        if link.expired(today):
            raise LinkGone("expired")
        return link

    def view(self, link: VisitLink) -> VisitView:
        with self._conn() as conn:
            erased = conn.execute(
                "SELECT 1 FROM photobooth.visitor_actions WHERE visit_id = %s AND action = 'erase' "
                "UNION ALL SELECT 1 FROM photobooth.erasure_requests WHERE visit_id = %s AND status = 'applied'",
                (link.visit_id, link.visit_id),
            ).fetchone()
            if erased:
                raise LinkGone("erased")
            # The kiosk's store name, only while it still reports the visit's store.
            visit = conn.execute(
                "SELECT v.store_id, v.created_at, v.language, v.pii_removed_at, "
                "CASE WHEN k.store_id = v.store_id THEN k.store_name END "
                "FROM photobooth.visits v LEFT JOIN photobooth.kiosks k USING (kiosk_id) "
                "WHERE v.id = %s AND v.kiosk_id = %s",
                (link.visit_id, link.kiosk_id),
            ).fetchone()
            events = conn.execute(
                "SELECT DISTINCT ON (purpose) purpose, event FROM photobooth.consent_events "
                "WHERE visit_id = %s AND kiosk_id = %s ORDER BY purpose, at DESC, event = 'withdrawn' DESC",
                (link.visit_id, link.kiosk_id),
            ).fetchall()
        permissions = {str(p): str(e) for p, e in events}
        if visit is None:
            return VisitView(None, None, None, permissions, known=False)
        if visit[3] is not None:
            raise LinkGone("past retention")
        return VisitView(visit[0], visit[1].date(), visit[2], permissions, store_name=visit[4])

    def stop_publishing(self, link: VisitLink) -> dict[str, Any]:
        with self._conn() as conn:
            event_id, objects = withdraw_publish(
                conn,
                token_id=link.token_id,
                kiosk_id=link.kiosk_id,
                visit_id=link.visit_id,
                method=METHOD,
                channel=CHANNEL,
                actor=ACTOR,
            )
        self._delete(objects)
        return {"withdrawn": event_id is not None, "event_id": event_id}

    def erase(self, link: VisitLink) -> dict[str, Any]:
        request_id = str(uuid.uuid4())
        with self._conn() as conn:
            stored = conn.execute(
                "INSERT INTO photobooth.visitor_actions (token_id, action, kiosk_id, visit_id, request_id) "
                "VALUES (%s, 'erase', %s, %s, %s) ON CONFLICT DO NOTHING RETURNING 1",
                (link.token_id, link.kiosk_id, link.visit_id, request_id),
            ).fetchone()
            if stored is None:
                raise LinkGone("used")
            hashes = conn.execute(
                "SELECT email_hash, phone_hash FROM photobooth.visits WHERE id = %s AND kiosk_id = %s",
                (link.visit_id, link.kiosk_id),
            ).fetchone()
            email_hash, phone_hash = hashes if hashes else (None, None)
            if hold_reason(conn, email_hash, phone_hash, link.visit_id) is not None:
                # Kept for now: a request the privacy officer decides once the hold ends.
                conn.execute(
                    "INSERT INTO photobooth.erasure_requests (id, origin, email_hash, phone_hash, "
                    "visit_id, status, reason) VALUES (%s, %s, %s, %s, %s, 'held', 'legal hold')",
                    (request_id, METHOD, email_hash, phone_hash, link.visit_id),
                )
                record(conn, ACTOR, "visitor.erase", "held", {"request_id": request_id})
                return {"request_id": request_id, "held": True}
            objects = [
                str(r[0])
                for r in conn.execute(
                    "SELECT photobooth.record_erasure(%s, %s, %s, %s, %s)",
                    (request_id, METHOD, email_hash, phone_hash, link.visit_id),
                ).fetchall()
                if r[0]
            ]
            # The kiosk that made the link erases its copy even if the visit never reached us.
            conn.execute(
                "INSERT INTO photobooth.erasure_targets (request_id, kiosk_id) VALUES (%s, %s) "
                "ON CONFLICT DO NOTHING",
                (request_id, link.kiosk_id),
            )
            conn.execute(
                "UPDATE photobooth.erasure_requests SET completed_at = NULL WHERE id = %s",
                (request_id,),
            )
            record(
                conn,
                ACTOR,
                "visitor.erase",
                details={"request_id": request_id, "kiosk_id": link.kiosk_id},
            )
        self._delete(objects)
        return {"request_id": request_id}

    def _delete(self, objects: list[str]) -> None:
        if self.bucket is None:
            return
        for key in objects:
            self.bucket.delete(key)
