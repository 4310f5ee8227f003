"""The kiosk's side of the sync: local rows in central's shape, and central erasures applied here.

What leaves the kiosk (P1, P7, P8): contact details only sealed to head office's
public key; email and phone only as fleet-keyed hashes; a photo only while its
publish consent is active and the person is not restricted, sealed as well;
consent records (no contact data in them); delivery outcomes as status and
times, never a message body. A restricted person's data is not synced at all
until the restriction is lifted (P5).
"""

from __future__ import annotations

import json
import logging
import secrets
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consent import holds
from consent.audit import AuditLog
from consent.clock import iso, utcnow
from consent.database import Database
from consent.delivery_status import UNSENT
from consent.photos import PhotoStore
from consent.records import open_contact
from consent.rights import RightsError, SubjectRights
from consent.subjects import normalise_email
from wire.bucket import CentralBucket
from wire.sealing import SealingKey, b64, fleet_hash, seal

log = logging.getLogger(__name__)

ERASURE_NAMESPACE = uuid.UUID("6f1e2a3c-5b7d-4e8f-9a0b-1c2d3e4f5a6b")
VISIT_SQL = (
    "SELECT v.id, v.subject_id, v.store_id, v.created_at, v.language, v.name_enc, v.email_enc, "
    "v.phone_enc, v.photo_file, v.publish_active, v.pii_removed_at, s.restricted_at "
    "FROM visits v LEFT JOIN subjects s ON s.id = v.subject_id WHERE v.id = ?"
)


@dataclass
class KioskFeed:
    """Implements :class:`sync.client.LocalFeed` over the local records file."""

    database: Database
    photos: PhotoStore
    rights: SubjectRights
    fleet_key: bytes
    head_office: SealingKey
    store_id: str
    kiosk_id: str
    bucket: CentralBucket | None = None
    data_dir: Path | None = None
    app_version: str = ""
    camera_state: str = "unknown"
    # The store's display name (the branding band's), for head office's pages: they show
    # it to the store's visitors and to IT instead of the store id.
    store_name: str = ""
    # Keeps head office's settings profile (booth.settings_profile.store_pulled): the kiosk's
    # settings schema, which checks it, is not sync's to know.
    profile_sink: Callable[[dict[str, Any] | None], str] | None = None

    @property
    def conn(self) -> Any:
        return self.database.conn

    # -- cursor and change log -------------------------------------------------------
    def cursor(self) -> int:
        row = self.conn.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
        return int(row[0]) if row else 0

    def save_cursor(self, seq: int) -> None:
        """Only after central committed the batch; the log below the cursor is then dropped."""
        with self.database.transaction():
            self.conn.execute(
                "INSERT INTO sync_state (key, value) VALUES ('cursor', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(seq),),
            )
            self.conn.execute("DELETE FROM sync_changes WHERE seq <= ?", (seq,))
            self.conn.execute(
                "INSERT INTO sync_state (key, value) VALUES ('last_push_at', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (iso(utcnow()),),
            )

    def changes_after(self, cursor: int, limit: int) -> list[tuple[int, str, str]]:
        rows = self.conn.execute(
            "SELECT seq, kind, ref FROM sync_changes WHERE seq > ? ORDER BY seq LIMIT ?",
            (cursor, limit),
        ).fetchall()
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def pending(self) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM sync_changes WHERE seq > ?", (self.cursor(),)
            ).fetchone()[0]
        )

    # -- fleet hashes ----------------------------------------------------------------
    def prepare(self) -> int:
        """Give every visit its fleet-keyed hashes (also those held back by a restriction)."""
        missing = self.conn.execute(
            "SELECT v.id, v.subject_id, v.name_enc, v.email_enc, v.phone_enc FROM visits v "
            "LEFT JOIN sync_fleet f ON f.visit_id = v.id WHERE f.visit_id IS NULL AND v.pii_removed_at IS NULL"
        ).fetchall()
        if not missing:
            return 0
        with self.database.transaction():
            for vid, subject_id, name_enc, email_enc, phone_enc in missing:
                contact = open_contact(self.database, vid, (name_enc, email_enc, phone_enc))
                self.conn.execute(
                    "INSERT OR REPLACE INTO sync_fleet (visit_id, subject_id, email_hash, phone_hash) VALUES (?, ?, ?, ?)",
                    (vid, subject_id, *self._hashes(contact.email, contact.phone)),
                )
        return len(missing)

    def _hashes(self, email: str | None, phone: str | None) -> tuple[str | None, str | None]:
        return (
            fleet_hash(self.fleet_key, "email", normalise_email(email)) if email else None,
            fleet_hash(self.fleet_key, "phone", phone) if phone else None,
        )

    # -- payloads --------------------------------------------------------------------
    def payloads(self, kind: str, refs: list[str]) -> list[dict[str, Any]]:
        if not refs:
            return []
        build = {
            "visit": self._visit,
            "consent": self._consent,
            "event": self._event,
            "delivery": self._delivery,
            "erasure": self._erasure,
        }[kind]
        out: list[dict[str, Any]] = []
        for ref in refs:
            out.extend(build(ref))
        return out

    def _restricted_visit(self, visit_id: str) -> bool:
        row = self.conn.execute(
            "SELECT s.restricted_at, v.created_at FROM visits v JOIN subjects s ON s.id = v.subject_id WHERE v.id = ?",
            (visit_id,),
        ).fetchone()
        return bool(row and row[0] is not None and row[1] <= row[0])

    def _visit(self, visit_id: str) -> list[dict[str, Any]]:
        row = self.conn.execute(VISIT_SQL, (visit_id,)).fetchone()
        if row is None:
            return []
        vid, subject_id, store_id, created_at, language, name_enc, email_enc, phone_enc = row[:8]
        photo_file, publish_active, pii_removed_at, restricted_at = row[8:]
        if restricted_at is not None and created_at <= restricted_at:
            return []  # no sync while restricted (P5)
        payload: dict[str, Any] = {
            "id": vid,
            "store_id": store_id,
            "created_at": created_at,
            "language": language,
        }
        if pii_removed_at is None:
            contact = open_contact(self.database, vid, (name_enc, email_enc, phone_enc))
            email_hash, phone_hash = self._hashes(contact.email, contact.phone)
            document = json.dumps(
                {"name": contact.name, "email": contact.email, "phone": contact.phone}
            )
            payload.update(
                email_hash=email_hash,
                phone_hash=phone_hash,
                sealed=b64(seal(self.head_office, document.encode(), vid.encode())),
            )
            with self.database.transaction():
                self.conn.execute(
                    "INSERT OR REPLACE INTO sync_fleet (visit_id, subject_id, email_hash, phone_hash) VALUES (?, ?, ?, ?)",
                    (vid, subject_id, email_hash, phone_hash),
                )
        else:
            payload.update(
                email_hash=None, phone_hash=None, sealed=None
            )  # retention stripped it here too
        payload["photo_object"] = self._central_photo(
            vid, photo_file, bool(publish_active) and pii_removed_at is None
        )
        return [payload]

    def _central_photo(
        self, visit_id: str, photo_file: str | None, publishable: bool
    ) -> str | None:
        """Upload while the publish consent is active; delete from central storage once it is not."""
        held = self.conn.execute(
            "SELECT object_key FROM sync_photos WHERE visit_id = ?", (visit_id,)
        ).fetchone()
        if self.bucket is None:
            return None
        if publishable and photo_file:
            if held:
                return str(held[0])
            key = f"{self.store_id}/{self.kiosk_id}/{visit_id}-{secrets.token_hex(8)}.sealed"
            self.bucket.put(
                key, seal(self.head_office, self.photos.read(photo_file), visit_id.encode())
            )
            with self.database.transaction():
                self.conn.execute(
                    "INSERT INTO sync_photos (visit_id, object_key) VALUES (?, ?)", (visit_id, key)
                )
            return key
        if held:
            self.bucket.delete(str(held[0]))
            with self.database.transaction():
                self.conn.execute("DELETE FROM sync_photos WHERE visit_id = ?", (visit_id,))
        return None

    def _synced_row(self, sql: str, ref: str) -> dict[str, Any] | None:
        """One row as central names its columns (SQL aliases), or None if gone or restricted."""
        cursor = self.conn.execute(sql, (ref,))
        row = cursor.fetchone()
        if row is None:
            return None
        payload = dict(zip((d[0] for d in cursor.description), row, strict=True))
        return None if self._restricted_visit(payload["visit_id"]) else payload

    def _consent(self, consent_id: str) -> list[dict[str, Any]]:
        payload = self._synced_row(
            "SELECT id, visit_id, purpose, given, legal_basis, notice_id, notice_version, notice_sha256, "
            "notice_language, wording, method, created_at AS at, store_id, jurisdiction "
            "FROM consents WHERE id = ?",
            consent_id,
        )
        if payload is None:
            return []
        payload["event"] = "given" if payload.pop("given") else "refused"
        return [payload]

    def _event(self, event_id: str) -> list[dict[str, Any]]:
        payload = self._synced_row(
            "SELECT e.id, c.visit_id, c.purpose, e.event, e.channel, e.at, e.store_id, c.notice_version, "
            "c.notice_sha256 FROM consent_events e JOIN consents c ON c.id = e.consent_id WHERE e.id = ?",
            event_id,
        )
        if payload is None:
            return []
        if payload["event"] == "withdrawn" and payload["purpose"] == "publish_social":
            self._central_photo(payload["visit_id"], None, publishable=False)
        return [payload]

    def _delivery(self, delivery_id: str) -> list[dict[str, Any]]:
        payload = self._synced_row(
            "SELECT id, visit_id, channel, status, attempts, created_at, sent_at, updated_at "
            "FROM deliveries WHERE id = ?",
            delivery_id,
        )
        return [payload] if payload is not None else []

    def _erasure(self, subject_id: str) -> list[dict[str, Any]]:
        """Announce an erasure done here by its fleet hashes, then forget even those."""
        rows = self.conn.execute(
            "SELECT visit_id, email_hash, phone_hash FROM sync_fleet WHERE subject_id = ?",
            (subject_id,),
        ).fetchall()
        hashes = {("email_hash", r[1]) for r in rows if r[1]} | {
            ("phone_hash", r[2]) for r in rows if r[2]
        }
        out = [
            {"id": str(uuid.uuid5(ERASURE_NAMESPACE, f"{subject_id}:{kind}:{value}")), kind: value}
            for kind, value in sorted(hashes)
        ]
        for (visit_id,) in self.conn.execute(
            "SELECT visit_id FROM sync_photos WHERE visit_id IN (SELECT visit_id FROM sync_fleet WHERE subject_id = ?)",
            (subject_id,),
        ).fetchall():
            self._central_photo(visit_id, None, publishable=False)
        with self.database.transaction():
            self.conn.execute("DELETE FROM sync_fleet WHERE subject_id = ?", (subject_id,))
        return out

    # -- what comes down ---------------------------------------------------------------
    def withdraw_from_link(
        self, visit_id: str, event_id: str, purpose: str, channel: str | None = None
    ) -> bool:
        """A withdrawal recorded at head office (the visitor's link, or the privacy officer on
        the person's request): record the same event here, with how the person asked."""
        from consent.ledger import CHANNELS

        row = self.conn.execute(
            "SELECT subject_id FROM visits WHERE id = ?", (visit_id,)
        ).fetchone()
        if row is None or not row[0]:
            return False  # erased or expired here meanwhile: nothing left to withdraw
        how = channel if channel in CHANNELS else "visitor-link"
        return bool(self.rights.withdraw(row[0], purpose, how, visit_id, event_id))

    def _subjects_matching(
        self, email_hash: str | None, phone_hash: str | None, visit_id: str | None
    ) -> set[str]:
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT v.subject_id FROM sync_fleet f JOIN visits v ON v.id = f.visit_id "
                "WHERE (? IS NOT NULL AND f.email_hash = ?) OR (? IS NOT NULL AND f.phone_hash = ?) OR f.visit_id = ?",
                (email_hash, email_hash, phone_hash, phone_hash, visit_id),
            ).fetchall()
            if r[0]
        }

    def apply_legal_hold(
        self,
        hold_id: str,
        email_hash: str | None,
        phone_hash: str | None,
        visit_id: str | None,
        reason: str,
        released: bool,
    ) -> int:
        """Head office's legal hold (or its release) on the people it names, held here too.

        Held as that hold's own (``consent.holds``): its release lifts it and nothing else,
        so the store manager's own hold on the person, or another of head office's, stays."""
        holder = holds.head_office(hold_id)
        subjects = self._subjects_matching(email_hash, phone_hash, visit_id)
        for subject_id in sorted(subjects):
            if released:
                self.rights.release(subject_id, holder)
            else:
                self.rights.hold(subject_id, reason, holder)
        return len(subjects)

    def erase_matching(
        self, email_hash: str | None, phone_hash: str | None, visit_id: str | None
    ) -> int:
        subjects = {
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT v.subject_id FROM sync_fleet f JOIN visits v ON v.id = f.visit_id "
                "WHERE (? IS NOT NULL AND f.email_hash = ?) OR (? IS NOT NULL AND f.phone_hash = ?) OR f.visit_id = ?",
                (email_hash, email_hash, phone_hash, phone_hash, visit_id),
            ).fetchall()
            if r[0]
        }
        removed = 0
        for (vid,) in self.conn.execute(
            "SELECT p.visit_id FROM sync_photos p JOIN visits v ON v.id = p.visit_id "
            f"WHERE v.subject_id IN ({','.join('?' * len(subjects))})",
            sorted(subjects),
        ).fetchall():
            self._central_photo(vid, None, publishable=False)
        for subject_id in sorted(subjects):
            try:
                removed += self.rights.erase(subject_id).visits
            except RightsError as exc:  # a legal hold: stays pending at head office
                log.warning("central erasure not applied here: %s", exc)
                raise
        with self.database.transaction():
            self.conn.execute(
                "DELETE FROM sync_fleet WHERE (? IS NOT NULL AND email_hash = ?) OR (? IS NOT NULL AND phone_hash = ?)",
                (email_hash, email_hash, phone_hash, phone_hash),
            )
        return removed

    def delete_central_objects(self, keys: list[str]) -> None:
        if self.bucket is None:
            return
        for key in keys:
            self.bucket.delete(key)
        with self.database.transaction():
            self.conn.executemany(
                "DELETE FROM sync_photos WHERE object_key = ?", [(k,) for k in keys]
            )

    def save_retention(self, rules: dict[str, Any] | None) -> None:
        with self.database.transaction():
            if rules is None:
                self.conn.execute("DELETE FROM sync_state WHERE key = 'central_retention'")
            else:
                self.conn.execute(
                    "INSERT INTO sync_state (key, value) VALUES ('central_retention', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (json.dumps(rules),),
                )

    def save_profile(self, document: dict[str, Any] | None) -> str:
        if self.profile_sink is None:
            return "not kept"
        return self.profile_sink(document)

    def audit_head(self) -> dict[str, Any]:
        """Head office keeps every head it is told, so a chain cut or rewritten here shows there."""
        seq, digest = AuditLog(self.database).head()
        return {"seq": seq, "hash": digest}

    def health(self) -> dict[str, Any]:
        marks = ",".join("?" * len(UNSENT))
        queued = self.conn.execute(
            f"SELECT count(*), min(created_at) FROM deliveries WHERE status IN ({marks})", UNSENT
        ).fetchone()
        oldest = None
        if queued and queued[1]:
            from datetime import datetime

            oldest = round((utcnow() - datetime.fromisoformat(queued[1])).total_seconds())
        sweep = self.conn.execute(
            "SELECT max(created_at) FROM audit_log WHERE action LIKE 'retention%'"
        ).fetchone()
        disk = shutil.disk_usage(self.data_dir) if self.data_dir else None
        try:  # channels the outbox paused (a provider refusing), for head office's fleet view
            paused = [
                str(r[0])
                for r in self.conn.execute(
                    "SELECT channel FROM delivery_channels WHERE paused_until > ? ORDER BY channel",
                    (iso(utcnow()),),
                ).fetchall()
            ]
        except sqlite3.OperationalError:
            paused = []  # a records file from before the table
        return {
            "store": {"id": self.store_id, "name": self.store_name},
            "paused_channels": paused,
            "app_version": self.app_version,
            "camera_state": self.camera_state,
            "outbox_depth": int(queued[0]) if queued else 0,
            "oldest_queued_s": oldest,
            "last_retention_sweep": sweep[0] if sweep else None,
            "disk_free_bytes": disk.free if disk else None,
        }


def central_retention(database: Database) -> dict[str, Any]:
    """Retention rules head office set, as last pulled (empty when none)."""
    try:
        row = database.conn.execute(
            "SELECT value FROM sync_state WHERE key = 'central_retention'"
        ).fetchone()
    except Exception:
        return {}
    loaded = json.loads(row[0]) if row else {}
    return loaded if isinstance(loaded, dict) else {}
