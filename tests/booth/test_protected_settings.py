"""Where visitors' data and the keys go is not staff's to set, and is https only (P7, P8).

Issue #15, "The staff role": staff pointed ``delivery.sendgrid.api_base`` at a server of
their own over plain http, and it received ``Bearer <api key>``, the visitor's address and
the photo. These tests hold the service layer to the rule whatever screen calls it, and the
schema to it whatever wrote the file.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from booth.admin_auth import Role
from booth.admin_services import apply_edits, save_edits, settings_fields
from booth.endpoint_rules import ENV_ALLOW_LOOPBACK
from booth.paths import DataLayout
from booth.protected_settings import AUDIT_ACTION, STAFF_REFUSAL, protected_keys
from booth.settings import Settings, SettingsError, load_settings, save_settings
from kiosk.cli import main
from tests.consent.helpers import files_under, find_secrets

# What an attacker at the staff PIN would type: their own server, in plain http.
ATTACKER = {
    "delivery.sendgrid.api_base": "http://203.0.113.7/v3",
    "delivery.media_host.endpoint_url": "https://s3.attacker.example",
    "delivery.media_host.bucket": "attacker-bucket",
    "central.dsn": "host=db.attacker.example dbname=c user=u password=pw-0001",
    "central.endpoint_url": "https://s3.attacker.example",
}
# What the manager may set instead: other real endpoints, over TLS.
MANAGER_VALUES = {
    "delivery.sendgrid.api_base": "https://api.eu.sendgrid.com/v3",
    "delivery.media_host.endpoint_url": "https://acct.r2.cloudflarestorage.com",
    "central.dsn": "host=hq.example dbname=central user=kiosk password=pw-manager-0002",
}


def records_files(layout: DataLayout) -> list[Path]:
    """The records file and its journal: where the audit log lives."""
    return [p for p in files_under(layout.root) if p.name.startswith(layout.database.name)]


def audit_rows(layout: DataLayout) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(layout.database) as conn:
        return [
            (r[0], r[1], r[2], r[3])
            for r in conn.execute(
                "SELECT action, actor, details, created_at FROM audit_log ORDER BY seq"
            )
        ]


def test_p7_p8_the_schema_marks_where_data_goes_as_protected_once() -> None:
    """The providers' endpoints, the photo host and head office's connection, declared once."""
    keys = set(protected_keys())
    assert {
        "delivery.sendgrid.api_base",
        "delivery.media_host.endpoint_url",
        "delivery.media_host.bucket",
        "central.dsn",
        "central.bucket",
        "central.endpoint_url",
        "central.head_office_public_key",
    } <= keys
    specs = {spec.key: spec for spec in settings_fields()}
    assert {key for key, spec in specs.items() if spec.protected} == keys
    assert not specs["delivery.sendgrid.api_key"].protected, "staff may still replace a key"
    assert not specs["flow.idle_timeout_s"].protected
    assert specs["central.dsn"].secret and specs["central.dsn"].protected


@pytest.mark.parametrize("key", sorted(ATTACKER))
def test_p7_p8_a_staff_session_cannot_change_where_data_goes_even_past_the_screen(
    layout: DataLayout, key: str
) -> None:
    """The services refuse it by name, whatever sent the edit; nothing is written."""
    path = layout.settings_file
    save_settings(path, Settings())
    before = path.read_text()
    for new, errors in (
        apply_edits(Settings(), {key: ATTACKER[key]}),  # the lowest role unless told otherwise
        apply_edits(Settings(), {key: ATTACKER[key]}, role=Role.STAFF),
    ):
        assert new is None and errors == {key: STAFF_REFUSAL}
    new, errors = save_edits(
        path, Settings(), {key: ATTACKER[key], "flow.countdown_s": "5"}, role=Role.STAFF
    )
    assert new is None and errors == {key: STAFF_REFUSAL}
    assert "manager" in errors[key]
    assert path.read_text() == before, "nothing written, not even the allowed edit beside it"
    new, errors = apply_edits(Settings(), {"flow.countdown_s": "5"}, role=Role.STAFF)
    assert errors == {} and new is not None, "staff keep every other setting"


def test_p7_p8_the_manager_changes_them_and_each_change_is_audited_without_the_value(
    layout: DataLayout,
) -> None:
    path = layout.settings_file
    save_settings(path, Settings())
    new, errors = save_edits(path, Settings(), dict(MANAGER_VALUES), role=Role.MANAGER)
    assert errors == {} and new is not None
    loaded = load_settings(path)
    assert loaded.delivery.sendgrid.api_base == MANAGER_VALUES["delivery.sendgrid.api_base"]
    assert loaded.central.dsn == MANAGER_VALUES["central.dsn"]
    rows = [row for row in audit_rows(layout) if row[0] == AUDIT_ACTION]
    fields = sorted(json.loads(details)["field"] for _action, _actor, details, _at in rows)
    assert fields == sorted(MANAGER_VALUES)
    assert {actor for _action, actor, _details, _at in rows} == {"kiosk-admin:manager"}
    assert all(at for *_rest, at in rows), "when"
    assert all(json.loads(details)["via"] == "admin area" for _a, _b, details, _at in rows)
    values = list(MANAGER_VALUES.values())
    assert find_secrets(records_files(layout), values) == [], "never the value"
    # Saving again without a change of them writes no further entry.
    save_edits(path, loaded, {"flow.countdown_s": "4"}, role=Role.MANAGER)
    assert len([r for r in audit_rows(layout) if r[0] == AUDIT_ACTION]) == len(rows)


@pytest.mark.parametrize(
    ("key", "url"),
    [
        ("delivery.sendgrid.api_base", "http://mail.attacker.example/v3"),
        ("delivery.media_host.endpoint_url", "http://s3.attacker.example"),
        ("central.endpoint_url", "http://10.0.0.5:9000"),
    ],
)
def test_p8_plain_http_to_another_host_is_refused_at_load_and_at_save_naming_the_field(
    tmp_path: Path, key: str, url: str
) -> None:
    """Even with the test allowance: plain http goes to this computer only."""
    section, *middle, name = key.split(".")
    raw: dict[str, object] = {}
    node = raw.setdefault(section, {})
    for part in middle:
        node = node.setdefault(part, {})  # type: ignore[attr-defined]
    node[name] = url  # type: ignore[index]
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(raw))
    with pytest.raises(SettingsError, match=rf"{re.escape(key)}: must start with https://"):
        load_settings(path)
    assert json.loads(path.read_text()) == raw, "left as it was, for someone to fix"
    new, errors = apply_edits(Settings(), {key: url}, role=Role.MANAGER)
    assert new is None and errors[key].startswith("must start with https://")


def test_p8_plain_http_to_this_computer_only_where_a_test_or_demo_allows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    local = {"delivery": {"sendgrid": {"api_base": "http://127.0.0.1:4010"}}}
    path.write_text(json.dumps(local))
    monkeypatch.delenv(ENV_ALLOW_LOOPBACK)
    with pytest.raises(SettingsError, match=r"delivery\.sendgrid\.api_base: .*http:// to this"):
        load_settings(path)
    for url in ("http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:4010"):
        new, errors = apply_edits(
            Settings(), {"delivery.sendgrid.api_base": url}, role=Role.MANAGER
        )
        assert new is None and ENV_ALLOW_LOOPBACK in errors["delivery.sendgrid.api_base"]
    monkeypatch.setenv(ENV_ALLOW_LOOPBACK, "1")
    assert load_settings(path).delivery.sendgrid.api_base == "http://127.0.0.1:4010"
    for url in ("http://127.0.0.2:4010", "http://localhost:4010", "http://[::1]:4010"):
        new, errors = apply_edits(
            Settings(), {"delivery.sendgrid.api_base": url}, role=Role.MANAGER
        )
        assert errors == {} and new is not None
    for url in ("http://127.0.0.1.nip.io", "http://localhost.attacker.example", "ftp://127.0.0.1"):
        new, errors = apply_edits(
            Settings(), {"delivery.sendgrid.api_base": url}, role=Role.MANAGER
        )
        assert new is None, url


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require"])
def test_p7_a_dsn_that_does_not_verify_head_offices_certificate_is_refused(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """verify-full (the default) or verify-ca; weaker only to this computer under the allowance.
    The message names the field and the mode, never the DSN (it carries a password)."""
    remote = f"host=hq.example dbname=central user=k password=pw-0003 sslmode={mode}"
    local = f"host=127.0.0.1 port=5432 dbname=central user=k password=pw-0004 sslmode={mode}"
    new, errors = apply_edits(Settings(), {"central.dsn": remote}, role=Role.MANAGER)
    assert new is None and f"sslmode={mode}" in errors["central.dsn"]
    assert "pw-0003" not in errors["central.dsn"]
    new, errors = apply_edits(Settings(), {"central.dsn": local}, role=Role.MANAGER)
    assert errors == {} and new is not None, "a test's own PostgreSQL on 127.0.0.1"
    monkeypatch.delenv(ENV_ALLOW_LOOPBACK)
    new, errors = apply_edits(Settings(), {"central.dsn": local}, role=Role.MANAGER)
    assert new is None and ENV_ALLOW_LOOPBACK in errors["central.dsn"]
    for good in ("host=hq.example dbname=c", "postgresql://k:pw@hq.example/c?sslmode=verify-ca"):
        new, errors = apply_edits(Settings(), {"central.dsn": good}, role=Role.MANAGER)
        assert errors == {} and new is not None, good


def test_p7_central_enroll_may_set_head_offices_connection_and_it_is_audited(
    layout: DataLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Provisioning sets the protected fields; each is audited by name (actor cli:…), never
    by value; a DSN that would not verify TLS is refused and nothing is saved."""
    dsn = "postgresql://kiosk-01:pa55-word-0005@hq.example/central"
    creds = {
        "kiosk_id": "kiosk-01",
        "dsn": dsn,
        "fleet_key": "fleet-key-000000000000000000000006",
        "head_office_public_key": "aGVhZC1vZmZpY2UtcHVibGljLWtleQ",
    }
    printed = tmp_path / "kiosk-01.json"
    printed.write_text(
        json.dumps({**creds, "dsn": dsn.replace("/central", "/central?sslmode=require")})
    )
    args = ["central", "enroll", "--credentials", str(printed), "--data-dir", str(layout.root)]
    assert main(args) != 0
    assert load_settings(layout.settings_file).central.dsn == "", "refused: nothing saved"
    printed.write_text(json.dumps(creds))
    code = main([*args, "--bucket", "central-photos", "--endpoint-url", "https://s3.hq.example"])
    assert code == 0
    assert load_settings(layout.settings_file).central.dsn == dsn
    rows = [row for row in audit_rows(layout) if row[0] == AUDIT_ACTION]
    fields = {json.loads(details)["field"] for _action, _actor, details, _at in rows}
    assert fields == {
        "central.dsn",
        "central.fleet_key",
        "central.head_office_public_key",
        "central.bucket",
        "central.endpoint_url",
    }
    assert all(actor.startswith("cli:") for _action, actor, _details, _at in rows)
    assert all(json.loads(d)["via"] == "central enroll" for _a, _b, d, _at in rows)
    values = [dsn, creds["fleet_key"], "s3.hq.example", "central-photos"]
    assert find_secrets(records_files(layout), values) == [], "the audit names fields, not values"
