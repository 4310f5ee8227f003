#!/usr/bin/env python3
"""Set up and run photobooth-kiosk from a fresh clone with nothing but Python 3.11+.

    python3 dev.py demo     # make .venv, install, start the kiosk in demo mode
    python3 dev.py test     # make .venv, install with test extras, run the whole suite
    python3 dev.py release  # build the wheel, the sdist and (on Debian) the .deb into dist/
    python3 dev.py lock     # compile requirements.txt and requirements-dev.txt again (add --upgrade to move versions)

Why a script and not a Makefile: a store's Windows PC and a fresh Debian box
both have Python, and neither is guaranteed to have make. The script only uses
the standard library, is idempotent (a second run reuses .venv and skips the
install when pyproject.toml and the lock have not changed) and passes any extra
arguments on to the kiosk or to pytest.

What gets installed is the lock, not the ranges in pyproject.toml: the dependencies
come from ``requirements.txt`` (demo) or ``requirements-dev.txt`` (test,
release), exact versions with their hashes (``pip --require-hashes``), then the project
itself with ``--no-deps``. A fresh machine gets the versions the suite passed on.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
KIOSK_LOCK = ROOT / "requirements.txt"  # what the kiosk runs on
DEV_LOCK = (
    ROOT / "requirements-dev.txt"
)  # that, the test and headoffice extras and the release tools
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
    _install_qt_libraries()
    data_dir = os.environ.get("PHOTOBOOTH_DATA_DIR", str(ROOT / "demo-data"))
    cmd = [str(BIN / "photobooth-kiosk"), "run", "--demo", "--data-dir", data_dir, *args]
    return _run_passing_signals(cmd)


def _run_passing_signals(cmd: list[str]) -> int:
    """Run the kiosk and end with its status. SIGTERM sent to this script goes on to the
    kiosk (Ctrl+C reaches both from the terminal), which stops cleanly and exits 0; this
    script waits for that instead of dying first and leaving the kiosk behind."""
    child = subprocess.Popen(cmd)

    def pass_on(signum: int, _frame: object) -> None:
        if os.name == "nt" and signum == signal.SIGINT:
            return  # the console already sent Ctrl+C to the kiosk; Windows cannot forward it
        with contextlib.suppress(ProcessLookupError, OSError):
            child.send_signal(signum)

    stops = (signal.SIGINT, signal.SIGTERM)
    previous = {sig: signal.signal(sig, pass_on) for sig in stops}
    try:
        code = child.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 128 - code if code < 0 else code  # killed by a signal: the shell's 128+N


def apt_command(
    packages: list[str], *, is_root: bool, sudo_works: bool, has_apt: bool
) -> list[str] | None:
    """How this script may install the Debian packages Qt needs itself: as root, or through
    sudo when it needs no password; None when it may not (then the kiosk names them)."""
    if not packages or not has_apt:
        return None
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    if is_root:
        return install
    if sudo_works:
        return ["sudo", "-n", *install]
    return None


def _apt_command_here(packages: list[str]) -> list[str] | None:
    """apt_command for this machine: as root, through password-less sudo, or not at all."""
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    sudo_works = (
        not is_root
        and shutil.which("sudo") is not None
        and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0
    )
    return apt_command(
        packages, is_root=is_root, sudo_works=sudo_works, has_apt=bool(shutil.which("apt-get"))
    )


def _install_qt_libraries() -> None:
    """The system libraries Qt's display plugin needs (booth/system_libraries.py), installed
    with apt-get where that needs nobody's password; otherwise the kiosk names them."""
    if not sys.platform.startswith("linux"):
        return
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return  # no display at all: the kiosk says that, and no library would help
    ask = "from booth.system_libraries import missing_packages; print(*missing_packages())"
    found = subprocess.run([str(PYTHON), "-c", ask], capture_output=True, text=True, cwd=ROOT)
    packages = found.stdout.split() if found.returncode == 0 else []
    if not packages:
        return
    command = _apt_command_here(packages)
    if command is None:
        return  # the kiosk stops with the one apt-get line to run
    print(f"Installing the system libraries Qt needs: {' '.join(command)}", flush=True)
    if subprocess.call(command) != 0:  # package lists too old on a fresh machine
        update = [*command[: command.index("apt-get")], "apt-get", "update", "-q"]
        subprocess.call(update)
        subprocess.call(command)


PRISM_VERSION = "5.14.2"  # keep in step with tests/support/providers.py (5.15+ needs Node 24)


NODE_MAJOR = 20  # Prism 5.14's own floor is lower; 20 is the oldest Node still maintained


def _node_major() -> int:
    try:
        found = subprocess.run(["node", "--version"], capture_output=True, text=True)
        return int(found.stdout.strip().lstrip("v").split(".")[0])
    except (OSError, ValueError):
        return 0


def _install_node() -> None:
    """Node.js and npm with apt-get where that needs nobody's password, as for Qt's libraries."""
    command = _apt_command_here(["nodejs", "npm"])
    if command is not None:
        print(f"Installing Node.js for Prism: {' '.join(command)}", flush=True)
        subprocess.call(command)


def _install_prism() -> None:
    """Prism (npm) validates the delivery tests' requests against SendGrid's and Twilio's specs."""
    prism = ROOT / ".tools" / "prism"
    if (prism / "node_modules" / ".bin" / "prism").exists():
        return
    npm = "npm.cmd" if os.name == "nt" else "npm"
    if shutil.which(npm) is None or _node_major() < NODE_MAJOR:
        _install_node()
    if shutil.which(npm) is None or _node_major() < NODE_MAJOR:
        found = f"Node.js {_node_major()}" if shutil.which("node") else "no Node.js"
        raise SystemExit(
            f"dev.py test: the delivery tests run Stoplight Prism, which needs Node.js "
            f"{NODE_MAJOR} or newer with npm; this machine has {found}"
            f"{'' if shutil.which(npm) else ' and no npm'}. Install them (on Debian or "
            f"Ubuntu: apt-get install nodejs npm, from Debian 13 or NodeSource for an older "
            f"release), then run dev.py test again."
        )
    print(f"Installing Stoplight Prism {PRISM_VERSION} into .tools/prism ...", flush=True)
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
    proven to carry everything too); the version comes from the git tag. On a machine with
    dpkg-deb, also the Debian package for a kiosk PC (deploy/debian/build_deb.py)."""
    _install(DEV_LOCK)
    dist = ROOT / "dist"
    dist.mkdir(exist_ok=True)
    for old in [*dist.glob("photobooth_kiosk-*.whl"), *dist.glob("photobooth_kiosk-*.tar.gz")]:
        old.unlink()
    code = subprocess.call(
        [str(PYTHON), "-m", "build", "--outdir", str(dist), *args, "."], cwd=ROOT
    )
    if code == 0 and shutil.which("dpkg-deb"):
        (wheel,) = dist.glob("photobooth_kiosk-*.whl")
        print("Building the Debian package ...", flush=True)
        builder = ROOT / "deploy" / "debian" / "build_deb.py"
        code = subprocess.call(
            [str(PYTHON), str(builder), "--wheel", str(wheel), "--out", str(dist)]
        )
    if code == 0:
        for artifact in sorted([*dist.glob("photobooth_kiosk-*"), *dist.glob("*.deb")]):
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
