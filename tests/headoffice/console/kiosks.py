"""A real kiosk data folder enrolled with head office's public address, for the console's tests."""

from __future__ import annotations

import uuid
from pathlib import Path

from booth.paths import DataLayout
from booth.provider_config import store_voice
from booth.records_file import open_records
from booth.settings import Settings, save_settings
from consent.notices import current_notice
from consent.photos import PhotoStore
from consent.records import KioskIdentity, RecordsStore, VisitDraft
from headoffice.admin import add_kiosk
from headoffice.visitor_links import link_secret
from tests.consent.helpers import JPEG
from tests.headoffice.console.conftest import ConsoleDb

PUBLIC_URL = "http://127.0.0.1:8765"


def enrolled_kiosk(
    db: ConsoleDb, root: Path, name: str, *, bucket: bool = False, store_name: str | None = None
) -> tuple[DataLayout, Settings]:
    """A kiosk with its own data folder; with ``bucket``, consented photos go to head office's;
    ``store_name``: its store's display name (the settings' default otherwise)."""
    kiosk_id = f"{name}-{uuid.uuid4().hex[:6]}"
    secret = link_secret(db.keys_dir, create=True)
    creds = add_kiosk(db.dsn, kiosk_id, db.keys, public_url=PUBLIC_URL, link_secret=secret)
    layout = DataLayout(root / name).create()
    settings = Settings()
    settings = settings.model_copy(
        update={
            "store": settings.store.model_copy(
                update={
                    "kiosk_id": kiosk_id,
                    "store_id": f"store-{name}",
                    **({"store_name": store_name} if store_name else {}),
                }
            ),
            "central": settings.central.model_copy(
                update={
                    "dsn": creds.dsn,
                    "fleet_key": creds.fleet_key,
                    "head_office_public_key": creds.head_office_public_key,
                    "public_url": creds.public_url or "",
                    "link_key": creds.link_key or "",
                    **(
                        {
                            "bucket": db.bucket_name,
                            "endpoint_url": db.s3.endpoint_url,
                            "region": db.s3.region,
                            "access_key_id": db.s3.access_key_id,
                            "secret_access_key": db.s3.secret_access_key,
                        }
                        if bucket
                        else {}
                    ),
                }
            ),
        }
    )
    save_settings(layout.settings_file, settings)
    return layout, settings


def make_visit(
    layout: DataLayout,
    name: str = "Ada Lovelace",
    email: str = "ada@example.com",
    *,
    language: str = "en",
    publish: bool = True,
    settings: Settings | None = None,
) -> str:
    who = settings.store if settings else None
    identity = KioskIdentity(
        who.store_id if who else "store-9",
        who.kiosk_id if who else "kiosk-3",
        "Test Store",
        "privacy@test.example",
        "US",
    )
    database = open_records(layout)
    try:
        store = RecordsStore(database, PhotoStore(layout.photos, database.vault), identity)
        draft = VisitDraft(name, email, None, ("email",), publish, language, JPEG)
        return str(store.submit(draft, current_notice(language)).visit_id)
    finally:
        database.close()


def link_path(settings: Settings, visit_id: str) -> str:
    """The path of the link this kiosk's messages carry for the visit."""
    url = store_voice(settings).visitor_link(visit_id)
    assert url is not None and url.startswith(PUBLIC_URL)
    return url[len(PUBLIC_URL) :]
