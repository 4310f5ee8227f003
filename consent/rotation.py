"""Replacing the records key while the kiosk runs, so that a kill at any moment loses nothing (P7).

A rotation moves through states the records file itself records, so it can be stopped
at any moment (a kill, a power cut) and resumed by running it again:

1. **begin**: a new key is written to the key store's "next" slot, then, in one
   transaction, the file names it (``meta.key_next_id``) beside the current key and
   keeps the hash keys sealed by it (``meta.hash_keys:<id>``). From that commit on,
   every connection seals with the new key (``Database`` looks at the key ids at the
   start of each write transaction) and opens values sealed with either key.
2. **re-seal**: short transactions of a few rows or photo files each, with a pause
   between them for the kiosk's own writes. A sealed value names its key, so a row's
   progress is in the row itself: nothing else needs marking, and a resumed rotation
   skips what is done. A photo file is re-sealed only while a visit still refers to it,
   inside a transaction, so an erasure running beside it cannot bring a photo back.
3. **finish**: in one transaction, once no row names the old key, the file names only
   the new key. Then the key store puts the new key in place and destroys the old one
   (:func:`consent.keys.settle_keys`).

A photo written just before the rotation began, for a visit not yet committed, is
sealed again by that commit (:meth:`consent.records.RecordsStore.submit`); an old
photo no visit refers to is a crash's leftover and is deleted.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from consent.audit import AuditLog
from consent.crypto import DecryptionError
from consent.database import Database, StorageError
from consent.files import write_file_durably
from consent.keys import (
    prepare_next_key,
    promotion_pending,
    seal_hash_keys,
    settle_keys,
)
from consent.photos import SUFFIX, PhotoStore
from consent.records import field_context

ORPHAN_AGE_S = 3600.0  # an unreferenced photo older than this is a crash's leftover
SEALED_COLUMNS = ("name", "email", "phone")


@dataclass
class RotationReport:
    key_id: str
    visits: int = 0
    photos: int = 0
    orphans_removed: int = 0
    resumed: bool = False
    only_settled: bool = False  # an earlier rotation had finished; only its key was moved
    stale_places: list[str] = field(default_factory=list)


def _damaged(exc: DecryptionError) -> StorageError:
    return StorageError(
        f"The key rotation stopped at a value that does not open ({exc}); nothing was lost, "
        "and both keys still open everything else. Restore the file from a backup, or erase "
        "the visit, then run `keys rotate` again."
    )


def _meta(database: Database, key: str) -> str | None:
    row = database.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


class KeyRotation:
    """One run of ``keys rotate`` over one records file and its photo folder."""

    def __init__(
        self,
        database: Database,
        photos: PhotoStore,
        *,
        actor: str,
        batch_rows: int = 200,
        batch_photos: int = 10,
        pause_s: float = 0.05,
    ) -> None:
        self.database = database
        self.photos = photos
        self.audit = AuditLog(database)
        self.actor = actor
        self.batch_rows = max(1, batch_rows)
        self.batch_photos = max(1, batch_photos)
        self.pause_s = pause_s

    def run(self) -> RotationReport:
        report = self.begin()
        if report.only_settled:
            return report
        after = 0
        while True:
            done, after = self.reseal_visits(after)
            if not done:
                break
            report.visits += done
            self._pause()
        while True:  # a second pass finds nothing, unless a kill or a leftover got in the way
            resealed, removed = self.reseal_photos()
            report.photos += resealed
            report.orphans_removed += removed
            if not (resealed or removed):
                break
        while not self.finish(report):
            report.visits += self.reseal_visits(0)[0]  # a straggler: seal it, then try again
        report.stale_places = settle_keys(self.database.keys, report.key_id)
        return report

    def _pause(self) -> None:
        """Let the kiosk's own writes in between two batches."""
        if self.pause_s:
            time.sleep(self.pause_s)

    # -- 1. begin ------------------------------------------------------------------------
    def begin(self) -> RotationReport:
        """Name a new key beside the current one, or pick up a rotation a kill interrupted."""
        location = self.database.keys
        with self.database.transaction():
            current = _meta(self.database, "key_id")
            assert current is not None, "an unlocked records file names its key"
            upcoming = _meta(self.database, "key_next_id")
            if upcoming is not None:
                return RotationReport(upcoming, resumed=True)
            if promotion_pending(location, current):
                settled = True
            else:
                settled = False
                new = prepare_next_key(location)  # in the store before the file names it
                self.database.conn.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("key_next_id", new.key_id),
                        (
                            f"hash_keys:{new.key_id}",
                            seal_hash_keys(self.database.vault.hash_keys, new.key),
                        ),
                    ],
                )
                self.audit.append_in_transaction(
                    "keys.rotate",
                    actor=self.actor,
                    outcome="started",
                    details={"from_key_id": current, "to_key_id": new.key_id},
                )
        if settled:
            return RotationReport(
                current, only_settled=True, stale_places=settle_keys(location, current)
            )
        self.database.follow_key_changes()  # seal with the new key from here on
        return RotationReport(new.key_id)

    # -- 2. re-seal ----------------------------------------------------------------------
    def reseal_visits(self, after_rowid: int) -> tuple[int, int]:
        """Seal one batch of rows again with the new key; returns (rows, last rowid seen)."""
        with self.database.transaction() as db:
            vault = self.database.vault
            prefix = vault.field_prefix()
            rows = db.conn.execute(
                "SELECT rowid, id, name_enc, email_enc, phone_enc FROM visits WHERE rowid > ? AND ("
                + " OR ".join(
                    f"({c}_enc IS NOT NULL AND substr({c}_enc, 1, ?) != ?)" for c in SEALED_COLUMNS
                )
                + ") ORDER BY rowid LIMIT ?",
                (after_rowid, *[len(prefix), prefix] * len(SEALED_COLUMNS), self.batch_rows),
            ).fetchall()
            for rowid, visit_id, *sealed in rows:
                contexts = [field_context(visit_id, column) for column in SEALED_COLUMNS]
                try:
                    fresh = [
                        vault.seal(vault.open(value, context), context)
                        for value, context in zip(sealed, contexts, strict=True)
                    ]
                except DecryptionError as exc:
                    raise _damaged(exc) from None
                db.conn.execute(
                    "UPDATE visits SET name_enc = ?, email_enc = ?, phone_enc = ? WHERE rowid = ?",
                    (*fresh, rowid),
                )
        return len(rows), (rows[-1][0] if rows else after_rowid)

    def _old_photos(self) -> list[str]:
        key_id = self.database.vault.key_id
        return sorted(
            name
            for name in self.photos.names()
            if name.endswith(SUFFIX) and self.photos.sealed_with(name) != key_id
        )

    def reseal_photos(self) -> tuple[int, int]:
        """One pass over the photo folder in short transactions; (sealed again, leftovers removed).

        A young photo no visit refers to yet is left alone: the commit it belongs to
        seals it again itself."""
        resealed = removed = 0
        names = self._old_photos()
        for start in range(0, len(names), self.batch_photos):
            done, gone = self._reseal_photo_batch(names[start : start + self.batch_photos])
            resealed, removed = resealed + done, removed + gone
            self._pause()
        return resealed, removed

    def _reseal_photo_batch(self, names: list[str]) -> tuple[int, int]:
        resealed = removed = 0
        with self.database.transaction() as db:
            vault = self.database.vault
            ids = [name.removesuffix(SUFFIX) for name in names]
            marks = ",".join("?" * len(ids))
            referenced = {
                str(r[0])
                for r in db.conn.execute(
                    f"SELECT photo_file FROM visits WHERE id IN ({marks}) AND photo_file IS NOT NULL",
                    ids,
                )
            }
            for name in names:
                path = self.photos.path_for(name)
                if self.photos.sealed_with(name) == vault.key_id:
                    continue  # another run did it meanwhile
                if name in referenced:
                    try:
                        plain = self.photos.read(name)
                    except DecryptionError as exc:
                        raise _damaged(exc) from None
                    write_file_durably(path, vault.seal_photo(plain, name))
                    resealed += 1
                    continue
                try:
                    age = time.time() - path.stat().st_mtime
                except FileNotFoundError:
                    continue
                if age > ORPHAN_AGE_S:
                    self.photos.delete(name)
                    removed += 1
        return resealed, removed

    # -- 3. finish -----------------------------------------------------------------------
    def finish(self, report: RotationReport) -> bool:
        """Name only the new key, once no row needs the old one; False if one still does."""
        with self.database.transaction() as db:
            current = _meta(self.database, "key_id")
            upcoming = _meta(self.database, "key_next_id")
            if upcoming is None:
                return True  # another run finished it
            prefix = self.database.vault.field_prefix()
            left = db.conn.execute(
                "SELECT count(*) FROM visits WHERE "
                + " OR ".join(
                    f"({c}_enc IS NOT NULL AND substr({c}_enc, 1, ?) != ?)" for c in SEALED_COLUMNS
                ),
                [len(prefix), prefix] * len(SEALED_COLUMNS),
            ).fetchone()[0]
            if left:
                return False
            db.conn.execute("UPDATE meta SET value = ? WHERE key = 'key_id'", (upcoming,))
            db.conn.execute(
                "DELETE FROM meta WHERE key = 'key_next_id' OR key = ?", (f"hash_keys:{current}",)
            )
            self.audit.append_in_transaction(
                "keys.rotate",
                actor=self.actor,
                outcome="finished",
                details={
                    "key_id": upcoming,
                    "visits": report.visits,
                    "photos": report.photos,
                    "orphans_removed": report.orphans_removed,
                },
            )
        return True
