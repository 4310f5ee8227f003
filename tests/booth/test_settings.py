"""A broken settings file stops the kiosk with a message that names the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from booth.settings import SETTINGS_VERSION, Settings, SettingsError, load_settings, save_settings


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return path


def test_missing_file_means_defaults_written_out(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = load_settings(path)
    assert settings == Settings()
    assert json.loads(path.read_text())["flow"]["idle_timeout_s"] == 60


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", '{"flow": {"idle_timeout_s": 60,}}')
    with pytest.raises(SettingsError, match=r"not valid JSON.*line 1, column"):
        load_settings(path)


def test_out_of_range_value_names_the_field(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", {"flow": {"countdown_s": 99}})
    with pytest.raises(SettingsError, match=r"flow\.countdown_s: .*less than or equal to 10"):
        load_settings(path)


def test_misspelt_setting_is_reported_not_ignored(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", {"flow": {"idle_timout_s": 30}})
    with pytest.raises(SettingsError, match=r"flow\.idle_timout_s: unknown setting"):
        load_settings(path)


def test_unknown_phone_region_is_explained(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", {"delivery": {"default_region": "XX"}})
    with pytest.raises(SettingsError, match=r"delivery\.default_region: .*'XX'"):
        load_settings(path)


def test_file_from_a_newer_kiosk_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", {"version": SETTINGS_VERSION + 1})
    with pytest.raises(SettingsError, match="newer kiosk"):
        load_settings(path)


def test_save_is_atomic_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings()
    settings.flow.idle_timeout_s = 45
    save_settings(path, settings)
    assert load_settings(path).flow.idle_timeout_s == 45
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"], "no temp file left behind"


def test_every_leaf_setting_gets_its_own_field_and_nested_errors_land_on_it() -> None:
    """Issue #6: the provider credentials are fields of their own, not one text blob."""
    from booth.admin_services import apply_edits, settings_fields

    specs = {spec.key: spec for spec in settings_fields()}
    assert {"delivery.sendgrid.api_key", "delivery.twilio.auth_token"} <= set(specs)
    assert "delivery.sendgrid" not in specs, "a section is never shown as one text field"
    assert specs["delivery.sendgrid.api_key"].secret and specs["central.dsn"].secret
    assert not specs["delivery.twilio.account_sid"].secret
    new, errors = apply_edits(Settings(), {"delivery.media_host.link_expiry_h": "500"})
    assert new is None and list(errors) == ["delivery.media_host.link_expiry_h"]
    new, errors = apply_edits(Settings(), {"delivery.twilio.auth_token": "t0ken"})
    assert errors == {} and new is not None and new.delivery.twilio.auth_token == "t0ken"


def test_the_settings_form_says_what_to_type_not_the_schema_library_s_sentence() -> None:
    """Issue #18: "Input should be greater than or equal to 10" reads like code to staff."""
    from booth.admin_services import apply_edits

    checks = {
        "flow.idle_timeout_s": ("5", "Use a number of 10 or more."),
        "delivery.media_host.link_expiry_h": ("500", "or less."),
        "flow.countdown_s": ("three", "Use a whole number"),
    }
    for key, (typed, expected) in checks.items():
        new, errors = apply_edits(Settings(), {key: typed})
        assert new is None and expected in errors[key], (key, errors)
        assert "Input should" not in errors[key] and "input" not in errors[key].lower()


def test_every_staff_setting_has_a_title_and_titles_change_nothing_on_disk(tmp_path: Path) -> None:
    """The form names each field from the schema's title; a title is metadata, never a key."""
    from dataclasses import replace

    from booth.admin_services import settings_fields

    specs = {spec.key: spec for spec in settings_fields()}
    untitled = [key for key, spec in specs.items() if not spec.schema_title]
    assert untitled == [], f"give these a Field(title=...): {untitled}"
    assert specs["flow.idle_timeout_s"].title == "Idle timeout (seconds)"
    assert specs["delivery.sendgrid.api_key"].title == "SendGrid API key"
    assert replace(specs["flow.idle_timeout_s"], schema_title="").title == "Idle timeout s"
    assert specs["delivery.twilio.auth_token"].secret, "secrets are still found by name"

    written = {"flow": {"idle_timeout_s": 45}, "delivery": {"sendgrid": {"api_key": "k"}}}
    path = write(tmp_path / "settings.json", written)
    settings = load_settings(path)
    assert settings.flow.idle_timeout_s == 45 and settings.delivery.sendgrid.api_key == "k"
    dumped = settings.model_dump(mode="json")
    assert "Idle timeout (seconds)" not in json.dumps(dumped)
    schema = Settings.model_json_schema()
    assert schema["$defs"]["FlowSettings"]["properties"]["idle_timeout_s"]["title"] == (
        "Idle timeout (seconds)"
    )


def test_settings_that_would_keep_the_kiosk_closed_are_named_before_saving(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue #6: saved from the touchscreen, these would close the booth at the next restart."""
    from booth.admin_services import apply_edits

    monkeypatch.delenv("SENDGRID_API_KEY", raising=False)
    new, errors = apply_edits(
        Settings(), {"photo.frame": "gold-frame.png", "delivery.mode": "live"}
    )
    assert new is None
    assert "gold-frame.png" in errors["photo.frame"]
    assert "SENDGRID_API_KEY" in errors["delivery.sendgrid.api_key"]
    new, errors = apply_edits(
        Settings(),
        {
            "delivery.mode": "live",
            "delivery.sendgrid.api_key": "SG.x",
            "delivery.sms_enabled": "false",
        },
    )
    assert errors == {} and new is not None


def test_a_saved_dsn_shows_no_characters_of_its_password() -> None:
    from booth.admin_services import secret_hint

    keyword_dsn = "host=hq.example dbname=central sslmode=verify-full user=kiosk password=s3cr2345"
    assert secret_hint(keyword_dsn) == "saved"
    assert secret_hint("postgresql://kiosk:pa55word@hq.example/central") == "saved"
    assert secret_hint("SG.aaaaaaaaaaaaaaaaaaaa.bbbbWXYZ") == "saved, ends in …WXYZ"
    assert secret_hint("") == "not set"


def _branding_error(tmp_path: Path, **branding: str) -> str:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": SETTINGS_VERSION, "branding": branding}))
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    return str(caught.value)


def test_branding_refuses_an_accent_colour_visitors_could_not_read(tmp_path: Path) -> None:
    message = _branding_error(tmp_path, accent_colour="#203040")
    assert "branding.accent_colour" in message and "too dark to read" in message
    assert "4.5:1" in message
    assert "is not a colour like #d4b47c" in _branding_error(tmp_path, accent_colour="gold")


def test_branding_logo_must_be_an_image_and_font_a_family_name(tmp_path: Path) -> None:
    assert "branding.logo" in _branding_error(tmp_path, logo="logo.exe")
    assert "not a font family name" in _branding_error(tmp_path, font="Serif; color: red")


def test_branding_defaults_to_the_house_look_and_keeps_a_readable_accent(tmp_path: Path) -> None:
    assert Settings().branding.accent_colour == ""
    assert Settings().flow.shutter_sound is False  # the shutter sound is off unless asked for
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": SETTINGS_VERSION,
                "branding": {"accent_colour": "#7FB8E6", "font": "Noto Serif"},
            }
        )
    )
    branding = load_settings(path).branding
    assert (branding.accent_colour, branding.font) == ("#7fb8e6", "Noto Serif")
