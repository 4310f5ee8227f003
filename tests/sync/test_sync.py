"""Kiosks and head office converge, and an erasure reaches everyone (P5, P7).

Real parts only: records files in temporary data folders, the real sync client,
a real PostgreSQL with each kiosk's own role, and S3 through moto's server.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest

from booth.central_sync import sync_once
from booth.paths import DataLayout
from booth.settings import Settings, save_settings
from headoffice.admin import KioskCredentials
from headoffice.office import HeadOffice, Subject
from tests.consent.helpers import cli, encodings, scalar, visit
from tests.support.central import Central

ADA = ("Ada Lovelace", "ada.lovelace@example.com", "+12015550123")
GRACE = ("Grace Hopper", "grace.hopper@example.org", "+13125550142")


def kiosk(
    central: Central, tmp_path: Path, name: str
) -> tuple[DataLayout, Settings, KioskCredentials]:
    creds = central.add_kiosk(name)
    layout = DataLayout(tmp_path / name).create()
    settings = Settings()
    settings = settings.model_copy(
        update={
            "store": settings.store.model_copy(
                update={"kiosk_id": creds.kiosk_id, "store_id": f"store-{name}"}
            ),
            "central": settings.central.model_copy(
                update={
                    "dsn": creds.dsn,
                    "fleet_key": creds.fleet_key,
                    "head_office_public_key": creds.head_office_public_key,
                    "bucket": central.bucket_name,
                    "endpoint_url": central.s3.endpoint_url,
                    "region": central.s3.region,
                    "access_key_id": central.s3.access_key_id,
                    "secret_access_key": central.s3.secret_access_key,
                }
            ),
        }
    )
    save_settings(layout.settings_file, settings)
    return layout, settings, creds


def sync(layout: DataLayout, settings: Settings) -> dict[str, Any]:
    return sync_once(layout, settings, settings.central.dsn)


def count(central: Central, sql: str, *args: object) -> int:
    with psycopg.connect(central.dsn) as conn:
        row = conn.execute(sql, args).fetchone()
    return int(row[0]) if row else 0


def data_folder_bytes(layout: DataLayout) -> bytes:
    return b"".join(p.read_bytes() for p in layout.root.rglob("*") if p.is_file())


def test_erasure_at_central_reaches_every_kiosk_and_survives_replays(
    central: Central, tmp_path: Path
) -> None:
    """P5: the same person at A and B; erased at head office; nothing left anywhere, and an old batch cannot bring them back."""
    a, a_settings, _ = kiosk(central, tmp_path, "a")
    b, b_settings, _ = kiosk(central, tmp_path, "b")
    visit(a, *ADA, publish=True)
    visit(b, *ADA)
    visit(b, *GRACE, publish=True)
    sync(a, a_settings)
    sync(b, b_settings)
    office = HeadOffice(central.dsn, central.keys, central.bucket)
    ada = Subject.from_input(central.keys, email=ADA[1])
    assert len(office.find(ada)) == 2
    with psycopg.connect(central.dsn) as conn:  # keep an old batch, as a late replay
        old_ada = conn.execute(
            "SELECT id::text, store_id, created_at::text, email_hash, phone_hash, encode(sealed, 'base64') "
            "FROM photobooth.visits WHERE email_hash = %s",
            (ada.email_hash,),
        ).fetchall()

    result = office.erase(ada)
    assert result["visits_erased"] == 2 and result["objects_deleted"] == 1
    assert sorted(result["kiosks_pending"]) == sorted(
        [a_settings.store.kiosk_id, b_settings.store.kiosk_id]
    )
    assert sync(a, a_settings)["pulled"]["visits_erased"] == 1
    assert sync(b, b_settings)["pulled"]["visits_erased"] == 1
    assert office.requests()[0]["complete"]

    # Nothing at central: rows, objects, a dump.
    dump = central.server.pg_dump(central.dbname)
    for secret in ADA:
        for form in encodings(secret):
            assert form not in dump
    assert office.find(ada) == []
    assert len(central.bucket.keys()) == 1, "only Grace's consented photo remains"
    # Nothing at the kiosks: a byte scan of the whole data folder.
    for layout in (a, b):
        blob = data_folder_bytes(layout)
        for secret in ADA:
            for form in encodings(secret):
                assert form not in blob
    assert scalar(b, "SELECT count(*) FROM visits") == 1, "Grace is still there"

    # A replay of the old batch (a stale kiosk, a duplicated message) does not bring Ada back.
    rows = [
        {
            "id": r[0],
            "store_id": r[1],
            "created_at": r[2],
            "email_hash": r[3],
            "phone_hash": r[4],
            "sealed": r[5],
        }
        for r in old_ada
    ]
    with psycopg.connect(a_settings.central.dsn, autocommit=True) as conn:
        answer = conn.execute("SELECT photobooth.push_visits(%s)", (json.dumps(rows),)).fetchone()
    assert answer is not None and answer[0]["refused"] == 2
    assert office.find(ada) == []


def test_erasure_at_one_kiosk_fans_out_to_the_others(central: Central, tmp_path: Path) -> None:
    """P5: a manager's erasure at A is pushed up and applied at B on its next sync."""
    a, a_settings, _ = kiosk(central, tmp_path, "a")
    b, b_settings, _ = kiosk(central, tmp_path, "b")
    visit(a, *ADA)
    visit(b, *ADA, publish=True)
    sync(a, a_settings)
    sync(b, b_settings)
    erased = cli(a, "records", "erase", "--email", ADA[1], "--yes")
    assert erased.returncode == 0, erased.stderr
    assert sync(a, a_settings)["pushed"].get("erasure", 0) >= 1
    office = HeadOffice(central.dsn, central.keys, central.bucket)
    assert office.find(Subject.from_input(central.keys, email=ADA[1])) == []
    assert central.bucket.keys() == [], "B's consented photo left central storage at once"
    assert sync(b, b_settings)["pulled"]["visits_erased"] == 1
    for secret in ADA:
        assert secret.encode() not in data_folder_bytes(b)
    assert all(r["complete"] for r in office.requests())


def test_withdrawal_removes_the_photo_from_central(central: Central, tmp_path: Path) -> None:
    """P3: withdrawing the publish consent at a kiosk takes the photo out of central storage."""
    a, a_settings, _ = kiosk(central, tmp_path, "a")
    visit(a, *ADA, publish=True)
    sync(a, a_settings)
    assert len(central.bucket.keys()) == 1
    withdrawn = cli(a, "consent", "withdraw", "--email", ADA[1], "--purpose", "publish_social")
    assert withdrawn.returncode == 0, withdrawn.stderr
    sync(a, a_settings)
    assert central.bucket.keys() == []
    assert (
        count(central, "SELECT count(*) FROM photobooth.visits WHERE photo_object IS NOT NULL") == 0
    )
    assert count(central, "SELECT count(*) FROM photobooth.takedowns") == 1


def test_three_kiosks_converge_through_offline_periods_duplicates_and_a_kill(
    central: Central, tmp_path: Path
) -> None:
    """Central ends with exactly the union of what the kiosks hold: no loss, no duplicate."""
    kiosks = [kiosk(central, tmp_path, name) for name in ("a", "b", "c")]
    env = {**os.environ, "PHOTOBOOTH_KEY_BACKEND": "file", "QT_QPA_PLATFORM": "offscreen"}
    for layout, settings, _ in kiosks:
        # Real visitors through the real UI first; the running kiosk syncs by itself meanwhile.
        autopilot = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk",
                "run",
                "--demo",
                "--autopilot",
                "2",
                "--seed",
                "1",
                "--kiosk-id",
                settings.store.kiosk_id,
                "--data-dir",
                str(layout.root),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=240,
        )
        assert autopilot.returncode == 0, autopilot.stderr
    rng = random.Random(8)
    people = [(f"Visitor {i}", f"visitor{i}@example.com", None) for i in range(12)]
    for _round in range(4):
        for layout, settings, _ in kiosks:
            for _ in range(rng.randint(1, 3)):
                visit(layout, *rng.choice(people), publish=rng.random() < 0.5)
            if rng.random() < 0.4:
                continue  # offline this round
            sync(layout, settings)
    # A kill -9 in the middle of a push: the sync process dies after its first batch.
    layout, settings, _ = kiosks[0]
    for _ in range(5):
        visit(layout, *rng.choice(people))
    env = {
        **os.environ,
        "PHOTOBOOTH_KEY_BACKEND": "file",
        "PHOTOBOOTH_SYNC_KILL_AFTER_BATCHES": "1",
        "PHOTOBOOTH_SYNC_BATCH": "3",
    }
    killed = subprocess.run(
        [sys.executable, "-m", "kiosk", "sync", "--data-dir", str(layout.root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    for layout, settings, _ in kiosks:
        sync(layout, settings)
        sync(layout, settings)  # a duplicate run changes nothing
    local = {}
    for layout, settings, _ in kiosks:
        ids = scalar(layout, "SELECT group_concat(id) FROM visits") or ""
        local.update(dict.fromkeys(str(ids).split(","), settings.store.kiosk_id))
    with psycopg.connect(central.dsn) as conn:
        rows = conn.execute("SELECT id::text, kiosk_id FROM photobooth.visits").fetchall()
        consents = conn.execute("SELECT count(*) FROM photobooth.consent_events").fetchone()
    assert dict(rows) == local
    assert len(rows) == len(local)
    expected_consents = sum(
        int(scalar(layout, "SELECT count(*) FROM consents"))
        + int(scalar(layout, "SELECT count(*) FROM consent_events"))
        for layout, _, _ in kiosks
    )
    assert consents is not None and consents[0] == expected_consents
    for layout, _, _ in kiosks:
        assert scalar(layout, "SELECT count(*) FROM sync_changes") == 0, "everything was pushed"


def test_offline_head_office_is_a_clear_error_and_loses_nothing(
    central: Central, tmp_path: Path
) -> None:
    a, a_settings, _ = kiosk(central, tmp_path, "a")
    visit(a, *ADA)
    from wire.postgres import CentralError

    with pytest.raises(CentralError, match="cannot be reached"):
        sync_once(
            a,
            a_settings,
            "host=127.0.0.1 port=1 dbname=x user=y password=z sslmode=disable connect_timeout=2",
        )
    assert sync(a, a_settings)["pushed"]["visit"] == 1


def test_retention_rules_set_centrally_reach_the_kiosk_and_central_sweeps_its_copy(
    central: Central, tmp_path: Path
) -> None:
    """P4: one set of rules for the fleet; head office applies them to its own copy too."""
    from booth.privacy import open_sweep
    from kiosk.cli_central import _rules

    a, a_settings, _ = kiosk(central, tmp_path, "a")
    visit(a, *ADA, publish=True)
    visit(a, *GRACE)
    office = HeadOffice(central.dsn, central.keys, central.bucket)
    office.set_retention(_rules('{"undelivered_max_days": 2, "publish_max_months": 1}'))
    assert sync(a, a_settings)["retention_rules"]
    sweep = open_sweep(a, a_settings, "test")
    try:
        assert sweep.policy.undelivered_max_days == 2 and sweep.policy.publish_max_months == 1
        assert sweep.policy.delivered_days == a_settings.retention.delivered_days, (
            "the rest stays local"
        )
    finally:
        sweep.database.close()
    with pytest.raises(Exception, match="unknown rule"):
        _rules('{"keep_forever": 1}')

    assert office.sweep()["visits_stripped"] == 0, "nothing is due today"
    from datetime import UTC, datetime, timedelta

    later = office.sweep(datetime.now(UTC) + timedelta(days=40))
    assert later == {
        "visits_stripped": 2,
        "photos_deleted": 1,
        "delivery_outcomes_deleted": 0,
        "consent_events_deleted": 0,
    }
    assert central.bucket.keys() == []
    assert office.find(Subject.from_input(central.keys, email=ADA[1])) == []
    assert count(central, "SELECT count(*) FROM photobooth.consent_events") > 0, "proof is kept"


def test_staff_see_the_last_sync_its_backlog_and_its_last_problem() -> None:
    import threading

    from sync.client import SyncLoop
    from wire.postgres import CentralError

    answers: list[object] = [
        CentralError("the central database cannot be reached: timeout"),
        {"pending": 3},
    ]
    done = threading.Event()

    def run_once() -> dict[str, Any]:
        answer = answers.pop(0) if answers else {"pending": 0}
        if isinstance(answer, Exception):
            raise answer
        return answer  # type: ignore[return-value]

    seen: list[str] = []
    loop = SyncLoop(run_once, interval_s=0.01)
    loop.on_result = lambda _result: (
        seen.append(loop.describe()),
        done.set() if len(seen) >= 2 else None,
    )
    assert loop.describe() == "not synced yet since start"
    loop.start()
    assert done.wait(30)
    assert loop.stop()
    assert "last problem: the central database cannot be reached" in seen[0]
    assert (
        "3 change(s) waiting" in seen[1] and "last success" in seen[1] and "problem" not in seen[1]
    )


def test_p5_a_rogue_kiosk_login_cannot_make_another_store_erase_its_visitor(
    central: Central, tmp_path: Path
) -> None:
    """Found in review: A's login named Grace (seen only at B) in push_erasures; B erased her."""
    _, a_settings, _ = kiosk(central, tmp_path, "a")
    b, b_settings, _ = kiosk(central, tmp_path, "b")
    visit(b, *GRACE)
    sync(b, b_settings)
    grace = Subject.from_input(central.keys, email=GRACE[1])
    attack = [{"id": "7e57a77a-0000-4000-8000-000000000001", "email_hash": grace.email_hash}]
    with psycopg.connect(a_settings.central.dsn, autocommit=True) as conn:
        answer = conn.execute(
            "SELECT photobooth.push_erasures(%s)", (json.dumps(attack),)
        ).fetchone()
    assert answer is not None and answer[0]["requests"][0]["status"] == "held"
    assert sync(b, b_settings)["pulled"]["visits_erased"] == 0
    assert scalar(b, "SELECT count(*) FROM visits") == 1, "Grace is still at B"
    office = HeadOffice(central.dsn, central.keys, central.bucket)
    assert len(office.find(grace)) == 1


def test_p7_head_office_sees_a_kiosk_whose_audit_log_went_backwards(
    central: Central, tmp_path: Path
) -> None:
    """Each sync anchors the kiosk's audit head; an older copy of the records file put back shows."""
    from headoffice.audit_heads import verify_fleet

    a, a_settings, _ = kiosk(central, tmp_path, "a")
    visit(a, *ADA)
    assert cli(a, "records", "find", "--email", ADA[1]).returncode == 0
    sync(a, a_settings)
    backup = tmp_path / "backup.sqlite3"
    source, copy = sqlite3.connect(a.database), sqlite3.connect(backup)
    source.backup(copy)
    source.close()
    copy.close()
    for _ in range(3):
        assert cli(a, "report").returncode == 0
    sync(a, a_settings)
    (chain,) = [c for c in verify_fleet(central.dsn) if c.kiosk_id == a_settings.store.kiosk_id]
    assert chain.ok and chain.head_seq == 4
    for suffix in ("-wal", "-shm"):
        Path(f"{a.database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, a.database)
    sync(a, a_settings)
    (chain,) = [c for c in verify_fleet(central.dsn) if c.kiosk_id == a_settings.store.kiosk_id]
    assert not chain.ok and "went backwards" in chain.problems[0]
