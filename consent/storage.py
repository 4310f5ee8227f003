"""Storage problems staff can fix, told apart from bugs.

A full disk, a read-only folder, a damaged or truncated file: each becomes a
:class:`StorageError` whose message says what happened and what to do, so the kiosk
shows a closed screen and the command line prints one line (exit 2) instead of a
traceback. Anything else is let through as the bug it is. The messages name no file:
a visitor may read them ("We couldn't save your photo: …"); the command line adds the
path of the file concerned.

SQLite reports a write that cannot grow a file (a full disk under WAL, a file-size
limit) as ``disk I/O error`` rather than ``database or disk is full``, so that text is
a storage problem too.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator

FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
NOT_WRITABLE = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


class StorageError(Exception):
    """A problem staff can fix: the disk is full, the folder is read-only, the file is damaged."""


def storage_problem(exc: BaseException) -> StorageError | None:
    """The :class:`StorageError` ``exc`` amounts to, or None when it is not one (a bug)."""
    text = str(exc).lower()
    code = exc.errno if isinstance(exc, OSError) else None
    if code in FULL or "disk is full" in text:
        return StorageError("The kiosk's storage is full. Free some space; nothing was lost.")
    if "disk i/o error" in text:
        return StorageError(
            "The kiosk could not write to its disk (disk I/O error): the disk may be full or "
            "failing. Free some space or check the disk; nothing was lost."
        )
    if code in NOT_WRITABLE or "readonly" in text or "read-only" in text:
        return StorageError(
            "The kiosk cannot write to its data folder (read-only or no permission)."
        )
    if "unable to open database file" in text:
        return StorageError(
            "The kiosk cannot open its records file: the data folder is missing, read-only "
            "or not the kiosk's own."
        )
    if "malformed" in text or "not a database" in text:
        return StorageError("The kiosk's records file is damaged. Restore it from a backup.")
    if "database is locked" in text:
        return StorageError("The records file is busy; try again in a moment.")
    return None


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Re-raise storage problems staff can act on as :class:`StorageError`; let bugs through."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        known = storage_problem(exc)
        if known is None:
            raise
        raise known from exc
