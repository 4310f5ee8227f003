"""Every check, in the order a technician fixes things: machine, files, settings, devices,
network. Read-only: the settings are read with their secrets but nothing is written."""

from __future__ import annotations

from dataclasses import dataclass

from booth.doctor.camera import camera
from booth.doctor.credentials import credentials
from booth.doctor.files import data_folder
from booth.doctor.network import delivery, head_office
from booth.doctor.report import Check, Status, guarded
from booth.doctor.system import clock_sync, display_libraries, free_disk
from booth.paths import DataLayout
from booth.settings import Settings, SettingsError, read_settings
from booth.settings_profile import effective_settings
from booth.startup_checks import startup_problems
from consent.file_checks import check_records_file
from consent.schema import LEGACY_PARTS, SCHEMA_VERSION
from consent.storage import StorageError
from consent.upgrade_backup import backups_of

SETTINGS = "settings"
RECORDS = "records file"
CAMERA_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class DoctorOptions:
    camera: str | None = None  # instead of camera.source (a video file in tests)
    camera_timeout_s: float = CAMERA_TIMEOUT_S


def _settings(layout: DataLayout) -> tuple[Settings | None, Check]:
    path = layout.settings_file
    try:
        settings = effective_settings(layout, read_settings(path))  # as the kiosk runs
    except SettingsError as exc:
        return None, Check(SETTINGS, Status.FAIL, f"fix {path}: {exc}")
    problems = startup_problems(settings)
    if problems:
        said = "; ".join(f"{key}: {why}" for key, why in sorted(problems.items()))
        return settings, Check(SETTINGS, Status.FAIL, f"the kiosk would not open: {said}")
    where = f"{path} is valid" if path.exists() else "no settings file yet: the defaults apply"
    return settings, Check(SETTINGS, Status.OK, where)


def _records(layout: DataLayout) -> list[Check]:
    try:
        check_records_file(layout.database, SCHEMA_VERSION, frozenset(LEGACY_PARTS))
    except StorageError as exc:
        return [Check(RECORDS, Status.FAIL, str(exc))]
    if not layout.database.exists():
        return [Check(RECORDS, Status.OK, "not created yet (the kiosk makes it at first start)")]
    copies = backups_of(layout.database)
    if copies:
        return [
            Check(
                RECORDS,
                Status.FAIL,
                f"the copy from before an upgrade, {copies[0].path.name}, is still there: the "
                "upgrade failed or its check did not pass (the log says which); roll back, or "
                "fix and start again (docs/deployment.md, Upgrade and rollback)",
            )
        ]
    return [Check(RECORDS, Status.OK, f"{layout.database} looks sound")]


def run_checks(layout: DataLayout, options: DoctorOptions | None = None) -> list[Check]:
    options = options or DoctorOptions()
    checks: list[Check] = []
    checks += guarded("display", display_libraries)
    checks += guarded("free disk", lambda: free_disk(layout.root))
    checks += guarded("clock", clock_sync)
    checks += guarded("data folder", lambda: data_folder(layout.root))
    settings, said = _settings(layout)
    checks.append(said)
    checks += guarded(RECORDS, lambda: _records(layout))
    checks += guarded("credentials", lambda: credentials(layout))
    if settings is None:
        unread = "skipped: the settings could not be read"
        return checks + [
            Check(name, Status.SKIP, unread) for name in ("camera", "head office", "delivery")
        ]
    spec = options.camera or settings.camera.source
    checks += guarded("camera", lambda: camera(spec, settings.camera, options.camera_timeout_s))
    checks += guarded("head office", lambda: head_office(settings))
    checks += guarded("delivery", lambda: delivery(settings, layout))
    return checks
