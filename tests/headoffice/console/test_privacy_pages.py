"""The privacy officer's pages call head office's own services (issue #19; P3, P5, P7).

Find across stores, withdraw on the person's request, erase everywhere, and read it all
back in the audit log, with a real kiosk syncing in between.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg

from booth.central_sync import sync_once
from tests.consent.helpers import cli
from tests.headoffice.console.conftest import Account, ConsoleDb
from tests.headoffice.console.kiosks import enrolled_kiosk, make_visit
from tests.headoffice.console.test_console_access import sign_in


def test_p3_p5_find_withdraw_and_erase_from_the_console(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    a, a_settings = enrolled_kiosk(console_db, tmp_path, "pa")
    b, b_settings = enrolled_kiosk(console_db, tmp_path, "pb")
    first = make_visit(a, "Edith Clarke", "edith@example.net", settings=a_settings)
    make_visit(b, "Edith Clarke", "edith@example.net", publish=False, settings=b_settings)
    sync_once(a, a_settings, a_settings.central.dsn)
    sync_once(b, b_settings, b_settings.central.dsn)
    officer = make_account("privacy-officer")
    client = sign_in(officer)

    found = client.post("/privacy/find/", {"email": "EDITH@example.net", "region": "US"})
    html = found.content.decode()
    assert "2 visits found" in html
    assert a_settings.store.store_id in html and b_settings.store.store_id in html
    assert "Edith" not in html, "keyed hashes only: the name stays sealed"

    done = client.post("/privacy/withdraw/", {"visit_id": first, "channel": "email"})
    assert "Consent to publish withdrawn" in done.content.decode()
    with psycopg.connect(console_db.dsn) as conn:
        method = conn.execute(
            "SELECT method, channel FROM photobooth.consent_events WHERE visit_id = %s "
            "AND event = 'withdrawn'",
            (first,),
        ).fetchone()
    assert method == ("head office", "email")
    assert sync_once(a, a_settings, a_settings.central.dsn)["pulled"]["link_withdrawals"] == 1
    shown = cli(a, "records", "find", "--email", "edith@example.net", "--json")
    assert '"email"' in shown.stdout and "withdrawn" in shown.stdout, shown.stdout

    subject = found.content.decode().split('name="value" value="')[1].split('"')[0]
    unconfirmed = client.post("/privacy/erase/", {"kind": "email_hash", "value": subject})
    assert unconfirmed.status_code == 400 and "Nothing was erased" in unconfirmed.content.decode()
    erased = client.post(
        "/privacy/erase/", {"kind": "email_hash", "value": subject, "confirm": "erase"}
    )
    assert "2 visits and" in erased.content.decode()
    assert sync_once(b, b_settings, b_settings.central.dsn)["pulled"]["visits_erased"] == 1
    log = client.get("/audit/").content.decode()
    actor = f"console:{officer.username}"
    for action in ("console.find", "consent.withdraw_publish", "central.erase"):
        assert action in log
    assert actor in log
    assert "edith" not in log.lower()
