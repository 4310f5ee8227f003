"""Encryption at rest and where the key lives (P7)."""

from __future__ import annotations

import base64
import os
import sqlite3

import pytest

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.crypto import DecryptionError
from consent.database import StorageError
from consent.keys import forget_cached_keys
from consent.records import visit_contact
from tests.consent.helpers import JPEG, find_secrets, visit


def test_contact_details_and_photos_rest_encrypted_with_a_key_outside_the_file(
    layout: DataLayout,
) -> None:
    """P7: no plaintext name, email, phone or photo in the records file or the photo folder."""
    submitted = visit(layout, "Ada Lovelace", "ada@example.com", "+12015550123")
    columns = {r[1] for r in sqlite3.connect(layout.database).execute("PRAGMA table_info(visits)")}
    assert not {"name", "email", "phone"} & columns, "no plaintext columns left"
    files = [layout.database, *layout.photos.iterdir()]
    assert find_secrets(files, ["Ada Lovelace", "ada@example.com", "+12015550123"]) == []
    assert JPEG[:40] not in submitted.photo_file.read_bytes()
    key_file = layout.root / "keys" / "records.key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert (layout.root / "keys").stat().st_mode & 0o777 == 0o700
    assert key_file.read_bytes().strip() not in layout.database.read_bytes()


def test_a_missing_or_different_key_is_refused_not_replaced(
    layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: losing the key never silently starts a new one that cannot read the records."""
    visit(layout)
    key_file = layout.root / "keys" / "records.key"
    saved = key_file.read_bytes()
    key_file.unlink()
    forget_cached_keys()
    with pytest.raises(StorageError, match="was not found"):
        open_records(layout)
    assert not key_file.exists(), "no new key was made"
    monkeypatch.setenv("PHOTOBOOTH_KEY", base64.urlsafe_b64encode(os.urandom(32)).decode())
    with pytest.raises(StorageError, match="different key"):
        open_records(layout)
    monkeypatch.setenv("PHOTOBOOTH_KEY", saved.decode().strip())
    database = open_records(layout)
    assert database.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1


def test_a_sealed_value_is_bound_to_its_row(layout: DataLayout) -> None:
    """P7: authenticated encryption: a ciphertext moved to another row does not open."""
    ada = visit(layout, "Ada Lovelace", "ada@example.com")
    grace = visit(layout, "Grace Hopper", "grace@example.org")
    database = open_records(layout)
    database.conn.execute(
        "UPDATE visits SET email_enc = (SELECT email_enc FROM visits WHERE id = ?) WHERE id = ?",
        (ada.visit_id, grace.visit_id),
    )
    with pytest.raises(DecryptionError):
        visit_contact(database, grace.visit_id)
    assert visit_contact(database, ada.visit_id).email == "ada@example.com"
