"""Released schema steps never change: each later change must be a new numbered step.

A released step's fingerprint is the SHA-256 of what it leaves in a new file: every
table, index and trigger as SQLite stores its SQL, and every row (``iterdump``). Any
edit to a released migration (a column, a default, a trigger's text, the SQL
sqlite-utils writes for it) changes that and fails here. Append a migration instead,
and add its fingerprint below once the release that ships it is tagged.
"""

from __future__ import annotations

import hashlib
import sqlite3

import sqlite_utils

from consent.schema import MIGRATIONS, RELEASE_FORMATS
from sync.local_schema import SYNC_TABLES

# (part, step number) -> fingerprint. Never edit a line here: a line that no longer
# matches means a released step changed, which files already in the stores never see.
RELEASED: dict[tuple[str, int], str] = {
    ("core", 1): "a91b3cc57c3f9950d802eb26c8e2e75815a001f8a62f4d95455c42280a467684",
    ("core", 2): "07a7a4c26bb79b9557e22ef505f91b89fec23927305f2ef6b2c846145dbfaad3",
    ("core", 3): "ed72fe175161569313fb931898e83a676756e8b4986a89e5586791fed6778042",
    ("core", 4): "42311702f983c469921ea787d401d8bd245b8afdefb62231c66e83163c6091a1",
    ("sync", 1): "00f3efef6711e2afe4eb651447d4c8cfde823d7c98f4793d70b52bc57515bca8",
}


def fingerprint(conn: sqlite3.Connection) -> str:
    """The schema as SQLite stores it and every row, in a fixed order (not ``iterdump``,
    whose output differs between Python versions)."""
    digest = hashlib.sha256()
    objects = conn.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    for row in objects:
        digest.update(repr(row).encode("utf-8") + b"\n")
    for _, name, _, _ in (o for o in objects if o[0] == "table"):
        for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
            digest.update(repr((name, row)).encode("utf-8") + b"\n")
    digest.update(str(conn.execute("PRAGMA user_version").fetchone()[0]).encode())
    return digest.hexdigest()


def step_fingerprints() -> dict[tuple[str, int], str]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    db = sqlite_utils.Database(conn)
    found = {}
    for number, migration in enumerate(MIGRATIONS, start=1):
        migration(db)
        conn.execute(f"PRAGMA user_version={number}")
        found[("core", number)] = fingerprint(conn)
    # A part's steps ran over the core of the first release that had them: a core step added
    # later (unreleased, or in a later release) is not part of what those steps made.
    core = min(
        (parts["core"] for parts in RELEASE_FORMATS.values() if "sync" in parts),
        default=len(MIGRATIONS),
    )
    conn = sqlite3.connect(":memory:", isolation_level=None)
    db = sqlite_utils.Database(conn)
    for number, migration in enumerate(MIGRATIONS[:core], start=1):
        migration(db)
        conn.execute(f"PRAGMA user_version={number}")
    for number, migration in enumerate(SYNC_TABLES.migrations, start=1):
        migration(db)
        found[("sync", number)] = fingerprint(conn)
    return found


def test_released_steps_are_unchanged() -> None:
    found = step_fingerprints()
    changed = [key for key, value in RELEASED.items() if found.get(key) != value]
    assert not changed, (
        f"released migration steps changed: {changed}. Files in the stores were made by "
        "them and will never run them again: put the change in a new migration step."
    )


def test_every_release_format_is_made_of_released_steps() -> None:
    """A release format names only steps whose fingerprints are frozen above."""
    for fmt, parts in RELEASE_FORMATS.items():
        for part, version in parts.items():
            for number in range(1, version + 1):
                assert (part, number) in RELEASED, f"format {fmt}: {part} {number} not frozen"


def test_the_fingerprint_sees_a_changed_step() -> None:
    """The check can fail: one extra column in a released step changes its fingerprint."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    db = sqlite_utils.Database(conn)
    MIGRATIONS[0](db)
    before = fingerprint(conn)
    conn.execute("ALTER TABLE visits ADD COLUMN extra TEXT")
    assert fingerprint(conn) != before
