"""A released data folder (tests/fixtures/upgrade/release-N), copied for one test, and the
check that everything its release wrote is still there when today's code opens it."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from booth.paths import DataLayout
from booth.records_file import open_photos, open_records
from consent.audit import AuditLog
from consent.records import visit_contact

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "upgrade"

RECORD_TABLES = (
    "visits",
    "subjects",
    "consents",
    "consent_events",
    "deliveries",
    "delivery_channels",
    "tombstones",
    "audit_log",
    "sync_fleet",
    "sync_photos",
)


def copy_release(number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Released:
    """The release's folder in ``tmp_path``, its test-only key named by PHOTOBOOTH_KEY_FILE
    (inherited by the command-line processes the test starts)."""
    source = FIXTURES / f"release-{number}"
    target = tmp_path / f"release-{number}"
    shutil.copytree(source, target)
    monkeypatch.setenv("PHOTOBOOTH_KEY_BACKEND", "file")
    monkeypatch.setenv("PHOTOBOOTH_KEY_FILE", str(target / "test-only-records.key"))
    manifest = json.loads((target / "manifest.json").read_text())
    return Released(DataLayout(target / "data"), manifest)


class Released:
    def __init__(self, layout: DataLayout, manifest: dict[str, Any]) -> None:
        self.layout = layout
        self.manifest = manifest

    def rows(self, table: str) -> list[dict[str, Any]]:
        return list(self.manifest["tables"][table])

    def people(self) -> list[tuple[str, str]]:
        """(--email or --phone, value) for each person still on file, one visit each."""
        seen: dict[str, tuple[str, str]] = {}
        for visit in self.rows("visits"):
            contact = self.manifest["contacts"][visit["id"]]
            who = (
                ("--email", contact["email"]) if contact["email"] else ("--phone", contact["phone"])
            )
            seen.setdefault(visit["subject_id"], who)
        return list(seen.values())


def _plain(value: Any) -> Any:
    return {"hex": value.hex()} if isinstance(value, bytes) else value


def assert_everything_survives(released: Released, *, audit_grew: bool = False) -> None:
    """Every row the release wrote, column for column (a later format may add columns),
    each contact and photo as the release read them, and an audit chain that verifies
    (``audit_grew``: with entries appended since, by the commands a test ran)."""
    database = open_records(released.layout)
    try:
        for table in RECORD_TABLES:
            cursor = database.conn.execute(f'SELECT * FROM "{table}" ORDER BY 1')
            names = [d[0] for d in cursor.description]
            now = [dict(zip(names, map(_plain, row), strict=True)) for row in cursor]
            then = released.rows(table)
            if table == "audit_log":
                now = now[: len(then)]
            assert len(now) == len(then), f"{table}: {len(then)} rows written, {len(now)} now"
            for old, new in zip(then, now, strict=True):
                assert {k: new.get(k) for k in old} == old, f"{table} row {old.get('id')}"
        meta = dict(database.conn.execute("SELECT key, value FROM meta").fetchall())
        for row in released.rows("meta"):
            if audit_grew and row["key"] == "audit_seal":
                continue  # the seal moves with each new entry
            assert meta[row["key"]] == row["value"], f"meta {row['key']}"
        photos = open_photos(released.layout, database)
        for visit in released.rows("visits"):
            contact = visit_contact(database, visit["id"])
            held = released.manifest["contacts"][visit["id"]]
            assert (contact.name, contact.email, contact.phone) == (
                held["name"],
                held["email"],
                held["phone"],
            )
            if visit["photo_file"]:
                photo = photos.read(visit["photo_file"])
                assert hashlib.sha256(photo).hexdigest() == released.manifest["photos"][visit["id"]]
        verification = AuditLog(database).verify()
        assert verification.ok, verification.problem
        if audit_grew:
            assert verification.entries > released.manifest["audit"]["entries"]
        else:
            assert verification.entries == released.manifest["audit"]["entries"]
            assert verification.head == released.manifest["audit"]["head"]
    finally:
        database.close()


def pre_upgrade_copies(layout: DataLayout) -> list[Path]:
    return sorted(layout.root.glob("records.sqlite3.pre-upgrade-*"))
