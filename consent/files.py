"""Writing a file so that a power cut leaves either the old file or the new one (P7).

A write goes through a temporary file named after its target (``.tmp-<name>.<random>``),
so that what a crash leaves half written can still be found: erasure and retention look
for the temporary files of the copies they delete (:func:`remove_temp_files` with a
name), and the kiosk clears every one left in its folders when it starts.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".tmp-"


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_durably(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Temp file, fsync, rename, fsync the folder: the file is whole or absent after a crash."""
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp, mode)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def temp_files(folder: Path, target: str | None = None) -> list[Path]:
    """Temporary files a write left in ``folder``: all of them, or those for ``target``."""
    prefix = TEMP_PREFIX if target is None else f"{TEMP_PREFIX}{target}."
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.name.startswith(prefix) and p.is_file()]


def remove_temp_files(folder: Path, target: str | None = None) -> int:
    """Delete what :func:`temp_files` finds; a file already gone is not an error."""
    removed = 0
    for path in temp_files(folder, target):
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed
