"""``central keys reseal``: what head office holds in older formats is re-sealed with HPKE and ML-KEM (P7)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path
from typing import Any

import psycopg
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from headoffice.admin import add_kiosk
from headoffice.office import HeadOffice, Subject
from tests.support.central import Central
from tests.support.legacy_sealing import legacy_seal
from wire.postgres import connect
from wire.sealing import HYBRID_VERSION, MLKEM_FILE, HeadOfficeKeys, SealingKey, fleet_hash, seal


def reseal_cli(central: Central, keys_dir: Path) -> dict[str, Any]:
    s3 = central.s3
    env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": s3.access_key_id,
        "AWS_SECRET_ACCESS_KEY": s3.secret_access_key,
        "AWS_DEFAULT_REGION": s3.region,
    }
    done = subprocess.run(
        [
            *(sys.executable, "-m", "kiosk", "central", "keys", "reseal"),
            *("--dsn", central.dsn, "--keys", str(keys_dir)),
            *("--bucket", central.bucket_name, "--endpoint-url", s3.endpoint_url),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_p7_reseal_converts_old_format_values_and_photos_to_the_hybrid_kem(
    central: Central, tmp_path: Path
) -> None:
    folder = tmp_path / "keys-from-before-hpke"
    old = HeadOfficeKeys(X25519PrivateKey.generate(), central.keys.fleet_key)
    old.save(folder)
    creds = add_kiosk(central.dsn, f"old-{central.dbname[-6:]}", old)
    kiosk_key = SealingKey.from_b64(creds.head_office_public_key)
    assert not kiosk_key.hybrid, "enrolled before head office had an ML-KEM key"

    people = {"ada@example.com": "pbs1", "grace@example.com": "pbs2", "edith@example.com": "pbs1"}
    rows, photo_key = [], None
    for email, version in people.items():
        vid = str(uuid.uuid4())
        contact = json.dumps({"name": email.split("@")[0].title(), "email": email}).encode()
        sealed = (
            legacy_seal(old.private.public_key(), contact, vid.encode())
            if version == "pbs1"
            else seal(kiosk_key, contact, vid.encode())
        )
        row: dict[str, Any] = {
            "id": vid,
            "store_id": "s1",
            "created_at": "2026-11-20T10:00:00Z",
            "email_hash": fleet_hash(old.fleet_key, "email", email),
            "sealed": base64.b64encode(sealed).decode(),
        }
        if email.startswith("edith"):
            photo_key = f"s1/{vid}.sealed"
            central.bucket.put(
                photo_key, legacy_seal(old.private.public_key(), b"\xff\xd8jpeg", vid.encode())
            )
            row["photo_object"] = photo_key
        rows.append(row)
    with connect(creds.dsn, autocommit=True) as conn:
        conn.execute("SELECT photobooth.push_visits(%s)", (json.dumps(rows),))

    first = reseal_cli(central, folder)
    assert first["mlkem_key"] == "created" and (folder / MLKEM_FILE).exists()
    assert first["visits_resealed"] == 3 and first["objects_resealed"] == 1
    assert SealingKey.from_b64(first["head_office_public_key"]).hybrid
    with psycopg.connect(central.dsn) as conn:
        versions = {bytes(r[0])[:4] for r in conn.execute("SELECT sealed FROM photobooth.visits")}
    assert versions == {HYBRID_VERSION}
    assert photo_key is not None and central.bucket.get(photo_key).startswith(HYBRID_VERSION)

    keys = HeadOfficeKeys.load(folder)
    office = HeadOffice(central.dsn, keys, central.bucket)
    for email in people:
        archive = office.export(Subject.from_input(keys, email=email), tmp_path)
        with zipfile.ZipFile(archive) as zf:
            document = json.loads(zf.read("subject.json"))
            assert document["visits"][0]["contact"]["email"] == email
            if email.startswith("edith"):
                assert zf.read(document["visits"][0]["photo"]) == b"\xff\xd8jpeg"
        archive.unlink()

    again = reseal_cli(central, folder)
    assert again["mlkem_key"] == "present"
    assert again["visits_resealed"] == 0 and again["objects_resealed"] == 0
    assert again["objects_already_current"] == 1
