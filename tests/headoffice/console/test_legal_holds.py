"""A legal hold keeps a person's records at head office until it is released (issue #19; P5)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from django.test import Client

from booth.central_sync import sync_once
from booth.paths import DataLayout
from headoffice.office import HeadOffice
from tests.consent.helpers import cli, scalar
from tests.headoffice.console.conftest import Account, ConsoleDb
from tests.headoffice.console.kiosks import enrolled_kiosk, link_path, make_visit
from tests.headoffice.console.test_console_access import sign_in


def visits_of(db: ConsoleDb, visit_id: str) -> int:
    with psycopg.connect(db.dsn) as conn:
        row = conn.execute(
            "SELECT count(*) FROM photobooth.visits WHERE id = %s AND pii_removed_at IS NULL",
            (visit_id,),
        ).fetchone()
    return int(row[0]) if row else 0


def test_p5_a_hold_stops_erasure_and_retention_until_released(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "hold")
    visit_id = make_visit(layout, "Hedy Lamarr", "hedy@example.com", settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    officer = sign_in(make_account("privacy-officer"))
    found = officer.post("/privacy/find/", {"email": "hedy@example.com", "region": "US"})
    value = found.content.decode().split('name="value" value="')[1].split('"')[0]
    officer.post(
        "/privacy/hold/", {"kind": "email_hash", "value": value, "reason": "court order 17"}
    )
    assert "court order 17" in officer.get("/privacy/holds/").content.decode()
    report = sync_once(layout, settings, settings.central.dsn)
    assert report["pulled"]["legal_holds"] == 1, "the kiosk holds her too"
    assert scalar(layout, "SELECT count(*) FROM subjects WHERE hold_at IS NOT NULL") == 1

    refused = officer.post(
        "/privacy/erase/", {"kind": "email_hash", "value": value, "confirm": "erase"}
    )
    assert "legal hold (court order 17)" in refused.content.decode()
    assert visits_of(console_db, visit_id) == 1

    visitor = Client()
    path = link_path(settings, visit_id)
    visitor.get(path)
    asked = visitor.post(
        f"{path}/delete",
        {"confirm": "yes", "csrfmiddlewaretoken": visitor.cookies["csrftoken"].value},
    )
    assert "A legal obligation requires us to keep your details" in asked.content.decode()
    assert visits_of(console_db, visit_id) == 1

    office = HeadOffice(console_db.dsn, console_db.keys)
    office.sweep(datetime.now(UTC) + timedelta(days=3650))
    assert visits_of(console_db, visit_id) == 1, "retention passes over a held person"

    (held,) = [
        r for r in office.requests() if r["status"] == "held" and r["origin"] == "visitor link"
    ]
    blocked = officer.post(
        "/privacy/requests/", {"request_id": held["request_id"], "decision": "approve"}
    )
    assert "legal hold" in blocked.content.decode()

    hold_id = officer.get("/privacy/holds/").content.decode().split('name="hold_id" value="')[1]
    officer.post("/privacy/holds/", {"hold_id": hold_id.split('"')[0]})
    assert sync_once(layout, settings, settings.central.dsn)["pulled"]["legal_holds"] == 1
    assert scalar(layout, "SELECT count(*) FROM subjects WHERE hold_at IS NOT NULL") == 0
    done = officer.post(
        "/privacy/requests/", {"request_id": held["request_id"], "decision": "approve"}
    )
    assert done.status_code == 302
    assert visits_of(console_db, visit_id) == 0
    sync_once(layout, settings, settings.central.dsn)
    assert cli(layout, "records", "find", "--email", "hedy@example.com").returncode == 2
    office.close()


def _place_office_hold(officer: Client, email: str, reason: str) -> str:
    found = officer.post("/privacy/find/", {"email": email, "region": "US"})
    value = found.content.decode().split('name="value" value="')[1].split('"')[0]
    officer.post("/privacy/hold/", {"kind": "email_hash", "value": value, "reason": reason})
    page = officer.get("/privacy/holds/").content.decode()
    row = page.split(f"<td>{reason}</td>")[1].split("</tr>")[0]
    return row.split('name="hold_id" value="')[1].split('"')[0]


def _held(layout: DataLayout) -> object:
    """The kiosk's hold on its one person: the reasons standing, or None when not held."""
    return scalar(layout, "SELECT max(hold_reason) FROM subjects WHERE hold_at IS NOT NULL")


def test_p5_head_offices_release_leaves_the_store_managers_own_hold(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "twoholds")
    make_visit(layout, "Grace Hopper", "grace@example.com", settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    placed = cli(layout, "records", "hold", "--email", "grace@example.com", "--reason", "STORE-3")
    assert placed.returncode == 0, placed.stderr
    officer = sign_in(make_account("privacy-officer"))
    hold_id = _place_office_hold(officer, "grace@example.com", "court order 29")
    assert sync_once(layout, settings, settings.central.dsn)["pulled"]["legal_holds"] == 1
    assert _held(layout) == "STORE-3; court order 29", "held by both"

    officer.post("/privacy/holds/", {"hold_id": hold_id})
    assert sync_once(layout, settings, settings.central.dsn)["pulled"]["legal_holds"] == 1
    assert _held(layout) == "STORE-3", "head office's release lifts only its own hold"
    refused = cli(layout, "records", "erase", "--email", "grace@example.com", "--yes")
    assert refused.returncode != 0 and "legal hold" in refused.stderr + refused.stdout

    released = cli(layout, "records", "release", "--email", "grace@example.com")
    assert released.returncode == 0 and "legal hold released" in released.stdout
    assert _held(layout) is None


def test_p5_the_store_managers_release_leaves_head_offices_hold(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "mgrrelease")
    make_visit(layout, "Katherine Johnson", "kj@example.com", settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    officer = sign_in(make_account("privacy-officer"))
    hold_id = _place_office_hold(officer, "kj@example.com", "regulator 4")
    cli(layout, "records", "hold", "--email", "kj@example.com", "--reason", "STORE-8")
    sync_once(layout, settings, settings.central.dsn)

    released = cli(layout, "records", "release", "--email", "kj@example.com")
    assert released.returncode == 0
    assert "still held by head office (regulator 4)" in released.stdout
    assert _held(layout) == "regulator 4"

    officer.post("/privacy/holds/", {"hold_id": hold_id})
    sync_once(layout, settings, settings.central.dsn)
    assert _held(layout) is None, "the last holder's release frees the person"
