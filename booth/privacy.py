"""Wiring for the privacy core: settings in, consent/ services out. No Qt.

The kiosk (``booth.app``) and the manager's command line (``kiosk.cli_records``)
build the retention sweep, the rights service and the list of places that may
hold copies of a visit the same way, from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from booth.paths import DataLayout
from booth.records_file import open_records
from booth.settings import Settings
from consent.copies import CopyStore, DryRunCopies, NoHostedCopies
from consent.photos import PhotoStore
from consent.records import KioskIdentity
from consent.retention import RetentionPolicy, RetentionScheduler, RetentionSweep
from consent.rights import SubjectRights
from sync.feed import central_retention


def kiosk_identity(settings: Settings) -> KioskIdentity:
    store = settings.store
    return KioskIdentity(
        store_id=store.store_id,
        kiosk_id=store.kiosk_id,
        store_name=store.store_name,
        privacy_contact=store.privacy_contact,
        jurisdiction=store.jurisdiction,
    )


RETENTION_FIELDS = (
    "delivered_days",
    "undelivered_max_days",
    "publish_max_months",
    "consent_proof_months",
    "delivery_log_days",
    "audit_log_months",
)


def retention_policy(
    settings: Settings, central: Mapping[str, Any] | None = None
) -> RetentionPolicy:
    """The kiosk's own rules, with head office's (pulled by the sync) taking precedence."""
    values = {name: getattr(settings.retention, name) for name in RETENTION_FIELDS}
    for name, value in (central or {}).items():
        if name in values and isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            values[name] = value
    return RetentionPolicy(**values)


def copy_stores(layout: DataLayout, settings: Settings | None = None) -> Sequence[CopyStore]:
    """Every place outside the records file that may hold a copy of a visit.

    With a media host or a channel whose provider keeps its messages, that includes the
    hosted photo behind a link and the provider's message, also when no kiosk window is
    running (the manager's ``records erase``, ``retention run``, a central erasure applied
    by ``sync``). QR pickup hosts photos in any delivery mode.
    """
    hosted: list[CopyStore] = []
    if settings is not None:
        from booth.delivery_setup import build_senders, hosted_copies

        senders = build_senders(settings, layout)
        copies = hosted_copies(settings, lambda: open_records(layout), senders)
        if copies is not None:
            hosted.append(copies)
    return [DryRunCopies(layout.dry_run_outbox), *(hosted or [NoHostedCopies()])]


def open_sweep(layout: DataLayout, settings: Settings, actor: str) -> RetentionSweep:
    database = open_records(layout)
    return RetentionSweep(
        database,
        PhotoStore(layout.photos, database.vault),
        retention_policy(settings, central_retention(database)),
        copy_stores(layout, settings),
        actor=actor,
    )


def retention_scheduler(layout: DataLayout, settings: Settings) -> RetentionScheduler:
    """The sweep at start (after a short delay) and every ``retention.sweep_interval_min``."""
    return RetentionScheduler(
        lambda: open_sweep(layout, settings, "kiosk:retention"),
        interval_s=settings.retention.sweep_interval_min * 60.0,
    )


def resume_erasures(layout: DataLayout, settings: Settings, actor: str = "kiosk:start") -> int:
    """Finish erasures a stop interrupted between deleting the copies and deleting the rows."""
    database = open_records(layout)
    try:
        rights = SubjectRights(
            database,
            PhotoStore(layout.photos, database.vault),
            kiosk_identity(settings),
            actor,
            copy_stores(layout, settings),
            settings.delivery.default_region,
        )
        return rights.resume_erasures()
    finally:
        database.close()
