"""Every check, in the order a technician fixes things: machine, files, settings, devices,
network. Read-only: the settings are read with their secrets but nothing is written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from booth.doctor.camera import camera
from booth.doctor.credentials import credentials
from booth.doctor.files import data_folder
from booth.doctor.network import delivery, head_office
from booth.doctor.report import Check, Status, guarded
from booth.doctor.service_credentials import CREDSTORES, ServiceCredentials, service_credentials
from booth.doctor.system import clock_sync, display_libraries, free_disk
from booth.paths import DataLayout
from booth.settings import Settings, SettingsError, read_settings
from booth.settings_profile import effective_settings
from booth.settings_tree import get
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
    credstores: tuple[Path, ...] = CREDSTORES  # where the unit's encrypted credentials are


def _unseen(held: ServiceCredentials | None, settings: Settings, fields: list[str]) -> list[str]:
    """The secret fields a check needs that are empty here but may be the service's."""
    if held is None:
        return []
    values = settings.model_dump(mode="json")
    return [field for field in fields if held.may_hold(field) and not get(values, field)]


def _service_only(name: str, unseen: list[str]) -> Check:
    return Check(
        name,
        Status.UNKNOWN,
        f"{', '.join(unseen)}: held as systemd credentials only the service can read; "
        "not checked (see the credentials line for the command that checks it as the service)",
    )


def _head_office(settings: Settings, held: ServiceCredentials | None) -> list[Check]:
    enrolled = bool(settings.central.head_office_public_key)
    unseen = _unseen(held, settings, ["central.dsn", "central.fleet_key"]) if enrolled else []
    return [_service_only("head office", unseen)] if unseen else head_office(settings)


def _delivery(
    settings: Settings, layout: DataLayout, held: ServiceCredentials | None
) -> list[Check]:
    wanted = settings.delivery
    needs = [
        field
        for field, used in (
            ("delivery.sendgrid.api_key", wanted.email_enabled),
            ("delivery.twilio.auth_token", wanted.sms_enabled),
            ("delivery.media_host.secret_access_key", bool(wanted.media_host.bucket)),
        )
        if used
    ]
    unseen = _unseen(held, settings, needs) if wanted.mode == "live" else []
    return [_service_only("delivery", unseen)] if unseen else delivery(settings, layout)


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
    held = service_credentials(layout, options.credstores)
    checks += guarded("credentials", lambda: credentials(layout, held))
    if settings is None:
        unread = "skipped: the settings could not be read"
        return checks + [
            Check(name, Status.SKIP, unread) for name in ("camera", "head office", "delivery")
        ]
    spec = options.camera or settings.camera.source
    checks += guarded("camera", lambda: camera(spec, settings.camera, options.camera_timeout_s))
    checks += guarded("head office", lambda: _head_office(settings, held))
    checks += guarded("delivery", lambda: _delivery(settings, layout, held))
    return checks
