"""Are the kiosk's packages all its own? Checked first, before any of them is imported.

The kiosk's top-level packages have plain names (``kiosk``, ``ui``, ``camera``,
``consent``, ...). In a shared site-packages another distribution may bring a package
of the same name: pip then overwrites one with the other, or an earlier folder on
``sys.path`` shadows ours, and the kiosk would run someone else's ``camera`` or fail
deep inside an import. The supported installs give the kiosk an environment of its own
(pipx, the Debian package's venv under /opt); this check turns a shared one that went
wrong into one line that says so.

Two things are checked, with the standard library only and without importing anything:

* every package is found in the same folder as ``kiosk`` (a clone, or one site-packages);
* in an installed kiosk (a ``photobooth_kiosk-*.dist-info`` in that folder), each
  package's ``__init__.py`` is still the file the wheel installed (its RECORD hash).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
from collections.abc import Callable
from pathlib import Path

PACKAGES = (
    "kiosk",
    "ui",
    "booth",
    "camera",
    "delivery",
    "consent",
    "sync",
    "headoffice",
    "wire",
    "assets",
)
DIST_INFO_GLOB = "photobooth_kiosk-*.dist-info"
OWN_ENVIRONMENT = (
    "install the kiosk in an environment of its own (pipx install of its wheel, or a venv "
    "of its own: README, 'Release, install, version')"
)


def package_folder(name: str) -> Path | None:
    """Where ``import name`` would load the package from, without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def _record_hashes(dist_info: Path) -> dict[str, str]:
    """RECORD's path -> "sha256=<urlsafe b64>" for the packages' ``__init__.py`` files."""
    wanted = {f"{name}/__init__.py" for name in PACKAGES}
    try:
        with (dist_info / "RECORD").open(newline="", encoding="utf-8") as record:
            return {row[0]: row[1] for row in csv.reader(record) if row and row[0] in wanted}
    except OSError:
        return {}


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes()).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def installation_problem(
    locate: Callable[[str], Path | None] = package_folder,
) -> str | None:
    """None when every package is the kiosk's own; else one line saying what is wrong."""
    home = locate("kiosk")
    if home is None:
        return None  # not reached when kiosk itself runs this; nothing to compare with
    root = home.parent
    for name in PACKAGES:
        folder = locate(name)
        if folder is None:
            return f"the package '{name}' is missing from {root}: reinstall photobooth-kiosk"
        if folder.parent != root:
            return (
                f"the package '{name}' is loaded from {folder}, not from {root} beside the "
                f"kiosk's other packages: another distribution has a package of that name; "
                f"{OWN_ENVIRONMENT}"
            )
    for dist_info in sorted(root.glob(DIST_INFO_GLOB)):
        for path, expected in _record_hashes(dist_info).items():
            file = root / path
            if file.is_file() and expected and _file_hash(file) != expected:
                owner = path.split("/")[0]
                return (
                    f"the package '{owner}' in {root} is not the one photobooth-kiosk "
                    f"installed (another distribution overwrote it); {OWN_ENVIRONMENT}"
                )
    return None
