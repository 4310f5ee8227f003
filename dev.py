#!/usr/bin/env python3
"""Set up and run photobooth-kiosk from a fresh clone with nothing but Python 3.11+.

    python3 dev.py demo     # make .venv, install, start the kiosk in demo mode
    python3 dev.py test     # make .venv, install with test extras, run the whole suite

Why a script and not a Makefile: a store's Windows PC and a fresh Debian box
both have Python, and neither is guaranteed to have make. The script only uses
the standard library, is idempotent (a second run reuses .venv and skips the
install when pyproject.toml has not changed) and passes any extra arguments on
to the kiosk or to pytest.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def _install(extras: str) -> None:
    if not PYTHON.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("Installing photobooth-kiosk and its dependencies ...", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    target = f".[{extras}]" if extras else "."
    subprocess.run([*pip, "-e", target], check=True, cwd=ROOT)
    STAMP.write_text(wanted)


def demo(args: list[str]) -> int:
    _install("")
    data_dir = os.environ.get("PHOTOBOOTH_DATA_DIR", str(ROOT / "demo-data"))
    cmd = [str(BIN / "photobooth-kiosk"), "run", "--demo", "--data-dir", data_dir, *args]
    return subprocess.call(cmd)


PRISM_VERSION = "5.14.2"  # keep in step with tests/support/providers.py (5.15+ needs Node 24)


def _install_prism() -> None:
    """Prism (npm) validates the delivery tests' requests against SendGrid's and Twilio's specs."""
    prism = ROOT / ".tools" / "prism"
    if (prism / "node_modules" / ".bin" / "prism").exists():
        return
    print(f"Installing Stoplight Prism {PRISM_VERSION} into .tools/prism ...", flush=True)
    npm = "npm.cmd" if os.name == "nt" else "npm"
    subprocess.run(
        [
            npm,
            "install",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            "--prefix",
            str(prism),
            f"@stoplight/prism-cli@{PRISM_VERSION}",
        ],
        check=True,
    )


def test(args: list[str]) -> int:
    _install("test")
    _install_prism()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps = [
        [str(PYTHON), "-m", "ruff", "check", "."],
        [str(PYTHON), "-m", "ruff", "format", "--check", "."],
        [str(PYTHON), "-m", "mypy"],
        [str(BIN / "lint-imports")],
    ]
    for step in steps:
        print(
            "$",
            " ".join(Path(step[0]).name if i == 0 else s for i, s in enumerate(step)),
            flush=True,
        )
        if subprocess.call(step, cwd=ROOT, env=env) != 0:
            return 1
    return subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env)


def main() -> int:
    commands = {"demo": demo, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
