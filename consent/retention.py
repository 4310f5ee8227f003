"""Retention (P4): every category of data has a rule, and a sweep applies the rules.

Categories and their rules (defaults in :class:`RetentionPolicy`, settings in
``retention.*``):

``visit_data`` (photo file, name, email, phone, keyed hashes) of a delivery-only visit
    removed ``delivered_days`` after its last delivery settled (sent or failed for
    good), and at the latest ``undelivered_max_days`` after the visit, delivered or not.
``published_visit_data``: the same for a visit with an active publish consent
    kept until the consent is withdrawn (it then follows the delivery-only rule,
    which has usually passed: the next sweep removes it) or erased, and at most
    ``publish_max_months`` after the visit.
``consent_records``: kept as proof after the data they cover is gone; what is left
    (the consent records and a visit skeleton holding ids, times and store codes:
    no personal data) is deleted ``consent_proof_months`` after that.
``delivery_logs``: delivery rows, ``delivery_log_days`` after the visit's data is gone
    (their error texts are cleared at once).
``audit_log``: entries older than ``audit_log_months``; the chain's anchor moves.

A legal hold on a subject suspends all of it for that subject. The sweep runs in
batches, each its own short ``BEGIN IMMEDIATE`` sized to hold the write lock
well under 100 ms, so a visitor's commit never waits long. Copies outside the
file (:mod:`consent.copies`) go first, photo files after the commit (a crash in
between leaves an orphan file, removed at the next start).
"""

from __future__ import annotations

import calendar
import functools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from consent.audit import AuditLog
from consent.clock import iso, utcnow
from consent.copies import CopyDeletionError, CopyStore, delete_copies
from consent.database import Database
from consent.delivery_status import UNSENT, DeliveryStatus
from consent.photos import PhotoStore
from consent.upgrade_backup import remove_backups

log = logging.getLogger(__name__)

VISIT_DATA = "visit_data"
PUBLISHED_VISIT_DATA = "published_visit_data"
CONSENT_RECORDS = "consent_records"
DELIVERY_LOGS = "delivery_logs"
AUDIT_LOG = "audit_log"
CATEGORIES = (VISIT_DATA, PUBLISHED_VISIT_DATA, CONSENT_RECORDS, DELIVERY_LOGS, AUDIT_LOG)
PENDING = (*UNSENT, DeliveryStatus.RESTRICTED)
"""Deliveries that would still go: a visit keeps its data for them, and they expire with it."""
TARGET_LOCK_MS = 40.0
SCAN_ROWS = 2000


@dataclass(frozen=True)
class RetentionPolicy:
    delivered_days: int = 7
    undelivered_max_days: int = 30
    publish_max_months: int = 12
    consent_proof_months: int = 36
    delivery_log_days: int = 30
    audit_log_months: int = 36


def months_before(moment: datetime, months: int) -> datetime:
    index = moment.month - 1 - months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass
class CategoryResult:
    due: int = 0
    done: int = 0
    held: int = 0
    deferred: int = 0  # a copy outside the file could not be deleted yet
    sample: list[str] = field(default_factory=list)  # ids (never personal data), for --dry-run


@dataclass
class SweepReport:
    now: str
    dry_run: bool
    categories: dict[str, CategoryResult]
    batches: int = 0
    max_lock_ms: float = 0.0
    elapsed_s: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "now": self.now,
            "dry_run": self.dry_run,
            "categories": {
                k: {"due": v.due, "done": v.done, "held": v.held, "deferred": v.deferred}
                for k, v in self.categories.items()
            },
            "batches": self.batches,
            "max_lock_ms": round(self.max_lock_ms, 2),
            "elapsed_s": round(self.elapsed_s, 3),
        }


class RetentionSweep:
    def __init__(
        self,
        database: Database,
        photos: PhotoStore,
        policy: RetentionPolicy,
        copy_stores: Sequence[CopyStore] = (),
        actor: str = "retention-sweep",
        sample_size: int = 20,
    ) -> None:
        self.database = database
        self.photos = photos
        self.policy = policy
        self.copy_stores = copy_stores
        self.actor = actor
        self.sample_size = sample_size
        self._batch = 200

    # -- the whole sweep ---------------------------------------------------
    def run(
        self,
        now: datetime | None = None,
        *,
        dry_run: bool = False,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> SweepReport:
        moment = now or utcnow()
        started = time.perf_counter()
        report = SweepReport(iso(moment), dry_run, {c: CategoryResult() for c in CATEGORIES})
        p = self.policy
        self._visit_data(
            report,
            VISIT_DATA,
            publish_active=0,
            scan_until=iso(moment - timedelta(days=min(p.delivered_days, p.undelivered_max_days))),
            moment=moment,
            dry_run=dry_run,
            should_stop=should_stop,
        )
        self._visit_data(
            report,
            PUBLISHED_VISIT_DATA,
            publish_active=1,
            scan_until=iso(months_before(moment, p.publish_max_months)),
            moment=moment,
            dry_run=dry_run,
            should_stop=should_stop,
        )
        self._stripped(report, moment, dry_run, should_stop)
        self._audit(report, moment, dry_run)
        report.elapsed_s = time.perf_counter() - started
        if not dry_run:
            done = {k: v.done for k, v in report.categories.items() if v.done}
            details: dict[str, object] = {"done": done}
            if done:
                # A pre-upgrade copy still holds what was just removed: it goes too (P4).
                copies = remove_backups(
                    self.database.path, "the retention sweep removed data it held"
                )
                if copies:
                    details["pre_upgrade_copies"] = copies
            # Every run is recorded, also one with nothing due: the health panel shows when
            # the rules were last applied, and "removed nothing" is worth proving too (P4).
            AuditLog(self.database).append(
                "retention.sweep", actor=self.actor, details=details, now=moment
            )
            if done:
                self.database.checkpoint()
            log.info("retention sweep: %s", report.as_dict()["categories"])
        return report

    def _timed_transaction(self, report: SweepReport, work: Callable[[], None]) -> None:
        start = time.perf_counter()
        with self.database.transaction():
            work()
        held_ms = (time.perf_counter() - start) * 1000
        report.batches += 1
        report.max_lock_ms = max(report.max_lock_ms, held_ms)
        # Keep each batch well inside the 100 ms a kiosk commit may wait for the lock.
        if held_ms > TARGET_LOCK_MS and self._batch > 10:
            self._batch = max(10, int(self._batch * TARGET_LOCK_MS / held_ms * 0.8))
        elif held_ms < TARGET_LOCK_MS / 3 and self._batch < 5000:
            self._batch = min(5000, self._batch * 2)

    # -- visit data (photo, name, email, phone) ------------------------------
    def _visit_data(
        self,
        report: SweepReport,
        category: str,
        *,
        publish_active: int,
        scan_until: str,
        moment: datetime,
        dry_run: bool,
        should_stop: Callable[[], bool],
    ) -> None:
        conn = self.database.conn
        result = report.categories[category]
        cut_delivered = iso(moment - timedelta(days=self.policy.delivered_days))
        cut_undelivered = iso(moment - timedelta(days=self.policy.undelivered_max_days))
        after = ("", "")
        while not should_stop():
            rows = conn.execute(
                "SELECT v.id, v.created_at, v.photo_file, s.hold_at FROM visits v "
                "LEFT JOIN subjects s ON s.id = v.subject_id "
                "WHERE v.pii_removed_at IS NULL AND v.publish_active = ? AND v.created_at <= ? "
                "AND (v.created_at, v.id) > (?, ?) ORDER BY v.created_at, v.id LIMIT ?",
                (publish_active, scan_until, after[0], after[1], SCAN_ROWS),
            ).fetchall()
            if not rows:
                return
            after = (rows[-1][1], rows[-1][0])
            deliveries = self._deliveries_of([r[0] for r in rows])
            due: list[tuple[str, str | None, list[str]]] = []
            for visit_id, created_at, photo_file, hold_at in rows:
                mine = deliveries.get(visit_id, [])
                if publish_active:
                    is_due = True
                else:
                    pending = any(status in PENDING for _d, status, _u in mine)
                    settled_at = max((u for _d, _s, u in mine), default=created_at)
                    is_due = created_at <= cut_undelivered or (
                        not pending and settled_at <= cut_delivered
                    )
                if not is_due:
                    continue
                result.due += 1
                if hold_at:
                    result.held += 1
                    continue
                if len(result.sample) < self.sample_size:
                    result.sample.append(visit_id)
                due.append((visit_id, photo_file, [d for d, _s, _u in mine]))
            start = 0
            while not dry_run and start < len(due):  # the batch size adapts as it goes
                if should_stop():
                    return
                size = self._batch
                self._strip(report, result, due[start : start + size], moment)
                start += size

    def _deliveries_of(self, visit_ids: list[str]) -> dict[str, list[tuple[str, str, str]]]:
        out: dict[str, list[tuple[str, str, str]]] = {}
        for did, vid, status, updated in self.database.conn.execute(
            "SELECT id, visit_id, status, updated_at FROM deliveries "
            f"WHERE visit_id IN ({','.join('?' * len(visit_ids))})",
            visit_ids,
        ):
            out.setdefault(vid, []).append((did, status, updated or ""))
        return out

    def _strip(
        self,
        report: SweepReport,
        result: CategoryResult,
        batch: list[tuple[str, str | None, list[str]]],
        moment: datetime,
    ) -> None:
        ready = []
        for visit_id, photo_file, delivery_ids in batch:
            try:
                delete_copies(self.copy_stores, visit_id, delivery_ids)
            except CopyDeletionError as exc:
                result.deferred += 1
                log.warning("retention: visit %s kept until its copies can go: %s", visit_id, exc)
                continue
            ready.append((visit_id, photo_file))
        if not ready:
            return
        ids = [v for v, _p in ready]
        marks = ",".join("?" * len(ids))
        stamp = iso(moment)
        stripped: list[str] = []

        def work() -> None:
            conn = self.database.conn
            stripped.extend(
                r[0]
                for r in conn.execute(
                    "UPDATE visits SET name_enc = NULL, email_enc = NULL, phone_enc = NULL, "
                    "email_hash = NULL, phone_hash = NULL, photo_file = NULL, publish_active = 0, "
                    "status = 'expired', pii_removed_at = ? "
                    f"WHERE id IN ({marks}) AND pii_removed_at IS NULL AND NOT EXISTS "
                    "(SELECT 1 FROM subjects s WHERE s.id = visits.subject_id AND s.hold_at IS NOT NULL) "
                    "RETURNING id",
                    (stamp, *ids),
                ).fetchall()
            )
            conn.execute(
                "UPDATE deliveries SET last_error = NULL, updated_at = ?, status = CASE WHEN status IN "
                f"({','.join('?' * len(PENDING))}) THEN ? ELSE status END "
                f"WHERE visit_id IN ({marks})",
                (stamp, *PENDING, DeliveryStatus.EXPIRED, *ids),
            )

        self._timed_transaction(report, work)
        done = set(stripped)
        for visit_id, photo_file in ready:
            if visit_id in done and photo_file:
                self.photos.delete(photo_file)
        result.done += len(done)
        result.held += len(ids) - len(done)  # a hold placed while the sweep ran

    # -- what is left once the data is gone -----------------------------------
    def _stripped(
        self, report: SweepReport, moment: datetime, dry_run: bool, should_stop: Callable[[], bool]
    ) -> None:
        conn = self.database.conn
        rules = (
            (CONSENT_RECORDS, iso(months_before(moment, self.policy.consent_proof_months))),
            (DELIVERY_LOGS, iso(moment - timedelta(days=self.policy.delivery_log_days))),
        )
        for category, cutoff in rules:
            result = report.categories[category]
            after = ("", "")
            while not should_stop():
                rows = conn.execute(
                    "SELECT v.id, v.pii_removed_at, s.hold_at, "
                    "(SELECT count(*) FROM deliveries d WHERE d.visit_id = v.id) FROM visits v "
                    "LEFT JOIN subjects s ON s.id = v.subject_id "
                    "WHERE v.pii_removed_at IS NOT NULL AND v.pii_removed_at <= ? "
                    "AND (v.pii_removed_at, v.id) > (?, ?) ORDER BY v.pii_removed_at, v.id LIMIT ?",
                    (cutoff, after[0], after[1], SCAN_ROWS),
                ).fetchall()
                if not rows:
                    break
                after = (rows[-1][1], rows[-1][0])
                if category == DELIVERY_LOGS:
                    rows = [r for r in rows if r[3]]
                due = [r[0] for r in rows if not r[2]]
                result.due += len(rows)
                result.held += len(rows) - len(due)
                result.sample.extend(due[: max(0, self.sample_size - len(result.sample))])
                if dry_run:
                    continue
                start = 0
                while start < len(due):  # the batch size adapts as it goes
                    chunk = due[start : start + self._batch]
                    start += len(chunk)
                    self._timed_transaction(
                        report, functools.partial(self._delete, category, chunk)
                    )
                    result.done += len(chunk)

    def _delete(self, category: str, visit_ids: list[str]) -> None:
        conn = self.database.conn
        marks = ",".join("?" * len(visit_ids))
        conn.execute(f"DELETE FROM deliveries WHERE visit_id IN ({marks})", visit_ids)
        if category != CONSENT_RECORDS:
            return
        conn.execute(
            "DELETE FROM consent_events WHERE consent_id IN "
            f"(SELECT id FROM consents WHERE visit_id IN ({marks}))",
            visit_ids,
        )
        conn.execute(f"DELETE FROM consents WHERE visit_id IN ({marks})", visit_ids)
        subjects = [
            r[0]
            for r in conn.execute(
                f"DELETE FROM visits WHERE id IN ({marks}) RETURNING subject_id", visit_ids
            ).fetchall()
            if r[0]
        ]
        if subjects:
            conn.execute(
                f"DELETE FROM subjects WHERE id IN ({','.join('?' * len(subjects))}) "
                "AND hold_at IS NULL AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.subject_id = subjects.id)",
                subjects,
            )

    def _audit(self, report: SweepReport, moment: datetime, dry_run: bool) -> None:
        cutoff = iso(months_before(moment, self.policy.audit_log_months))
        conn = self.database.conn
        result = report.categories[AUDIT_LOG]
        result.due = int(
            conn.execute(
                "SELECT count(*) FROM audit_log WHERE created_at < ?", (cutoff,)
            ).fetchone()[0]
        )
        if dry_run or not result.due:
            return
        pruned: list[int] = []
        self._timed_transaction(
            report, lambda: pruned.append(AuditLog(self.database).prune_before(cutoff, moment))
        )
        result.done = pruned[0] if pruned else 0


class RetentionScheduler:
    """Runs the sweep at start and then every ``interval_s``, on its own thread (never the GUI's)."""

    def __init__(
        self,
        open_sweep: Callable[[], RetentionSweep],
        interval_s: float,
        initial_delay_s: float = 5.0,
    ) -> None:
        self.open_sweep = open_sweep
        self.interval_s = interval_s
        self.initial_delay_s = initial_delay_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="retention-sweep", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _run(self) -> None:
        if self._stop.wait(self.initial_delay_s):
            return
        sweep: RetentionSweep | None = None
        try:
            while not self._stop.is_set():
                try:
                    sweep = sweep or self.open_sweep()
                    sweep.run(should_stop=self._stop.is_set)
                except Exception:  # a bad sweep must not stop the next one
                    log.exception("retention sweep failed")
                self.runs += 1
                if self._stop.wait(self.interval_s):
                    break
        finally:
            if sweep is not None:
                sweep.database.close()
