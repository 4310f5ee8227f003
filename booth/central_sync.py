"""Wiring for head-office sync: settings in, a feed and a sync client out; the ``sync`` command.

The DSN comes from ``--central``, then ``PHOTOBOOTH_CENTRAL_DSN``, then the
settings. Without one, the kiosk works alone and ``sync`` says so.
"""

from __future__ import annotations

import os
from typing import Any

from booth import __version__
from booth.paths import DataLayout
from booth.privacy import copy_stores, kiosk_identity
from booth.records_file import open_records
from booth.settings import CentralSettings, Settings
from booth.settings_profile import store_pulled
from consent.photos import PhotoStore
from consent.rights import SubjectRights
from sync.client import BATCH, SyncClient
from sync.feed import KioskFeed
from wire.bucket import BucketSettings, CentralBucket
from wire.postgres import CentralError
from wire.sealing import public_key_from_b64, unb64

ENV_DSN = "PHOTOBOOTH_CENTRAL_DSN"


def central_dsn(settings: Settings, explicit: str | None = None) -> str:
    return explicit or os.environ.get(ENV_DSN) or settings.central.dsn


def bucket_of(central: CentralSettings) -> CentralBucket | None:
    if not central.bucket:
        return None
    return CentralBucket(
        BucketSettings(
            bucket=central.bucket,
            endpoint_url=central.endpoint_url or os.environ.get("AWS_ENDPOINT_URL") or None,
            region=central.region or None,
            access_key_id=central.access_key_id or None,
            secret_access_key=central.secret_access_key or None,
        )
    )


def open_feed(layout: DataLayout, settings: Settings, camera_state: str = "unknown") -> KioskFeed:
    central = settings.central
    if not central.fleet_key or not central.head_office_public_key:
        raise CentralError(
            "this kiosk is not enrolled with head office: run `photobooth-kiosk central enroll` "
            "with the credentials `central add-kiosk` printed"
        )
    try:
        fleet_key = unb64(central.fleet_key)
        head_office = public_key_from_b64(central.head_office_public_key)
    except ValueError:
        raise CentralError(
            "central.fleet_key or central.head_office_public_key is not valid base64"
        ) from None
    database = open_records(layout)
    photos = PhotoStore(layout.photos, database.vault)
    identity = kiosk_identity(settings)
    rights = SubjectRights(
        database,
        photos,
        identity,
        "central-sync",
        copy_stores(layout, settings),
        settings.delivery.default_region,
    )
    return KioskFeed(
        database,
        photos,
        rights,
        fleet_key,
        head_office,
        identity.store_id,
        identity.kiosk_id,
        bucket=bucket_of(central),
        data_dir=layout.root,
        app_version=__version__,
        camera_state=camera_state,
        store_name=identity.store_name,
        profile_sink=lambda document: store_pulled(layout, document),
    )


def sync_once(
    layout: DataLayout, settings: Settings, dsn: str, camera_state: str = "unknown"
) -> dict[str, Any]:
    if not dsn:
        raise CentralError(
            f"no head office configured: use --central DSN, {ENV_DSN} or central.dsn in the settings"
        )
    feed = open_feed(layout, settings, camera_state)
    try:
        feed.prepare()
        batch = int(os.environ.get("PHOTOBOOTH_SYNC_BATCH", "0") or 0) or BATCH
        report = SyncClient(dsn, feed, batch=batch).run_once()
        return {"kiosk_id": settings.store.kiosk_id, **report.as_dict(), "pending": feed.pending()}
    finally:
        feed.database.close()
