"""The records file at start: migrate it, check it, and only then tidy the photo folder.

Opening migrates the file (``booth.records_file.open_records``) and refuses an empty,
unreadable or newer one. A file that opens may still hold a damaged page that no
query has touched yet; ``PRAGMA quick_check`` looks at every page, within a time budget
so a large file on a slow card cannot hold the kiosk closed. A damage found is logged
(what SQLite says names pages and tables, never a visitor's data) and returned for the
staff alert; the kiosk keeps serving visitors, since most damage is in pages a new
visit does not need, but staff are told to restore the file.

Photo files no visit refers to (a crash between writing the photo and committing the
visit) are removed only when the check passed: a damaged file may hide the visits that
own them, and deleting their photos would turn damage into loss (P7).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.files import remove_temp_files
from consent.photos import PhotoStore
from consent.records import KioskIdentity, RecordsStore

log = logging.getLogger(__name__)

QUICK_CHECK_BUDGET_S = 10.0


@dataclass(frozen=True)
class RecordsAtStart:
    problem: str | None  # for staff: what the check found; None when the file is sound
    orphans_removed: int


def damage_text(problems: tuple[str, ...]) -> str:
    first = problems[0].replace("\n", " ")
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{first}{more}"


def prepare_records(
    layout: DataLayout, identity: KioskIdentity, budget_s: float = QUICK_CHECK_BUDGET_S
) -> RecordsAtStart:
    database = open_records(layout)
    try:
        if database.upgrade_problem is not None:
            return RecordsAtStart(database.upgrade_problem, 0)
        check = database.quick_check(budget_s)
        if check.problems:
            text = damage_text(check.problems)
            log.error(
                "the records file failed its integrity check at start: %s; photo files were "
                "left as they are",
                text,
            )
            return RecordsAtStart(f"The records file is damaged: {text}", 0)
        if not check.finished:
            log.warning(
                "the records file's integrity check did not finish within %.0f s; it was skipped",
                budget_s,
            )
        removed = RecordsStore(
            database, PhotoStore(layout.photos, database.vault), identity
        ).remove_orphan_photos()
        if removed:
            log.info("removed %d photo files left without a visit by an earlier stop", removed)
        half_written = sum(
            remove_temp_files(folder) for folder in (layout.photos, layout.dry_run_outbox)
        )
        if half_written:
            log.info("removed %d half-written files an earlier stop left behind", half_written)
        return RecordsAtStart(None, removed)
    finally:
        database.close()
