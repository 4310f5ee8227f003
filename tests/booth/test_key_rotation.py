"""`keys rotate`: every record and photo sealed again with a new key, the old key destroyed,
while the kiosk runs, and a kill at any moment loses nothing (P7)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from booth.key_rotation import rotate_keys
from booth.paths import DataLayout
from booth.records_file import open_records
from consent.audit import AuditLog
from consent.crypto import DecryptionError, Vault, photo_key_id
from consent.database import Database
from consent.keys import KEY_FILE, decode_key, forget_cached_keys
from consent.notices import current_notice
from consent.photos import PhotoStore
from consent.records import RecordsStore, VisitDraft, visit_contact
from consent.rights import SubjectRights
from consent.rotation import KeyRotation
from consent.subjects import Identifier, subject_ids
from tests.consent.helpers import CLI, IDENTITY, JPEG, cli, files_under, find_secrets, visit


def meta(layout: DataLayout, key: str) -> str | None:
    with sqlite3.connect(layout.database, timeout=10) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def sealed_with(layout: DataLayout) -> set[str | None]:
    """The key ids every sealed field and photo file names."""
    with sqlite3.connect(layout.database, timeout=10) as conn:
        fields = {
            bytes(v[1:9]).hex() if v[:1] == b"\x02" else None
            for row in conn.execute("SELECT name_enc, email_enc, phone_enc FROM visits")
            for v in row
            if v is not None
        }
    photos = {photo_key_id(p.read_bytes()[:12]) for p in layout.photos.glob("*.jpg.enc")}
    return fields | photos


def everything_opens(layout: DataLayout) -> int:
    """Every visit's contact and photo decrypts with the keys the data folder has now."""
    forget_cached_keys()
    database = open_records(layout)
    try:
        photos = PhotoStore(layout.photos, database.vault)
        rows = database.conn.execute("SELECT id, photo_file FROM visits").fetchall()
        for visit_id, photo_file in rows:
            assert visit_contact(database, visit_id).name
            assert photos.read(photo_file) == JPEG
        return len(rows)
    finally:
        database.close()


def rights(layout: DataLayout, database: Database) -> SubjectRights:
    return SubjectRights(database, PhotoStore(layout.photos, database.vault), IDENTITY, "test")


def test_rotation_reseals_every_record_and_photo_and_destroys_the_old_key(
    layout: DataLayout,
) -> None:
    """P7: after `keys rotate` nothing is sealed with the old key, the old key is gone from the
    store, and finding, erasing and the audit chain work as before (their keys carry over)."""
    ada = visit(layout, "Ada Lovelace", "ada@example.com", "+12015550123")
    visit(layout, "Grace Hopper", "grace@example.org")
    erased = visit(layout, "Alan Turing", "alan@example.net")
    key_file = layout.credentials.folder / KEY_FILE
    old_text = key_file.read_text().strip()
    old_id = meta(layout, "key_id")
    database = open_records(layout)
    old_email = database.conn.execute(
        "SELECT email_enc FROM visits WHERE id = ?", (ada.visit_id,)
    ).fetchone()[0]
    (alan,) = subject_ids(database.conn, database.vault, Identifier("email", "alan@example.net"))
    rights(layout, database).erase(alan)
    database.close()
    assert not erased.photo_file.exists()

    first = rotate_keys(layout, actor="test", pause_s=0)
    second = rotate_keys(layout, actor="test", pause_s=0)  # hash keys carried over twice

    assert (first.visits, first.photos) == (2, 2) and second.key_id != first.key_id != old_id
    assert meta(layout, "key_id") == second.key_id and meta(layout, "key_next_id") is None
    assert sealed_with(layout) == {second.key_id}
    assert decode_key(key_file.read_text(), "key") != decode_key(old_text, "old key")
    kept = files_under(layout.root, layout.credentials.folder)
    assert find_secrets(kept, [old_text]) == [], "the old key is destroyed"
    assert everything_opens(layout) == 2
    database = open_records(layout)
    try:
        found = subject_ids(database.conn, database.vault, Identifier("email", "ada@example.com"))
        assert len(found) == 1, "lookups by email still find the person"
        assert rights(layout, database).resolve(Identifier("email", "grace@example.org"), "find")
        tombstone = database.vault.tombstone_hash("email", "alan@example.net")
        assert database.conn.execute(
            "SELECT count(*) FROM tombstones WHERE keyed_hash = ?", (tombstone,)
        ).fetchone()[0], "an erased person is still recognised"
        assert AuditLog(database).verify().ok
        actions = [(e.action, e.outcome) for e in AuditLog(database).entries()]
        assert actions.count(("keys.rotate", "finished")) == 2
    finally:
        database.close()
    old = Vault(decode_key(old_text, "old key"))
    context = f"visits.email:{ada.visit_id}"
    assert old.open(old_email, context) == "ada@example.com", "what the old key used to open"
    with sqlite3.connect(layout.database) as conn:
        now = conn.execute("SELECT email_enc FROM visits WHERE id = ?", (ada.visit_id,)).fetchone()
    with pytest.raises(DecryptionError):
        old.open(now[0], context)


def test_a_connection_opened_before_the_rotation_follows_it(layout: DataLayout) -> None:
    """P7: a running kiosk's connection seals with the new key from the moment a rotation
    starts, even a photo it sealed just before, and keeps reading after the old key is gone."""
    earlier = visit(layout, "Ada Lovelace", "ada@example.com")
    kiosk_db = open_records(layout)
    store = RecordsStore(kiosk_db, PhotoStore(layout.photos, kiosk_db.vault), IDENTITY)
    rotator_db = open_records(layout)
    rotation = KeyRotation(
        rotator_db, PhotoStore(layout.photos, rotator_db.vault), actor="test", pause_s=0
    )
    write_photo = store.photos.write

    def rotation_starts_after_the_photo_is_sealed(visit_id: str, jpeg: bytes) -> str:
        name = write_photo(visit_id, jpeg)
        rotation.begin()
        return name

    store.photos.write = rotation_starts_after_the_photo_is_sealed  # type: ignore[method-assign]
    draft = VisitDraft("Grace Hopper", "grace@example.org", None, ("email",), False, "en", JPEG)
    during = store.submit(draft, current_notice("en"))
    new_id = meta(layout, "key_next_id")
    assert new_id and photo_key_id(during.photo_file.read_bytes()[:12]) == new_id
    rotation.run()  # picks the started rotation up and finishes it
    rotator_db.close()
    assert sealed_with(layout) == {new_id}
    for submitted in (earlier, during):
        assert visit_contact(kiosk_db, submitted.visit_id).name
        assert store.photos.read(submitted.photo_file.name) == JPEG
    kiosk_db.close()


def test_a_rotation_killed_at_any_moment_resumes_and_loses_nothing(layout: DataLayout) -> None:
    """P7: `keys rotate` killed with SIGKILL mid-way leaves every record readable (old and new
    key both work), and running it again finishes; `records find` and `audit verify` work."""
    for i in range(24):
        visit(layout, f"Visitor {i:02d}", f"visitor{i:02d}@example.com")
    old_id = meta(layout, "key_id")
    command = [*CLI, "keys", "rotate", "--batch-size", "1", "--photo-batch", "1", "--pause", "0.05"]
    killed_mid_way = 0
    for delay in (0.0, 0.5, 1.2):
        process = subprocess.Popen(
            [*command, "--data-dir", str(layout.root)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while meta(layout, "key_next_id") is None and process.poll() is None:
            assert time.monotonic() < deadline, "the rotation never started"
            time.sleep(0.02)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.stderr is not None and "Traceback" not in process.stderr.read()
        next_id = meta(layout, "key_next_id")
        if next_id is not None:
            killed_mid_way += 1
            # Rows on the old key, the new one or (most often) both; on a loaded machine a
            # kill can land before the first batch moved. Whichever: every row opens.
            assert sealed_with(layout) <= {old_id, next_id}
        assert everything_opens(layout) == 24
    assert killed_mid_way >= 1, "at least one kill landed in the middle"
    done = cli(layout, "keys", "rotate")
    assert done.returncode == 0, done.stderr
    new_id = meta(layout, "key_id")
    assert new_id != old_id and sealed_with(layout) == {new_id}
    assert meta(layout, "key_next_id") is None
    assert everything_opens(layout) == 24
    found = cli(layout, "records", "find", "--email", "visitor07@example.com")
    assert found.returncode == 0 and "Visitor 07" in found.stdout
    verified = cli(layout, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert not Path(layout.credentials.folder / (KEY_FILE + ".next")).exists()


def test_the_pin_record_and_the_audit_seal_survive_a_rotation(layout: DataLayout) -> None:
    """P7: the PIN record's signature and the audit chain's seal use keys carried over a
    rotation, so neither the admin area nor `audit verify` breaks when the key changes."""
    from booth.admin_auth import Role
    from booth.pin_store import PinStore
    from tests.support.pins import MANAGER, STAFF, provision

    visit(layout)
    provision(layout)
    rotate_keys(layout, actor="test", pause_s=0)
    forget_cached_keys()
    pins = PinStore(layout)
    assert pins.verify(Role.MANAGER, MANAGER).role is Role.MANAGER
    assert pins.verify(Role.STAFF, STAFF).role is Role.STAFF
    result = cli(layout, "audit", "verify")
    assert result.returncode == 0, result.stdout + result.stderr
