"""Data-subject rights (P5): find, export, rectify, erase, restrict, withdraw, hold.

One service for the command line and the manager's screen. A correction is checked by
the same rules as the details form (``consent.contact_rules``), so nothing refused at the
screen can be stored by rectification. Every
call writes an audit entry, in the same transaction as the change it records,
and on refusal too (unknown person, ambiguous input, legal hold), so the log
shows what was asked as well as what was done. Audit entries name a
pseudonymous subject id, never what was typed.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from consent import contact_rules as rules
from consent import holds
from consent.audit import AuditLog
from consent.clock import iso, utcnow
from consent.copies import CopyDeletionError, CopyStore, delete_copies
from consent.database import Database
from consent.delivery_status import DeliveryStatus
from consent.export import subject_document, write_subject_zip
from consent.ledger import ConsentError, ConsentLedger
from consent.photos import PhotoStore
from consent.records import KioskIdentity, field_context, open_contact
from consent.subjects import (
    EMAIL,
    PHONE,
    Identifier,
    normalise_email,
    subject_ids,
)
from consent.upgrade_backup import remove_backups

PENDING = (DeliveryStatus.QUEUED, DeliveryStatus.RETRY)
"""Deliveries a restriction holds (one being sent now finishes)."""


class RightsError(Exception):
    """A request that cannot be carried out as asked; the message is for the manager."""


@dataclass(frozen=True)
class ErasureResult:
    subject_id: str
    visits: int
    photos: int
    deliveries: int
    copies: int
    tombstones: int


@dataclass
class SubjectRights:
    database: Database
    photos: PhotoStore
    identity: KioskIdentity
    actor: str
    copy_stores: Sequence[CopyStore] = field(default_factory=tuple)
    default_region: str = "US"
    in_flight_wait_s: float = 15.0
    smtputf8: bool = False  # whether the email channel can take a non-ASCII local part

    def __post_init__(self) -> None:
        self.audit = AuditLog(self.database)
        self.ledger = ConsentLedger(self.database, self.identity.store_id, self.identity.kiosk_id)

    # -- finding people ----------------------------------------------------
    def find(self, ident: Identifier, action: str = "records.find") -> list[dict[str, Any]]:
        """Every subject the identifier matches, as export documents; audited."""
        ids = subject_ids(self.database.conn, self.database.vault, ident)
        documents = [subject_document(self.database, s, self.identity) for s in ids]
        self.audit.append(
            action,
            actor=self.actor,
            outcome="ok" if ids else "not_found",
            subject_id=ids[0] if len(ids) == 1 else None,
            details={"by": ident.kind, "subjects": len(ids)},
        )
        return documents

    def resolve(self, ident: Identifier, action: str) -> str:
        """Exactly one subject, or a :class:`RightsError` (and an audit entry saying why)."""
        ids = subject_ids(self.database.conn, self.database.vault, ident)
        if len(ids) == 1:
            return ids[0]
        outcome = "not_found" if not ids else "ambiguous"
        self.audit.append(
            action,
            actor=self.actor,
            outcome=outcome,
            details={"by": ident.kind, "subjects": len(ids)},
        )
        if not ids:
            raise RightsError(f"no records found for {ident.describe()}")
        raise RightsError(
            f"{ident.describe()} matches {len(ids)} people ({', '.join(ids)}); "
            "name one with --subject ID"
        )

    # -- access and portability --------------------------------------------
    def export(self, subject_id: str, out_dir: Path) -> tuple[Path, int]:
        if not out_dir.is_dir():
            raise RightsError(f"the output folder {out_dir} does not exist")
        path, photos = write_subject_zip(
            self.database, self.photos, subject_id, out_dir, self.identity
        )
        self.audit.append(
            "records.export",
            actor=self.actor,
            subject_id=subject_id,
            details={"file": path.name, "photos": photos},
        )
        return path, photos

    # -- rectification -----------------------------------------------------
    def rectify(
        self,
        subject_id: str,
        *,
        name: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        visit_id: str | None = None,
    ) -> int:
        """Correct name, email or phone on the subject's visits (or one visit); returns visits changed."""
        if name is None and email is None and phone is None:
            raise RightsError("say what to correct: --new-name, --new-email or --new-phone")
        new_name, new_email, new_phone = self._checked(name, email, phone)
        vault = self.database.vault
        conn = self.database.conn
        with self.database.transaction():
            sql = "SELECT id FROM visits WHERE subject_id = ? AND pii_removed_at IS NULL"
            args = [subject_id]
            if visit_id:
                sql += " AND id = ?"
                args.append(visit_id)
            visits = [r[0] for r in conn.execute(sql, args)]
            if visit_id and not visits:
                raise RightsError(f"visit {visit_id} is not one of this person's visits with data")
            for vid in visits:
                if new_name is not None:
                    conn.execute(
                        "UPDATE visits SET name_enc = ? WHERE id = ?",
                        (vault.seal(new_name, field_context(vid, "name")), vid),
                    )
                if new_email is not None:
                    conn.execute(
                        "UPDATE visits SET email_enc = ?, email_hash = ? WHERE id = ?",
                        (
                            vault.seal(new_email, field_context(vid, "email")),
                            vault.lookup_hash(EMAIL, normalise_email(new_email)),
                            vid,
                        ),
                    )
                if new_phone is not None:
                    conn.execute(
                        "UPDATE visits SET phone_enc = ?, phone_hash = ? WHERE id = ?",
                        (
                            vault.seal(new_phone, field_context(vid, "phone")),
                            vault.lookup_hash(PHONE, new_phone),
                            vid,
                        ),
                    )
            fields = [f for f, v in (("name", name), ("email", email), ("phone", phone)) if v]
            self.audit.append_in_transaction(
                "records.rectify",
                actor=self.actor,
                subject_id=subject_id,
                details={"fields": fields, "visits": len(visits)},
            )
        return len(visits)

    def _checked(
        self, name: str | None, email: str | None, phone: str | None
    ) -> tuple[str | None, str | None, str | None]:
        """The form's own rules (consent.contact_rules): a correction is new input like any other."""
        try:
            return (
                rules.require("name", rules.check_name(name)) if name is not None else None,
                rules.require("email", rules.check_email(email, smtputf8=self.smtputf8))
                if email is not None
                else None,
                rules.require("phone", rules.check_phone(phone, self.default_region))
                if phone is not None
                else None,
            )
        except rules.ContactRefused as exc:
            raise RightsError(f"the new {exc.field} was refused: {exc.message}") from None

    # -- erasure -----------------------------------------------------------
    def erase(self, subject_id: str, now: datetime | None = None) -> ErasureResult:
        """Remove every row and copy about the person; leave a tombstone of keyed hashes."""
        conn = self.database.conn
        vault = self.database.vault
        moment = iso(now or utcnow())
        hold = conn.execute("SELECT hold_at FROM subjects WHERE id = ?", (subject_id,)).fetchone()
        if hold and hold[0]:
            self.audit.append(
                "records.erase",
                actor=self.actor,
                outcome="refused_legal_hold",
                subject_id=subject_id,
            )
            raise RightsError(
                f"subject {subject_id} is on legal hold since {hold[0]}; release the hold first"
            )
        self._begin_erasure(subject_id, moment, now)
        # A pre-upgrade copy of the records file holds the person's rows too, and nothing
        # can take them out of it: it goes (consent.upgrade_backup) (P5).
        old_copies = remove_backups(self.database.path, "an erasure reaches every copy")
        visits = conn.execute(
            "SELECT id, photo_file, name_enc, email_enc, phone_enc FROM visits WHERE subject_id = ?",
            (subject_id,),
        ).fetchall()
        visit_ids = [v[0] for v in visits]
        self._wait_for_sends(visit_ids)
        marks = ",".join("?" * len(visit_ids))
        delivery_ids: dict[str, list[str]] = {}
        if visit_ids:
            for did, vid in conn.execute(
                f"SELECT id, visit_id FROM deliveries WHERE visit_id IN ({marks})", visit_ids
            ):
                delivery_ids.setdefault(vid, []).append(did)
        hashes = {("subject", vault.tombstone_hash("subject", subject_id))}
        for v in visits:
            contact = open_contact(self.database, v[0], (v[2], v[3], v[4]))
            if contact.email:
                hashes.add((EMAIL, vault.tombstone_hash(EMAIL, normalise_email(contact.email))))
            if contact.phone:
                hashes.add((PHONE, vault.tombstone_hash(PHONE, contact.phone)))
        copies = 0
        try:
            for vid in visit_ids:
                copies += delete_copies(self.copy_stores, vid, delivery_ids.get(vid, []))
        except CopyDeletionError as exc:
            self.audit.append(
                "records.erase",
                actor=self.actor,
                outcome="copies_not_deleted",
                subject_id=subject_id,
            )
            raise RightsError(f"erasure stopped, nothing else was removed yet: {exc}") from None
        n_deliveries = sum(len(d) for d in delivery_ids.values())
        with self.database.transaction():
            for kind, keyed in sorted(hashes):
                conn.execute(
                    "INSERT INTO tombstones (id, created_at, subject_id, kind, keyed_hash, reason) "
                    "VALUES (?, ?, ?, ?, ?, 'erasure')",
                    (str(uuid.uuid4()), moment, subject_id, kind, keyed),
                )
            conn.execute(
                "DELETE FROM consent_events WHERE consent_id IN "
                "(SELECT id FROM consents WHERE subject_id = ? OR visit_id IN "
                "(SELECT id FROM visits WHERE subject_id = ?))",
                (subject_id, subject_id),
            )
            conn.execute(
                "DELETE FROM consents WHERE subject_id = ? OR visit_id IN "
                "(SELECT id FROM visits WHERE subject_id = ?)",
                (subject_id, subject_id),
            )
            conn.execute(
                "DELETE FROM deliveries WHERE visit_id IN (SELECT id FROM visits WHERE subject_id = ?)",
                (subject_id,),
            )
            conn.execute("DELETE FROM visits WHERE subject_id = ?", (subject_id,))
            conn.execute("DELETE FROM subjects WHERE id = ?", (subject_id,))
            self.audit.append_in_transaction(
                "records.erase",
                actor=self.actor,
                subject_id=subject_id,
                details={
                    "visits": len(visit_ids),
                    "deliveries": n_deliveries,
                    "copies": copies,
                    "tombstones": len(hashes),
                    "pre_upgrade_copies": old_copies,
                },
                now=now,
            )
        photos = 0
        for v in visits:
            if v[1]:
                self.photos.delete(v[1])
                photos += 1
        self.database.checkpoint()
        return ErasureResult(subject_id, len(visit_ids), photos, n_deliveries, copies, len(hashes))

    def _begin_erasure(self, subject_id: str, moment: str, now: datetime | None) -> None:
        """Say, durably and before any copy goes, that this person is being erased.

        From here the outbox sends nothing for them, and a kill before the rows are gone
        leaves a mark :meth:`resume_erasures` finishes at the next start.
        """
        with self.database.transaction():
            begun = self.database.conn.execute(
                "UPDATE subjects SET erasing_at = ? WHERE id = ? AND erasing_at IS NULL",
                (moment, subject_id),
            ).rowcount
            if begun:
                self.audit.append_in_transaction(
                    "records.erase",
                    actor=self.actor,
                    outcome="begun",
                    subject_id=subject_id,
                    now=now,
                )

    def _wait_for_sends(self, visit_ids: Sequence[str]) -> None:
        """Let a send already under way for these visits finish, so what it makes is found.

        The outbox claims nothing new for a person being erased; one it had claimed settles
        within a provider's timeout. A send still going after that cleans up after itself
        (the outbox deletes what it made when it finds the delivery gone).
        """
        if not visit_ids:
            return
        marks = ",".join("?" * len(visit_ids))
        deadline = time.monotonic() + self.in_flight_wait_s
        while time.monotonic() < deadline:
            sending = self.database.conn.execute(
                f"SELECT count(*) FROM deliveries WHERE status = 'sending' AND visit_id IN ({marks})",
                list(visit_ids),
            ).fetchone()[0]
            if not sending:
                return
            time.sleep(0.1)

    def resume_erasures(self) -> int:
        """Finish every erasure a stop interrupted (see :meth:`_begin_erasure`); audited."""
        pending = [
            row[0]
            for row in self.database.conn.execute(
                "SELECT id FROM subjects WHERE erasing_at IS NOT NULL"
            )
        ]
        for subject_id in pending:
            self.erase(subject_id)
        return len(pending)

    # -- restriction, legal hold, withdrawal --------------------------------
    def restrict(self, subject_id: str, lift: bool = False) -> int:
        """Stop (or resume) sending, publishing and syncing the person's data; returns deliveries held."""
        conn = self.database.conn
        moment = iso(utcnow())
        with self.database.transaction():
            if lift:
                conn.execute(
                    "UPDATE subjects SET restricted_at = NULL, updated_at = ? WHERE id = ?",
                    (moment, subject_id),
                )
                changed = conn.execute(
                    "UPDATE deliveries SET status = ?, next_attempt_at = ?, updated_at = ? "
                    "WHERE status = ? AND visit_id IN (SELECT id FROM visits WHERE subject_id = ?)",
                    (DeliveryStatus.QUEUED, moment, moment, DeliveryStatus.RESTRICTED, subject_id),
                ).rowcount
            else:
                conn.execute(
                    "UPDATE subjects SET restricted_at = coalesce(restricted_at, ?), updated_at = ? "
                    "WHERE id = ?",
                    (moment, moment, subject_id),
                )
                changed = conn.execute(
                    f"UPDATE deliveries SET status = ?, updated_at = ? WHERE status IN "
                    f"({','.join('?' * len(PENDING))}) AND visit_id IN "
                    "(SELECT id FROM visits WHERE subject_id = ?)",
                    (DeliveryStatus.RESTRICTED, moment, *PENDING, subject_id),
                ).rowcount
            self.audit.append_in_transaction(
                "records.restrict.lift" if lift else "records.restrict",
                actor=self.actor,
                subject_id=subject_id,
                details={"deliveries": changed},
            )
        return int(changed)

    def hold(self, subject_id: str, reason: str, holder: str = holds.STORE) -> None:
        """Hold the person for ``holder`` (the store's own hold unless head office's)."""
        if not reason.strip():
            raise RightsError("a legal hold needs a reason (a case reference, no personal data)")
        moment = iso(utcnow())
        with self.database.transaction():
            holds.place(self.database.conn, subject_id, holder, reason.strip(), moment)
            self.audit.append_in_transaction(
                "records.hold", actor=self.actor, subject_id=subject_id, details=_by(holder)
            )

    def release(self, subject_id: str, holder: str = holds.STORE) -> list[str]:
        """Lift ``holder``'s hold only; returns the reasons of the holds still standing."""
        moment = iso(utcnow())
        with self.database.transaction():
            holds.lift(self.database.conn, subject_id, holder, moment)
            self.audit.append_in_transaction(
                "records.release", actor=self.actor, subject_id=subject_id, details=_by(holder)
            )
            return holds.others(self.database.conn, subject_id, holder)

    def withdraw(
        self,
        subject_id: str,
        purpose: str,
        channel: str,
        visit_id: str | None = None,
        event_id: str | None = None,
    ) -> list[str]:
        try:
            with self.database.transaction():
                visits = self.ledger.withdraw_in_transaction(
                    subject_id, purpose, channel, visit_id=visit_id, event_id=event_id
                )
                self.audit.append_in_transaction(
                    "consent.withdraw",
                    actor=self.actor,
                    outcome="ok" if visits else "nothing_active",
                    subject_id=subject_id,
                    details={"purpose": purpose, "channel": channel, "visits": len(visits)},
                )
        except ConsentError as exc:
            self.audit.append(
                "consent.withdraw",
                actor=self.actor,
                outcome="refused",
                subject_id=subject_id,
                details={"purpose": purpose},
            )
            raise RightsError(str(exc)) from None
        return visits


def _by(holder: str) -> dict[str, str]:
    """Whose hold, for the audit log: the store, or head office (with the hold's id)."""
    if holder.startswith(holds.HEAD_OFFICE_PREFIX):
        return {"by": "head office", "hold_id": holder.removeprefix(holds.HEAD_OFFICE_PREFIX)}
    return {"by": holder}
