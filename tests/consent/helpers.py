"""Small builders shared by the privacy tests: real records files, real CLI processes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.notices import current_notice
from consent.photos import PhotoStore
from consent.records import KioskIdentity, RecordsStore, SubmittedVisit, VisitDraft

IDENTITY = KioskIdentity("store-9", "kiosk-3", "Test Store", "privacy@test.example", "US")
JPEG = b"\xff\xd8\xff\xe0fake-jpeg-body-" + bytes(range(256)) * 4 + b"\xff\xd9"
CLI = [sys.executable, "-m", "kiosk"]


def visit(
    layout: DataLayout,
    name: str = "Ada Lovelace",
    email: str | None = "ada@example.com",
    phone: str | None = None,
    *,
    publish: bool = False,
    now: datetime | None = None,
    photo: bytes = JPEG,
) -> SubmittedVisit:
    channels = tuple(c for c, v in (("email", email), ("sms", phone)) if v)
    database = open_records(layout)
    try:
        store = RecordsStore(database, PhotoStore(layout.photos, database.vault), IDENTITY)
        draft = VisitDraft(name, email, phone, channels, publish, "en", photo)
        return store.submit(draft, current_notice("en"), now=now)
    finally:
        database.close()


def mark_sent(layout: DataLayout, visit_id: str, at: str) -> None:
    database = open_records(layout)
    try:
        database.conn.execute(
            "UPDATE deliveries SET status = 'sent', sent_at = ?, updated_at = ? WHERE visit_id = ?",
            (at, at, visit_id),
        )
    finally:
        database.close()


def cli(
    layout: DataLayout, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [*CLI, *args, "--data-dir", str(layout.root)],
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
        env={**os.environ},
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def scalar(layout: DataLayout, sql: str, *args: object) -> object:
    database = open_records(layout)
    try:
        return database.conn.execute(sql, args).fetchone()[0]
    finally:
        database.close()


def encodings(secret: str) -> list[bytes]:
    """The ways a string could sit in a file: UTF-8, and UTF-16 either way round."""
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def files_under(*roots: Path) -> list[Path]:
    out: list[Path] = []
    for root in roots:
        if root.is_file():
            out.append(root)
        elif root.is_dir():
            out.extend(p for p in root.rglob("*") if p.is_file())
    return out


def find_secrets(paths: list[Path], secrets: list[str]) -> list[str]:
    hits = []
    for path in paths:
        data = path.read_bytes()
        for secret in secrets:
            for form in encodings(secret):
                if form in data:
                    hits.append(f"{secret!r} in {path.name}")
    return hits
