"""The fleet at a glance: each kiosk's health as its last sync reported it (issue #19).

One row per kiosk from what sync already brings: the heartbeat's report (version, camera,
outbox depth, free disk), its time (the last sync), the latest audit-log head, and the
store of the kiosk's latest visit. A kiosk is stale after three missed sync intervals.
One query, so the page stays fast with thousands of kiosks and millions of visits (each
kiosk's latest visit and audit head are one index probe each).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import psycopg

MISSED_INTERVALS = 3

FLEET_SQL = """
SELECT k.kiosk_id, k.revoked_at IS NOT NULL AS revoked, h.at AS last_sync, h.report,
       a.seq AS audit_seq, a.hash AS audit_hash, v.store_id
  FROM photobooth.kiosks k
  LEFT JOIN photobooth.heartbeats h USING (kiosk_id)
  LEFT JOIN LATERAL (SELECT seq, hash FROM photobooth.audit_heads x
                      WHERE x.kiosk_id = k.kiosk_id ORDER BY id DESC LIMIT 1) a ON true
  LEFT JOIN LATERAL (SELECT store_id FROM photobooth.visits y
                      WHERE y.kiosk_id = k.kiosk_id ORDER BY created_at DESC LIMIT 1) v ON true
"""


def fleet_rows(
    conn: psycopg.Connection[dict[str, Any]],
    *,
    interval_s: int = 300,
    store: str | None = None,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    moment = now or datetime.now(UTC)
    where, args = ("", []) if not store else (" WHERE v.store_id = %s", [store])
    rows = conn.execute(f"{FLEET_SQL}{where} ORDER BY k.kiosk_id", args).fetchall()
    for row in rows:
        report = row.pop("report") or {}
        last = row["last_sync"]
        row["stale"] = not row["revoked"] and (
            last is None or (moment - last).total_seconds() > MISSED_INTERVALS * interval_s
        )
        row["version"] = report.get("app_version")
        row["camera_state"] = report.get("camera_state")
        row["outbox_depth"] = report.get("outbox_depth")
        row["oldest_queued_s"] = report.get("oldest_queued_s")
        row["paused_channels"] = report.get("paused_channels")
        free = report.get("disk_free_bytes")
        row["disk_free_gb"] = round(free / 1e9, 1) if isinstance(free, int | float) else None
    return rows
