"""The social team's pages: consented photos with their consent date, download, take-down (P3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.test import Client

from booth.central_sync import sync_once
from tests.consent.helpers import JPEG
from tests.headoffice.console.conftest import Account, ConsoleDb
from tests.headoffice.console.kiosks import enrolled_kiosk, link_path, make_visit
from tests.headoffice.console.test_console_access import sign_in


def test_p3_a_photo_is_listed_while_consented_and_taken_down_when_withdrawn(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    layout, settings = enrolled_kiosk(console_db, tmp_path, "soc", bucket=True)
    visit_id = make_visit(layout, "Mae Jemison", "mae@example.com", settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    social = sign_in(make_account("social-team"))
    listed = social.get("/social/photos/").content.decode()
    assert visit_id in listed and "Mae" not in listed
    photo = social.get(f"/social/photos/{visit_id}.jpg")
    assert photo.status_code == 200 and photo["Content-Type"] == "image/jpeg"
    assert b"".join(photo.streaming_content if photo.streaming else [photo.content]) == JPEG

    held = set(console_db.bucket.keys())
    visitor = Client()
    path = link_path(settings, visit_id)
    visitor.get(path)
    visitor.post(
        f"{path}/stop-publishing", {"csrfmiddlewaretoken": visitor.cookies["csrftoken"].value}
    )
    assert visit_id not in social.get("/social/photos/").content.decode()
    assert social.get(f"/social/photos/{visit_id}.jpg").status_code == 404
    takedown = social.get("/social/take-down/").content.decode()
    assert visit_id in takedown and "consent ended" in takedown
    assert len(held - set(console_db.bucket.keys())) == 1, "the photo left central storage"


def test_the_privacy_officer_exports_a_person_as_a_zip(
    console_db: ConsoleDb, tmp_path: Path, make_account: Callable[[str], Account]
) -> None:
    import io
    import json
    import zipfile

    layout, settings = enrolled_kiosk(console_db, tmp_path, "exp", bucket=True)
    make_visit(layout, "Katherine Johnson", "katherine@example.com", settings=settings)
    sync_once(layout, settings, settings.central.dsn)
    officer = sign_in(make_account("privacy-officer"))
    found = officer.post("/privacy/find/", {"email": "katherine@example.com", "region": "US"})
    value = found.content.decode().split('name="value" value="')[1].split('"')[0]
    download = officer.post("/privacy/export/", {"kind": "email_hash", "value": value})
    assert download.status_code == 200 and download["Cache-Control"] == "no-store"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    subject = json.loads(archive.read("subject.json"))
    assert subject["visits"][0]["contact"]["name"] == "Katherine Johnson"
    assert archive.read(subject["visits"][0]["photo"]) == JPEG
