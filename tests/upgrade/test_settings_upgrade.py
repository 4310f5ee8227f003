"""The settings file's format is numbered like the records file's: release 0.1.0's is
format 1; a later format is reached by numbered steps that keep the old file beside the
new one, and a kiosk handed a newer file than it knows says it was downgraded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import booth.settings_upgrade
from booth.settings import SETTINGS_VERSION, SettingsError, load_settings
from tests.consent.helpers import cli
from tests.upgrade.release_fixture import copy_release


def _v2_store_name(raw: dict[str, Any]) -> dict[str, Any]:
    """Test-only settings step 1 -> 2: rewrites a value, as a real rename would."""
    raw.setdefault("store", {})["store_name"] = "Upgraded Store"
    return raw


def test_release_1_settings_load_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    released = copy_release(1, tmp_path, monkeypatch)
    path = released.layout.settings_file
    before = path.read_bytes()
    assert json.loads(before)["version"] == SETTINGS_VERSION == 1
    settings = load_settings(path)
    assert settings.store.store_name == json.loads(before)["store"]["store_name"]
    assert path.read_bytes() == before, "nothing to upgrade: the file is left as it is"
    assert list(path.parent.glob("settings.json.pre-upgrade-*")) == []


def test_a_settings_step_runs_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    released = copy_release(1, tmp_path, monkeypatch)
    path = released.layout.settings_file
    before = json.loads(path.read_text())
    monkeypatch.setattr(booth.settings_upgrade, "SETTINGS_VERSION", 2)
    monkeypatch.setattr(booth.settings_upgrade, "MIGRATIONS", {1: _v2_store_name})

    settings = load_settings(path)

    assert settings.store.store_name == "Upgraded Store"
    written = json.loads(path.read_text())
    assert written["version"] == 2 and written["store"]["store_name"] == "Upgraded Store"
    kept = path.with_name("settings.json.pre-upgrade-1-2")
    assert json.loads(kept.read_text()) == before, "the previous release's file, as it was"
    assert kept.stat().st_mode & 0o777 == 0o600
    assert load_settings(path).store.store_name == "Upgraded Store", "runs once"


def test_a_newer_settings_file_is_refused_as_a_downgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kiosk stops with one line naming the downgrade and the way back, no traceback."""
    released = copy_release(1, tmp_path, monkeypatch)
    path = released.layout.settings_file
    newer = json.loads(path.read_text())
    newer["version"] = SETTINGS_VERSION + 1
    path.write_text(json.dumps(newer))
    with pytest.raises(SettingsError) as refused:
        load_settings(path)
    text = str(refused.value)
    assert "the kiosk was downgraded" in text
    assert "settings.json.pre-upgrade-1-2" in text and "docs/deployment.md" in text

    result = cli(released.layout, "run", "--check")
    assert result.returncode == 2
    assert "the kiosk was downgraded" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
