"""QR pickup wiring: host the photo, record the visit with no contact details, return the QR.

Where staff enabled ``delivery.qr_pickup`` and a media host is configured, a
visitor who would rather give no name, email or phone scans a QR code of the
hosted photo's short-lived link with their own phone (P1 at its most minimal).
The visit is still recorded, without any contact field, together with a ``qr``
delivery row naming the hosted copy, so retention and erasure delete that copy
like any other (P4, P5). Runs in the task runner, never on the GUI thread.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QImage

from booth.paths import DataLayout
from booth.records_file import open_records
from booth.settings import Settings
from consent.clock import iso, utcnow
from consent.delivery_status import DeliveryStatus
from consent.notices import Notice
from consent.photos import PhotoStore
from consent.records import KioskIdentity, RecordsStore, VisitDraft

log = logging.getLogger(__name__)


def make_pickup(
    layout: DataLayout,
    settings: Settings,
    identity: KioskIdentity,
    notice_for: Callable[[str], Notice],
) -> Callable[[bytes, str], tuple[Any, int]] | None:
    """The controller's pickup service, or None where QR pickup is not offered."""
    from booth.provider_config import media_host_config

    config = media_host_config(settings)
    if not settings.delivery.qr_pickup or config is None:
        return None
    from delivery.media_host import S3MediaHost
    from delivery.qr import host_for_pickup

    host = S3MediaHost(config)
    link_days = max(1, config.link_expiry_s // 86_400)

    def pickup(jpeg: bytes, language: str) -> tuple[Any, int]:
        database = open_records(layout)
        try:
            store = RecordsStore(database, PhotoStore(layout.photos, database.vault), identity)
            draft = VisitDraft("", None, None, (), False, language, jpeg)
            visit = store.submit(draft, notice_for(language))
            delivery_id, key, now = str(uuid.uuid4()), host.new_key(), iso(utcnow())
            # Recorded before the upload: a crash after it leaves a copy retention knows about.
            with database.transaction():
                database.conn.execute(
                    "INSERT INTO deliveries (id, visit_id, channel, status, attempts, next_attempt_at, "
                    "created_at, updated_at, sent_at, media_key) VALUES (?, ?, 'qr', ?, 1, ?, ?, ?, ?, ?)",
                    (delivery_id, visit.visit_id, DeliveryStatus.SENT, now, now, now, now, key),
                )
            try:
                picked = host_for_pickup(host, jpeg, key)
            except Exception:
                with database.transaction():
                    database.conn.execute(
                        "UPDATE deliveries SET status = ?, last_error = 'the photo could not be hosted' "
                        "WHERE id = ?",
                        (DeliveryStatus.FAILED, delivery_id),
                    )
                raise
        finally:
            database.close()
        log.info("visit %s picked up by QR code", visit.visit_id)
        return QImage.fromData(picked.qr_png), link_days

    return pickup
