"""The kiosk's version: what ``--version`` prints and what sync reports to head office.

It comes from the git tag at build time (setuptools-scm, ``[tool.setuptools_scm]`` in
pyproject.toml), never from a number typed into the code that nothing moves. An installed
kiosk reads it from its distribution's metadata. A source tree whose metadata is not
installed (run with ``PYTHONPATH``) falls back to ``booth/_version.py``, which the build
and ``pip install -e`` write and git does not track; a tree where neither exists says
"unknown" rather than a number that would be a guess.
"""

from __future__ import annotations

import importlib
from importlib import metadata

DISTRIBUTION = "photobooth-kiosk"
UNKNOWN = "unknown"


def installed_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        written = importlib.import_module("booth._version")
    except ImportError:
        return UNKNOWN
    return str(getattr(written, "VERSION", UNKNOWN))
