"""Head office refuses to run with keys that are not its own (issue #19, P5).

With another folder's keys, ``central find`` found nobody and ``central erase`` reported a
complete erasure of nothing while the kiosks kept the person.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from headoffice.key_check import Fingerprints, check_keys
from tests.support.central import Central
from wire.postgres import CentralError
from wire.sealing import HeadOfficeKeys


def central_cli(central: Central, keys_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "central", *args, "--dsn", central.dsn],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PHOTOBOOTH_CENTRAL_KEYS": str(keys_dir), "PATH": "/usr/bin:/bin"},
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_p5_find_and_erase_refuse_another_folders_keys(central: Central, tmp_path: Path) -> None:
    first = central_cli(central, central.keys_dir, "find", "--email", "ada@example.com")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout.splitlines()[-1]) == {"visits": []}

    wrong = tmp_path / "other-keys"
    HeadOfficeKeys.load_or_create(wrong)
    for args in (("find", "--email", "ada@example.com"), ("erase", "--yes", "--visit", "0" * 32)):
        refused = central_cli(central, wrong, *args)
        assert refused.returncode != 0
        assert refused.stdout == "", "nothing is reported as found or erased"
        message = refused.stderr.strip()
        assert "not the ones this head office was set up with" in message
        assert message.count("\n") == 0, "one sentence"

    again = central_cli(central, central.keys_dir, "find", "--email", "ada@example.com")
    assert again.returncode == 0, again.stderr


def test_the_first_run_records_fingerprints_not_keys(central: Central) -> None:
    check_keys(central.dsn, central.keys)
    with psycopg.connect(central.dsn) as conn:
        row = conn.execute(
            "SELECT fleet_key, public_key FROM photobooth.key_fingerprints"
        ).fetchone()
    assert row is not None
    assert row == (
        Fingerprints.of(central.keys).fleet_key,
        Fingerprints.of(central.keys).public_key,
    )
    dump = central.server.pg_dump(central.dbname)
    assert central.keys.fleet_key.hex().encode() not in dump
    assert central.keys.public_b64.encode() not in dump


def test_adding_the_ml_kem_key_keeps_the_fingerprint(central: Central) -> None:
    """``central keys reseal`` adds an ML-KEM key to the same folder: still head office's keys."""
    older = HeadOfficeKeys(central.keys.private, central.keys.fleet_key)
    check_keys(central.dsn, older)
    check_keys(central.dsn, older.with_mlkem())
    with pytest.raises(CentralError, match="not the ones"):
        check_keys(central.dsn, HeadOfficeKeys.generate())
