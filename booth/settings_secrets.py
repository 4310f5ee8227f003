"""Where the settings' secrets leave and rejoin them on their way to and from the disk (P7).

``settings.json`` holds an empty string in place of each secret; the values are in the data
folder's credential store (:mod:`booth.secrets`). These are the three moments the settings
file meets the store: at start (a secret found in the file moves to the store), on a check
that must write nothing (``doctor``), and on a save.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from booth.errors import SettingsError
from booth.paths import DataLayout
from booth.secrets import SECRETS, SecretsProblem, SecretStore, put_secrets, take_secrets
from booth.settings_file import write_settings_file

log = logging.getLogger(__name__)


def secret_store(path: Path) -> SecretStore:
    """The settings file is DATA_DIR/settings.json: its folder's credential store."""
    return SecretStore(DataLayout(path.parent).credentials)


def move_secrets_out(path: Path, raw: dict[str, Any]) -> None:
    """At start: a secret the file holds (a kiosk from before, a hand edit) goes to the store
    and the file is written without it; then ``raw`` gets every secret the store keeps."""
    store = secret_store(path)
    try:
        found = take_secrets(raw)
        if found:
            store.write(found)
            write_settings_file(path, raw)
            log.info(
                "moved %d secret(s) out of %s into the credential store", len(found), path.name
            )
        put_secrets(raw, store.values())
    except SecretsProblem as exc:
        raise SettingsError(f"the secrets of {path.name}: {exc}") from None


def add_secrets(path: Path, raw: dict[str, Any]) -> None:
    """``raw`` with its secrets, writing nothing: the store's, and any still left in the file
    (an older file's count, as they would at start)."""
    try:
        left_in_file = take_secrets(raw)
        put_secrets(raw, {**secret_store(path).values(), **left_in_file})
    except SecretsProblem as exc:
        raise SettingsError(f"the secrets of {path.name}: {exc}") from None


def keep_secrets(path: Path, raw: dict[str, Any]) -> None:
    """Before a save: ``raw``'s secrets go to the store (an empty one removes it there) and
    leave ``raw`` empty in their place."""
    values = {field: "" for field in SECRETS}
    values.update(take_secrets(raw))
    try:
        secret_store(path).write(values)
    except SecretsProblem as exc:
        raise SettingsError(f"the secrets of {path.name}: {exc}") from None
