"""Head office's own audit log: who at head office, or which kiosk, asked for what (P7).

Kiosk-originated erasure requests are written here by the central functions themselves
(``push_erasures``); head office's own decisions (approve, decline, a policy change, an
erasure) by the services below. Entries hold ids and counts, never a hash of a person's
email or phone and never contact data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import psycopg
from psycopg.rows import dict_row

from wire.postgres import connect


def record(
    conn: psycopg.Connection[Any],
    actor: str,
    action: str,
    outcome: str = "ok",
    details: Mapping[str, Any] | None = None,
) -> None:
    """Append inside the caller's transaction, so the entry commits with the change."""
    conn.execute(
        "INSERT INTO photobooth.office_audit (actor, action, outcome, details) VALUES (%s, %s, %s, %s)",
        (actor, action, outcome, json.dumps(dict(details or {}), sort_keys=True)),
    )


def entries(dsn: str, limit: int = 200) -> list[dict[str, Any]]:
    """The latest entries, oldest first."""
    with connect(dsn, row_factory=dict_row) as conn:
        rows = conn.execute(
            "SELECT seq, at, actor, action, outcome, details FROM photobooth.office_audit "
            "ORDER BY seq DESC LIMIT %s",
            (limit,),
        ).fetchall()
    for row in rows:
        row["at"] = row["at"].isoformat()
    return list(reversed(rows))
