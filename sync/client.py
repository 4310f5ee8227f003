"""One kiosk's sync with head office: push what changed, pull erasures, anchor the audit log, report health.

Incremental: every change to a synced table is numbered in ``sync_changes``
(by triggers, so nothing the kiosk writes can slip past) and the kiosk keeps a
cursor. A batch is pushed in one PostgreSQL transaction, and the cursor moves
only after that commit, so a kill at any moment means the batch is sent again;
central's upserts make a replay change nothing (idempotent, resumable).

Erasure wins in both directions: a person erased here is pushed as an erasure
(fleet-keyed hashes only) that central fans out to every other kiosk that
held them; an erasure from central is applied through the same local erasure
as the manager's command, then acknowledged. The visitor flow never waits for
any of this: it runs on its own thread, with a timeout on every call.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from wire.postgres import CentralError, connect

if TYPE_CHECKING:  # psycopg is imported when a sync runs: a kiosk without head office,
    import psycopg  # and every kiosk's start-up, do without its 0.1 s of imports

log = logging.getLogger(__name__)

BATCH = 500
FAULT_ENV = "PHOTOBOOTH_SYNC_KILL_AFTER_BATCHES"  # tests only: kill -9 ourselves mid-push


class LocalFeed(Protocol):
    """What sync needs from the local records: payloads in central's shape, and erasure."""

    def changes_after(self, cursor: int, limit: int) -> list[tuple[int, str, str]]:
        """(seq, kind, ref) of changes after ``cursor``; kinds: visit, consent, event, delivery, erasure."""

    def payloads(self, kind: str, refs: list[str]) -> list[dict[str, Any]]:
        """Central rows for these refs; refs that no longer exist (or may not be synced) give none."""

    def cursor(self) -> int: ...

    def save_cursor(self, seq: int) -> None: ...

    def erase_matching(
        self, email_hash: str | None, phone_hash: str | None, visit_id: str | None
    ) -> int:
        """Apply a central erasure locally; returns how many visits it removed."""

    def withdraw_from_link(
        self, visit_id: str, event_id: str, purpose: str, channel: str | None = None
    ) -> bool:
        """Record a withdrawal made at head office (the visitor's link, or the privacy officer)."""

    def apply_legal_hold(
        self,
        hold_id: str,
        email_hash: str | None,
        phone_hash: str | None,
        visit_id: str | None,
        reason: str,
        released: bool,
    ) -> int:
        """Hold (or release) the people a head-office legal hold names, as that hold's (its
        release lifts nothing else); returns how many."""

    def health(self) -> dict[str, Any]: ...

    def delete_central_objects(self, keys: list[str]) -> None:
        """Delete photos of people erased at central from the central bucket."""

    def save_retention(self, rules: dict[str, Any] | None) -> None: ...

    def save_profile(self, document: dict[str, Any] | None) -> str:
        """Keep head office's settings profile for this kiosk (None: none any more); returns
        what became of it (applied, unchanged, removed, refused, not kept)."""

    def audit_head(self) -> dict[str, Any]:
        """The local audit chain's latest entry, ``{"seq": n, "hash": "..."}``, for head office to anchor."""


PUSHERS = {
    "visit": "photobooth.push_visits",
    "consent": "photobooth.push_consent_events",
    "event": "photobooth.push_consent_events",
    "delivery": "photobooth.push_delivery_outcomes",
    "erasure": "photobooth.push_erasures",
}
ORDER = ("erasure", "visit", "consent", "event", "delivery")  # erasures first: they win


@dataclass
class SyncReport:
    """What moved, as head office answered it: ``rejected`` rows were not ours to write
    (never expected from an honest kiosk, so logged); ``held`` erasures of other stores'
    visits wait for head office's decision."""

    pushed: dict[str, int] = field(default_factory=dict)
    refused: int = 0
    rejected: int = 0
    held: int = 0
    erasures_applied: int = 0
    visits_erased: int = 0
    link_withdrawals: int = 0
    legal_holds: int = 0
    batches: int = 0
    retention: dict[str, Any] | None = None
    profile: str = "not offered"  # what became of head office's settings profile

    def as_dict(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "refused": self.refused,
            "rejected": self.rejected,
            "erasures_held": self.held,
            "pulled": {
                "erasures": self.erasures_applied,
                "visits_erased": self.visits_erased,
                "link_withdrawals": self.link_withdrawals,
                "legal_holds": self.legal_holds,
            },
            "batches": self.batches,
            "retention_rules": self.retention is not None,
            "profile": self.profile,
        }


class SyncClient:
    def __init__(self, dsn: str, feed: LocalFeed, batch: int = BATCH) -> None:
        self.dsn = dsn
        self.feed = feed
        self.batch = batch

    def run_once(self) -> SyncReport:
        """Push everything pending, then pull and apply erasures, then send a heartbeat."""
        import psycopg

        report = SyncReport()
        try:
            with connect(self.dsn, autocommit=True) as conn:
                self._push_all(conn, report)
                self._pull_erasures(conn, report)
                self._pull_link_withdrawals(conn, report)
                self._pull_legal_holds(conn, report)
                report.retention = self._pull_retention(conn)
                report.profile = self._pull_profile(conn)
                self._push_audit_head(conn)
                conn.execute("SELECT photobooth.heartbeat(%s)", (json.dumps(self.feed.health()),))
        except psycopg.Error as exc:
            raise CentralError(f"sync failed: {str(exc).strip().splitlines()[0]}") from None
        return report

    def _push_all(self, conn: psycopg.Connection[Any], report: SyncReport) -> None:
        kill_after = int(os.environ.get(FAULT_ENV, "0") or 0)
        while True:
            cursor = self.feed.cursor()
            changes = self.feed.changes_after(cursor, self.batch)
            if not changes:
                return
            by_kind: dict[str, list[str]] = {}
            for _seq, kind, ref in changes:
                refs = by_kind.setdefault(kind, [])
                if ref not in refs:
                    refs.append(ref)
            with conn.transaction():
                for kind in ORDER:
                    rows = self.feed.payloads(kind, by_kind.get(kind, []))
                    if not rows:
                        continue
                    result = conn.execute(
                        f"SELECT {PUSHERS[kind]}(%s)", (json.dumps(rows),)
                    ).fetchone()
                    answer = result[0] if result else None
                    if isinstance(answer, dict):
                        self._read_answer(kind, answer, report)
                    report.pushed[kind] = report.pushed.get(kind, 0) + len(rows)
            report.batches += 1
            if kill_after and report.batches >= kill_after:
                log.warning("fault injection: killing the sync after %d batch(es)", report.batches)
                os.kill(os.getpid(), signal.SIGKILL)
            self.feed.save_cursor(changes[-1][0])

    def _push_audit_head(self, conn: psycopg.Connection[Any]) -> None:
        """Anchor the local audit chain at head office; one not yet migrated to keep heads is no reason to stop syncing."""
        import psycopg

        try:
            conn.execute(
                "SELECT photobooth.push_audit_head(%s)", (json.dumps(self.feed.audit_head()),)
            )
        except psycopg.errors.UndefinedFunction:
            log.warning("head office does not keep audit heads yet (run `central migrate` there)")

    def _pull_profile(self, conn: psycopg.Connection[Any]) -> str:
        """Head office's settings profile for this kiosk, through its own login as erasures
        come down; a head office not yet migrated to keep profiles is no reason to stop."""
        import psycopg

        try:
            row = conn.execute("SELECT photobooth.pull_profile()").fetchone()
        except psycopg.errors.UndefinedFunction:
            log.warning("head office does not keep settings profiles yet (run `central migrate`)")
            return "not offered"
        document = row[0] if row else None
        return self.feed.save_profile(document if isinstance(document, dict) else None)

    def _read_answer(self, kind: str, answer: dict[str, Any], report: SyncReport) -> None:
        report.refused += int(answer.get("refused", 0))
        rejected = int(answer.get("rejected", 0))
        if rejected:
            log.warning("head office rejected %d %s row(s) as not this kiosk's", rejected, kind)
            report.rejected += rejected
        report.held += sum(1 for r in answer.get("requests") or [] if r.get("status") == "held")
        objects = answer.get("objects") or []
        if objects:
            self.feed.delete_central_objects([str(o) for o in objects])

    def _pull_erasures(self, conn: psycopg.Connection[Any], report: SyncReport) -> None:
        for request_id, email_hash, phone_hash, visit_id in conn.execute(
            "SELECT id, email_hash, phone_hash, visit_id FROM photobooth.pull_erasures()"
        ).fetchall():
            removed = self.feed.erase_matching(
                email_hash, phone_hash, str(visit_id) if visit_id else None
            )
            conn.execute("SELECT photobooth.ack_erasure(%s)", (request_id,))
            report.erasures_applied += 1
            report.visits_erased += removed

    def _pull_link_withdrawals(self, conn: psycopg.Connection[Any], report: SyncReport) -> None:
        """Withdrawals visitors made through their link at head office (issue #19)."""
        found = conn.execute(
            "SELECT to_regprocedure('photobooth.pull_link_withdrawals()') IS NOT NULL"
        ).fetchone()
        if not (found and found[0]):
            return  # head office not migrated yet: nothing can be waiting
        for event_id, visit_id, purpose, channel in conn.execute(
            "SELECT event_id, visit_id, purpose, channel FROM photobooth.pull_link_withdrawals()"
        ).fetchall():
            if self.feed.withdraw_from_link(str(visit_id), str(event_id), str(purpose), channel):
                report.link_withdrawals += 1
            conn.execute("SELECT photobooth.ack_link_withdrawal(%s)", (event_id,))

    def _pull_legal_holds(self, conn: psycopg.Connection[Any], report: SyncReport) -> None:
        """Legal holds head office placed (or released) on people this kiosk holds."""
        found = conn.execute(
            "SELECT to_regprocedure('photobooth.pull_legal_holds()') IS NOT NULL"
        ).fetchone()
        if not (found and found[0]):
            return
        for hold_id, email_hash, phone_hash, visit_id, reason, released in conn.execute(
            "SELECT hold_id, email_hash, phone_hash, visit_id, reason, released "
            "FROM photobooth.pull_legal_holds()"
        ).fetchall():
            report.legal_holds += self.feed.apply_legal_hold(
                str(hold_id),
                email_hash,
                phone_hash,
                str(visit_id) if visit_id else None,
                reason,
                released,
            )
            conn.execute("SELECT photobooth.ack_legal_hold(%s, %s)", (hold_id, released))

    def _pull_retention(self, conn: psycopg.Connection[Any]) -> dict[str, Any] | None:
        row = conn.execute("SELECT photobooth.pull_retention()").fetchone()
        rules = row[0] if row else None
        self.feed.save_retention(rules if isinstance(rules, dict) else None)
        return rules if isinstance(rules, dict) else None


class SyncLoop:
    """Runs one sync every ``interval_s`` (and when woken) on a plain thread, backing off when offline."""

    def __init__(
        self,
        run_once: Callable[[], dict[str, Any]],
        interval_s: float = 300.0,
        on_result: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        import threading

        self.run_once = run_once
        self.interval_s = interval_s
        self.on_result = on_result
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="central-sync", daemon=True)
        self.last_success: float | None = None
        self.last_error: str | None = None
        self.last_result: dict[str, Any] | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> bool:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def wake(self) -> None:
        self._wake.set()

    def describe(self) -> str:
        """One line for staff: last success, what is still to push, the last problem."""
        import datetime as _dt

        if self.last_result is None:
            return "not synced yet since start"
        parts = []
        if self.last_success is not None:
            parts.append(f"last success {_dt.datetime.fromtimestamp(self.last_success):%H:%M:%S}")
        pending = (self.last_result or {}).get("pending")
        if pending is not None:
            parts.append(f"{pending} change(s) waiting")
        if self.last_error:
            parts.append(f"last problem: {self.last_error}")
        return "; ".join(parts)

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                report = self.run_once()
            except CentralError as exc:
                failures += 1
                self.last_error = str(exc)
                log.warning("central sync: %s (will retry)", exc)
                result: dict[str, Any] = {"ok": False, "error": str(exc)}
            except Exception:
                failures += 1
                log.exception("central sync failed unexpectedly")
                result = {"ok": False, "error": "unexpected error, see log"}
            else:
                failures = 0
                self.last_success = time.time()
                self.last_error = None
                result = {"ok": True, **report}
            self.last_result = result
            if self.on_result is not None:
                self.on_result(result)
            delay = (
                self.interval_s
                if failures == 0
                else min(self.interval_s * 4, 30.0 * 2 ** min(failures, 5))
            )
            self._wake.wait(delay)
            self._wake.clear()
