"""The kiosk-side sync figures of bench/sync.py: catch-up after a week offline, erasure propagation."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from booth.central_sync import sync_once
from booth.paths import DataLayout
from booth.records_file import open_records
from booth.settings import Settings, save_settings
from consent.notices import current_notice
from consent.photos import PhotoStore
from consent.records import KioskIdentity, RecordsStore, VisitDraft
from headoffice.admin import add_kiosk, migrate
from headoffice.office import HeadOffice, Subject
from sync.client import SyncLoop
from tests.support.s3 import start_s3
from wire.postgres import connect
from wire.sealing import HeadOfficeKeys

PHOTO = b"\xff\xd8" + os.urandom(180_000) + b"\xff\xd9"  # about the size of a delivered photo


def _database(server: Any, name: str) -> str:
    with connect(server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    dsn: str = server.dsn(dbname=name)
    migrate(dsn)
    return dsn


def _kiosk(
    root: Path, dsn: str, keys: HeadOfficeKeys, name: str, s3: Any, bucket: str
) -> tuple[DataLayout, Settings]:
    creds = add_kiosk(dsn, name, keys)
    layout = DataLayout(root / name).create()
    base = Settings()
    settings = base.model_copy(
        update={
            "store": base.store.model_copy(update={"kiosk_id": name}),
            "central": base.central.model_copy(
                update={
                    "dsn": creds.dsn,
                    "fleet_key": creds.fleet_key,
                    "head_office_public_key": creds.head_office_public_key,
                    "bucket": bucket,
                    "endpoint_url": s3.endpoint_url,
                    "region": s3.region,
                    "access_key_id": s3.access_key_id,
                    "secret_access_key": s3.secret_access_key,
                }
            ),
        }
    )
    save_settings(layout.settings_file, settings)
    return layout, settings


def _visits(
    layout: DataLayout, settings: Settings, n: int, consented: int, people: int | None = None
) -> None:
    database = open_records(layout)
    try:
        store = RecordsStore(
            database,
            PhotoStore(layout.photos, database.vault),
            KioskIdentity("store", settings.store.kiosk_id, "Store", "privacy@store.example", "US"),
        )
        notice = current_notice("en")
        for i in range(n):
            who = i % people if people else i
            draft = VisitDraft(
                f"Visitor {who}",
                f"visitor{who}@example.com",
                None,
                ("email",),
                i < consented,
                "en",
                PHOTO,
            )
            store.submit(draft, notice)
    finally:
        database.close()


def bench_catchup(server: Any, keys: HeadOfficeKeys, root: Path, quick: bool = False) -> float:
    visits, consented = (300, 50) if quick else (3000, 500)
    s3 = start_s3()
    try:
        s3.create_bucket("catchup")
        dsn = _database(server, "catchup")
        layout, settings = _kiosk(root / "catchup", dsn, keys, "week-offline", s3, "catchup")
        t = time.perf_counter()
        _visits(layout, settings, visits, consented)
        print(f"catch-up: {visits} visits made in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        started = time.perf_counter()
        report = sync_once(layout, settings, settings.central.dsn)
        elapsed = time.perf_counter() - started
        print(f"catch-up: pushed {report['pushed']} in {elapsed:.1f} s", file=sys.stderr)
        return elapsed
    finally:
        s3.stop()


def bench_erasure_propagation(
    server: Any, keys: HeadOfficeKeys, root: Path, kiosks: int = 3
) -> float:
    s3 = start_s3()
    loops: list[SyncLoop] = []
    try:
        s3.create_bucket("propagation")
        dsn = _database(server, "propagation")
        fleet = [
            _kiosk(root / "propagation", dsn, keys, f"k{i}", s3, "propagation")
            for i in range(kiosks)
        ]
        for layout, settings in fleet:
            _visits(layout, settings, 20, 5, people=10)  # visitor0 .. visitor9 at every kiosk
            sync_once(layout, settings, settings.central.dsn)
        for layout, settings in fleet:
            loop = SyncLoop(
                lambda lay=layout, st=settings: sync_once(lay, st, st.central.dsn), interval_s=1.0
            )
            loop.start()
            loops.append(loop)
        office = HeadOffice(dsn, keys)
        time.sleep(
            2.5
        )  # let every loop settle into its 1 s rhythm, so the erasure lands at a random phase
        started = time.perf_counter()
        office.erase(Subject.from_input(keys, email="visitor3@example.com"))
        while not all(r["complete"] for r in office.requests()):
            if time.perf_counter() - started > 60:
                raise RuntimeError("the erasure did not reach every kiosk within 60 s")
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        print(f"erasure acknowledged by {kiosks} kiosks in {elapsed:.2f} s", file=sys.stderr)
        return elapsed
    finally:
        for loop in loops:
            loop.stop()
        s3.stop()
