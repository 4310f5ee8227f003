"""IT's pages: the fleet at a glance, enroll and revoke, retention, activity (issue #19)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import psycopg

from booth.central_sync import sync_once
from tests.headoffice.console.conftest import Account, ConsoleDb
from tests.headoffice.console.kiosks import enrolled_kiosk, make_visit
from tests.headoffice.console.test_console_access import sign_in


def test_the_fleet_shows_each_kiosks_health_and_stale_ones_in_words(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    fresh, fresh_settings = enrolled_kiosk(console_db, tmp_path, "fresh")
    old, old_settings = enrolled_kiosk(console_db, tmp_path, "old")
    for layout, settings in ((fresh, fresh_settings), (old, old_settings)):
        make_visit(layout, settings=settings)
        sync_once(layout, settings, settings.central.dsn)
    with psycopg.connect(console_db.dsn) as conn:
        conn.execute(
            "UPDATE photobooth.heartbeats SET at = now() - interval '16 minutes' WHERE kiosk_id = %s",
            (old_settings.store.kiosk_id,),
        )
    client = sign_in(make_account("it"))
    page = client.get("/it/fleet/", {"store": fresh_settings.store.store_id}).content.decode()
    row = page.split(f">{fresh_settings.store.kiosk_id}<")[1].split("</tr>")[0]
    assert "syncing" in row and fresh_settings.store.store_id in row and "GB" in row
    assert old_settings.store.kiosk_id not in page, "filtered by store"
    page = client.get("/it/fleet/", {"store": old_settings.store.store_id}).content.decode()
    row = page.split(f">{old_settings.store.kiosk_id}<")[1].split("</tr>")[0]
    assert "stale" in row and 'class="status stale"' in row, "colour and words"


def test_enroll_and_revoke_from_the_console(
    console_db: ConsoleDb, make_account: Callable[[str], Account]
) -> None:
    client = sign_in(make_account("it"))
    kiosk_id = f"web-{console_db.dbname[-6:]}"
    made = client.post("/it/kiosks/enroll/", {"kiosk_id": kiosk_id})
    assert made.status_code == 200 and made["Cache-Control"] == "no-store"
    creds = json.loads(
        made.content.decode().split("readonly>")[1].split("</textarea>")[0].replace("&quot;", '"')
    )
    assert creds["kiosk_id"] == kiosk_id and "password=" in creds["dsn"]
    assert creds["public_url"] == "https://office.example.test" and creds["link_key"]
    again = client.post("/it/kiosks/enroll/", {"kiosk_id": kiosk_id})
    assert again.status_code == 400 and "already exists" in again.content.decode()
    client.post("/it/kiosks/revoke/", {"kiosk_id": kiosk_id})
    with psycopg.connect(console_db.dsn) as conn:
        revoked = conn.execute(
            "SELECT revoked_at IS NOT NULL FROM photobooth.kiosks WHERE kiosk_id = %s", (kiosk_id,)
        ).fetchone()
    assert revoked == (True,)
    log = client.get("/audit/").content.decode()
    assert "console.enroll" in log and "console.revoke" in log
    assert creds["dsn"].split("password=")[1].split()[0] not in log


def test_retention_rules_set_in_the_console_reach_the_kiosk(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "ret")
    client = sign_in(make_account("it"))
    rules = {
        "delivered_days": "3",
        "undelivered_max_days": "20",
        "publish_max_months": "6",
        "consent_proof_months": "36",
        "delivery_log_days": "30",
    }
    refused = client.post("/it/retention/", {**rules, "delivered_days": "-1"})
    assert "Saved." not in refused.content.decode()
    saved = client.post("/it/retention/", rules)
    assert "Saved." in saved.content.decode()
    report = sync_once(layout, settings, settings.central.dsn)
    assert report["retention_rules"] is True or report.get("retention_rules")
    with psycopg.connect(console_db.dsn) as conn:
        stored = conn.execute("SELECT rules FROM photobooth.retention_rules").fetchone()
    assert stored is not None and stored[0]["delivered_days"] == 3


def test_activity_counts_visits_per_day_and_names_nobody(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "act")
    for n in range(3):
        make_visit(layout, f"Person {n}", f"p{n}@example.com", settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    client = sign_in(make_account("it"))
    page = client.get("/it/activity/", {"store": settings.store.store_id}).content.decode()
    today = page.split("<tbody>")[1].split("</tr>")[-2]
    assert "<td>3</td>" in today
    assert "Person" not in page and "example.com" not in page
