"""The social team's package: photos they may publish, and photos they must take down (P2, P3).

``records export-consented --out DIR`` writes ``DIR/consented-<time>/`` with

* ``photos/<visit id>.jpg``: every photo whose publish consent is active now
  (given, not withdrawn, not restricted, not erased or expired), decrypted;
* ``manifest.json``: one entry per photo with the consent record that allows it
  (record id, time, notice version and hash, exact wording) and whether it is
  new since the previous package;
* ``takedown.json``: photos handed over in an earlier package whose consent is
  no longer active (withdrawn, erased, restricted, expired), each listed once,
  in the first package after the change.

No names, addresses or numbers are included: the social team needs the photo
and the proof of consent, nothing else (P8).
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from consent.audit import AuditLog
from consent.clock import iso, utcnow
from consent.database import Database
from consent.files import write_file_durably
from consent.photos import PhotoStore

SCHEMA = "photobooth-kiosk/consented-export"

PUBLISHABLE_SQL = """
SELECT v.id, v.photo_file, c.id, c.created_at, c.notice_id, c.notice_version, c.notice_sha256,
       c.notice_language, c.wording, v.store_id, v.kiosk_id
  FROM visits v
  JOIN consents c ON c.visit_id = v.id AND c.purpose = 'publish_social' AND c.given = 1
  LEFT JOIN subjects s ON s.id = v.subject_id
 WHERE v.publish_active = 1 AND v.pii_removed_at IS NULL AND v.photo_file IS NOT NULL
   AND NOT (s.restricted_at IS NOT NULL AND v.created_at <= s.restricted_at)
   AND NOT EXISTS (SELECT 1 FROM consent_events e WHERE e.consent_id = c.id AND e.event = 'withdrawn')
 ORDER BY v.created_at
"""


class PackageError(Exception):
    """The package cannot be written as asked (no such folder)."""


@dataclass(frozen=True)
class ConsentedPackage:
    folder: Path
    photos: int
    new: int
    takedowns: int


def _reason(conn: Any, visit_id: str) -> str:
    row = conn.execute(
        "SELECT v.pii_removed_at, v.created_at, s.restricted_at FROM visits v "
        "LEFT JOIN subjects s ON s.id = v.subject_id WHERE v.id = ?",
        (visit_id,),
    ).fetchone()
    if row is None:
        return "erased"
    if row[0] is not None:
        return "expired"
    if row[2] is not None and row[1] <= row[2]:
        return "restricted"
    return "withdrawn"


def export_consented(
    database: Database, photos: PhotoStore, out_dir: Path, actor: str, now: datetime | None = None
) -> ConsentedPackage:
    if not out_dir.is_dir():
        raise PackageError(f"the output folder {out_dir} does not exist")
    moment = now or utcnow()
    stamp = iso(moment)
    export_id = str(uuid.uuid4())
    conn = database.conn
    folder = out_dir / f"consented-{moment.strftime('%Y%m%dT%H%M%S%fZ')}"
    (folder / "photos").mkdir(parents=True)
    if os.name == "posix":
        folder.chmod(0o700)
    already = {
        r[0]: r[1] for r in conn.execute("SELECT visit_id, first_exported_at FROM published_items")
    }
    entries = []
    for row in conn.execute(PUBLISHABLE_SQL).fetchall():
        visit_id, photo_file = row[0], row[1]
        try:
            data = photos.read(photo_file)
        except FileNotFoundError:
            continue
        name = f"photos/{visit_id}.jpg"
        write_file_durably(folder / name, data)
        entries.append(
            {
                "file": name,
                "visit_id": visit_id,
                "new": visit_id not in already,
                "consent": {
                    "record_id": row[2],
                    "given_at": row[3],
                    "notice": {
                        "id": row[4],
                        "version": row[5],
                        "sha256": row[6],
                        "language": row[7],
                    },
                    "wording": row[8],
                    "store_id": row[9],
                    "kiosk_id": row[10],
                },
            }
        )
    publishable = {e["visit_id"] for e in entries}
    last = conn.execute("SELECT max(created_at) FROM consented_exports").fetchone()[0]
    takedown = []
    for visit_id, file_name, first_at in conn.execute(
        "SELECT visit_id, file_name, first_exported_at FROM published_items "
        "WHERE takedown_at IS NULL ORDER BY first_exported_at"
    ).fetchall():
        if visit_id in publishable:
            continue
        takedown.append(
            {
                "file": file_name,
                "visit_id": visit_id,
                "reason": _reason(conn, visit_id),
                "first_exported_at": first_at,
            }
        )
    common = {"schema": SCHEMA, "schema_version": 1, "export_id": export_id, "generated_at": stamp}
    write_file_durably(
        folder / "manifest.json",
        json.dumps({**common, "photos": entries}, indent=2, ensure_ascii=False).encode(),
    )
    write_file_durably(
        folder / "takedown.json",
        json.dumps(
            {**common, "previous_export_at": last, "takedown": takedown},
            indent=2,
            ensure_ascii=False,
        ).encode(),
    )
    new = [e for e in entries if e["new"]]
    with database.transaction():
        conn.executemany(
            "INSERT OR IGNORE INTO published_items (visit_id, consent_id, file_name, first_export_id, "
            "first_exported_at) VALUES (?, ?, ?, ?, ?)",
            [(e["visit_id"], e["consent"]["record_id"], e["file"], export_id, stamp) for e in new],
        )
        conn.executemany(
            "UPDATE published_items SET takedown_export_id = ?, takedown_at = ?, takedown_reason = ? "
            "WHERE visit_id = ?",
            [(export_id, stamp, t["reason"], t["visit_id"]) for t in takedown],
        )
        conn.execute(
            "INSERT INTO consented_exports (id, created_at, photos, takedowns) VALUES (?, ?, ?, ?)",
            (export_id, stamp, len(entries), len(takedown)),
        )
        AuditLog(database).append_in_transaction(
            "records.export_consented",
            actor=actor,
            details={
                "export_id": export_id,
                "photos": len(entries),
                "new": len(new),
                "takedowns": len(takedown),
            },
            now=moment,
        )
    return ConsentedPackage(folder, len(entries), len(new), len(takedown))
