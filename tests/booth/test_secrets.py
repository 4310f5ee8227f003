"""Provider keys, head office's DSN and the fleet key live outside the data folder (P7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from booth.paths import DataLayout
from booth.secrets import SECRETS, SECRETS_FILE
from booth.settings import Settings, SettingsError, load_settings, save_settings
from booth.settings_tree import put
from kiosk.cli import main
from tests.consent.helpers import files_under, find_secrets

VALUES = {
    "delivery.sendgrid.api_key": "SG.sendgrid-secret-0000000000000001",
    "delivery.twilio.auth_token": "twilio-token-0000000000000002",
    "delivery.media_host.secret_access_key": "media-host-secret-0000000003",
    "central.dsn": "postgresql://kiosk-01:pa55-word-0004@hq.example/central",
    "central.fleet_key": "fleet-key-000000000000000000000005",
    "central.secret_access_key": "central-bucket-secret-0000006",
    "central.link_key": "visitor-link-key-00000000000000007",
}


def with_values(values: dict[str, str]) -> Settings:
    raw = Settings().model_dump(mode="json")
    for dotted, value in values.items():
        put(raw, dotted, value)
    return Settings.model_validate(raw)


def value_of(settings: Settings, dotted: str) -> str:
    node: object = settings
    for part in dotted.split("."):
        node = getattr(node, part)
    return str(node)


def test_every_secret_is_kept_outside_the_data_folder(layout: DataLayout) -> None:
    """P7: settings.json, and everything else in the data folder, holds none of the secrets."""
    assert set(VALUES) == set(SECRETS)
    save_settings(layout.settings_file, with_values(VALUES))
    assert find_secrets(files_under(layout.root), list(VALUES.values())) == []
    kept = layout.credentials.folder / SECRETS_FILE
    assert kept.stat().st_mode & 0o777 == 0o600
    loaded = load_settings(layout.settings_file)
    assert {f: value_of(loaded, f) for f in VALUES} == VALUES


def test_secrets_in_an_existing_settings_file_are_moved_out_at_start(
    layout: DataLayout,
) -> None:
    """P7: a kiosk from before keeps working, and its settings.json loses the secrets, once."""
    raw = with_values(VALUES).model_dump(mode="json")
    layout.settings_file.write_text(json.dumps(raw))
    loaded = load_settings(layout.settings_file)
    assert {f: value_of(loaded, f) for f in VALUES} == VALUES
    assert find_secrets(files_under(layout.root), list(VALUES.values())) == []
    assert json.loads(layout.settings_file.read_text())["central"]["dsn"] == ""
    before = layout.settings_file.read_text()
    assert value_of(load_settings(layout.settings_file), "central.dsn") == VALUES["central.dsn"]
    assert layout.settings_file.read_text() == before, "moved once: nothing to do the next time"


def test_a_settings_file_that_does_not_validate_is_left_alone(layout: DataLayout) -> None:
    raw = with_values(VALUES).model_dump(mode="json")
    raw["flow"]["idle_timeout_s"] = 5
    layout.settings_file.write_text(json.dumps(raw))
    with pytest.raises(SettingsError, match="idle_timeout_s"):
        load_settings(layout.settings_file)
    assert json.loads(layout.settings_file.read_text()) == raw, "staff fix it as they wrote it"


def test_a_systemd_credential_wins_and_is_not_edited_from_the_kiosk(
    layout: DataLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: a secret provisioned as a systemd credential is read from there and not replaced."""
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    (credentials / SECRETS["delivery.sendgrid.api_key"]).write_text("SG.from-systemd-7777\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    settings = load_settings(layout.settings_file)
    assert settings.delivery.sendgrid.api_key == "SG.from-systemd-7777"
    save_settings(layout.settings_file, settings)  # unchanged: fine
    with pytest.raises(SettingsError, match="systemd credential photobooth-sendgrid-api-key"):
        save_settings(layout.settings_file, with_values({"delivery.sendgrid.api_key": "SG.other"}))
    written = files_under(layout.root, layout.credentials.folder)
    assert find_secrets(written, ["SG.from-systemd-7777", "SG.other"]) == [], "nothing copied"


def test_enroll_keeps_head_offices_credentials_in_the_store(
    layout: DataLayout, tmp_path: Path
) -> None:
    """P7: `central enroll` writes the DSN and the fleet key to the store, not settings.json."""
    printed = tmp_path / "kiosk-01.json"
    printed.write_text(
        json.dumps(
            {
                "kiosk_id": "kiosk-01",
                "dsn": VALUES["central.dsn"],
                "fleet_key": VALUES["central.fleet_key"],
                "head_office_public_key": "aGVhZC1vZmZpY2UtcHVibGljLWtleQ",
            }
        )
    )
    code = main(
        [
            "central",
            "enroll",
            "--credentials",
            str(printed),
            "--secret-access-key",
            VALUES["central.secret_access_key"],
            "--data-dir",
            str(layout.root),
        ]
    )
    assert code == 0
    secrets = [VALUES[f] for f in ("central.dsn", "central.fleet_key", "central.secret_access_key")]
    assert find_secrets(files_under(layout.root), secrets) == []
    loaded = load_settings(layout.settings_file)
    assert loaded.central.dsn == VALUES["central.dsn"]
    assert loaded.central.fleet_key == VALUES["central.fleet_key"]
