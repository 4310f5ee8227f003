"""IT edits a store group's settings profile in the console (issue #19, #17).

The page stores through the same service as ``central profile set``, with the kiosks'
own settings rules: a kiosk of the group takes the profile at its next real sync; a bad
value is named on the page, nothing is stored and the typed text is kept; the change is
in head office's audit log under the person who made it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path

from django.test import Client

from booth.central_sync import sync_once
from booth.settings import load_settings
from booth.settings_profile import effective_settings
from headoffice.profiles import assign, show_profiles
from tests.headoffice.console.conftest import Account, ConsoleDb
from tests.headoffice.console.kiosks import enrolled_kiosk
from tests.headoffice.console.test_console_access import sign_in


def _group() -> str:
    return f"north-{uuid.uuid4().hex[:6]}"


def _box(html: str) -> str:
    """The text in the profile's box, as the browser shows it."""
    text = html.split('name="document"')[1].split(">", 1)[1].split("</textarea>")[0]
    return text.replace("&quot;", '"').replace("&#x27;", "'").replace("&amp;", "&")


def test_a_profile_saved_in_the_console_reaches_the_groups_kiosk_at_its_next_sync(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    group = _group()
    layout, settings = enrolled_kiosk(console_db, tmp_path, "prof")
    assign(console_db.dsn, settings.store.kiosk_id, group, "test")
    it = make_account("it")
    client = sign_in(it)
    listed = client.get("/it/profiles/", {"group": group})
    assert listed.status_code == 302 and listed["Location"] == f"/it/profiles/{group}/"
    page = client.get(f"/it/profiles/{group}/").content.decode()
    assert "none yet: saving creates the profile" in page
    assert settings.store.kiosk_id in page, "the kiosks in the group"

    document = {"settings": {"flow": {"countdown_s": 7}}, "locked": ["flow.countdown_s"]}
    saved = client.post(f"/it/profiles/{group}/", {"document": json.dumps(document)})
    assert saved.status_code == 302
    after = client.get(saved["Location"]).content.decode()
    assert "Saved as revision 1" in after
    assert json.loads(_box(after)) == document
    assert group in client.get("/it/profiles/").content.decode()

    assert sync_once(layout, settings, settings.central.dsn)["profile"] == "applied"
    effective = effective_settings(layout, load_settings(layout.settings_file))
    assert effective.flow.countdown_s == 7

    log = client.get("/audit/").content.decode()
    entry = log.split("central.profile_set")[1].split("</tr>")[0]
    assert group in entry and "flow.countdown_s" in entry
    assert f"console:{it.username}" in log.split("central.profile_set")[0].rsplit("<tr", 1)[1]


def test_a_bad_profile_is_named_nothing_is_stored_and_the_text_is_kept(
    console_db: ConsoleDb, make_account: Callable[[str], Account]
) -> None:
    group = _group()
    client = sign_in(make_account("it"))
    good = {"settings": {"flow": {"countdown_s": 4}}, "locked": []}
    client.post(f"/it/profiles/{group}/", {"document": json.dumps(good)})
    cases = [
        ('{"settings": {"flow": {"countdown_s": -4}}}', "flow.countdown_s"),
        ('{"settings": {"camera": {"device": "/dev/video9"}}}', "unknown setting"),
        ('{"settings": {"store": {"kiosk_id": "x"}}}', "cannot be set by a profile"),
        ('{"settings": {"flow": {"countdown_s": 5}}, "locked": ["flow.max_retakes"]}', "locked"),
        ('{"settings": {"flow": ', "That is not valid JSON"),
    ]
    for text, said in cases:
        refused = client.post(f"/it/profiles/{group}/", {"document": text})
        html = refused.content.decode()
        assert refused.status_code == 400, text
        assert "Not saved: nothing was changed" in html and said in html, (text, html[-2000:])
        assert _box(html) == text, "the text typed is kept to correct"
        assert "Traceback" not in html
    (stored,) = show_profiles(console_db.dsn, group)
    assert stored["revision"] == 1 and stored["settings"] == good["settings"]


def test_the_profile_page_in_hebrew(
    console_db: ConsoleDb, make_account: Callable[[str], Account]
) -> None:
    client = sign_in(make_account("it"), Client(HTTP_ACCEPT_LANGUAGE="he"))
    html = client.get(f"/it/profiles/{_group()}/").content.decode()
    assert 'lang="he" dir="rtl"' in html
    assert "פרופיל ההגדרות של הקבוצה" in html and "שמירת הפרופיל" in html
    assert 'dir="ltr"' in html, "the JSON itself stays left to right"
