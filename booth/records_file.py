"""The one way into a data folder's records file, its photos and its outbox.

The layout knows where the file, the key and the photos are; the schema parts
(sync's change log) are registered here, so every opening (the kiosk, the
command line, the manager's screens, sync) migrates the same file the same way
and no code path can write a visit the sync triggers do not see. A key an
earlier version left inside the data folder is moved out here, before the file
is unlocked (``booth.key_move``).

An opening that upgraded the file (or finds an upgrade not yet checked) checks it and
removes the pre-upgrade copy only when it is sound (``consent.upgrade_check``); what a
failed check found is kept on the connection for the staff alert at start.
"""

from __future__ import annotations

from collections.abc import Callable

from booth.key_move import finish_legacy_moves, stage_legacy_keys
from booth.paths import DataLayout
from consent.database import Database
from consent.photos import PhotoStore
from consent.upgrade_check import finish_upgrade
from delivery.outbox import Outbox
from sync.local_schema import SYNC_TABLES

PARTS = (SYNC_TABLES,)


def open_records(layout: DataLayout) -> Database:
    """A new connection to the records file, its key unlocked. One per thread."""
    staged = stage_legacy_keys(layout)
    database = Database(layout.database, layout.key_location, PARTS)
    try:
        if staged:
            finish_legacy_moves(database, staged)
        database.upgrade_problem = finish_upgrade(database)
    except BaseException:
        database.close()
        raise
    return database


def open_photos(layout: DataLayout, database: Database | None = None) -> PhotoStore:
    """The photo files, sealed with the records file's key."""
    if database is None:
        database = open_records(layout)
        database.close()
    return PhotoStore(layout.photos, database.vault)


def open_outbox(layout: DataLayout, new_media_key: Callable[[], str] | None = None) -> Outbox:
    database = open_records(layout)
    photos = PhotoStore(layout.photos, database.vault)
    return Outbox(database, photos, new_media_key)
