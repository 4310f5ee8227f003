"""The version comes from the build (the git tag), not from a number typed into the code."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata

import pytest

from booth import version


def test_the_version_is_the_installed_distributions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(version.metadata, "version", lambda name: "9.8.7")
    assert version.installed_version() == "9.8.7"


def test_without_metadata_the_build_written_file_or_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(version.metadata, "version", missing)
    monkeypatch.setattr(version.importlib, "import_module", lambda name: _Written())
    assert version.installed_version() == "1.2.3.dev4"

    def not_built(name: str) -> None:
        raise ImportError(name)

    monkeypatch.setattr(version.importlib, "import_module", not_built)
    assert version.installed_version() == "unknown"


class _Written:
    VERSION = "1.2.3.dev4"


def test_the_command_prints_it() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert re.fullmatch(r"photobooth-kiosk \S+", result.stdout.strip())
    assert result.stdout.split()[1] == version.installed_version()
