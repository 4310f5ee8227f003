"""The statements of schema migration 2 (privacy core), one reason per table.

Kept apart from ``consent/schema.py`` so the migration list stays a short
table of contents. Statements run one by one inside the migration's
transaction (``executescript`` would commit half-way).
"""

from __future__ import annotations

import sqlite_utils

APPEND_ONLY = "SELECT RAISE(ABORT, '{table} is append-only: {hint}');"

STATEMENTS: tuple[str, ...] = (
    # v1 kept name, email and phone in plaintext; no deployed file holds any, so they go.
    "DROP INDEX IF EXISTS idx_visits_email",
    "DROP INDEX IF EXISTS idx_visits_phone",
    "ALTER TABLE visits DROP COLUMN name",
    "ALTER TABLE visits DROP COLUMN email",
    "ALTER TABLE visits DROP COLUMN phone",
    # Small facts about the file itself: the key id (never the key), the audit chain's anchor.
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID""",
    "INSERT INTO meta (key, value) VALUES ('audit_anchor', 'genesis')",
    # One row per person, known only by a random id; found through the keyed hashes on visits.
    """CREATE TABLE subjects (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        restricted_at TEXT,
        hold_at TEXT,
        hold_reason TEXT,
        updated_at TEXT NOT NULL
    )""",
    "ALTER TABLE visits ADD COLUMN subject_id TEXT REFERENCES subjects(id)",
    "ALTER TABLE visits ADD COLUMN name_enc BLOB",
    "ALTER TABLE visits ADD COLUMN email_enc BLOB",
    "ALTER TABLE visits ADD COLUMN phone_enc BLOB",
    "ALTER TABLE visits ADD COLUMN email_hash BLOB",
    "ALTER TABLE visits ADD COLUMN phone_hash BLOB",
    "ALTER TABLE visits ADD COLUMN publish_active INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE visits ADD COLUMN pii_removed_at TEXT",
    "CREATE INDEX idx_visits_subject ON visits(subject_id)",
    "CREATE INDEX idx_visits_email_hash ON visits(email_hash) WHERE email_hash IS NOT NULL",
    "CREATE INDEX idx_visits_phone_hash ON visits(phone_hash) WHERE phone_hash IS NOT NULL",
    # The retention sweep walks only visits that still hold personal data, oldest first.
    "CREATE INDEX idx_visits_due ON visits(publish_active, created_at, id) "
    "WHERE pii_removed_at IS NULL",
    "CREATE INDEX idx_visits_stripped ON visits(pii_removed_at, id) WHERE pii_removed_at IS NOT NULL",
    # A consent record never changes once written; what happens to it later is an event.
    "ALTER TABLE consents ADD COLUMN subject_id TEXT",
    "CREATE INDEX idx_consents_subject ON consents(subject_id)",
    "CREATE TRIGGER consents_append_only BEFORE UPDATE ON consents BEGIN "
    + APPEND_ONLY.format(table="consents", hint="record a consent event instead")
    + " END",
    """CREATE TABLE consent_events (
        id TEXT PRIMARY KEY,
        consent_id TEXT NOT NULL REFERENCES consents(id),
        event TEXT NOT NULL CHECK (event IN ('given', 'withdrawn')),
        channel TEXT NOT NULL,
        at TEXT NOT NULL,
        store_id TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX idx_consent_events_consent ON consent_events(consent_id)",
    "CREATE INDEX idx_consent_events_created ON consent_events(created_at)",
    "CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events BEGIN "
    + APPEND_ONLY.format(table="consent_events", hint="add an event")
    + " END",
    # What an erasure leaves: keyed hashes only, so a later sync cannot bring the person back.
    """CREATE TABLE tombstones (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'subject')),
        keyed_hash TEXT NOT NULL,
        reason TEXT NOT NULL
    )""",
    "CREATE INDEX idx_tombstones_hash ON tombstones(keyed_hash)",
    "CREATE INDEX idx_tombstones_created ON tombstones(created_at)",
    # Hash-chained (HMAC) and append-only; pruning by retention moves the anchor in meta.
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        outcome TEXT NOT NULL,
        subject_id TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    "CREATE INDEX idx_audit_subject ON audit_log(subject_id)",
    "CREATE INDEX idx_audit_created ON audit_log(created_at)",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN "
    + APPEND_ONLY.format(table="audit_log", hint="entries are never changed")
    + " END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log "
    "WHEN (SELECT value FROM meta WHERE key = 'audit_pruning') IS NOT '1' BEGIN "
    + APPEND_ONLY.format(table="audit_log", hint="only the retention sweep prunes it")
    + " END",
    # Photos handed to the social team, so the next package can list what must come down.
    """CREATE TABLE published_items (
        visit_id TEXT PRIMARY KEY,
        consent_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        first_export_id TEXT NOT NULL,
        first_exported_at TEXT NOT NULL,
        takedown_export_id TEXT,
        takedown_at TEXT,
        takedown_reason TEXT
    )""",
    """CREATE TABLE consented_exports (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        photos INTEGER NOT NULL,
        takedowns INTEGER NOT NULL
    )""",
)


def apply_privacy_schema(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.conn.execute(statement)
