"""A withdrawal of ``publish_social`` decided at head office, fanned out like an erasure.

Used by the visitor's link (method ``visitor link``) and by the privacy officer acting on a
person's request by email, letter or phone (method ``head office``). Recorded at once: the
consent event, the photo off central storage and onto the take-down list, an audit entry;
the kiosk pulls it on its next sync (``pull_link_withdrawals``) and records the same event.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
from psycopg.rows import tuple_row

from headoffice.office_audit import record

PUBLISH = "publish_social"


def withdraw_publish(
    conn: psycopg.Connection[Any],
    *,
    token_id: str,
    kiosk_id: str,
    visit_id: str,
    method: str,
    channel: str,
    actor: str,
) -> tuple[str | None, list[str]]:
    """Inside the caller's transaction: (the new event id or None if nothing was active,
    the central object keys to delete once it commits)."""
    cur = conn.cursor(row_factory=tuple_row)  # whatever rows the caller's connection makes
    latest = cur.execute(
        "SELECT event FROM photobooth.consent_events WHERE visit_id = %s AND purpose = %s "
        "ORDER BY at DESC, event = 'withdrawn' DESC LIMIT 1",
        (visit_id, PUBLISH),
    ).fetchone()
    if latest is not None and latest[0] != "given":
        return None, []
    event_id = str(uuid.uuid4())
    stored = cur.execute(
        "INSERT INTO photobooth.visitor_actions (token_id, action, kiosk_id, visit_id, event_id, channel) "
        "VALUES (%s, 'withdraw_publish', %s, %s, %s, %s) ON CONFLICT DO NOTHING RETURNING 1",
        (token_id, kiosk_id, visit_id, event_id, channel),
    ).fetchone()
    if stored is None:
        return None, []
    conn.execute(
        "INSERT INTO photobooth.consent_events (id, visit_id, kiosk_id, purpose, event, method, "
        "channel, at, store_id) SELECT %s, %s, %s, %s, 'withdrawn', %s, %s, now(), "
        "(SELECT store_id FROM photobooth.visits WHERE id = %s)",
        (event_id, visit_id, kiosk_id, PUBLISH, method, channel, visit_id),
    )
    objects = [
        str(r[0])
        for r in cur.execute(
            "SELECT photo_object FROM photobooth.visits WHERE id = %s AND photo_object IS NOT NULL",
            (visit_id,),
        ).fetchall()
    ]
    conn.execute(
        "INSERT INTO photobooth.takedowns (visit_id, object_key) SELECT id, photo_object "
        "FROM photobooth.visits WHERE id = %s AND photo_object IS NOT NULL ON CONFLICT DO NOTHING",
        (visit_id,),
    )
    conn.execute("UPDATE photobooth.visits SET photo_object = NULL WHERE id = %s", (visit_id,))
    record(
        conn,
        actor,
        "consent.withdraw_publish",
        details={
            "visit_id": visit_id,
            "kiosk_id": kiosk_id,
            "event_id": event_id,
            "method": method,
        },
    )
    return event_id, objects
