"""The records file's schema, as numbered migrations.

Each migration moves the file from version N to N + 1; an opening runs every step
it needs inside one transaction, after copying the file (``consent.database``,
``consent.upgrade_backup``). ``PRAGMA user_version`` records where a file stands.
A migration is never edited once released: a change is a new migration appended to
``MIGRATIONS``, and ``tests/consent/test_schema_frozen.py`` fails if the schema a
released step makes changes at all (:data:`RELEASE_FORMATS` says which are released).
Migrations that belong to one concern (privacy, delivery) are kept together
and named for it, so parallel work appends rather than rewrites.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]


def _v1_initial(db: sqlite_utils.Database) -> None:
    db.table("visits").create(
        {
            "id": str,
            "created_at": str,
            "store_id": str,
            "kiosk_id": str,
            "language": str,
            "name": str,
            "email": str,
            "phone": str,
            "photo_file": str,
            "status": str,
        },
        pk="id",
        not_null={"id", "created_at", "store_id", "kiosk_id", "status"},
    )
    db.table("consents").create(
        {
            "id": str,
            "visit_id": str,
            "purpose": str,
            "given": int,
            "legal_basis": str,
            "notice_id": str,
            "notice_version": str,
            "notice_sha256": str,
            "notice_language": str,
            "wording": str,
            "method": str,
            "created_at": str,
            "store_id": str,
            "kiosk_id": str,
            "jurisdiction": str,
        },
        pk="id",
        foreign_keys=[("visit_id", "visits", "id")],
        not_null={"visit_id", "purpose", "given", "notice_sha256", "created_at"},
    )
    db.table("deliveries").create(
        {
            "id": str,
            "visit_id": str,
            "channel": str,
            "status": str,
            "attempts": int,
            "next_attempt_at": str,
            "provider_id": str,
            "last_error": str,
            "created_at": str,
            "updated_at": str,
            "sent_at": str,
        },
        pk="id",
        foreign_keys=[("visit_id", "visits", "id")],
        not_null={"visit_id", "channel", "status", "attempts", "created_at"},
        defaults={"attempts": 0},
    )
    db.table("consents").create_index(["visit_id"])
    db.table("deliveries").create_index(["visit_id"])
    db.table("deliveries").create_index(["status", "next_attempt_at"])
    db.table("visits").create_index(["email"])
    db.table("visits").create_index(["phone"])


def _v2_privacy(db: sqlite_utils.Database) -> None:
    """Privacy core (issue #5): encrypted contact fields, keyed-hash lookups, consent events,
    holds, restrictions, tombstones, the audit log. Released in release format 1: frozen.

    The plaintext ``name``/``email``/``phone`` columns of v1 are dropped (no deployed
    file ever held data in them); the sealed ``*_enc`` columns and keyed ``*_hash``
    columns replace them. Every table a central sync will push incrementally
    (consent events, tombstones, audit entries) has a UUID ``id`` and ``created_at``.
    The statements and their reasons are in consent/privacy_schema.py."""
    from consent.privacy_schema import apply_privacy_schema

    apply_privacy_schema(db)


def _v3_delivery(db: sqlite_utils.Database) -> None:
    """Delivery (issue #4): provider ids and statuses, hosted media, dead letters.
    Released in release format 1: frozen.

    ``attempt_started_at`` is when the current (or last) send began; ``reconcile_since``
    is set after an ambiguous failure (the request may have reached the provider), so
    the next attempt first asks the provider whether the message exists. ``media_key``
    names the hosted copy behind an SMS link or a QR pickup, so erasure and retention
    can delete it. ``provider_status`` is what the provider last reported (delivered,
    undelivered, failed), polled because a kiosk behind NAT gets no callbacks.
    ``dead_at`` marks a dead letter the manager may retry or drop.
    ``delivery_channels`` keeps a paused channel and its reason for staff. No secret and
    no address is stored here."""
    deliveries = db.table("deliveries")
    for column in (
        "attempt_started_at",
        "reconcile_since",
        "media_key",
        "provider_status",
        "provider_checked_at",
        "dead_at",
    ):
        deliveries.add_column(column, str)
    db.execute(
        "CREATE INDEX idx_deliveries_provider_poll ON deliveries (channel, status, provider_status)"
    )
    db.table("delivery_channels").create(
        {"channel": str, "paused_until": str, "reason": str, "updated_at": str},
        pk="channel",
        not_null={"channel", "updated_at"},
    )


def _v4_erasure(db: sqlite_utils.Database) -> None:
    """Resumable erasure (issue #16): ``subjects.erasing_at`` is set, in its own transaction,
    before any copy is deleted. A kill between deleting the copies and deleting the rows
    then leaves a person the next start finishes erasing, instead of one half erased with
    no audit entry; and the outbox sends nothing for a person being erased."""
    db.table("subjects").add_column("erasing_at", str)
    db.execute(
        "CREATE INDEX idx_subjects_erasing ON subjects (erasing_at) WHERE erasing_at IS NOT NULL"
    )


def _v5_hold_holders(db: sqlite_utils.Database) -> None:
    """Who holds a person (issue #19): the store's manager and each head-office legal hold are
    separate holders, so releasing one leaves the others. ``subjects.hold_at`` and
    ``hold_reason`` stay the person's effective hold (every check reads them) and are set
    from the holders left (:mod:`consent.holds`). A hold placed before this step is not
    known to be either's: it is kept as ``before-holders``, which any release lifts, as then."""
    db.execute(
        "CREATE TABLE subject_holds (subject_id TEXT NOT NULL, holder TEXT NOT NULL, "
        "reason TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (subject_id, holder)) WITHOUT ROWID"
    )
    db.execute(
        "INSERT INTO subject_holds (subject_id, holder, reason, at) "
        "SELECT id, 'before-holders', coalesce(hold_reason, ''), hold_at FROM subjects "
        "WHERE hold_at IS NOT NULL"
    )


MIGRATIONS: list[Migration] = [
    _v1_initial,
    _v2_privacy,
    _v3_delivery,
    _v4_erasure,
    _v5_hold_holders,
]
SCHEMA_VERSION = len(MIGRATIONS)

RELEASE_FORMATS: dict[int, dict[str, int]] = {
    # Release 0.1.0: the core's migrations 1-4 and sync's part migration 1.
    1: {"core": 4, "sync": 1},
}
"""What each release format is made of: the core's version and each part's. Every step up
to these is released and frozen; a later change is a new step and a new release format."""
RELEASE_FORMAT = max(RELEASE_FORMATS)


@dataclass(frozen=True)
class SchemaPart:
    """Tables another package keeps in the records file, with migrations numbered on their own.

    Sync's change log lives in the records file (its triggers must see every write), but
    it is sync's business, not the privacy core's: the core's version is ``PRAGMA
    user_version``, a part's is its row in ``schema_parts``, so either gains a migration
    without renumbering the other.
    """

    name: str
    migrations: Sequence[Migration]


LEGACY_PARTS: dict[int, tuple[int, dict[str, int]]] = {
    # Files written before sync became a part counted its tables as core migration 4: they
    # are told apart from today's version 4 by sync's change log and no ``schema_parts``.
    4: (3, {"sync": 1}),
}
LEGACY_MARKER_TABLE = "sync_changes"
