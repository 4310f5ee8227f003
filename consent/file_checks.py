"""Looking at the records file before trusting it: at opening, and once at start.

Opening an empty file, SQLite sees a new database: it would create the tables, the
kiosk would carry on with no visits, and start-up would then delete every photo file
as an orphan. So a file that exists is read before SQLite opens it, and refused with
a :class:`StorageError` (the kiosk stops with one line, exit 2, changing nothing) when
it is empty, unreadable, read-only, not a SQLite file, or written by a newer kiosk.

``PRAGMA quick_check`` finds a damaged page before a visitor's submit does. It reads
the whole file, so it runs under a time budget (a progress handler interrupts it): a
slow disk delays start-up by the budget at most, and an unfinished check is logged as
such rather than passed off as a clean one.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from consent.storage import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 100
USER_VERSION_AT = 60  # PRAGMA user_version: 4 bytes, big-endian, in the file header
PROGRESS_STEPS = 200  # SQLite instructions between two looks at the clock (a cheap call)
MAX_PROBLEMS = 20


def check_records_file(path: Path, known_version: int, older_layouts: frozenset[int]) -> None:
    """Refuse a records file that exists but cannot be this kiosk's; a missing one is fine.

    ``known_version`` is the newest core schema this kiosk knows; ``older_layouts`` are
    numbers above it that older files used (and are migrated), not newer ones.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_BYTES)
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise StorageError(f"The records file {path} is a folder, not a file.") from None
    except OSError as exc:
        raise StorageError(
            f"The records file {path} cannot be read ({exc.strerror}). Give the kiosk's user "
            "access to it; nothing was changed."
        ) from None
    if not header:
        raise StorageError(
            f"The records file {path} is empty (0 bytes): it was truncated or replaced. "
            "Restore it from a backup; the kiosk changed nothing and deleted no photo. "
            "(Only if this kiosk never recorded a visit, delete the empty file to start afresh.)"
        )
    if len(header) < HEADER_BYTES or not header.startswith(SQLITE_MAGIC):
        raise StorageError(
            f"The records file {path} is not a records file (damaged or replaced). "
            "Restore it from a backup; nothing was changed."
        )
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        # SQLite would open it read-only without a word, and the first visitor's submit fail.
        raise StorageError(
            f"The kiosk cannot write to its records file {path} (read-only or no permission). "
            "Give the kiosk's user write access to the data folder; nothing was changed."
        )
    version = int.from_bytes(header[USER_VERSION_AT : USER_VERSION_AT + 4], "big")
    if version > known_version and version not in older_layouts:
        raise StorageError(
            f"The records file was written by a newer kiosk (schema {version}, this one knows "
            f"{known_version}). Install that version again; nothing was changed."
        )


@dataclass(frozen=True)
class QuickCheck:
    """What ``PRAGMA quick_check`` said: no problems, problems, or no verdict in time."""

    finished: bool
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.finished and not self.problems


def quick_check(conn: sqlite3.Connection, budget_s: float) -> QuickCheck:
    """Run ``PRAGMA quick_check`` for at most ``budget_s`` seconds."""
    deadline = time.monotonic() + budget_s
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
    try:
        rows = conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            return QuickCheck(finished=False)
        return QuickCheck(finished=True, problems=(str(exc),))
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed" and the like
        return QuickCheck(finished=True, problems=(str(exc),))
    finally:
        conn.set_progress_handler(None, 0)
    lines = tuple(str(row[0]) for row in rows)
    return QuickCheck(finished=True, problems=() if lines == ("ok",) else lines)
