"""The visitor's link, end to end without a browser (issue #19; P3, P5, P10).

A real kiosk (records file, real sync) enrolled with head office's public address; the
link its messages carry; head office's page through Django's client with CSRF enforced.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
from django.test import Client

from booth.central_sync import sync_once
from tests.consent.helpers import cli, encodings
from tests.headoffice.console.conftest import ConsoleDb
from tests.headoffice.console.kiosks import enrolled_kiosk, link_path, make_visit


def csrf_post(client: Client, path: str, data: dict[str, str] | None = None) -> object:
    token = client.cookies["csrftoken"].value
    return client.post(path, {**(data or {}), "csrfmiddlewaretoken": token})


def test_p3_stop_publishing_from_the_link_reaches_the_kiosk(
    console_db: ConsoleDb, tmp_path: Path
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "a")
    visit_id = make_visit(layout, settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    path = link_path(settings, visit_id)

    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert settings.store.store_name in html
    for personal in ("Ada", "Lovelace", "ada@example.com", visit_id):
        assert personal not in html, "P10: a forwarded link shows nothing of the person"
    assert "Stop publishing my photo" in html
    assert visitor.post(f"{path}/stop-publishing").status_code == 403, "CSRF"

    done = csrf_post(visitor, f"{path}/stop-publishing")
    assert done.status_code == 302
    after = visitor.get(done["Location"]).content.decode()
    assert "will no longer be published" in after
    assert "Stop publishing my photo" not in after

    with psycopg.connect(console_db.dsn) as conn:
        events = conn.execute(
            "SELECT event, method FROM photobooth.consent_events WHERE visit_id = %s "
            "AND purpose = 'publish_social' ORDER BY at",
            (visit_id,),
        ).fetchall()
        takedown = conn.execute(
            "SELECT count(*) FROM photobooth.takedowns WHERE visit_id = %s", (visit_id,)
        ).fetchone()
    assert events[-1] == ("withdrawn", "visitor link"), "recorded at head office at once"

    report = sync_once(layout, settings, settings.central.dsn)
    assert report["pulled"]["link_withdrawals"] == 1
    found = cli(layout, "records", "find", "--email", "ada@example.com", "--json")
    assert found.returncode == 0, found.stderr
    assert "visitor-link" in found.stdout, found.stdout
    again = sync_once(layout, settings, settings.central.dsn)
    assert again["pulled"]["link_withdrawals"] == 0, "acknowledged once"
    with psycopg.connect(console_db.dsn) as conn:
        withdrawn = conn.execute(
            "SELECT count(*) FROM photobooth.consent_events WHERE visit_id = %s "
            "AND purpose = 'publish_social' AND event = 'withdrawn'",
            (visit_id,),
        ).fetchone()
    assert withdrawn == (1,), "the kiosk's event is the same one, not a second"
    assert takedown is not None


def test_p5_delete_from_the_link_asks_first_then_erases_everywhere(
    console_db: ConsoleDb, tmp_path: Path
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "b")
    visit_id = make_visit(layout, "Grace Hopper", "grace@example.org", settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    path = link_path(settings, visit_id)
    visitor = Client(enforce_csrf_checks=True)
    ask = visitor.get(f"{path}/delete")
    assert ask.status_code == 200 and "cannot be undone" in ask.content.decode()
    with psycopg.connect(console_db.dsn) as conn:
        assert conn.execute(
            "SELECT count(*) FROM photobooth.visits WHERE id = %s", (visit_id,)
        ).fetchone() == (1,), "asking is not deleting"
    done = csrf_post(visitor, f"{path}/delete", {"confirm": "yes"})
    assert done.status_code == 200 and "being deleted" in done.content.decode()
    with psycopg.connect(console_db.dsn) as conn:
        assert conn.execute(
            "SELECT count(*) FROM photobooth.visits WHERE id = %s", (visit_id,)
        ).fetchone() == (0,)
        origin = conn.execute(
            "SELECT origin FROM photobooth.erasure_requests WHERE visit_id = %s", (visit_id,)
        ).fetchone()
    assert origin == ("visitor link",)
    report = sync_once(layout, settings, settings.central.dsn)
    assert report["pulled"]["visits_erased"] == 1
    assert cli(layout, "records", "find", "--email", "grace@example.org").returncode == 2
    # Nothing of her anywhere: a byte scan of the kiosk's data folder, and a dump of head office.
    folder = b"".join(p.read_bytes() for p in layout.root.rglob("*") if p.is_file())
    dump = console_db.server.pg_dump(console_db.dbname)
    for secret in ("Grace Hopper", "grace@example.org"):
        for form in encodings(secret):
            assert form not in folder and form not in dump, secret
    used = visitor.get(path)
    assert used.status_code == 404 and "does not work any more" in used.content.decode()


def test_an_altered_or_expired_link_gets_the_calm_page(
    console_db: ConsoleDb, tmp_path: Path
) -> None:
    from datetime import date

    from wire.sealing import unb64
    from wire.visitor_link import link_url, make_token

    layout, settings = enrolled_kiosk(console_db, tmp_path, "c")
    visit_id = make_visit(layout, settings=settings)
    path = link_path(settings, visit_id)
    client = Client()
    altered = path[:-3] + ("AAA" if not path.endswith("AAA") else "BBB")
    for bad in (altered, "/v/nothing", path + "x"):
        page = client.get(bad)
        assert page.status_code == 404, bad
        assert "does not work any more" in page.content.decode()
    key = unb64(settings.central.link_key)
    old = make_token(key, settings.store.kiosk_id, visit_id, date(2020, 1, 1))
    page = client.get(link_url("", old))
    assert page.status_code == 404 and "does not work any more" in page.content.decode()
    assert client.post(link_url("", old) + "/stop-publishing").status_code in (403, 404)


def test_a_visit_not_yet_synced_still_gets_its_page(console_db: ConsoleDb, tmp_path: Path) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "d")
    visit_id = make_visit(layout, settings=settings)
    page = Client().get(link_path(settings, visit_id))
    assert page.status_code == 200
    assert "not yet received from the store" in page.content.decode()


def test_links_are_rate_limited(console_db: ConsoleDb, tmp_path: Path) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "e")
    path = link_path(settings, make_visit(layout, settings=settings))
    client = Client(REMOTE_ADDR="192.0.2.7")
    codes = [client.get(path).status_code for _ in range(25)]
    assert codes[0] == 200 and codes[-1] == 429
