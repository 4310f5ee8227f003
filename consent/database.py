"""The one way the kiosk opens its SQLite file.

Every connection gets the same pragmas: WAL so the delivery worker and the
visitor flow can read and write side by side, ``synchronous=FULL`` so a
committed visit survives a power cut (P7), ``secure_delete`` so erased rows do
not linger in free pages, foreign keys on. Schema changes are numbered
migrations tracked in ``PRAGMA user_version``. Errors are split into what
staff can fix (disk full, read-only folder) and bugs (``consent.storage``).

A records file that exists is looked at before SQLite opens it
(``consent.file_checks``): an empty, unreadable or newer file is refused, never
taken for a new database. A file this opening created and could not finish (a
full disk at the very first start) is removed again, so the next start does not
find an empty file and refuse it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import sqlite_utils

from consent.crypto import Vault
from consent.file_checks import QuickCheck, check_records_file, quick_check
from consent.keys import KeyLocation, KeyProblem, key_for_new_file, unlock
from consent.redaction import redact
from consent.schema import (
    LEGACY_MARKER_TABLE,
    LEGACY_PARTS,
    MIGRATIONS,
    SCHEMA_VERSION,
    SchemaPart,
)
from consent.storage import StorageError as StorageError
from consent.storage import storage_problem as storage_problem
from consent.storage import translate_errors as translate_errors
from consent.upgrade_backup import Backup, format_label, make_backup

log = logging.getLogger(__name__)

_migrate_lock = threading.Lock()


class UpgradeFailed(StorageError):
    """A migration step failed: nothing was changed, the pre-upgrade copy is kept."""


@dataclass(frozen=True)
class Step:
    """One migration step as the log names it: ``migration core 5 (_v5_name)``."""

    part: str  # "core", or a part's name
    number: int  # the version the step brings the part to
    name: str
    run: Callable[[], None]


def _name(migration: Callable[..., None]) -> str:
    return getattr(migration, "__name__", "step")


class Database:
    """A connection to the records file with the kiosk's pragmas and a transaction helper.

    One instance per thread: SQLite connections are not shared across threads.
    Opening it also unlocks :attr:`vault`, the key that seals the personal data in
    this file, found at ``keys``; a missing or different key is a
    :class:`StorageError`, never a new key. Each write transaction first looks at the
    key ids the file names, so a connection opened before a rotation (``keys rotate``,
    another process) seals with the new key as soon as the rotation starts. ``parts``
    are other packages' tables in the same file (sync's change log), migrated here with
    their own numbering.

    The kiosk opens it in one place (``booth.records_file.open_records``), which
    knows where the file, the key and the parts are.
    """

    def __init__(self, path: Path, keys: KeyLocation, parts: Sequence[SchemaPart] = ()) -> None:
        self.path = path
        self.keys = keys
        self.parts = tuple(parts)
        self._key_ids: tuple[str, str | None] | None = None
        self.upgrade: Backup | None = None  # the pre-upgrade copy this opening made, if any
        self.upgrade_problem: str | None = None  # what the check after an upgrade found
        check_records_file(path, SCHEMA_VERSION, frozenset(LEGACY_PARTS))
        created = not path.exists()
        try:
            self._open()
        except BaseException:
            if created:
                self._remove_unfinished()
            elif getattr(self, "db", None) is not None:
                self.conn.close()  # a refused file (a failed upgrade) is not held open
            raise

    def _open(self) -> None:
        path = self.path
        with translate_errors():
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
            self.db = sqlite_utils.Database(conn)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("PRAGMA busy_timeout=10000")
            with _migrate_lock:
                self._migrate()
                self.vault = self._unlock()

    def _remove_unfinished(self) -> None:
        """Remove the file this opening created, with its WAL: it holds no visit yet."""
        if getattr(self, "db", None) is not None:
            self.conn.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def quick_check(self, budget_s: float) -> QuickCheck:
        """``PRAGMA quick_check``, bounded in time (``consent.file_checks.quick_check``)."""
        return quick_check(self.conn, budget_s)

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Bring the file to this release's format, all steps in one transaction.

        A file that needs any step is copied first (``consent.upgrade_backup``), under the
        write lock this transaction holds, so the copy is exactly what the previous release
        left. A step that fails rolls every step back, keeps the copy, and names the step
        in the log and in the :class:`UpgradeFailed` staff see; the file is then as the
        previous release left it, and that release can still open it.
        """
        current = self.schema_version()
        if current > SCHEMA_VERSION and current not in LEGACY_PARTS:
            raise StorageError(
                f"The records file was written by a newer kiosk (schema {current}, this one knows {SCHEMA_VERSION})."
            )
        for part in self.parts:
            if self.part_version(part.name) > len(part.migrations):
                raise StorageError(
                    f"The records file was written by a newer kiosk ({part.name} schema "
                    f"{self.part_version(part.name)}, this one knows {len(part.migrations)})."
                )
        if self._format() == self.target_format():
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            before = self._format()  # again, under the lock: another process may have done it
            steps = self._steps()
            if steps and self._has_table("visits"):
                self.upgrade = self._backup(before)
            for step in steps:
                try:
                    step.run()
                except Exception as exc:
                    raise self._failed(step, exc) from None
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _backup(self, before: str) -> Backup:
        try:
            return make_backup(self.path, before, self.target_format())
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            log.error("the copy of the records file before the upgrade failed: %s", reason)
            raise UpgradeFailed(
                "The records file was not upgraded: the copy kept before an upgrade could not "
                f"be written beside it ({reason}). Nothing was changed. Free some space in the "
                "data folder (the copy is as large as the records file), then tap Try again."
            ) from None

    def _format(self) -> str:
        parts = {p.name: self.part_version(p.name) for p in self.parts}
        return format_label(self.schema_version(), {k: v for k, v in parts.items() if v})

    def target_format(self) -> str:
        """The format this release writes: the core's version and each part's."""
        return format_label(SCHEMA_VERSION, {p.name: len(p.migrations) for p in self.parts})

    def _steps(self) -> list[Step]:
        """What is left to run, in order: the legacy split, the core's steps, each part's."""
        steps: list[Step] = []
        current = self.schema_version()
        legacy_parts: dict[str, int] = {}
        if current in LEGACY_PARTS and self._is_legacy():
            core, legacy_parts = LEGACY_PARTS[current]
            split = partial(self._split_legacy, current)
            steps.append(Step("core", core, "split_legacy_parts", split))
            current = core
        for version in range(current, SCHEMA_VERSION):
            steps.append(
                Step(
                    "core",
                    version + 1,
                    _name(MIGRATIONS[version]),
                    partial(self._core_step, version),
                )
            )
        for part in self.parts:
            have = legacy_parts.get(part.name, self.part_version(part.name))
            for version in range(have, len(part.migrations)):
                steps.append(
                    Step(
                        part.name,
                        version + 1,
                        _name(part.migrations[version]),
                        partial(self._part_step, part, version),
                    )
                )
        return steps

    def _failed(self, step: Step, exc: Exception) -> UpgradeFailed:
        reason = redact(str(exc).replace("\n", " ")) or type(exc).__name__
        line = f"migration {step.part} {step.number} ({step.name}) failed: {reason}"
        log.error("%s; nothing was changed", line)
        kept = (
            f" A copy of the file as it was is kept as {self.upgrade.path.name}."
            if self.upgrade
            else ""
        )
        return UpgradeFailed(
            f"The records file could not be upgraded: {line}. Nothing was changed, and the "
            f"previous release can still open it.{kept} To go back, reinstall the previous "
            "release (docs/deployment.md, Upgrade and rollback)."
        )

    def _core_step(self, version: int) -> None:
        MIGRATIONS[version](self.db)
        self.conn.execute(f"PRAGMA user_version={version + 1}")

    def _part_step(self, part: SchemaPart, version: int) -> None:
        self._create_parts_table()
        part.migrations[version](self.db)
        self.conn.execute(
            "INSERT INTO schema_parts (name, version) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET version = excluded.version",
            (part.name, version + 1),
        )

    def _has_table(self, name: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
            ).fetchone()
            is not None
        )

    def _has_parts_table(self) -> bool:
        return self._has_table("schema_parts")

    def _is_legacy(self) -> bool:
        return not self._has_parts_table() and self._has_table(LEGACY_MARKER_TABLE)

    def _split_legacy(self, current: int) -> None:
        """A file numbered before the parts had their own versions: give the part its number."""
        core, part_versions = LEGACY_PARTS[current]
        self._create_parts_table()
        for name, version in part_versions.items():
            self.conn.execute(
                "INSERT INTO schema_parts (name, version) VALUES (?, ?)", (name, version)
            )
        self.conn.execute(f"PRAGMA user_version={core}")

    def _create_parts_table(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_parts "
            "(name TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID"
        )

    def part_version(self, name: str) -> int:
        if not self._has_parts_table():
            return 0
        row = self.conn.execute(
            "SELECT version FROM schema_parts WHERE name = ?", (name,)
        ).fetchone()
        return int(row[0]) if row else 0

    def _key_meta(self) -> dict[str, str]:
        """The key ids the file names (``key_id``; ``key_next_id`` mid-rotation) and the
        carried-over hash keys (``hash_keys:<key id>``)."""
        rows = self.conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('key_id', 'key_next_id') "
            "OR key LIKE 'hash_keys:%'"
        ).fetchall()
        return {str(k): str(v) for k, v in rows}

    def _unlock(self) -> Vault:
        """Find the key outside the file by the id the file names; make one for a new file."""
        try:
            meta = self._key_meta()
            if "key_id" not in meta:
                found = key_for_new_file(self.keys)
                self.conn.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('key_id', ?)",
                    (found.key_id,),
                )
                meta = self._key_meta()
            return self._vault_for(meta)
        except KeyProblem as exc:
            raise StorageError(f"{str(exc).rstrip('.')}.") from None

    def _vault_for(self, meta: dict[str, str]) -> Vault:
        current, upcoming = meta["key_id"], meta.get("key_next_id")
        vault = unlock(self.keys, current, upcoming, meta.get(f"hash_keys:{current}"))
        self._key_ids = (current, upcoming)
        return vault

    def follow_key_changes(self) -> None:
        """Take up a key rotation another connection started or finished (inside a write
        transaction, so the file cannot change its keys under us)."""
        if self._key_ids is None:
            return  # still migrating: the vault is not unlocked yet
        meta = self._key_meta()
        if (meta.get("key_id"), meta.get("key_next_id")) == self._key_ids:
            return
        try:
            self.vault.adopt(self._vault_for(meta))
        except KeyProblem as exc:
            raise StorageError(f"{str(exc).rstrip('.')}.") from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``: all or nothing, and the write lock taken up front."""
        with translate_errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.follow_key_changes()
                yield self.db
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file so erased data does not linger there."""
        with translate_errors():
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.conn.close()
