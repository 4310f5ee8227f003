"""Legal holds by holder: the store's manager, and each of head office's holds, apart.

A person may be held by the store (the manager's own hold) and by one or more of head
office's legal holds at once. Each holder places and lifts only its own hold; the person
stays held while any is left. ``subjects.hold_at`` (the earliest hold still standing) and
``hold_reason`` (every standing reason, the store's first) are what erasure, retention
and the records show, so they are recomputed here after every change, inside the
caller's transaction.
"""

from __future__ import annotations

from typing import Any

STORE = "store"
LEGACY = "before-holders"  # placed before holders were told apart: any release lifts it
HEAD_OFFICE_PREFIX = "head-office:"


def head_office(hold_id: str) -> str:
    """The holder name of one head-office legal hold."""
    return f"{HEAD_OFFICE_PREFIX}{hold_id}"


def place(conn: Any, subject_id: str, holder: str, reason: str, moment: str) -> None:
    conn.execute(
        "INSERT INTO subject_holds (subject_id, holder, reason, at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (subject_id, holder) DO UPDATE SET reason = excluded.reason",
        (subject_id, holder, reason, moment),
    )
    _settle(conn, subject_id, moment)


def lift(conn: Any, subject_id: str, holder: str, moment: str) -> int:
    """Remove ``holder``'s hold (and a hold from before holders); returns how many went."""
    gone = conn.execute(
        "DELETE FROM subject_holds WHERE subject_id = ? AND holder IN (?, ?)",
        (subject_id, holder, LEGACY),
    ).rowcount
    _settle(conn, subject_id, moment)
    return int(gone)


def others(conn: Any, subject_id: str, holder: str) -> list[str]:
    """The reasons of holds other than ``holder``'s still standing on the person."""
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT reason FROM subject_holds WHERE subject_id = ? AND holder NOT IN (?, ?) "
            "ORDER BY at",
            (subject_id, holder, LEGACY),
        ).fetchall()
    ]


def _settle(conn: Any, subject_id: str, moment: str) -> None:
    rows = conn.execute(
        "SELECT holder, reason, at FROM subject_holds WHERE subject_id = ? "
        "ORDER BY holder != ?, at",
        (subject_id, STORE),
    ).fetchall()
    if rows:
        since = min(str(r[2]) for r in rows)
        reason = "; ".join(dict.fromkeys(str(r[1]) for r in rows if r[1]))
        conn.execute(
            "UPDATE subjects SET hold_at = ?, hold_reason = ?, updated_at = ? WHERE id = ?",
            (since, reason, moment, subject_id),
        )
    else:
        conn.execute(
            "UPDATE subjects SET hold_at = NULL, hold_reason = NULL, updated_at = ? WHERE id = ?",
            (moment, subject_id),
        )
