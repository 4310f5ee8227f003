"""What the closed screen may still learn from a settings file that cannot be used."""

from __future__ import annotations

import json
from pathlib import Path


def store_language_hint(path: Path) -> str:
    """The store's language as the settings file names it, even when the file is broken.

    For the closed screen only: the kiosk could not open as configured, and its customers
    should still read "closed for a moment" in the store's language. Anything unreadable
    gives English; nothing is written and nothing is raised.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        language = raw["flow"]["language"]
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError):
        return "en"
    if isinstance(language, str) and 2 <= len(language) <= 8 and language.isalpha():
        return language.strip().lower()
    return "en"
