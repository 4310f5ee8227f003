"""The fleet at a glance: each kiosk's health as its last sync reported it (issue #19).

One row per kiosk from what sync already brings: the heartbeat's report (version, camera,
outbox depth, paused channels, free disk), its time (the last sync), the latest audit-log
head, and the kiosk's store (id and display name as its heartbeat reports them; an older
kiosk's: the store of its latest visit). The store filter takes an id or a name. A kiosk is
stale after three missed sync intervals. Stale kiosks come first and a page is cut in SQL, so the per-kiosk lookups (the
latest visit, the latest audit head: one index probe each) run for one page only, however
large the fleet; a store filter needs every kiosk's store, so it probes them all.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from psycopg.rows import dict_row

MISSED_INTERVALS = 3

# The store the kiosk reports in its heartbeat (migration 6), else its latest visit's.
STORE = (
    "coalesce(k.store_id, (SELECT store_id FROM photobooth.visits y "
    "WHERE y.kiosk_id = k.kiosk_id ORDER BY created_at DESC LIMIT 1))"
)
STALE = "(k.revoked_at IS NULL AND (h.at IS NULL OR h.at < %(stale_before)s))"


def fleet_page(
    conn: psycopg.Connection[Any],
    *,
    interval_s: int = 300,
    store: str | None = None,
    page: int = 1,
    per_page: int = 100,
    now: datetime | None = None,
) -> dict[str, Any]:
    """One page of kiosks (stale first), and the counts of the whole (filtered) fleet."""
    cur = conn.cursor(row_factory=dict_row)
    moment = now or datetime.now(UTC)
    params: dict[str, Any] = {
        "stale_before": moment - timedelta(seconds=MISSED_INTERVALS * interval_s),
        "store": store,
    }
    where = f" WHERE ({STORE} = %(store)s OR k.store_name = %(store)s)" if store else ""
    counts = cur.execute(
        f"SELECT count(*) AS total, count(*) FILTER (WHERE {STALE}) AS stale "
        f"FROM photobooth.kiosks k LEFT JOIN photobooth.heartbeats h USING (kiosk_id){where}",
        params,
    ).fetchone()
    total = int(counts["total"]) if counts else 0
    pages = max(1, -(-total // per_page))
    page = min(max(page, 1), pages)
    rows = cur.execute(
        f"SELECT k.kiosk_id, k.revoked_at IS NOT NULL AS revoked, h.at AS last_sync, h.report, "
        f"{STALE} AS stale, a.seq AS audit_seq, a.hash AS audit_hash, {STORE} AS store_id, k.store_name "
        "FROM photobooth.kiosks k LEFT JOIN photobooth.heartbeats h USING (kiosk_id) "
        "LEFT JOIN LATERAL (SELECT seq, hash FROM photobooth.audit_heads x "
        "  WHERE x.kiosk_id = k.kiosk_id ORDER BY id DESC LIMIT 1) a ON true"
        f"{where} ORDER BY {STALE} DESC, k.revoked_at IS NOT NULL, k.kiosk_id "
        "LIMIT %(limit)s OFFSET %(offset)s",
        {**params, "limit": per_page, "offset": (page - 1) * per_page},
    ).fetchall()
    for row in rows:
        report = row.pop("report") or {}
        row["version"] = report.get("app_version")
        row["camera_state"] = report.get("camera_state")
        row["outbox_depth"] = report.get("outbox_depth")
        row["oldest_queued_s"] = report.get("oldest_queued_s")
        row["paused_channels"] = report.get("paused_channels")
        free = report.get("disk_free_bytes")
        row["disk_free_gb"] = round(free / 1e9, 1) if isinstance(free, int | float) else None
    return {
        "kiosks": rows,
        "total": total,
        "stale": int(counts["stale"]) if counts else 0,
        "page": page,
        "pages": pages,
    }
