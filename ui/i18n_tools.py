"""Refresh the translation sources and compile them: ``python -m ui.i18n_tools``.

``pyside6-lupdate`` reads every ``tr``/``translate`` call in ``ui/`` into the ``.ts``
files of ``assets/i18n/`` (new texts arrive "unfinished", for a translator to fill in
with Qt Linguist); ``pyside6-lrelease`` compiles them into the ``.qm`` files the kiosk
loads. The ``.qm`` files are committed, and ``tests/ui/test_i18n.py`` checks that they
match the ``.ts`` files and that no visitor text is left untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ui.i18n import CATALOGUE, I18N_DIR

UI_DIR = Path(__file__).resolve().parent


def tool(name: str) -> str:
    """The PySide6 wrapper next to this Python (a venv's bin/ or Scripts/), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found: it ships with PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def ts_files(folder: Path = I18N_DIR) -> list[Path]:
    return sorted(folder.glob(f"{CATALOGUE}_*.ts"))


def update(ts: list[Path]) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            *map(str, ts),
        ],
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    files = ts_files()
    update(files)
    for ts in files:
        release(ts, ts.with_suffix(".qm"))
        print(ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
