"""Sync's own tables in the records file: the change log, the cursor, and fleet-keyed hashes.

Triggers number every change to a synced table in ``sync_changes``, so nothing
the kiosk writes (a visit, a consent, a withdrawal, a delivery outcome, an
erasure) can slip past the sync, whichever code path wrote it.
``sync_fleet`` keeps each visit's hashes under the *fleet* key (the local
lookup hashes use this kiosk's own key), so an erasure from head office finds
the person here, and an erasure here can be announced to the other stores
without any name, address or number leaving the kiosk.
"""

from __future__ import annotations

import sqlite_utils

from consent.schema import SchemaPart

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE sync_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        ref TEXT NOT NULL
    )""",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    """CREATE TABLE sync_fleet (
        visit_id TEXT PRIMARY KEY,
        subject_id TEXT,
        email_hash TEXT,
        phone_hash TEXT
    )""",
    "CREATE INDEX idx_sync_fleet_subject ON sync_fleet(subject_id)",
    "CREATE INDEX idx_sync_fleet_email ON sync_fleet(email_hash) WHERE email_hash IS NOT NULL",
    "CREATE INDEX idx_sync_fleet_phone ON sync_fleet(phone_hash) WHERE phone_hash IS NOT NULL",
    # The central object key of a publish-consented photo this kiosk uploaded.
    "CREATE TABLE sync_photos (visit_id TEXT PRIMARY KEY, object_key TEXT NOT NULL)",
    "CREATE TRIGGER sync_visit_ins AFTER INSERT ON visits BEGIN "
    "INSERT INTO sync_changes (kind, ref) VALUES ('visit', NEW.id); END",
    "CREATE TRIGGER sync_visit_upd AFTER UPDATE ON visits BEGIN "
    "INSERT INTO sync_changes (kind, ref) VALUES ('visit', NEW.id); END",
    "CREATE TRIGGER sync_consent_ins AFTER INSERT ON consents BEGIN "
    "INSERT INTO sync_changes (kind, ref) VALUES ('consent', NEW.id); END",
    "CREATE TRIGGER sync_event_ins AFTER INSERT ON consent_events BEGIN "
    "INSERT INTO sync_changes (kind, ref) VALUES ('event', NEW.id); END",
    "CREATE TRIGGER sync_delivery_ins AFTER INSERT ON deliveries BEGIN "
    "INSERT INTO sync_changes (kind, ref) VALUES ('delivery', NEW.id); END",
    "CREATE TRIGGER sync_delivery_upd AFTER UPDATE OF status, attempts, sent_at ON deliveries BEGIN "
    "INSERT INTO sync_changes (kind, ref) VALUES ('delivery', NEW.id); END",
    "CREATE TRIGGER sync_erasure AFTER INSERT ON tombstones WHEN NEW.kind = 'subject' BEGIN "
    "INSERT INTO sync_changes (kind, ref) VALUES ('erasure', NEW.subject_id); END",
    # A restriction lifted: what was held back goes up again.
    "CREATE TRIGGER sync_subject_upd AFTER UPDATE OF restricted_at ON subjects "
    "WHEN NEW.restricted_at IS NULL AND OLD.restricted_at IS NOT NULL BEGIN "
    "INSERT INTO sync_changes (kind, ref) SELECT 'visit', id FROM visits WHERE subject_id = NEW.id; "
    "INSERT INTO sync_changes (kind, ref) SELECT 'consent', c.id FROM consents c "
    "  JOIN visits v ON v.id = c.visit_id WHERE v.subject_id = NEW.id; "
    "INSERT INTO sync_changes (kind, ref) SELECT 'event', e.id FROM consent_events e "
    "  JOIN consents c ON c.id = e.consent_id JOIN visits v ON v.id = c.visit_id WHERE v.subject_id = NEW.id; "
    "INSERT INTO sync_changes (kind, ref) SELECT 'delivery', d.id FROM deliveries d "
    "  JOIN visits v ON v.id = d.visit_id WHERE v.subject_id = NEW.id; "
    "END",
)


def apply_sync_schema(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)


SYNC_TABLES = SchemaPart(name="sync", migrations=[apply_sync_schema])
"""Registered with every opening of the records file (``booth.records_file``)."""
