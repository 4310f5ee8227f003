"""What head office does with the central store: find, erase, follow requests, export.

Lookups need only the fleet key (they compare keyed hashes); reading a
person's details or a photo needs head office's private key, which only
``export`` and ``export_consented`` ask for. Erasure deletes central rows and
objects at once, then stays open until every kiosk that held the person has
acknowledged it.
"""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar

import psycopg
from psycopg.rows import dict_row

from consent.subjects import lookup_email, lookup_phone
from headoffice.office_audit import record
from wire.bucket import CentralBucket
from wire.postgres import CentralError, connect
from wire.sealing import HeadOfficeKeys, fleet_hash, open_sealed

EXPORT_SCHEMA = "photobooth-kiosk/central-subject-export/v1"
DEFAULT_RULES: dict[
    str, int
] = {  # the kiosk's documented defaults (booth/settings.py RetentionSettings)
    "delivered_days": 7,
    "undelivered_max_days": 30,
    "publish_max_months": 12,
    "consent_proof_months": 36,
    "delivery_log_days": 30,
}
CONSENTED_SCHEMA = "photobooth-kiosk/consented-photos/v1"
UNHELD = (  # retention passes over a person under a legal hold (headoffice.legal_holds)
    "AND NOT EXISTS (SELECT 1 FROM photobooth.legal_holds h WHERE h.released_at IS NULL "
    "AND (h.visit_id = v.id OR h.email_hash = v.email_hash OR h.phone_hash = v.phone_hash))"
)


@dataclass(frozen=True)
class Subject:
    """Who a request is about: keyed hashes of an email and/or phone, or one visit id."""

    email_hash: str | None = None
    phone_hash: str | None = None
    visit_id: str | None = None

    @classmethod
    def from_input(
        cls,
        keys: HeadOfficeKeys,
        *,
        email: str | None = None,
        phone: str | None = None,
        visit: str | None = None,
        region: str = "US",
    ) -> Subject:
        if sum(x is not None for x in (email, phone, visit)) != 1:
            raise CentralError("name exactly one of --email, --phone or --visit")
        if visit is not None:
            try:
                return cls(visit_id=str(uuid.UUID(visit)))
            except ValueError:
                raise CentralError(f"'{visit}' is not a visit id") from None
        if email is not None:
            return cls(email_hash=fleet_hash(keys.fleet_key, "email", lookup_email(email)))
        assert phone is not None
        return cls(phone_hash=fleet_hash(keys.fleet_key, "phone", lookup_phone(phone, region)))

    def where(self) -> tuple[str, list[Any]]:
        """Only the condition that applies, so PostgreSQL always uses that column's index."""
        if self.visit_id is not None:
            return "v.id = %s::uuid", [self.visit_id]
        if self.email_hash is not None:
            return "v.email_hash = %s", [self.email_hash]
        return "v.phone_hash = %s", [self.phone_hash]


# The request log's filters, as SQL over ``erasure_requests r``: what the officer looks for.
REQUEST_STATES: Mapping[str, str] = MappingProxyType(
    {
        "held": "r.status = 'held'",
        "waiting": "r.status = 'applied' AND r.completed_at IS NULL",
        "complete": "r.completed_at IS NOT NULL",
        "declined": "r.status = 'declined'",
    }
)


class HeadOffice:
    def __init__(
        self,
        dsn: str,
        keys: HeadOfficeKeys,
        bucket: CentralBucket | None = None,
        actor: str = "central",
    ) -> None:
        self.dsn = dsn
        self.keys = keys
        self.bucket = bucket
        self.actor = actor
        self._connection: psycopg.Connection[dict[str, Any]] | None = None

    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection[dict[str, Any]]]:
        """One connection for the life of this object (SCRAM login is slow on purpose)."""
        if self._connection is None or self._connection.closed:
            self._connection = connect(self.dsn, row_factory=dict_row)
        conn = self._connection
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        else:
            conn.commit()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def note(self, action: str, outcome: str = "ok", details: dict[str, Any] | None = None) -> None:
        """Write one entry of head office's audit log as this actor (ids and counts only)."""
        with self._conn() as conn:
            record(conn, self.actor, action, outcome, details)

    # -- lookups (fleet key only) ---------------------------------------------------------
    def find(self, subject: Subject) -> list[dict[str, Any]]:
        where, args = subject.where()
        with self._conn() as conn:
            visits = conn.execute(
                f"SELECT v.id::text AS visit_id, v.kiosk_id, v.store_id, v.created_at, v.language, "
                f"v.photo_object IS NOT NULL AS photo_held_centrally, "
                f"coalesce(c.consents, '{{}}'::jsonb) AS consents "
                f"FROM photobooth.visits v LEFT JOIN LATERAL ("
                f"  SELECT jsonb_object_agg(purpose, event) AS consents FROM ("
                f"    SELECT DISTINCT ON (purpose) purpose, event FROM photobooth.consent_events e"
                f"     WHERE e.visit_id = v.id ORDER BY purpose, at DESC, event = 'withdrawn' DESC) latest"
                f") c ON true WHERE {where} ORDER BY v.created_at",
                args,
            ).fetchall()
        for visit in visits:
            visit["created_at"] = visit["created_at"].isoformat()
        return visits

    @staticmethod
    def _latest_consents(conn: psycopg.Connection[dict[str, Any]], visit_id: str) -> dict[str, str]:
        rows = conn.execute(
            "SELECT DISTINCT ON (purpose) purpose, event FROM photobooth.consent_events "
            "WHERE visit_id = %s ORDER BY purpose, at DESC, event = 'withdrawn' DESC",
            (visit_id,),
        ).fetchall()
        return {r["purpose"]: r["event"] for r in rows}

    # -- erasure ----------------------------------------------------------------------------
    def erase(self, subject: Subject) -> dict[str, Any]:
        from headoffice.legal_holds import hold_reason

        request_id = str(uuid.uuid4())
        with self._conn() as conn, conn.transaction():
            held = hold_reason(conn, subject.email_hash, subject.phone_hash, subject.visit_id)
            if held is not None:
                raise CentralError(
                    f"this person is under a legal hold ({held}); nothing was erased: release the hold first"
                )
            where, args = subject.where()
            count_row = conn.execute(
                f"SELECT count(*) AS n FROM photobooth.visits v WHERE {where}", args
            ).fetchone()
            objects = [
                r["record_erasure"]
                for r in conn.execute(
                    "SELECT photobooth.record_erasure(%s, 'central', %s, %s, %s)",
                    (request_id, subject.email_hash, subject.phone_hash, subject.visit_id),
                ).fetchall()
            ]
            record(
                conn,
                self.actor,
                "central.erase",
                details={
                    "request_id": request_id,
                    "visits": int(count_row["n"]) if count_row else 0,
                },
            )
        deleted = 0
        if objects and self.bucket is not None:
            for key in objects:
                self.bucket.delete(key)
                deleted += 1
        pending = self.pending_kiosks(request_id)
        return {
            "request_id": request_id,
            "visits_erased": int(count_row["n"]) if count_row else 0,
            "objects_deleted": deleted,
            "kiosks_pending": pending,
        }

    # -- legal holds -------------------------------------------------------------------------
    def hold(self, subject: Subject, reason: str) -> str:
        from headoffice import legal_holds

        with self._conn() as conn, conn.transaction():
            return legal_holds.place(
                conn,
                self.actor,
                reason,
                email_hash=subject.email_hash,
                phone_hash=subject.phone_hash,
                visit_id=subject.visit_id,
            )

    def release_hold(self, hold_id: str) -> None:
        from headoffice import legal_holds

        with self._conn() as conn, conn.transaction():
            legal_holds.release(conn, self.actor, hold_id)

    def holds(self) -> list[dict[str, Any]]:
        from headoffice import legal_holds

        with self._conn() as conn:
            return legal_holds.active(conn)

    def pending_kiosks(self, request_id: str) -> list[str]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT kiosk_id FROM photobooth.erasure_targets WHERE request_id = %s AND acknowledged_at IS NULL "
                "ORDER BY kiosk_id",
                (request_id,),
            ).fetchall()
        return [r["kiosk_id"] for r in rows]

    def withdraw_publish(self, visit_id: str, channel: str) -> dict[str, Any]:
        """The privacy officer withdraws a visit's publish consent on the person's request
        (``channel``: how they asked); the kiosk records it on its next sync."""
        from consent.ledger import CHANNELS
        from headoffice.withdrawals import withdraw_publish

        if channel not in CHANNELS:
            raise CentralError(f"unknown channel {channel!r}; one of {', '.join(CHANNELS)}")
        with self._conn() as conn, conn.transaction():
            row = conn.execute(
                "SELECT kiosk_id FROM photobooth.visits WHERE id = %s", (visit_id,)
            ).fetchone()
            if row is None:
                raise CentralError("no visit at head office has that id")
            event_id, objects = withdraw_publish(
                conn,
                token_id=f"office:{uuid.uuid4()}",
                kiosk_id=row["kiosk_id"],
                visit_id=visit_id,
                method="head office",
                channel=channel,
                actor=self.actor,
            )
        for key in objects:
            if self.bucket is not None:
                self.bucket.delete(key)
        return {"withdrawn": event_id is not None, "event_id": event_id}

    def requests(self) -> list[dict[str, Any]]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT r.id::text AS request_id, r.origin, r.status, r.reason, r.decided_by, "
                "r.created_at, r.completed_at, "
                "coalesce(array_agg(t.kiosk_id ORDER BY t.kiosk_id) FILTER (WHERE t.acknowledged_at IS NULL), '{}') "
                "AS kiosks_pending "
                "FROM photobooth.erasure_requests r LEFT JOIN photobooth.erasure_targets t ON t.request_id = r.id "
                "GROUP BY r.id ORDER BY r.created_at"
            ).fetchall()
        return [_request_row(row) for row in rows]

    REQUEST_STATES: ClassVar[Mapping[str, str]] = REQUEST_STATES

    def count_requests(self, state: str | None = None) -> int:
        where = _state_filter(state)
        with self._conn() as conn:
            row = conn.execute(f"SELECT count(*) AS n FROM photobooth.erasure_requests r{where}")
            found = row.fetchone()
        return int(found["n"]) if found else 0

    def request_rows(
        self, state: str | None = None, offset: int = 0, limit: int = 50
    ) -> list[dict[str, Any]]:
        """One page of the request log, newest first, cut in SQL (the console's pages)."""
        where = _state_filter(state)
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT r.id::text AS request_id, r.origin, r.status, r.reason, r.decided_by, "
                "r.created_at, r.completed_at, "
                "coalesce((SELECT array_agg(t.kiosk_id ORDER BY t.kiosk_id) FROM "
                "photobooth.erasure_targets t WHERE t.request_id = r.id "
                "AND t.acknowledged_at IS NULL), '{}') AS kiosks_pending "
                f"FROM photobooth.erasure_requests r{where} "
                "ORDER BY r.created_at DESC, r.id LIMIT %s OFFSET %s",
                (limit, offset),
            ).fetchall()
        return [_request_row(row) for row in rows]

    def count_kiosks(self, search: str = "") -> int:
        with self._conn() as conn:
            found = conn.execute(
                "SELECT count(*) AS n FROM photobooth.kiosks WHERE kiosk_id ILIKE %s",
                (_contains(search),),
            ).fetchone()
        return int(found["n"]) if found else 0

    def kiosk_rows(
        self, search: str = "", offset: int = 0, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Enrolled kiosks whose id holds ``search``, active first, a page at a time."""
        with self._conn() as conn:
            return conn.execute(
                "SELECT kiosk_id, revoked_at IS NOT NULL AS revoked, store_id, store_name "
                "FROM photobooth.kiosks WHERE kiosk_id ILIKE %s "
                "ORDER BY revoked_at IS NOT NULL, kiosk_id LIMIT %s OFFSET %s",
                (_contains(search), limit, offset),
            ).fetchall()

    # -- fleet and retention --------------------------------------------------------------
    def fleet(self, interval_s: int = 300, now: datetime | None = None) -> list[dict[str, Any]]:
        moment = now or datetime.now(UTC)
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT k.kiosk_id, k.revoked_at IS NOT NULL AS revoked, h.at AS last_heartbeat, h.report "
                "FROM photobooth.kiosks k LEFT JOIN photobooth.heartbeats h USING (kiosk_id) ORDER BY k.kiosk_id"
            ).fetchall()
        for row in rows:
            last = row["last_heartbeat"]
            row["stale"] = last is None or (moment - last).total_seconds() > 3 * interval_s
            row["last_heartbeat"] = last.isoformat() if last else None
        return rows

    def fleet_view(
        self, interval_s: int = 300, store: str | None = None, page: int = 1, per_page: int = 100
    ) -> dict[str, Any]:
        """The console's fleet page: stale kiosks first, a page at a time, with the counts."""
        from headoffice.fleet_view import fleet_page

        with self._conn() as conn:
            return fleet_page(
                conn, interval_s=interval_s, store=store, page=page, per_page=per_page
            )

    def retention(self) -> dict[str, int]:
        """The rules kiosks pull: head office's own over the kiosks' documented defaults."""
        with self._conn() as conn:
            row = conn.execute(
                "SELECT rules FROM photobooth.retention_rules WHERE id = 1"
            ).fetchone()
        return {**DEFAULT_RULES, **((row or {}).get("rules") or {})}

    def activity(self, store: str | None = None, days: int = 14) -> list[dict[str, Any]]:
        """Visits and deliveries per day, for one store or all: counts only, never a person."""
        where, args = ("", []) if not store else (" AND v.store_id = %s", [store])
        since = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        since -= timedelta(days=days - 1)
        with self._conn() as conn:
            visits = conn.execute(
                "SELECT date_trunc('day', v.created_at, 'UTC')::date AS day, count(*) AS n "
                f"FROM photobooth.visits v WHERE v.created_at >= %s{where} GROUP BY 1",
                [since, *args],
            ).fetchall()
            sent = conn.execute(
                "SELECT date_trunc('day', o.created_at, 'UTC')::date AS day, count(*) AS n, "
                "count(*) FILTER (WHERE o.status = 'sent') AS sent "
                "FROM photobooth.delivery_outcomes o JOIN photobooth.visits v ON v.id = o.visit_id "
                f"WHERE o.created_at >= %s{where} GROUP BY 1",
                [since, *args],
            ).fetchall()
        per_day = {r["day"]: {"visits": int(r["n"]), "deliveries": 0, "sent": 0} for r in visits}
        for r in sent:
            entry = per_day.setdefault(r["day"], {"visits": 0, "deliveries": 0, "sent": 0})
            entry.update(deliveries=int(r["n"]), sent=int(r["sent"]))
        out = []
        for i in range(days):
            day = (since + timedelta(days=i)).date()
            entry = per_day.get(day, {"visits": 0, "deliveries": 0, "sent": 0})
            out.append({"day": day, **entry})
        return out

    def set_retention(self, rules: dict[str, Any]) -> None:
        with self._conn() as conn, conn.transaction():
            conn.execute(
                "INSERT INTO photobooth.retention_rules (id, rules, updated_at) VALUES (1, %s, now()) "
                "ON CONFLICT (id) DO UPDATE SET rules = EXCLUDED.rules, updated_at = now()",
                (json.dumps(rules),),
            )

    def sweep(self, now: datetime | None = None) -> dict[str, int]:
        """Apply the central retention rules to head office's own copy (P4).

        The same rules the kiosks pull: contact details of a delivery-only visit go after
        ``undelivered_max_days`` (or ``delivered_days`` after its last successful send), a
        published photo after ``publish_max_months``; consent records, kept as proof without
        personal data, go ``consent_proof_months`` after the data they cover, delivery outcomes
        ``delivery_log_days`` after it.
        """
        moment = now or datetime.now(UTC)
        with self._conn() as conn:
            row = conn.execute(
                "SELECT rules FROM photobooth.retention_rules WHERE id = 1"
            ).fetchone()
        rules = {**DEFAULT_RULES, **((row or {}).get("rules") or {})}
        photos = self._expired_photos(moment, rules)
        for key in photos:
            if self.bucket is not None:
                self.bucket.delete(key)
        with self._conn() as conn, conn.transaction():
            conn.execute(
                "INSERT INTO photobooth.takedowns (visit_id, object_key) SELECT id, photo_object "
                "FROM photobooth.visits WHERE photo_object = ANY(%s) ON CONFLICT DO NOTHING",
                (photos,),
            )
            stripped = conn.execute(
                "UPDATE photobooth.visits v SET sealed = NULL, email_hash = NULL, phone_hash = NULL, "
                "photo_object = NULL, pii_removed_at = %(now)s WHERE v.pii_removed_at IS NULL "
                f"{UNHELD} AND ("
                " v.photo_object = ANY(%(photos)s) OR (v.photo_object IS NULL AND ("
                "  v.created_at < %(now)s - make_interval(days => %(undelivered)s) OR EXISTS ("
                "   SELECT 1 FROM photobooth.delivery_outcomes d WHERE d.visit_id = v.id AND d.status = 'sent'"
                "   GROUP BY d.visit_id HAVING max(d.sent_at) < %(now)s - make_interval(days => %(delivered)s)))))",
                {
                    "now": moment,
                    "photos": photos,
                    "undelivered": int(rules["undelivered_max_days"]),
                    "delivered": int(rules["delivered_days"]),
                },
            ).rowcount
            outcomes = conn.execute(
                "DELETE FROM photobooth.delivery_outcomes d USING photobooth.visits v WHERE d.visit_id = v.id "
                "AND v.pii_removed_at < %s - make_interval(days => %s)",
                (moment, int(rules["delivery_log_days"])),
            ).rowcount
            proofs = conn.execute(
                "DELETE FROM photobooth.consent_events e USING photobooth.visits v WHERE e.visit_id = v.id "
                "AND v.pii_removed_at < %s - make_interval(months => %s)",
                (moment, int(rules["consent_proof_months"])),
            ).rowcount
        return {
            "visits_stripped": stripped,
            "photos_deleted": len(photos),
            "delivery_outcomes_deleted": outcomes,
            "consent_events_deleted": proofs,
        }

    def _expired_photos(self, moment: datetime, rules: dict[str, Any]) -> list[str]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT photo_object FROM photobooth.visits v WHERE photo_object IS NOT NULL "
                f"AND created_at < %s - make_interval(months => %s) {UNHELD}",
                (moment, int(rules["publish_max_months"])),
            ).fetchall()
        return [r["photo_object"] for r in rows]

    # -- exports (private key) ------------------------------------------------------------
    def _open_contact(self, visit_id: str, sealed: bytes | None) -> dict[str, Any]:
        if sealed is None:
            return {}
        opened: dict[str, Any] = json.loads(
            open_sealed(self.keys, bytes(sealed), visit_id.encode())
        )
        return opened

    def export(self, subject: Subject, out_dir: Path) -> Path:
        if not out_dir.is_dir():
            raise CentralError(f"the output folder {out_dir} does not exist")
        where, args = subject.where()
        with self._conn() as conn:
            visits = conn.execute(
                f"SELECT v.id::text AS visit_id, v.kiosk_id, v.store_id, v.created_at, v.language, v.sealed, "
                f"v.photo_object FROM photobooth.visits v WHERE {where} ORDER BY v.created_at",
                args,
            ).fetchall()
            if not visits:
                raise CentralError("no visit at head office matches that person")
            document: dict[str, Any] = {
                "schema": EXPORT_SCHEMA,
                "exported_at": datetime.now(UTC).isoformat(),
                "visits": [],
            }
            photos: dict[str, bytes] = {}
            for v in visits:
                events = conn.execute(
                    "SELECT id::text, purpose, event, legal_basis, notice_id, notice_version, notice_sha256, "
                    "notice_language, wording, method, channel, at, store_id, kiosk_id, jurisdiction "
                    "FROM photobooth.consent_events WHERE visit_id = %s ORDER BY at",
                    (v["visit_id"],),
                ).fetchall()
                outcomes = conn.execute(
                    "SELECT channel, status, attempts, created_at, sent_at FROM photobooth.delivery_outcomes "
                    "WHERE visit_id = %s",
                    (v["visit_id"],),
                ).fetchall()
                entry = {
                    "visit_id": v["visit_id"],
                    "kiosk_id": v["kiosk_id"],
                    "store_id": v["store_id"],
                    "created_at": v["created_at"].isoformat(),
                    "language": v["language"],
                    "contact": self._open_contact(v["visit_id"], v["sealed"]),
                    "consent_events": [{**e, "at": e["at"].isoformat()} for e in events],
                    "deliveries": [
                        {
                            **o,
                            "created_at": o["created_at"].isoformat() if o["created_at"] else None,
                            "sent_at": o["sent_at"].isoformat() if o["sent_at"] else None,
                        }
                        for o in outcomes
                    ],
                    "photo": None,
                }
                if v["photo_object"] and self.bucket is not None:
                    name = f"photos/{v['visit_id']}.jpg"
                    photos[name] = open_sealed(
                        self.keys,
                        self.bucket.get(v["photo_object"]),
                        v["visit_id"].encode(),
                    )
                    entry["photo"] = name
                document["visits"].append(entry)
        target = out_dir / f"central-export-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("subject.json", json.dumps(document, indent=2, ensure_ascii=False))
            for name, data in photos.items():
                archive.writestr(name, data)
        return target

    def export_consented(self, out_dir: Path) -> dict[str, Any]:
        """Photos with an active publish consent, a manifest, and what to take down since last time."""
        if not out_dir.is_dir():
            raise CentralError(f"the output folder {out_dir} does not exist")
        if self.bucket is None:
            raise CentralError("no central bucket is configured")
        with self._conn() as conn, conn.transaction():
            last = conn.execute(
                "SELECT max(at) AS at FROM photobooth.exports WHERE kind = 'consented'"
            ).fetchone()
            since = last["at"] if last and last["at"] else datetime(1970, 1, 1, tzinfo=UTC)
            rows = conn.execute(
                "SELECT v.id::text AS visit_id, v.store_id, v.kiosk_id, v.created_at, v.photo_object "
                "FROM photobooth.visits v WHERE v.photo_object IS NOT NULL AND NOT v.restricted ORDER BY v.created_at"
            ).fetchall()
            takedowns = conn.execute(
                "SELECT visit_id::text, at FROM photobooth.takedowns WHERE at > %s ORDER BY at",
                (since,),
            ).fetchall()
            erased = conn.execute(
                "SELECT coalesce(visit_id::text, id::text) AS ref, created_at AS at FROM photobooth.erasure_requests "
                "WHERE created_at > %s ORDER BY created_at",
                (since,),
            ).fetchall()
            conn.execute("INSERT INTO photobooth.exports (kind) VALUES ('consented')")
        folder = out_dir / f"consented-{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
        (folder / "photos").mkdir(parents=True)
        manifest: dict[str, Any] = {
            "schema": CONSENTED_SCHEMA,
            "since": since.isoformat(),
            "photos": [],
            "take_down": [],
        }
        for row in rows:
            if self._latest_consents_for(row["visit_id"]).get("publish_social") != "given":
                continue
            data = open_sealed(
                self.keys, self.bucket.get(row["photo_object"]), row["visit_id"].encode()
            )
            name = f"photos/{row['visit_id']}.jpg"
            (folder / name).write_bytes(data)
            manifest["photos"].append(
                {
                    "file": name,
                    "visit_id": row["visit_id"],
                    "store_id": row["store_id"],
                    "taken_at": row["created_at"].isoformat(),
                }
            )
        manifest["take_down"] = [
            {"visit_id": t["visit_id"], "reason": "consent withdrawn", "at": t["at"].isoformat()}
            for t in takedowns
        ]
        manifest["take_down"] += [
            {"visit_id": e["ref"], "reason": "erased", "at": e["at"].isoformat()} for e in erased
        ]
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))
        return {
            "folder": str(folder),
            "photos": len(manifest["photos"]),
            "take_down": len(manifest["take_down"]),
        }

    def consented_photos(self, limit: int = 200) -> list[dict[str, Any]]:
        """Photos held centrally whose latest publish consent is given, with that consent's date."""
        with self._conn() as conn:
            return conn.execute(
                "SELECT v.id::text AS visit_id, v.store_id, v.kiosk_id, v.created_at, c.at AS consented_at "
                "FROM photobooth.visits v CROSS JOIN LATERAL ("
                " SELECT event, at FROM photobooth.consent_events e WHERE e.visit_id = v.id "
                " AND e.purpose = 'publish_social' ORDER BY at DESC, event = 'withdrawn' DESC LIMIT 1) c "
                "WHERE v.photo_object IS NOT NULL AND NOT v.restricted AND c.event = 'given' "
                "ORDER BY v.created_at DESC LIMIT %s",
                (limit,),
            ).fetchall()

    def consented_photo(self, visit_id: str) -> bytes:
        """One consented photo, opened with the private key; refused once consent ended."""
        if self.bucket is None:
            raise CentralError("no central bucket is configured")
        try:
            uuid.UUID(visit_id)
        except ValueError:
            raise CentralError(f"'{visit_id}' is not a visit id") from None
        with self._conn() as conn:
            row = conn.execute(
                "SELECT photo_object FROM photobooth.visits WHERE id = %s AND photo_object IS NOT NULL "
                "AND NOT restricted",
                (visit_id,),
            ).fetchone()
            consent = self._latest_consents(conn, visit_id).get("publish_social")
        if row is None or consent != "given":
            raise CentralError("this photo is not publishable: its consent ended or it was erased")
        return open_sealed(self.keys, self.bucket.get(row["photo_object"]), visit_id.encode())

    def takedown_list(self, limit: int = 500) -> list[dict[str, Any]]:
        """Photos to take down from wherever they were published: consent ended, or erased."""
        with self._conn() as conn:
            return conn.execute(
                "(SELECT visit_id::text AS ref, 'consent ended' AS reason, at FROM photobooth.takedowns "
                " UNION ALL SELECT coalesce(visit_id::text, id::text), 'erased', created_at "
                " FROM photobooth.erasure_requests WHERE status = 'applied') "
                "ORDER BY at DESC LIMIT %s",
                (limit,),
            ).fetchall()

    def _latest_consents_for(self, visit_id: str) -> dict[str, str]:
        with self._conn() as conn:
            return self._latest_consents(conn, visit_id)


def _state_filter(state: str | None) -> str:
    """The request log's WHERE clause for a state (none, for an unknown one: every request)."""
    clause = REQUEST_STATES.get(state or "")
    return f" WHERE {clause}" if clause else ""


def _contains(text: str) -> str:
    """A LIKE pattern for ``text`` anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _request_row(row: dict[str, Any]) -> dict[str, Any]:
    """A request-log row as the CLI's JSON and the console show it: ISO times, ``complete``."""
    row["created_at"] = row["created_at"].isoformat()
    row["completed_at"] = row["completed_at"].isoformat() if row["completed_at"] else None
    row["complete"] = row["completed_at"] is not None
    return row
