"""Head office names stores as the kiosks do: the visitor's page and the fleet show the store's
name, not its id (issue #19; P10), and a head office upgraded from schema 5 learns the names
at each kiosk's next sync, showing the id until then."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import psycopg
import pytest
from django.test import Client
from django.utils import translation
from django.utils.formats import date_format

import headoffice.admin
from booth.central_sync import sync_once
from headoffice.admin import migrate
from headoffice.visitor_actions import VisitorActions
from tests.headoffice.console.conftest import Account, ConsoleDb
from tests.headoffice.console.kiosks import enrolled_kiosk, link_path, make_visit
from tests.headoffice.console.test_console_access import sign_in

NAME = "Maison Ondine Lyon"


def test_p10_the_visitor_page_shows_the_stores_name_and_the_visits_date(
    console_db: ConsoleDb, tmp_path: Path
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "named", store_name=NAME)
    visit_id = make_visit(layout, settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    html = Client().get(link_path(settings, visit_id)).content.decode()
    store = html.split("<dt>Store</dt><dd>")[1].split("</dd>")[0]
    assert store == f"<bdi>{NAME}</bdi>", "the name, not the id"
    assert settings.store.store_id not in html
    with translation.override("en"):
        day = date_format(date.today(), "DATE_FORMAT")
    assert f"<dt>Date of your visit</dt><dd>{day}</dd>" in html


def test_the_fleet_shows_the_stores_name_and_filters_by_it(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    name = f"{NAME} {uuid.uuid4().hex[:4]}"
    layout, settings = enrolled_kiosk(console_db, tmp_path, "fleetname", store_name=name)
    sync_once(layout, settings, settings.central.dsn)  # no visit yet: the heartbeat names it
    client = sign_in(make_account("it"))
    for store in (name, settings.store.store_id):
        page = client.get("/it/fleet/", {"store": store}).content.decode()
        row = page.split(f">{settings.store.kiosk_id}<")[1].split("</tr>")[0]
        assert name in row and settings.store.store_id in row, store


def test_an_upgraded_head_office_shows_the_id_until_the_kiosk_names_its_store(
    console_db: ConsoleDb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dbname = f"old_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(console_db.server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{dbname}"')
    old = dataclasses.replace(console_db, dbname=dbname)
    with monkeypatch.context() as schema_5:  # head office as it was before migration 6
        schema_5.setattr(headoffice.admin, "SCHEMA_VERSION", 5)
        assert migrate(old.dsn)["to"] == 5
        layout, settings = enrolled_kiosk(old, tmp_path, "older", store_name=NAME)
        visit_id = make_visit(layout, settings=settings)
        sync_once(layout, settings, settings.central.dsn)  # its heartbeat's name is kept aside
    upgraded = migrate(old.dsn)
    assert (upgraded["from"], upgraded["to"]) == (5, 6)
    actions = VisitorActions(old.dsn, old.keys_dir, None)
    link = actions.read(link_path(settings, visit_id).removeprefix("/v/"))
    view = actions.view(link)
    assert view.store == settings.store.store_id, "no name known yet: the id"
    sync_once(layout, settings, settings.central.dsn)
    assert actions.view(link).store == NAME
    actions.close()
