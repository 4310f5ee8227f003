"""Legal holds at head office: keep a person's records, whatever else is asked (issue #19).

A hold names a person by keyed hash (email, phone) or one visit, with a reason. While it is
active, head office erases nothing of that person: ``central erase`` and the console refuse
with the reason, a visitor's "delete" through their link becomes a held request the privacy
officer decides after release, and head office's retention sweep skips the person.
Each kiosk that held the person pulls the hold on its next sync and holds them too (its own
erasure and retention stop), and later the release; a visit that reaches head office after the
hold was placed is covered at head office but its kiosk is not told.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
from psycopg.rows import dict_row, tuple_row

from headoffice.office_audit import record
from wire.postgres import CentralError

ACTIVE = """
SELECT h.reason FROM photobooth.legal_holds h
 WHERE h.released_at IS NULL AND (
       (h.visit_id IS NOT NULL AND h.visit_id = ANY(%(visits)s))
    OR (h.email_hash IS NOT NULL AND h.email_hash = ANY(%(emails)s))
    OR (h.phone_hash IS NOT NULL AND h.phone_hash = ANY(%(phones)s)))
 LIMIT 1
"""


def hold_reason(
    conn: psycopg.Connection[Any],
    email_hash: str | None = None,
    phone_hash: str | None = None,
    visit_id: str | None = None,
) -> str | None:
    """The reason of an active hold over this person (any of their visits), or None."""
    cur = conn.cursor(row_factory=tuple_row)
    visits = cur.execute(
        "SELECT id::text, email_hash, phone_hash FROM photobooth.visits v WHERE v.id = %s::uuid "
        "OR (%s::text IS NOT NULL AND v.email_hash = %s) OR (%s::text IS NOT NULL AND v.phone_hash = %s)",
        (visit_id, email_hash, email_hash, phone_hash, phone_hash),
    ).fetchall()
    ids = {r[0] for r in visits} | ({visit_id} if visit_id else set())
    emails = {r[1] for r in visits if r[1]} | ({email_hash} if email_hash else set())
    phones = {r[2] for r in visits if r[2]} | ({phone_hash} if phone_hash else set())
    row = cur.execute(
        ACTIVE, {"visits": sorted(ids), "emails": sorted(emails), "phones": sorted(phones)}
    ).fetchone()
    return str(row[0]) if row else None


def place(
    conn: psycopg.Connection[Any],
    actor: str,
    reason: str,
    *,
    email_hash: str | None = None,
    phone_hash: str | None = None,
    visit_id: str | None = None,
) -> str:
    reason = reason.strip()
    if not reason:
        raise CentralError("a legal hold needs a reason")
    hold_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO photobooth.legal_holds (id, email_hash, phone_hash, visit_id, reason, placed_by) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        (hold_id, email_hash, phone_hash, visit_id, reason, actor),
    )
    targets = conn.execute(
        "INSERT INTO photobooth.legal_hold_targets (hold_id, kiosk_id) "
        "SELECT DISTINCT %s::uuid, kiosk_id FROM photobooth.visits v WHERE v.id = %s::uuid "
        "OR (%s::text IS NOT NULL AND v.email_hash = %s) OR (%s::text IS NOT NULL AND v.phone_hash = %s)",
        (hold_id, visit_id, email_hash, email_hash, phone_hash, phone_hash),
    ).rowcount
    record(conn, actor, "legal_hold.place", details={"hold_id": hold_id, "kiosks": targets})
    return hold_id


def release(conn: psycopg.Connection[Any], actor: str, hold_id: str) -> None:
    try:
        row = conn.execute(
            "UPDATE photobooth.legal_holds SET released_at = now(), released_by = %s "
            "WHERE id = %s::uuid AND released_at IS NULL RETURNING id",
            (actor, hold_id),
        ).fetchone()
    except psycopg.errors.InvalidTextRepresentation:
        raise CentralError(f"'{hold_id}' is not a hold id") from None
    if row is None:
        raise CentralError(f"no active legal hold {hold_id}")
    conn.execute(
        "UPDATE photobooth.legal_hold_targets SET released = true, acknowledged_at = NULL "
        "WHERE hold_id = %s::uuid",
        (hold_id,),
    )
    record(conn, actor, "legal_hold.release", details={"hold_id": hold_id})


def active(conn: psycopg.Connection[Any]) -> list[dict[str, Any]]:
    """Active holds, newest first: ids, reasons, who and when (never a hash of a person)."""
    cur = conn.cursor(row_factory=dict_row)
    return cur.execute(
        "SELECT id::text, reason, placed_by, placed_at, visit_id::text AS visit_id "
        "FROM photobooth.legal_holds WHERE released_at IS NULL ORDER BY placed_at DESC"
    ).fetchall()
