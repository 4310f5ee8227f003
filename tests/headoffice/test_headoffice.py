"""Head office's view: find across stores, erasure that wins, nothing readable in a dump (P5, P7)."""

from __future__ import annotations

import base64
import json
import uuid
import zipfile
from pathlib import Path

from headoffice.office import HeadOffice, Subject
from tests.support.central import Central
from wire.postgres import connect
from wire.sealing import fleet_hash, seal

ADA = {"name": "Ada Lovelace", "email": "ada.lovelace@example.com", "phone": "+12015550123"}


def push(central: Central, dsn: str, person: dict[str, str], photo: bytes | None = None) -> str:
    vid = str(uuid.uuid4())
    row: dict[str, object] = {
        "id": vid,
        "store_id": "s1",
        "created_at": "2026-11-20T10:00:00Z",
        "email_hash": fleet_hash(central.keys.fleet_key, "email", person["email"]),
        "phone_hash": fleet_hash(central.keys.fleet_key, "phone", person["phone"]),
        "sealed": base64.b64encode(
            seal(central.keys.public, json.dumps(person).encode(), vid.encode())
        ).decode(),
    }
    events = [
        {
            "id": str(uuid.uuid4()),
            "visit_id": vid,
            "purpose": "publish_social",
            "event": "given" if photo else "refused",
            "at": "2026-11-20T10:00:00Z",
        },
    ]
    if photo is not None:
        key = f"s1/{vid}.sealed"
        central.bucket.put(key, seal(central.keys.public, photo, vid.encode()))
        row["photo_object"] = key
    with connect(dsn, autocommit=True) as conn:
        conn.execute("SELECT photobooth.push_visits(%s)", (json.dumps([row]),))
        conn.execute("SELECT photobooth.push_consent_events(%s)", (json.dumps(events),))
    return vid


def test_find_by_email_reaches_every_store(central: Central) -> None:
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    push(central, a.dsn, ADA)
    push(central, b.dsn, ADA)
    office = HeadOffice(central.dsn, central.keys, central.bucket)
    found = office.find(Subject.from_input(central.keys, email="  Ada.Lovelace@EXAMPLE.com "))
    assert sorted(v["kiosk_id"] for v in found) == sorted([a.kiosk_id, b.kiosk_id])
    by_phone = office.find(Subject.from_input(central.keys, phone="(201) 555-0123", region="US"))
    assert len(by_phone) == 2


def test_central_erasure_removes_rows_and_objects_and_wins_over_replays(central: Central) -> None:
    """P5: erasure reaches central rows and objects, and an old batch cannot bring the person back."""
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    vid = push(central, a.dsn, ADA, photo=b"\xff\xd8photo")
    office = HeadOffice(central.dsn, central.keys, central.bucket)
    result = office.erase(Subject.from_input(central.keys, email=ADA["email"]))
    assert result["visits_erased"] == 1 and result["objects_deleted"] == 1
    assert result["kiosks_pending"] == [a.kiosk_id]
    assert central.bucket.keys() == []
    assert office.find(Subject.from_input(central.keys, email=ADA["email"])) == []

    # A late batch from B (offline until now) still holding Ada is refused, and B is told to erase.
    push(central, b.dsn, ADA)
    assert office.find(Subject.from_input(central.keys, email=ADA["email"])) == []
    (request,) = office.requests()
    assert request["kiosks_pending"] == sorted([a.kiosk_id, b.kiosk_id]) and not request["complete"]
    for creds in (a, b):
        with connect(creds.dsn, autocommit=True) as conn:
            (pending,) = conn.execute("SELECT id FROM photobooth.pull_erasures()").fetchall()
            conn.execute("SELECT photobooth.ack_erasure(%s)", pending)
    assert office.requests()[0]["complete"]
    assert vid not in json.dumps(office.find(Subject.from_input(central.keys, visit=vid)))


def test_a_dump_of_central_holds_no_name_email_or_phone(central: Central) -> None:
    """P7: a pg_dump (a backup, a stolen copy) reveals no contact detail."""
    a = central.add_kiosk("a")
    push(central, a.dsn, ADA, photo=b"\xff\xd8photo")
    dump = central.server.pg_dump(central.dbname)
    assert b"photobooth.visits" in dump
    for secret in (ADA["name"], "Lovelace", ADA["email"], ADA["phone"], "5550123"):
        assert secret.encode() not in dump
    (key,) = central.bucket.keys()
    assert b"photo" not in central.bucket.get(key), "the object is sealed too"


def test_export_opens_sealed_contact_with_the_private_key(central: Central, tmp_path: Path) -> None:
    """P5: access and portability at head office."""
    a = central.add_kiosk("a")
    push(central, a.dsn, ADA, photo=b"\xff\xd8photo")
    office = HeadOffice(central.dsn, central.keys, central.bucket)
    archive = office.export(Subject.from_input(central.keys, email=ADA["email"]), tmp_path)
    with zipfile.ZipFile(archive) as zf:
        document = json.loads(zf.read("subject.json"))
        (entry,) = document["visits"]
        assert entry["contact"] == ADA
        assert zf.read(entry["photo"]) == b"\xff\xd8photo"


def test_withdrawal_takes_the_photo_down_and_lists_it(central: Central, tmp_path: Path) -> None:
    """P3: a withdrawn publish consent leaves central storage and appears on the take-down list."""
    a = central.add_kiosk("a")
    kept = push(central, a.dsn, {**ADA, "email": "grace@example.com"}, photo=b"\xff\xd8kept")
    withdrawn = push(central, a.dsn, ADA, photo=b"\xff\xd8gone")
    office = HeadOffice(central.dsn, central.keys, central.bucket)
    first = tmp_path / "first"
    first.mkdir()
    assert office.export_consented(first)["photos"] == 2
    with connect(a.dsn, autocommit=True) as conn:
        conn.execute(
            "SELECT photobooth.push_consent_events(%s)",
            (
                json.dumps(
                    [
                        {
                            "id": str(uuid.uuid4()),
                            "visit_id": withdrawn,
                            "purpose": "publish_social",
                            "event": "withdrawn",
                            "at": "2026-11-21T10:00:00Z",
                        }
                    ]
                ),
            ),
        )
    second = tmp_path / "second"
    second.mkdir()
    summary = office.export_consented(second)
    manifest = json.loads((Path(summary["folder"]) / "manifest.json").read_text())
    assert [p["visit_id"] for p in manifest["photos"]] == [kept]
    assert [t["visit_id"] for t in manifest["take_down"]] == [withdrawn]
