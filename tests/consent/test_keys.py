"""Encryption at rest and where the key lives: outside the data folder (P7)."""

from __future__ import annotations

import base64
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.crypto import FIELD_V1, PHOTO_V1, DecryptionError, Vault
from consent.database import StorageError
from consent.keys import KEY_FILE, SYSTEMD_CREDENTIAL, encode_key, forget_cached_keys
from consent.records import field_context, visit_contact
from tests.consent.helpers import JPEG, files_under, find_secrets, visit


def key_file_of(layout: DataLayout) -> Path:
    return layout.credentials.folder / KEY_FILE


@pytest.fixture(autouse=True)
def _fresh_key_cache() -> Iterator[None]:
    forget_cached_keys()
    yield
    forget_cached_keys()


def test_contact_details_and_photos_rest_encrypted_with_a_key_outside_the_data_folder(
    layout: DataLayout,
) -> None:
    """P7: no plaintext in the records file or the photo folder, and no key in the data folder."""
    submitted = visit(layout, "Ada Lovelace", "ada@example.com", "+12015550123")
    columns = {r[1] for r in sqlite3.connect(layout.database).execute("PRAGMA table_info(visits)")}
    assert not {"name", "email", "phone"} & columns, "no plaintext columns left"
    files = [layout.database, *layout.photos.iterdir()]
    assert find_secrets(files, ["Ada Lovelace", "ada@example.com", "+12015550123"]) == []
    assert JPEG[:40] not in submitted.photo_file.read_bytes()
    key_file = key_file_of(layout)
    assert not key_file.is_relative_to(layout.root.resolve())
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert key_file.parent.stat().st_mode & 0o777 == 0o700
    key_text = key_file.read_text().strip()
    assert not (layout.root / "keys").exists()
    assert find_secrets(files_under(layout.root), [key_text]) == [], "the key is nowhere inside"


def test_a_missing_or_different_key_is_refused_not_replaced(
    layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: losing the key never silently starts a new one that cannot read the records."""
    visit(layout)
    key_file = key_file_of(layout)
    saved = key_file.read_text()
    key_file.unlink()
    forget_cached_keys()
    with pytest.raises(StorageError, match="was not found"):
        open_records(layout)
    assert not key_file.exists(), "no new key was made"
    monkeypatch.setenv("PHOTOBOOTH_KEY", encode_key(os.urandom(32)))
    with pytest.raises(StorageError, match="holds a different key"):
        open_records(layout)
    monkeypatch.setenv("PHOTOBOOTH_KEY", saved.strip())
    database = open_records(layout)
    assert database.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1


def test_a_different_home_or_data_folder_path_means_no_key(
    layout: DataLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: the key is the user's and the folder's: another HOME, or a copy elsewhere, has none."""
    visit(layout)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "someone-else"))
    forget_cached_keys()
    with pytest.raises(StorageError, match="A copy of a data folder does not carry its key"):
        open_records(layout)
    monkeypatch.undo()
    copy = DataLayout(tmp_path / "copied").create()
    copy.database.write_bytes(layout.database.read_bytes())
    with pytest.raises(StorageError, match="was not found"):
        open_records(copy)


def test_a_systemd_credential_comes_first_and_nothing_is_written(
    layout: DataLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: a key provisioned as a systemd credential is used as it is, never copied to disk."""
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    provisioned = encode_key(os.urandom(32))
    (credentials / SYSTEMD_CREDENTIAL).write_text(provisioned + "\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    visit(layout, "Grace Hopper", "grace@example.org")
    assert not key_file_of(layout).exists()
    monkeypatch.delenv("CREDENTIALS_DIRECTORY")
    forget_cached_keys()
    with pytest.raises(StorageError, match="was not found"):
        open_records(layout)
    monkeypatch.setenv("PHOTOBOOTH_KEY", provisioned)
    database = open_records(layout)
    assert database.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1


def test_a_named_key_file_is_used_but_never_inside_the_data_folder(
    layout: DataLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: PHOTOBOOTH_KEY_FILE names where the key is made; inside the data folder is refused."""
    named = tmp_path / "secret-place" / "kiosk.key"
    monkeypatch.setenv("PHOTOBOOTH_KEY_FILE", str(named))
    visit(layout)
    assert named.stat().st_mode & 0o777 == 0o600 and not key_file_of(layout).exists()
    other = DataLayout(tmp_path / "other").create()
    monkeypatch.setenv("PHOTOBOOTH_KEY_FILE", str(other.root / "keys" / "records.key"))
    with pytest.raises(StorageError, match="inside the data folder"):
        open_records(other)
    assert not (other.root / "keys").exists()


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this test only: the user's real keyring is never touched."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


def test_on_a_desktop_the_key_goes_to_the_os_keyring(
    layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: where there is a keyring, the key is kept there and no key file is made."""
    ring = MemoryKeyring()
    before = keyring.get_keyring()
    keyring.set_keyring(ring)
    monkeypatch.setenv("PHOTOBOOTH_KEY_BACKEND", "auto")
    try:
        visit(layout)
        forget_cached_keys()
        assert open_records(layout).conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1
    finally:
        keyring.set_keyring(before)
    assert list(ring.entries) == [("photobooth-kiosk", f"records-key:{layout.root.resolve()}")]
    assert not key_file_of(layout).exists()


def test_values_sealed_before_keys_had_ids_still_open(layout: DataLayout) -> None:
    """P7: a records file from before key ids (0x01 fields, PBE1 photos) keeps working."""
    submitted = visit(layout, "Ada Lovelace", "ada@example.com")
    database = open_records(layout)
    vault = database.vault
    state = vault._state.sealing  # the same key, sealing in the old format, as before
    nonce = os.urandom(12)
    context = field_context(submitted.visit_id, "email")
    old_email = FIELD_V1 + nonce + state.fields.encrypt(nonce, b"ada@example.com", context.encode())
    database.conn.execute(
        "UPDATE visits SET email_enc = ? WHERE id = ?", (old_email, submitted.visit_id)
    )
    assert visit_contact(database, submitted.visit_id).email == "ada@example.com"
    name = submitted.photo_file.name
    old_photo = PHOTO_V1 + nonce + state.photos.encrypt(nonce, JPEG, name.encode())
    assert vault.open_photo(old_photo, name) == JPEG
    with pytest.raises(DecryptionError):
        Vault(os.urandom(32)).open(old_email, context)


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


def test_a_key_is_found_by_the_id_the_file_names(layout: DataLayout) -> None:
    """P7: the file stores only the key's id; the id reveals nothing of the key."""
    visit(layout)
    key = base64.urlsafe_b64decode(key_file_of(layout).read_text().strip() + "==")
    stored = (
        sqlite3.connect(layout.database)
        .execute("SELECT value FROM meta WHERE key = 'key_id'")
        .fetchone()[0]
    )
    assert stored == Vault(key).key_id and key.hex() not in stored
