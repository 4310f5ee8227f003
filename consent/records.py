"""Committing one visitor's session, all or nothing.

The order matters for P7 (durable writes, nothing lost on a power cut) and for
"nothing is sent before it is recorded": the photo file is written and synced
first, then one transaction inserts the visit, one consent row per purpose and
the queued deliveries. Only after that commit may the outbox send anything. A
crash between the two steps leaves at most a photo file with no visit, which
:meth:`RecordsStore.remove_orphan_photos` deletes at the next start.

Name, email and phone are sealed with the records key before they reach the
file (P7); the visit carries keyed hashes for lookups and points at a
pseudonymous subject (:mod:`consent.subjects`). Each consent given at the kiosk
is also the first event of its record (:mod:`consent.ledger`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from consent import contact_rules as rules
from consent.clock import iso, utcnow
from consent.database import Database, translate_errors
from consent.delivery_status import DeliveryStatus
from consent.files import write_file_durably
from consent.notices import DELIVERY, PUBLISH_SOCIAL, Notice
from consent.photos import PhotoStore
from consent.subjects import EMAIL, PHONE, match_subject, normalise_email, normalise_phone


@dataclass(frozen=True)
class KioskIdentity:
    store_id: str
    kiosk_id: str
    store_name: str
    privacy_contact: str
    jurisdiction: str


@dataclass(frozen=True)
class VisitDraft:
    """What the flow hands over when the visitor presses Send."""

    name: str
    email: str | None
    phone: str | None
    channels: tuple[str, ...]
    publish: bool
    language: str
    photo_jpeg: bytes


@dataclass(frozen=True)
class SubmittedVisit:
    visit_id: str
    deliveries: dict[str, str]  # delivery id -> channel
    photo_file: Path


@dataclass(frozen=True)
class DeliveryContact:
    """What a sender may know about the visitor of one delivery (P8)."""

    first_name: str
    email: str | None
    phone: str | None
    photo_file: str
    language: str


@dataclass(frozen=True)
class VisitContact:
    """A visit's personal data, decrypted: for the manager's tools, never for a log."""

    name: str | None
    email: str | None
    phone: str | None


class RestrictedError(LookupError):
    """Processing of this visit is restricted (P5): it may not be sent or published."""


def field_context(visit_id: str, column: str) -> str:
    """What a sealed visit field is bound to: its column and its row."""
    return f"visits.{column}:{visit_id}"


def open_contact(database: Database, visit_id: str, row: tuple[Any, Any, Any]) -> VisitContact:
    vault = database.vault
    name, email, phone = (
        vault.open(value, field_context(visit_id, column))
        for value, column in zip(row, ("name", "email", "phone"), strict=True)
    )
    return VisitContact(name, email, phone)


def visit_contact(database: Database, visit_id: str) -> VisitContact:
    row = database.conn.execute(
        "SELECT name_enc, email_enc, phone_enc FROM visits WHERE id = ?", (visit_id,)
    ).fetchone()
    if row is None:
        raise LookupError(f"visit {visit_id} no longer exists")
    return open_contact(database, visit_id, row)


def delivery_contact(database: Database, visit_id: str) -> DeliveryContact:
    """Read one visit's contact for the outbox; the only place delivery reads a visit row.

    Decrypts here, so the sender gets plaintext only in memory and only the first name
    (P8). A visit whose data is gone (erased, expired) or whose processing is
    restricted raises, so nothing is sent for it. The message speaks the language of the
    notice the delivery consent was given under, as its record stores it.
    """
    row = database.conn.execute(
        "SELECT v.name_enc, v.email_enc, v.phone_enc, v.photo_file, "
        "COALESCE((SELECT c.notice_language FROM consents c WHERE c.visit_id = v.id "
        "AND c.purpose = ? ORDER BY c.created_at DESC LIMIT 1), v.language), v.created_at, "
        "v.pii_removed_at, s.restricted_at, s.erasing_at FROM visits v "
        "LEFT JOIN subjects s ON s.id = v.subject_id WHERE v.id = ?",
        (DELIVERY, visit_id),
    ).fetchone()
    if row is None or row[6] is not None or row[3] is None or row[8] is not None:
        raise LookupError(f"visit {visit_id} no longer exists")
    if row[7] is not None and row[5] <= row[7]:
        raise RestrictedError(f"visit {visit_id} is restricted")
    contact = open_contact(database, visit_id, row[:3])
    return DeliveryContact(
        (contact.name or "").split(" ", 1)[0], contact.email, contact.phone, row[3], row[4] or "en"
    )


LEGACY_REGION = "US"  # the form hands over E.164; other callers always had this default


def checked_draft(draft: VisitDraft) -> None:
    """Refuse (:class:`ContactRefused`) a draft whose name, address or number the rules refuse.

    The details form has checked and normalised them already; checking again here means
    no other caller (a script, a future screen) can store a 10,000-character name or an
    escape sequence. The channel's own limits (a mobile number, an address's domain) are
    the form's to apply: here a number need only be possible, an address plain text.
    """
    if not (draft.name or draft.email or draft.phone or draft.channels):
        return  # a QR pickup: the photo only, no contact to check (nor to keep)
    rules.require("name", rules.check_name(draft.name))
    if draft.email:
        rules.require("email", rules.check_address_text(draft.email))
    if draft.phone:
        rules.require("phone", rules.check_phone(draft.phone, LEGACY_REGION, mobile=False))


class RecordsStore:
    """Visits, their consents and their queued deliveries in the local records file."""

    def __init__(self, database: Database, photos: PhotoStore, identity: KioskIdentity) -> None:
        self.database = database
        self.photos = photos
        self.identity = identity

    def submit(
        self, draft: VisitDraft, notice: Notice, now: datetime | None = None
    ) -> SubmittedVisit:
        checked_draft(draft)
        moment = iso(now or utcnow())
        visit_id = str(uuid.uuid4())
        with translate_errors():
            photo_name = self.photos.write(visit_id, draft.photo_jpeg)
        ident = self.identity
        vault = self.database.vault
        delivery_ids = tuple(str(uuid.uuid4()) for _ in draft.channels)
        email = normalise_email(draft.email) if draft.email else None
        phone = normalise_phone(draft.phone) if draft.phone else None
        try:
            with self.database.transaction() as db:
                if self.photos.sealed_with(photo_name) != vault.key_id:
                    # A key rotation began after the photo was sealed: seal it with the new key.
                    with translate_errors():
                        write_file_durably(
                            self.photos.path_for(photo_name),
                            vault.seal_photo(draft.photo_jpeg, photo_name),
                        )
                subject_id = match_subject(db.conn, vault, email, phone)
                if subject_id is None:
                    subject_id = str(uuid.uuid4())
                    db.table("subjects").insert(
                        {"id": subject_id, "created_at": moment, "updated_at": moment}
                    )
                db.table("visits").insert(
                    {
                        "id": visit_id,
                        "created_at": moment,
                        "store_id": ident.store_id,
                        "kiosk_id": ident.kiosk_id,
                        "language": draft.language,
                        "subject_id": subject_id,
                        "name_enc": vault.seal(draft.name, field_context(visit_id, "name")),
                        "email_enc": vault.seal(draft.email, field_context(visit_id, "email")),
                        "phone_enc": vault.seal(draft.phone, field_context(visit_id, "phone")),
                        "email_hash": vault.lookup_hash(EMAIL, email) if email else None,
                        "phone_hash": vault.lookup_hash(PHONE, phone) if phone else None,
                        "publish_active": int(draft.publish),
                        "photo_file": photo_name,
                        "status": "active",
                    }
                )
                consents = list(self._consent_rows(visit_id, subject_id, draft, notice, moment))
                db.table("consents").insert_all(consents)
                db.table("consent_events").insert_all(
                    {
                        "id": str(uuid.uuid4()),
                        "consent_id": row["id"],
                        "event": "given",
                        "channel": "kiosk",
                        "at": moment,
                        "store_id": ident.store_id,
                        "kiosk_id": ident.kiosk_id,
                        "created_at": moment,
                    }
                    for row in consents
                    if row["given"]
                )
                db.table("deliveries").insert_all(
                    {
                        "id": delivery_id,
                        "visit_id": visit_id,
                        "channel": channel,
                        "status": DeliveryStatus.QUEUED,
                        "attempts": 0,
                        "next_attempt_at": moment,
                        "created_at": moment,
                        "updated_at": moment,
                    }
                    for delivery_id, channel in zip(delivery_ids, draft.channels, strict=True)
                )
        except BaseException:
            self.photos.delete(photo_name)
            raise
        deliveries = dict(zip(delivery_ids, draft.channels, strict=True))
        return SubmittedVisit(visit_id, deliveries, self.photos.path_for(photo_name))

    def _consent_rows(
        self, visit_id: str, subject_id: str, draft: VisitDraft, notice: Notice, moment: str
    ) -> Iterable[dict[str, Any]]:
        """One row per purpose the notice names, given or not: a "no" is recorded too (P2, P3)."""
        given = {DELIVERY: True, PUBLISH_SOCIAL: draft.publish}
        for name, purpose in notice.purposes.items():
            yield {
                "id": str(uuid.uuid4()),
                "visit_id": visit_id,
                "subject_id": subject_id,
                "purpose": name,
                "given": int(given.get(name, False)),
                "legal_basis": purpose.legal_basis,
                "notice_id": notice.notice_id,
                "notice_version": notice.version,
                "notice_sha256": notice.sha256,
                "notice_language": notice.language,
                "wording": notice.wording(
                    name,
                    store=self.identity.store_name,
                    privacy_contact=self.identity.privacy_contact,
                ),
                "method": "kiosk-checkbox" if name == PUBLISH_SOCIAL else "kiosk-send-button",
                "created_at": moment,
                "store_id": self.identity.store_id,
                "kiosk_id": self.identity.kiosk_id,
                "jurisdiction": self.identity.jurisdiction,
            }

    def remove_orphan_photos(self) -> int:
        """Delete photo files that no visit refers to (left by a crash mid-submit)."""
        known = {
            row["photo_file"]
            for row in self.database.db.query(
                "select photo_file from visits where photo_file is not null"
            )
        }
        orphans = self.photos.names() - known
        with translate_errors():
            for name in orphans:
                self.photos.delete(name)
        return len(orphans)

    def counts(self) -> dict[str, int]:
        db = self.database.db
        return {
            "visits": db.table("visits").count,
            "consents": db.table("consents").count,
            "deliveries": db.table("deliveries").count,
        }
