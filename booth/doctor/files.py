"""The data folder: the kiosk's user owns everything in it, and nobody else can read it (P7).

The kiosk itself makes folders 0700 and files 0600 (umask 077); a file copied in by hand,
a restore from a backup or a ``chown`` gone wrong changes that, and a file the group can
read is a visitor's photo or record someone else on the machine can read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from booth.doctor.report import Check, Status

NAME = "data folder"
SHOWN = 3  # offenders named in the message; the fix covers them all


def _owner_name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"uid {uid}"


def _entries(root: Path) -> list[tuple[Path, os.stat_result]]:
    found = [(root, root.lstat())]
    for folder, dirs, files in os.walk(root):
        for name in [*dirs, *files]:
            path = Path(folder, name)
            try:
                found.append((path, path.lstat()))
            except FileNotFoundError:
                continue  # removed while we looked (a photo erased, a temporary file)
    return found


def _entries_word(count: int) -> str:
    return "1 entry" if count == 1 else f"{count} entries"


def _named(paths: list[str]) -> str:
    more = f" and {len(paths) - SHOWN} more" if len(paths) > SHOWN else ""
    return ", ".join(paths[:SHOWN]) + more


def data_folder(root: Path) -> list[Check]:
    if not root.is_dir():
        return [
            Check(
                NAME,
                Status.FAIL,
                f"{root} does not exist: start the kiosk once, or pass the right --data-dir",
            )
        ]
    if os.name != "posix":
        return [Check(NAME, Status.SKIP, f"{root}: owners and modes are checked on Linux only")]
    me = os.geteuid()
    foreign: list[str] = []
    open_to_others: list[str] = []
    count = 0
    for path, info in _entries(root):
        if stat.S_ISLNK(info.st_mode):
            continue
        count += 1
        shown = "." if path == root else str(path.relative_to(root))
        if info.st_uid != me:
            foreign.append(f"{shown} ({_owner_name(info.st_uid)})")
        if stat.S_IMODE(info.st_mode) & 0o077:
            open_to_others.append(f"{shown} ({stat.S_IMODE(info.st_mode):04o})")
    user = _owner_name(me)
    if foreign:
        return [
            Check(
                NAME,
                Status.FAIL,
                f"{_entries_word(len(foreign))} in {root} not owned by {user}: {_named(foreign)}; "
                f"fix: sudo chown -R {user} {root}",
            )
        ]
    if open_to_others:
        return [
            Check(
                NAME,
                Status.FAIL,
                f"{_entries_word(len(open_to_others))} in {root} open to group or others: "
                f"{_named(open_to_others)}; fix: chmod -R go= {root}",
            )
        ]
    return [
        Check(
            NAME,
            Status.OK,
            f"{root}: {_entries_word(count)} owned by {user}, folders 0700 and files 0600 or stricter",
        )
    ]
