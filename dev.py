#!/usr/bin/env python3
"""Set up and run photobooth-kiosk from a fresh clone with nothing but Python 3.11+.

    python3 dev.py demo     # make .venv, install, start the kiosk in demo mode
    python3 dev.py test     # make .venv, install with test extras, run the whole suite
    python3 dev.py release  # build the wheel and the sdist into dist/
    python3 dev.py lock     # compile requirements/*.txt again (add --upgrade to move versions)

Why a script and not a Makefile: a store's Windows PC and a fresh Debian box
both have Python, and neither is guaranteed to have make. The script only uses
the standard library, is idempotent (a second run reuses .venv and skips the
install when pyproject.toml and the lock have not changed) and passes any extra
arguments on to the kiosk or to pytest.

What gets installed is the lock, not the ranges in pyproject.toml: the dependencies
come from ``requirements/kiosk.txt`` (demo) or ``requirements/dev.txt`` (test,
release), exact versions with their hashes (``pip --require-hashes``), then the project
itself with ``--no-deps``. A fresh machine gets the versions the suite passed on.
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


LOCKS = ROOT / "requirements"
KIOSK_LOCK = LOCKS / "kiosk.txt"  # what the kiosk runs on
DEV_LOCK = LOCKS / "dev.txt"  # that, the test and headoffice extras and the release tools
LOCK_PYTHON = "3.11"  # the oldest supported Python; --universal covers the newer ones


def _install(lock: Path) -> None:
    if not PYTHON.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    inputs = (ROOT / "pyproject.toml").read_bytes() + lock.read_bytes() + lock.name.encode()
    wanted = hashlib.sha256(inputs).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print(f"Installing photobooth-kiosk and the locked dependencies ({lock.name}) ...", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "--require-hashes", "-r", str(lock)], check=True, cwd=ROOT)
    subprocess.run([*pip, "--no-deps", "-e", "."], check=True, cwd=ROOT)
    STAMP.write_text(wanted)


def demo(args: list[str]) -> int:
    _install(KIOSK_LOCK)
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
    _install(DEV_LOCK)
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


def release(args: list[str]) -> int:
    """The wheel and the sdist in dist/, the wheel built from the sdist (so the sdist is
    proven to carry everything too); the version comes from the git tag."""
    _install(DEV_LOCK)
    dist = ROOT / "dist"
    dist.mkdir(exist_ok=True)
    for old in [*dist.glob("photobooth_kiosk-*.whl"), *dist.glob("photobooth_kiosk-*.tar.gz")]:
        old.unlink()
    code = subprocess.call(
        [str(PYTHON), "-m", "build", "--outdir", str(dist), *args, "."], cwd=ROOT
    )
    if code == 0:
        for artifact in sorted(dist.glob("photobooth_kiosk-*")):
            print(f"{artifact.relative_to(ROOT)}  {artifact.stat().st_size / 1024:.0f} KiB")
    return code


def lock(args: list[str]) -> int:
    """Compile the lock files from pyproject.toml (a reviewed change: the whole suite runs on
    it in CI). Versions already locked stay unless asked: --upgrade, --upgrade-package NAME."""
    _install(DEV_LOCK)
    compile_ = [str(PYTHON), "-m", "uv", "pip", "compile", "pyproject.toml", "--universal"]
    common = ["--generate-hashes", "--python-version", LOCK_PYTHON, "--quiet"]
    common += ["--custom-compile-command", "python3 dev.py lock", *args]
    steps = [
        # the dev lock holds head office's console too, so the suite tests it (issue #19)
        [
            *compile_,
            *("--extra", "test", "--extra", "headoffice"),
            *common,
            *("-o", str(DEV_LOCK.relative_to(ROOT))),
        ],
        # the kiosk's lock takes its versions from the dev lock, so both agree
        [
            *compile_,
            "-c",
            str(DEV_LOCK.relative_to(ROOT)),
            *common,
            "-o",
            str(KIOSK_LOCK.relative_to(ROOT)),
        ],
    ]
    for step in steps:
        if subprocess.call(step, cwd=ROOT) != 0:
            return 1
    return 0


def main() -> int:
    commands = {"demo": demo, "test": test, "release": release, "lock": lock}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
