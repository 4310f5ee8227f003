"""Writing ``settings.json`` (and the copy an upgrade keeps) so that a power cut leaves the old
file or the new one, never half, and the replaced file's bytes are overwritten: an older file
may still have held a secret (P7)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from consent.credentials import replace_scrubbing


def write_settings_file(path: Path, raw: dict[str, Any]) -> None:
    payload = json.dumps(raw, indent=2, ensure_ascii=False) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        replace_scrubbing(Path(tmp), path)  # what the old file held is overwritten too
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
