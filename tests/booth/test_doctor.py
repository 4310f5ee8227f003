"""The doctor's checks one by one, where the machine cannot show them (clock, disk, TLS)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from booth.doctor.files import data_folder
from booth.doctor.network import delivery, head_office
from booth.doctor.report import Check, Status, any_failed, guarded
from booth.doctor.system import clock_sync, display_libraries, free_disk
from booth.paths import DataLayout
from booth.settings import Settings, save_settings


def _answer(stdout: str, code: int = 0):  # type: ignore[no-untyped-def]
    def run(command: list[str]) -> subprocess.CompletedProcess[str]:
        assert command[:2] == ["timedatectl", "show"]
        return subprocess.CompletedProcess(command, code, stdout, "")

    return run


def test_clock_synchronised_not_synchronised_or_unknown() -> None:
    assert clock_sync(_answer("yes\n"))[0].status is Status.OK
    not_synced = clock_sync(_answer("no\n"))[0]
    assert not_synced.status is Status.FAIL and "timedatectl set-ntp true" in not_synced.message
    assert clock_sync(_answer("", code=1))[0].status is Status.UNKNOWN

    def missing(command: list[str]) -> subprocess.CompletedProcess[str]:
        raise FileNotFoundError("timedatectl")

    assert clock_sync(missing)[0].status is Status.UNKNOWN


def test_low_disk_fails_with_what_to_do(tmp_path: Path) -> None:
    assert free_disk(tmp_path, low=1)[0].status is Status.OK
    low = free_disk(tmp_path / "not-made-yet", low=1024**5)[0]
    assert low.status is Status.FAIL and "free some space" in low.message


def test_missing_display_libraries_are_named_with_the_apt_line(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("booth.doctor.system.missing_packages", lambda platform: ["libxcb-icccm4"])
    (check,) = display_libraries("xcb")
    assert check.status is Status.FAIL
    assert check.message.endswith("sudo apt-get install libxcb-icccm4")


def test_folder_modes_and_owner(tmp_path: Path) -> None:
    root = DataLayout(tmp_path / "data").create().root
    (root / "photos" / "a.jpg").write_bytes(b"x")
    (root / "photos" / "a.jpg").chmod(0o600)
    assert data_folder(root)[0].status is Status.OK
    (root / "photos").chmod(0o750)
    check = data_folder(root)[0]
    assert check.status is Status.FAIL and "photos (0750)" in check.message
    assert data_folder(tmp_path / "absent")[0].status is Status.FAIL


def test_head_office_skipped_when_not_enrolled_and_needs_verify_full() -> None:
    assert head_office(Settings())[0].status is Status.SKIP
    settings = Settings()
    enrolled = settings.model_copy(
        update={
            "central": settings.central.model_copy(
                update={
                    "dsn": "host=head.example dbname=photobooth sslmode=require",
                    "fleet_key": "k" * 44,
                    "head_office_public_key": "p" * 44,
                }
            )
        }
    )
    (check,) = head_office(enrolled)
    assert check.status is Status.FAIL and "sslmode=require" in check.message


def test_delivery_skipped_in_dry_run(tmp_path: Path) -> None:
    (check,) = delivery(Settings(), DataLayout(tmp_path))
    assert check.status is Status.SKIP and "dry run" in check.message


def test_a_check_that_crashes_is_its_own_failure() -> None:
    def broken() -> list[Check]:
        raise RuntimeError("boom")

    (check,) = guarded("camera", broken)
    assert check.status is Status.FAIL and "boom" in check.message
    assert any_failed([check]) and not any_failed([Check("x", Status.SKIP, "")])


def _credstore(tmp_path: Path, *names: str) -> Path:
    """A folder like /etc/credstore.encrypted holding the unit's encrypted credentials."""
    store = tmp_path / "credstore.encrypted"
    store.mkdir(mode=0o700)
    for name in names:
        (store / name).write_bytes(b"sealed by systemd-creds")
    return store


def test_by_hand_the_service_only_credentials_are_explained_not_called_missing(
    tmp_path: Path,
) -> None:
    """Run at a console (no $CREDENTIALS_DIRECTORY) on a kiosk whose records key and secrets
    are the service's systemd credentials: the doctor says so and gives the command that checks
    them as the service sees them, instead of failing on a key it cannot see (P7)."""
    from booth.doctor.credentials import credentials
    from booth.doctor.service_credentials import service_credentials
    from booth.records_file import open_records

    layout = DataLayout(tmp_path / "data").create()
    open_records(layout).close()
    for kept in layout.credentials.folder.iterdir():  # the key now only the service could read
        kept.unlink()
    store = _credstore(tmp_path, "photobooth-records-key", "photobooth-sendgrid-api-key")
    assert credentials(layout)[0].status is Status.FAIL, "without the credstore: key missing"

    held = service_credentials(layout, (store, tmp_path / "no-such-credstore"))
    assert held is not None and held.fields == ["delivery.sendgrid.api_key"]
    (check,) = credentials(layout, held)
    assert check.status is Status.UNKNOWN
    said = check.message
    assert "held as systemd credentials that only the photobooth-kiosk service can read" in said
    assert "sudo systemd-run -P --wait -p User=" in said
    assert f"LoadCredentialEncrypted=photobooth-records-key:{store}/photobooth-records-key" in said
    assert "-p LoadCredentialEncrypted=photobooth-sendgrid-api-key " in said
    assert "twilio" not in said, "only the credentials that are there"
    assert said.endswith(f"photobooth-kiosk doctor --data-dir {layout.root}")


def test_a_live_channel_whose_key_is_the_services_is_not_reported_broken(tmp_path: Path) -> None:
    from booth.doctor.run import DoctorOptions, run_checks

    layout = DataLayout(tmp_path / "data").create()
    settings = Settings()
    live = settings.delivery.model_copy(update={"mode": "live", "sms_enabled": False})
    save_settings(layout.settings_file, settings.model_copy(update={"delivery": live}))
    store = _credstore(tmp_path, "photobooth-sendgrid-api-key")
    options = DoctorOptions(
        camera=str(tmp_path / "no-camera"), camera_timeout_s=1, credstores=(store,)
    )
    checks = {check.name: check for check in run_checks(layout, options)}
    assert checks["credentials"].status is Status.UNKNOWN
    assert checks["delivery"].status is Status.UNKNOWN
    assert checks["delivery"].message.startswith("delivery.sendgrid.api_key: held as systemd")
    assert checks["head office"].status is Status.SKIP, "not enrolled: nothing to say"


def test_under_systemd_or_without_a_credstore_nothing_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from booth.doctor.service_credentials import service_credentials

    store = _credstore(tmp_path, "photobooth-sendgrid-api-key")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert service_credentials(DataLayout(tmp_path / "a"), (empty,)) is None
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path / "creds"))
    assert service_credentials(DataLayout(tmp_path / "b"), (store,)) is None
