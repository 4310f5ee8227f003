"""The consent ledger: consent records and their append-only events (P2, P3, P9).

A consent record (table ``consents``) is written once, at the kiosk, per purpose
and visit, given or not, with everything a consent record standard asks for
(ISO/IEC TS 27560, Kantara consent receipt): record id, pseudonymous subject
id, purpose, legal basis, notice id + version + SHA-256 + language, the exact
wording shown, method, UTC time, store, kiosk, jurisdiction. SQLite refuses to
update it. What happens afterwards is an event (``given``, ``withdrawn``) with
its own time and channel, so the history is never rewritten.

Withdrawing is as easy as giving (P3): one call, from the manager's tools now,
and the same call for a link in the delivery message later.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from consent.clock import iso, utcnow
from consent.database import Database

CHANNELS = (
    "manager-cli",
    "admin-screen",
    "message-link",
    "visitor-link",  # the link in the visitor's message, through head office (issue #19)
    "email",
    "phone",
    "in-store",
    "letter",
)


class ConsentError(Exception):
    """A withdrawal that cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class ConsentState:
    record: dict[str, Any]
    events: list[dict[str, Any]]

    @property
    def withdrawn(self) -> dict[str, Any] | None:
        return next((e for e in self.events if e["event"] == "withdrawn"), None)

    @property
    def state(self) -> str:
        if not self.record["given"]:
            return "not_given"
        return "withdrawn" if self.withdrawn else "active"


def consents_of_visits(
    conn: sqlite3.Connection, visit_ids: list[str]
) -> dict[str, list[ConsentState]]:
    """Consent records and their events, per visit, in purpose order."""
    if not visit_ids:
        return {}
    marks = ",".join("?" * len(visit_ids))
    conn_rows = conn.execute(
        f"SELECT * FROM consents WHERE visit_id IN ({marks}) ORDER BY purpose", visit_ids
    )
    names = [d[0] for d in conn_rows.description]
    records = [dict(zip(names, r, strict=True)) for r in conn_rows.fetchall()]
    events: dict[str, list[dict[str, Any]]] = {}
    if records:
        ids = [r["id"] for r in records]
        cur = conn.execute(
            f"SELECT * FROM consent_events WHERE consent_id IN ({','.join('?' * len(ids))}) "
            "ORDER BY created_at",
            ids,
        )
        enames = [d[0] for d in cur.description]
        for row in cur.fetchall():
            event = dict(zip(enames, row, strict=True))
            events.setdefault(event["consent_id"], []).append(event)
    out: dict[str, list[ConsentState]] = {}
    for record in records:
        out.setdefault(record["visit_id"], []).append(
            ConsentState(record, events.get(record["id"], []))
        )
    return out


class ConsentLedger:
    def __init__(self, database: Database, store_id: str, kiosk_id: str) -> None:
        self.database = database
        self.store_id = store_id
        self.kiosk_id = kiosk_id

    def withdraw_in_transaction(
        self,
        subject_id: str,
        purpose: str,
        channel: str,
        *,
        visit_id: str | None = None,
        now: datetime | None = None,
        event_id: str | None = None,
    ) -> list[str]:
        """Record a withdrawal for every active consent of ``purpose``; return the visit ids.

        Runs inside the caller's transaction so the audit entry commits with it. ``event_id``
        names the event when head office recorded it first (one visit's one consent), so
        the event pushed back is the same one, not a second.
        """
        if channel not in CHANNELS:
            raise ConsentError(
                f"unknown withdrawal channel '{channel}' (one of {', '.join(CHANNELS)})"
            )
        conn = self.database.conn
        moment = iso(now or utcnow())
        bases = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT legal_basis FROM consents WHERE subject_id = ? AND purpose = ?",
                (subject_id, purpose),
            )
        }
        if bases and bases != {"consent"}:
            raise ConsentError(
                f"'{purpose}' does not rest on consent ({', '.join(sorted(b or '?' for b in bases))}); "
                "to stop it use `records restrict` or `records erase`"
            )
        sql = (
            "SELECT c.id, c.visit_id FROM consents c WHERE c.subject_id = ? AND c.purpose = ? "
            "AND c.given = 1 AND NOT EXISTS (SELECT 1 FROM consent_events e "
            "WHERE e.consent_id = c.id AND e.event = 'withdrawn')"
        )
        args: list[Any] = [subject_id, purpose]
        if visit_id:
            sql += " AND c.visit_id = ?"
            args.append(visit_id)
        active = conn.execute(sql, args).fetchall()
        for consent_id, _visit in active:
            conn.execute(
                "INSERT INTO consent_events (id, consent_id, event, channel, at, store_id, kiosk_id, "
                "created_at) VALUES (?, ?, 'withdrawn', ?, ?, ?, ?, ?)",
                (
                    event_id if event_id and len(active) == 1 else str(uuid.uuid4()),
                    consent_id,
                    channel,
                    moment,
                    self.store_id,
                    self.kiosk_id,
                    moment,
                ),
            )
        visits = [v for _c, v in active]
        if purpose == "publish_social" and visits:
            conn.execute(
                f"UPDATE visits SET publish_active = 0 WHERE id IN ({','.join('?' * len(visits))})",
                visits,
            )
        return visits
