"""Erasures a kiosk asked for in other stores: head office's policy, and its decisions (P5, P7).

A kiosk's login can erase only its own rows. When the person also visited other
stores, ``push_erasures`` files a request with the kiosk as its origin and head
office's policy decides: ``automatic`` (the default) applies it at once, unless the
kiosk never held the person at head office or has already sent
``per_origin_per_day`` erasures in the last day; ``review`` holds every one. A held
request changes nothing anywhere until someone at head office approves it here;
every decision is written to head office's audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.rows import dict_row

from headoffice.office_audit import record
from wire.bucket import CentralBucket
from wire.postgres import CentralError, connect

MODES = ("automatic", "review")


@dataclass(frozen=True)
class ErasurePolicy:
    mode: str = "automatic"
    per_origin_per_day: int = 20


class ErasureReview:
    def __init__(self, dsn: str, actor: str, bucket: CentralBucket | None = None) -> None:
        self.dsn = dsn
        self.actor = actor
        self.bucket = bucket

    def policy(self) -> ErasurePolicy:
        with connect(self.dsn, row_factory=dict_row) as conn:
            row = conn.execute(
                "SELECT mode, per_origin_per_day FROM photobooth.erasure_policy WHERE id = 1"
            ).fetchone()
        return ErasurePolicy(**row) if row else ErasurePolicy()

    def set_policy(
        self, mode: str | None = None, per_origin_per_day: int | None = None
    ) -> ErasurePolicy:
        current = self.policy()
        wanted = ErasurePolicy(
            mode if mode is not None else current.mode,
            per_origin_per_day if per_origin_per_day is not None else current.per_origin_per_day,
        )
        if wanted.mode not in MODES:
            raise CentralError(f"the erasure policy is one of {', '.join(MODES)}")
        if wanted.per_origin_per_day < 0:
            raise CentralError("--per-day must be 0 or more")
        with connect(self.dsn) as conn, conn.transaction():
            conn.execute(
                "UPDATE photobooth.erasure_policy SET mode = %s, per_origin_per_day = %s, "
                "updated_at = now() WHERE id = 1",
                (wanted.mode, wanted.per_origin_per_day),
            )
            record(conn, self.actor, "erasure.policy", details=wanted.__dict__)
        return wanted

    def approve(self, request_id: str) -> dict[str, Any]:
        """Apply a held request now: central rows go, every kiosk holding the person is told."""
        from headoffice.legal_holds import hold_reason

        with connect(self.dsn) as conn, conn.transaction():
            self._decide(conn, request_id, "applied")
            subject = conn.execute(
                "SELECT email_hash, phone_hash, visit_id::text FROM photobooth.erasure_requests "
                "WHERE id = %s::uuid",
                (request_id,),
            ).fetchone()
            held = hold_reason(conn, *subject) if subject else None
            if held is not None:
                raise CentralError(
                    f"this person is under a legal hold ({held}); the request stays held"
                )
            objects = [
                str(r[0])
                for r in conn.execute(
                    "SELECT * FROM photobooth.apply_erasure(%s::uuid)", (request_id,)
                ).fetchall()
                if r[0]
            ]
            pending = [
                str(r[0])
                for r in conn.execute(
                    "SELECT kiosk_id FROM photobooth.erasure_targets WHERE request_id = %s::uuid "
                    "AND acknowledged_at IS NULL ORDER BY kiosk_id",
                    (request_id,),
                ).fetchall()
            ]
            record(
                conn,
                self.actor,
                "erasure.approve",
                details={"request_id": request_id, "kiosks": len(pending)},
            )
        if self.bucket is not None:
            for key in objects:
                self.bucket.delete(key)
        return {"request_id": request_id, "status": "applied", "kiosks_pending": pending}

    def decline(self, request_id: str, reason: str) -> dict[str, Any]:
        """Close a held request without erasing anything at other stores."""
        with connect(self.dsn) as conn, conn.transaction():
            self._decide(conn, request_id, "declined", reason)
            record(conn, self.actor, "erasure.decline", details={"request_id": request_id})
        return {"request_id": request_id, "status": "declined"}

    def _decide(
        self, conn: psycopg.Connection[Any], request_id: str, status: str, reason: str | None = None
    ) -> None:
        try:
            row = conn.execute(
                "UPDATE photobooth.erasure_requests SET status = %s, decided_at = now(), "
                "decided_by = %s, reason = coalesce(%s, reason) "
                "WHERE id = %s::uuid AND status = 'held' RETURNING id",
                (status, self.actor, reason, request_id),
            ).fetchone()
        except psycopg.errors.InvalidTextRepresentation:
            raise CentralError(f"'{request_id}' is not a request id") from None
        if row is None:
            raise CentralError(f"no held erasure request {request_id} (see `central requests`)")
