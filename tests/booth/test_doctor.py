"""The doctor's checks one by one, where the machine cannot show them (clock, disk, TLS)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from booth.doctor.files import data_folder
from booth.doctor.network import delivery, head_office
from booth.doctor.report import Check, Status, any_failed, guarded
from booth.doctor.system import clock_sync, display_libraries, free_disk
from booth.paths import DataLayout
from booth.settings import Settings


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
