"""After an upgrade: check the migrated file, and only then remove the pre-upgrade copy.

The migration committed, but a step that ran without error may still have left the
file damaged or broken the audit chain (a step that rewrote the audit table, a bug).
So the file is checked as the kiosk checks it at start (``PRAGMA quick_check``) and the
audit chain is walked (``consent.audit``). Sound: the copy goes. Not sound: the copy is
kept, the problem is logged and returned for staff, who can roll back to the previous
release with it (docs/deployment.md, Upgrade and rollback).

A copy whose upgrade this file has already reached (the process stopped between the
migration and the check) is checked and removed the same way at the next opening.
"""

from __future__ import annotations

import logging
from pathlib import Path

from consent.audit import AuditLog
from consent.database import Database
from consent.upgrade_backup import Backup, backups_of, remove_backup

log = logging.getLogger(__name__)

CHECK_BUDGET_S = 60.0

_failed: dict[tuple[Path, tuple[str, ...]], str] = {}


def finish_upgrade(database: Database, budget_s: float = CHECK_BUDGET_S) -> str | None:
    """Check the file if an upgrade reached it; remove its copy when sound, else say why."""
    current = database.target_format()
    pending: list[Backup] = [b for b in backups_of(database.path) if b.after == current]
    if database.upgrade is not None and database.upgrade not in pending:
        pending.append(database.upgrade)
    if not pending:
        return None
    # A file that failed its check fails it again: once per process, not at every opening
    # (each thread opens its own connection).
    seen = (database.path, tuple(b.path.name for b in pending))
    if database.upgrade is None and seen in _failed:
        return _failed[seen]
    problem = _check(database, budget_s)
    names = ", ".join(b.path.name for b in pending)
    if problem is not None:
        log.error(
            "the records file was upgraded to format %s but failed its check: %s; the copy %s "
            "was kept for a rollback",
            current,
            problem,
            names,
        )
        _failed[seen] = (
            f"The records file was upgraded but failed its check ({problem}). The copy from "
            f"before the upgrade, {names}, was kept: to roll back, reinstall the previous "
            "release and put the copy back (docs/deployment.md, Upgrade and rollback)."
        )
        return _failed[seen]
    for backup in pending:
        remove_backup(backup)
        log.info(
            "records file upgraded from format %s to %s and checked; removed the copy %s",
            backup.before,
            backup.after,
            backup.path.name,
        )
    return None


def _check(database: Database, budget_s: float) -> str | None:
    check = database.quick_check(budget_s)
    if check.problems:
        return f"integrity check: {check.problems[0]}"
    verification = AuditLog(database).verify()
    if not verification.ok:
        return f"audit chain: {verification.problem}"
    return None
