"""The settings file's format number, and the numbered steps from one format to the next.

Format 1 is release 0.1.0's and is frozen: a change to the settings is a new numbered step
in :data:`MIGRATIONS`. An older file is upgraded as it is read, and the file as it was is kept
beside it (``settings.json.pre-upgrade-1-2``) for a rollback to the release that wrote it; a
newer file than this kiosk knows means it was downgraded, and it says so.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from booth.errors import SettingsError
from booth.secrets import take_secrets
from booth.settings_file import write_settings_file

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1

# Each migration takes the raw dict of format N and returns format N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
PRE_UPGRADE = ".pre-upgrade-"


def format_of(raw: dict[str, Any]) -> object:
    """The settings format a file says it is in (``version``; a file without it is format 1)."""
    return raw.get("version", 1)


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    version = format_of(raw)
    if not isinstance(version, int) or version < 1:
        raise SettingsError(
            f"version: expected a whole number from 1 to {SETTINGS_VERSION}, got {version!r}"
        )
    if version > SETTINGS_VERSION:
        raise SettingsError(
            f"version: this file was written by a newer kiosk (settings format {version}; "
            f"this kiosk understands up to {SETTINGS_VERSION}): the kiosk was downgraded. "
            "Reinstall the newer release, or put back the copy the upgrade kept "
            f"(settings.json{PRE_UPGRADE}{SETTINGS_VERSION}-{version}); see docs/deployment.md, "
            "Upgrade and rollback"
        )
    while version < SETTINGS_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
        raw["version"] = version
    return raw


def keep_before_upgrade(path: Path, text: str) -> None:
    """An older format: keep the file as it was (``settings.json.pre-upgrade-1-2``), for a
    rollback to the release that wrote it, then write the upgraded one. The copy holds no
    secret: any the old file held are left out, as the credential store keeps them."""
    old = json.loads(text)
    was = format_of(old)
    if not isinstance(was, int) or was >= SETTINGS_VERSION:
        return
    migrated = migrate(json.loads(text))
    take_secrets(old)
    write_settings_file(path.with_name(f"{path.name}{PRE_UPGRADE}{was}-{SETTINGS_VERSION}"), old)
    write_settings_file(path, migrated)
    log.info("settings upgraded from format %d to %d; the old file was kept", was, SETTINGS_VERSION)
