"""The console and the visitor's page in Hebrew, right to left, with nothing left untranslated."""

from __future__ import annotations

import re
from pathlib import Path

from django.test import Client

from headoffice.console.locale.he import HE
from tests.headoffice.console.conftest import ConsoleDb
from tests.headoffice.console.kiosks import enrolled_kiosk, link_path, make_visit

PO = Path(__file__).resolve().parents[3] / "headoffice/console/locale/he/LC_MESSAGES/django.po"


def test_every_string_has_its_hebrew_and_the_catalogue_is_compiled() -> None:
    text = PO.read_text(encoding="utf-8")
    assert 'msgstr ""\n\n' not in text.split("\n\n", 1)[1] + "\n\n", "an untranslated string"
    assert "#, fuzzy" not in text
    ids = set(re.findall(r'^msgid "(.+)"$', text, re.M))
    assert ids <= set(HE) | {i for i in ids if "\\" in i}
    mo = PO.with_suffix(".mo")
    assert mo.exists() and mo.stat().st_mtime >= PO.stat().st_mtime - 5


def test_the_sign_in_page_in_hebrew_is_right_to_left(console_db: ConsoleDb) -> None:
    page = Client(HTTP_ACCEPT_LANGUAGE="he").get("/signin/")
    html = page.content.decode()
    assert 'lang="he" dir="rtl"' in html
    assert "כניסה למטה" in html


def test_the_visitor_page_speaks_the_consent_records_language(
    console_db: ConsoleDb, tmp_path: Path
) -> None:
    from booth.central_sync import sync_once

    layout, settings = enrolled_kiosk(console_db, tmp_path, "he")
    visit_id = make_visit(layout, "נועה כהן", "noa@example.co.il", language="he", settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    html = Client(HTTP_ACCEPT_LANGUAGE="en").get(link_path(settings, visit_id)).content.decode()
    assert 'dir="rtl"' in html and "הפסקת פרסום התמונה שלי" in html
    assert "נועה" not in html and "noa@" not in html


def test_a_french_visitor_gets_french_and_the_console_stays_english(
    console_db: ConsoleDb, tmp_path: Path
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "fr")
    visit_id = make_visit(
        layout, "Marie Curie", "marie@example.fr", language="fr", settings=settings
    )
    from booth.central_sync import sync_once

    sync_once(layout, settings, settings.central.dsn)
    html = Client(HTTP_ACCEPT_LANGUAGE="en").get(link_path(settings, visit_id)).content.decode()
    assert 'lang="fr" dir="ltr"' in html and "Ne plus publier ma photo" in html
    console = Client(HTTP_ACCEPT_LANGUAGE="fr").get("/signin/").content.decode()
    assert 'lang="en"' in console and "Sign in to head office" in console
    assert "Français" not in console, "the console offers English and Hebrew"
