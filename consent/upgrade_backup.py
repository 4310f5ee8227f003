"""The copy of the records file taken before an upgrade migrates it, and its removal.

An upgrade that fails half way must leave the previous release something it can open.
The migration runs in one transaction, so a failed one changes nothing; the copy is
for the case no transaction covers: a migrated file that opens but fails its check, or
an operator who wants the file exactly as the previous release left it. It is named
``<records file>.pre-upgrade-<from>-<to>`` (formats as :func:`format_label` writes
them), holds only what the records file held, sealed with the same key (it is a page
copy made with SQLite's backup API), and is readable by this user alone (0600).

It is removed once the migrated file has opened and passed its check
(``consent.upgrade_check``). While it exists, an erasure and a retention sweep that
removed something remove it too (:func:`remove_backups`): it holds the person's rows
and the expired data, and nothing can reach inside it to take them out (P4, P5).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from consent.files import fsync_dir

log = logging.getLogger(__name__)

MARK = ".pre-upgrade-"
SIDE_FILES = ("", "-wal", "-shm", "-journal")


def format_label(core: int, parts: Mapping[str, int]) -> str:
    """``4`` for the core alone, ``4.sync1`` with sync's tables at their version 1."""
    return str(core) + "".join(f".{name}{version}" for name, version in sorted(parts.items()))


@dataclass(frozen=True)
class Backup:
    path: Path
    before: str  # the format the copy is in
    after: str  # the format the upgrade was going to


def backup_path(records: Path, before: str, after: str) -> Path:
    return records.with_name(f"{records.name}{MARK}{before}-{after}")


def backups_of(records: Path) -> list[Backup]:
    """Every pre-upgrade copy of this records file next to it."""
    found = []
    prefix = records.name + MARK
    with contextlib.suppress(OSError):
        for path in sorted(records.parent.glob(f"{records.name}{MARK}*")):
            rest = path.name.removeprefix(prefix)
            if rest.endswith(SIDE_FILES[1:]) or "-" not in rest or not path.is_file():
                continue
            before, after = rest.split("-", 1)
            found.append(Backup(path, before, after))
    return found


def make_backup(records: Path, before: str, after: str) -> Backup:
    """Copy the records file with SQLite's backup API, through a connection of its own.

    The caller holds the write lock (``BEGIN IMMEDIATE``) on its own connection, so the
    copy is the last committed state and nothing can change between the copy and the
    migration. An earlier copy by the same name (an earlier attempt) is replaced.
    """
    target = backup_path(records, before, after)
    _remove_files(target)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    source = sqlite3.connect(records, timeout=10.0)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no WAL
        finally:
            copy.close()
    except BaseException:
        _remove_files(target)
        raise
    finally:
        source.close()
    os.chmod(target, 0o600)
    with contextlib.suppress(OSError):
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    fsync_dir(target.parent)
    return Backup(target, before, after)


def _remove_files(path: Path) -> int:
    removed = 0
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
            removed += 1
    return removed


def remove_backup(backup: Backup) -> None:
    _remove_files(backup.path)
    fsync_dir(backup.path.parent)


def remove_backups(records: Path, why: str) -> int:
    """Remove every pre-upgrade copy of ``records``; ``why`` goes in the log (no PII)."""
    found = backups_of(records)
    for backup in found:
        _remove_files(backup.path)
        log.info("removed the pre-upgrade copy %s: %s", backup.path.name, why)
    if found:
        fsync_dir(records.parent)
    return len(found)
