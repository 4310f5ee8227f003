"""Everything the kiosk holds about one person, as one portable document (P5: access, portability).

``records export`` writes a zip: ``subject.json`` (this module's document,
schema ``photobooth-kiosk/subject-export`` version 1, described field by field
in docs/privacy.md) and ``photos/<visit id>.jpg`` for every photo still held,
decrypted. JSON and JPEG: structured, commonly used, machine-readable.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

from consent.clock import iso, utcnow
from consent.database import Database
from consent.ledger import ConsentState, consents_of_visits
from consent.photos import PhotoStore
from consent.records import KioskIdentity, open_contact

SCHEMA = "photobooth-kiosk/subject-export"
SCHEMA_VERSION = 1


def _consent(state: ConsentState) -> dict[str, Any]:
    r = state.record
    withdrawn = state.withdrawn
    return {
        "record_id": r["id"],
        "subject_id": r["subject_id"],
        "purpose": r["purpose"],
        "given": bool(r["given"]),
        "state": state.state,
        "legal_basis": r["legal_basis"],
        "notice": {
            "id": r["notice_id"],
            "version": r["notice_version"],
            "sha256": r["notice_sha256"],
            "language": r["notice_language"],
        },
        "wording": r["wording"],
        "method": r["method"],
        "timestamp": r["created_at"],
        "store_id": r["store_id"],
        "kiosk_id": r["kiosk_id"],
        "jurisdiction": r["jurisdiction"],
        "withdrawn_at": withdrawn["at"] if withdrawn else None,
        "withdrawal_channel": withdrawn["channel"] if withdrawn else None,
        "events": [
            {"id": e["id"], "event": e["event"], "at": e["at"], "channel": e["channel"]}
            for e in state.events
        ],
    }


def photo_entry_name(visit_id: str) -> str:
    return f"photos/{visit_id}.jpg"


def subject_document(
    database: Database, subject_id: str, controller: KioskIdentity | None = None
) -> dict[str, Any]:
    """The export document for one subject (also what ``records find`` summarises)."""
    conn = database.conn
    subject = conn.execute(
        "SELECT id, created_at, restricted_at, hold_at, hold_reason FROM subjects WHERE id = ?",
        (subject_id,),
    ).fetchone()
    if subject is None:
        raise LookupError(f"subject {subject_id} does not exist")
    visit_rows = conn.execute(
        "SELECT id, created_at, store_id, kiosk_id, language, status, pii_removed_at, photo_file, "
        "name_enc, email_enc, phone_enc FROM visits WHERE subject_id = ? ORDER BY created_at",
        (subject_id,),
    ).fetchall()
    visit_ids = [v[0] for v in visit_rows]
    consents = consents_of_visits(conn, visit_ids)
    deliveries: dict[str, list[dict[str, Any]]] = {}
    if visit_ids:
        for d in conn.execute(
            "SELECT id, visit_id, channel, status, attempts, created_at, sent_at FROM deliveries "
            f"WHERE visit_id IN ({','.join('?' * len(visit_ids))}) ORDER BY created_at",
            visit_ids,
        ):
            deliveries.setdefault(d[1], []).append(
                {
                    "id": d[0],
                    "channel": d[2],
                    "status": d[3],
                    "attempts": d[4],
                    "created_at": d[5],
                    "sent_at": d[6],
                }
            )
    visits = []
    for v in visit_rows:
        contact = open_contact(database, v[0], (v[8], v[9], v[10]))
        visits.append(
            {
                "id": v[0],
                "created_at": v[1],
                "store_id": v[2],
                "kiosk_id": v[3],
                "language": v[4],
                "status": v[5],
                "data_removed_at": v[6],
                "name": contact.name,
                "email": contact.email,
                "phone": contact.phone,
                "photo": photo_entry_name(v[0]) if v[7] else None,
                "consents": [_consent(c) for c in consents.get(v[0], [])],
                "deliveries": deliveries.get(v[0], []),
            }
        )
    requests = [
        {"at": r[0], "action": r[1], "outcome": r[2]}
        for r in conn.execute(
            "SELECT created_at, action, outcome FROM audit_log WHERE subject_id = ? ORDER BY seq",
            (subject_id,),
        )
    ]
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "generated_at": iso(utcnow()),
        "controller": None
        if controller is None
        else {
            "store_id": controller.store_id,
            "store_name": controller.store_name,
            "kiosk_id": controller.kiosk_id,
            "privacy_contact": controller.privacy_contact,
            "jurisdiction": controller.jurisdiction,
        },
        "subject": {
            "id": subject[0],
            "created_at": subject[1],
            "restricted_at": subject[2],
            "legal_hold": None
            if subject[3] is None
            else {"since": subject[3], "reason": subject[4]},
        },
        "visits": visits,
        "requests": requests,
    }


def write_subject_zip(
    database: Database,
    photos: PhotoStore,
    subject_id: str,
    out_dir: Path,
    controller: KioskIdentity | None = None,
) -> tuple[Path, int]:
    """Write ``subject-<id>.zip`` into ``out_dir`` (0600); return its path and the photo count."""
    document = subject_document(database, subject_id, controller)
    photo_files = dict(
        database.conn.execute(
            "SELECT id, photo_file FROM visits WHERE subject_id = ? AND photo_file IS NOT NULL",
            (subject_id,),
        ).fetchall()
    )
    buffer = io.BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "subject.json",
            json.dumps(document, indent=2, ensure_ascii=False),
            compress_type=zipfile.ZIP_DEFLATED,
        )
        for visit_id, name in photo_files.items():
            try:
                data = photos.read(name)
            except FileNotFoundError:
                continue
            archive.writestr(photo_entry_name(visit_id), data, compress_type=zipfile.ZIP_STORED)
            count += 1
    target = out_dir / f"subject-{subject_id}.zip"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(buffer.getvalue())
    return target, count
