"""Settings profiles: set at head office, pulled by each kiosk of the group at its sync,
applied as a layer under the kiosk's own settings, locked fields kept by head office.

Real PostgreSQL (pgserver) with each kiosk's own login role, real data folders.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from booth.admin_auth import Role
from booth.admin_services import head_office_locks, save_edits
from booth.central_sync import sync_once
from booth.paths import DataLayout
from booth.settings import Settings, load_settings
from booth.settings_profile import effective_settings
from booth.staff_alerts import gather
from headoffice.profiles import assign
from kiosk.cli import main
from tests.support.central import Central
from tests.sync.test_sync import kiosk

PROFILE = {
    "settings": {
        "flow": {"countdown_s": 5, "languages": ["en", "fr"]},
        "photo": {"frame": ""},
        "store": {"privacy_contact": "privacy@group.example"},
        "retention": {"delivered_days": 3},
        "delivery": {"sms_enabled": False},
    },
    "locked": ["flow.countdown_s", "retention.delivered_days"],
}


def _profile_cli(central: Central, tmp_path: Path, *args: str, document: Any = None) -> int:
    extra: list[str] = []
    if document is not None:
        path = tmp_path / "profile.json"
        path.write_text(json.dumps(document))
        extra = ["--file", str(path)]
    return main(["central", "profile", *args, "--dsn", central.dsn, *extra])


def _effective(layout: DataLayout) -> Settings:
    return effective_settings(layout, load_settings(layout.settings_file))


def _sync(layout: DataLayout) -> dict[str, Any]:
    settings = _effective(layout)
    return sync_once(layout, settings, settings.central.dsn)


def test_a_profile_set_at_head_office_reaches_the_kiosks_of_its_group_at_their_next_sync(
    central: Central, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _, a_creds = kiosk(central, tmp_path, "a")
    b, _, _ = kiosk(central, tmp_path, "b")  # not in the group
    assert _profile_cli(central, tmp_path, "set", "--group", "north", document=PROFILE) == 0
    said = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert said == {"group": "north", "revision": 1, "kiosks": []}
    assert (
        main(["central", "profile", "assign", a_creds.kiosk_id, "north", "--dsn", central.dsn]) == 0
    )
    capsys.readouterr()

    assert _effective(a).flow.countdown_s == 3, "nothing changes before the sync"
    assert _sync(a)["profile"] == "applied"
    assert _sync(b)["profile"] == "unchanged"
    mine = _effective(a)
    assert mine.flow.countdown_s == 5 and mine.flow.languages == ["en", "fr"]
    assert mine.photo.frame == "" and mine.store.privacy_contact == "privacy@group.example"
    assert mine.retention.delivered_days == 3 and mine.delivery.sms_enabled is False
    assert _effective(b).flow.countdown_s == 3, "another group's kiosk keeps its settings"
    assert load_settings(a.settings_file).flow.countdown_s == 3, "settings.json is the kiosk's own"
    assert _sync(a)["profile"] == "unchanged"

    assert _profile_cli(central, tmp_path, "show", "--group", "north") == 0
    shown = json.loads(capsys.readouterr().out.splitlines()[-1])["profiles"][0]
    assert shown["kiosks"] == [a_creds.kiosk_id] and shown["locked"] == PROFILE["locked"]


def test_a_changed_or_revoked_profile_propagates_on_the_next_sync(
    central: Central, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _, creds = kiosk(central, tmp_path, "a")
    assert _profile_cli(central, tmp_path, "set", "--group", "north", document=PROFILE) == 0
    assign(central.dsn, creds.kiosk_id, "north", "test")
    _sync(a)
    changed = {"settings": {"flow": {"countdown_s": 7}}, "locked": []}
    assert _profile_cli(central, tmp_path, "set", "--group", "north", document=changed) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["revision"] == 2
    assert _sync(a)["profile"] == "applied"
    assert _effective(a).flow.countdown_s == 7
    assert _effective(a).retention.delivered_days == 7, "a field the profile dropped is the kiosk's"
    assert main(["central", "profile", "unassign", creds.kiosk_id, "--dsn", central.dsn]) == 0
    assert _sync(a)["profile"] == "removed"
    assert _effective(a).flow.countdown_s == 3
    assign(central.dsn, creds.kiosk_id, "north", "test")
    _sync(a)
    assert _profile_cli(central, tmp_path, "delete", "--group", "north") == 0
    assert _sync(a)["profile"] == "removed"
    assert _effective(a).flow.countdown_s == 3


def test_a_locked_field_is_refused_locally_and_an_unlocked_one_can_be_overridden(
    central: Central, tmp_path: Path
) -> None:
    a, _, creds = kiosk(central, tmp_path, "a")
    assert _profile_cli(central, tmp_path, "set", "--group", "north", document=PROFILE) == 0
    assign(central.dsn, creds.kiosk_id, "north", "test")
    _sync(a)
    assert head_office_locks(a) == {
        "flow.countdown_s": "north",
        "retention.delivered_days": "north",
    }
    current = _effective(a)
    for role in (Role.STAFF, Role.MANAGER):
        new, errors = save_edits(a.settings_file, current, {"flow.countdown_s": "8"}, role=role)
        assert new is None
        assert errors["flow.countdown_s"].startswith("set by head office (group north)")
    assert _effective(a).flow.countdown_s == 5

    new, errors = save_edits(a.settings_file, current, {"flow.languages": "en, he"})
    assert errors == {} and new is not None and new.flow.languages == ["en", "he"]
    assert _effective(a).flow.languages == ["en", "he"], "the kiosk's own value wins"
    own = load_settings(a.settings_file)
    assert own.flow.countdown_s == 3 and own.store.privacy_contact != "privacy@group.example", (
        "saving the form writes the kiosk's own values, never the profile's"
    )
    # Head office changes the profile: the override stays, the rest follows.
    changed = json.loads(json.dumps(PROFILE))
    changed["settings"]["flow"]["languages"] = ["fr"]
    changed["settings"]["store"]["privacy_contact"] = "dpo@group.example"
    assert _profile_cli(central, tmp_path, "set", "--group", "north", document=changed) == 0
    _sync(a)
    assert _effective(a).flow.languages == ["en", "he"]
    assert _effective(a).store.privacy_contact == "dpo@group.example"
    # Choosing the profile's value again follows the profile from then on.
    new, errors = save_edits(a.settings_file, _effective(a), {"flow.languages": "fr"})
    assert errors == {} and load_settings(a.settings_file).flow.languages == ["en", "fr", "he"]


@pytest.mark.parametrize(
    ("document", "said"),
    [
        ({"settings": {"flow": {"countdown": 5}}}, "unknown setting 'flow.countdown'"),
        ({"settings": {"flow": {"countdown_s": 99}}}, "flow.countdown_s: Input should be less"),
        ({"settings": {"camera": {"source": "1"}}}, "camera.source cannot be set by a profile"),
        ({"settings": {"central": {"dsn": "x"}}}, "central.dsn cannot be set by a profile"),
        (
            {"settings": {"flow": {"countdown_s": 5}}, "locked": ["flow.language"]},
            "flow.language is locked but the profile does not set it",
        ),
        ({"settings": {}, "lock": []}, "unknown key 'lock' in the profile"),
        ({"settings": {"photo": {"frame": "gold.png"}}}, "photo.frame: "),
    ],
)
def test_an_unknown_or_invalid_field_is_refused_at_set_with_a_specific_message(
    central: Central,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    document: dict[str, Any],
    said: str,
) -> None:
    assert _profile_cli(central, tmp_path, "set", "--group", "north", document=document) == 2
    err = capsys.readouterr().err
    assert "the profile was not stored" in err and said in err and "Traceback" not in err
    with psycopg.connect(central.dsn) as conn:
        row = conn.execute("SELECT count(*) FROM photobooth.profiles").fetchone()
    assert row is not None and row[0] == 0


def test_a_bad_profile_arriving_at_a_kiosk_is_ignored_with_a_staff_alert(
    central: Central, tmp_path: Path
) -> None:
    a, _, creds = kiosk(central, tmp_path, "a")
    assert _profile_cli(central, tmp_path, "set", "--group", "north", document=PROFILE) == 0
    assign(central.dsn, creds.kiosk_id, "north", "test")
    _sync(a)
    with psycopg.connect(central.dsn) as conn:  # a newer head office, or a hand-edited row
        conn.execute(
            "UPDATE photobooth.profiles SET settings = %s, revision = revision + 1",
            (json.dumps({"flow": {"countdown_s": "soon"}, "camera": {"source": "9"}}),),
        )
    assert _sync(a)["profile"] == "refused"
    assert _effective(a).flow.countdown_s == 5, "the last good profile stays"
    alerts = gather(a.root, dict, lambda: "ok")
    (alert,) = [x for x in alerts if x.kind == "profile_refused"]
    assert "camera.source cannot be set by a profile" in alert.detail
    with psycopg.connect(central.dsn) as conn:  # a frame this kiosk does not have: closed
        conn.execute(
            "UPDATE photobooth.profiles SET settings = %s, locked = '[]'::jsonb",
            (json.dumps({"photo": {"frame": "gold.png"}}),),
        )
    assert _sync(a)["profile"] == "refused"
    assert _effective(a).photo.frame == "", "the last good profile stays; the kiosk still opens"
    (alert,) = [x for x in gather(a.root, dict, lambda: "ok") if x.kind == "profile_refused"]
    assert "photo.frame: the branding frame 'gold.png' was not found" in alert.detail
    with psycopg.connect(central.dsn) as conn:
        conn.execute(
            "UPDATE photobooth.profiles SET settings = %s", (json.dumps(PROFILE["settings"]),)
        )
    assert _sync(a)["profile"] == "applied"
    assert [x for x in gather(a.root, dict, lambda: "ok") if x.kind == "profile_refused"] == []


def test_a_kiosk_reads_only_its_own_groups_profile(central: Central, tmp_path: Path) -> None:
    _a, a_settings, a_creds = kiosk(central, tmp_path, "a")
    _b, _, b_creds = kiosk(central, tmp_path, "b")
    assert _profile_cli(central, tmp_path, "set", "--group", "north", document=PROFILE) == 0
    south = {"settings": {"flow": {"countdown_s": 9}}, "locked": []}
    assert _profile_cli(central, tmp_path, "set", "--group", "south", document=south) == 0
    assign(central.dsn, a_creds.kiosk_id, "north", "test")
    assign(central.dsn, b_creds.kiosk_id, "south", "test")
    with psycopg.connect(a_settings.central.dsn) as conn:
        row = conn.execute("SELECT photobooth.pull_profile()").fetchone()
        assert row is not None and row[0]["group"] == "north"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM photobooth.profiles")


def test_add_kiosk_puts_the_kiosk_in_its_group(
    central: Central, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _profile_cli(central, tmp_path, "set", "--group", "north", document=PROFILE) == 0
    kiosk_id = f"grouped-{central.dbname[-6:]}"
    args = ["central", "add-kiosk", kiosk_id, "--group", "north"]
    assert main([*args, "--dsn", central.dsn, "--keys", str(central.keys_dir)]) == 0
    creds = json.loads(capsys.readouterr().out.splitlines()[-1])
    with psycopg.connect(creds["dsn"]) as conn:
        row = conn.execute("SELECT photobooth.pull_profile()").fetchone()
    assert row is not None and row[0]["settings"]["flow"]["countdown_s"] == 5
    bad = ["central", "add-kiosk", "other", "--group", "no good", "--dsn", central.dsn]
    assert main([*bad, "--keys", str(central.keys_dir)]) == 2
    assert "a group is 1-48 letters" in capsys.readouterr().err
