"""``photobooth-kiosk run --check``: would the kiosk open with these settings and this file?

``run`` under a kiosk (full screen, the systemd unit) keeps a "closed for a moment"
screen up when it cannot open, and tries again every minute: a black screen or a restart
loop would be worse for a store. Someone at the command line (after editing the settings
by hand, or in a deployment script) wants the answer as one line and an exit status
instead, without a window: this is that answer. It runs the checks ``run`` runs before
opening (the settings schema, the branding frame, live delivery's keys, the records
file's header) and changes nothing: no settings file is written, no records file opened.
"""

from __future__ import annotations

import argparse

from booth.errors import SetupError
from booth.paths import DataLayout, resolve_data_dir
from booth.settings import Settings, parse_settings
from booth.startup_checks import startup_problems
from consent.file_checks import check_records_file
from consent.schema import LEGACY_PARTS, SCHEMA_VERSION
from consent.storage import StorageError


def read_settings(layout: DataLayout) -> tuple[Settings, str]:
    path = layout.settings_file
    if not path.exists():
        return Settings(), "no settings file yet (the defaults will be written at first start)"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SetupError(f"the settings need fixing: {path.name} cannot be read: {exc}") from None
    return parse_settings(text, path.name), f"{path} is valid"


def check_setup(args: argparse.Namespace) -> int:
    """0 and one line when the kiosk would open; one line and exit 2 (raised) when not."""
    layout = DataLayout(resolve_data_dir(args.data_dir))
    settings, said = read_settings(layout)
    problems = startup_problems(settings)
    if problems:
        raise SetupError(
            "the settings need fixing: "
            + "; ".join(f"{key}: {why}" for key, why in sorted(problems.items()))
        )
    try:
        check_records_file(layout.database, SCHEMA_VERSION, frozenset(LEGACY_PARTS))
    except StorageError as exc:
        raise SetupError(str(exc)) from None
    print(f"ready to open: {said}; records file {describe(layout)}")
    return 0


def describe(layout: DataLayout) -> str:
    return "looks sound" if layout.database.exists() else "not created yet"
