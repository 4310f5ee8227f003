"""Build ``dist/photobooth-kiosk_<version>_<arch>.deb`` from the built wheel, with dpkg-deb.

Called by ``python3 dev.py release`` after the wheel is built (``python3 deploy/debian/
build_deb.py --wheel dist/photobooth_kiosk-….whl --out dist``); runs as any user (the
files in the package are root's through ``dpkg-deb --root-owner-group``, no fakeroot).

The virtual environment is built here, at package-build time, not in the postinst:

* installing the package is then unpacking files (seconds), with no pip, no network and no
  compiler on the kiosk, and nothing that can half-fail in a maintainer script: the tree
  that was tested is the tree that is installed, byte for byte;
* the .deb is about as big either way (the wheels inside it, or what they unpack to, both
  compressed).

The venv must work at ``/opt/photobooth-kiosk``, but a build must not need root or touch
the build machine's ``/opt``. So it is made in a staging root with the target's
interpreter ``/usr/bin/python3`` (its ``bin/python`` links there) and then moved in the
only places a venv records its own path: the ``#!`` lines of the scripts in ``bin/``, the
``activate`` scripts and ``pyvenv.cfg`` (the same fix-up dh-virtualenv does). Installed
with ``--no-compile`` and compiled afterwards with the final paths (``compileall -s/-p``),
so tracebacks name ``/opt/photobooth-kiosk/…`` and the kiosk user, who cannot write there,
never needs to write a ``.pyc``.

Compressed with zstd, not dpkg's default xz: on a two-core machine xz took more than ten
minutes for the ~680 MiB tree (149 MiB), zstd seconds (about 200 MiB); Debian 12's dpkg and
apt read both. ``--compression xz`` makes the smaller file.

The venv's packages (pydantic-core, PySide6, cryptography…) are built for one Python
minor version, so the package depends on exactly that one: ``python3 (>= 3.11),
python3 (<< 3.12)`` when built on Debian 12.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TARGET = Path("/opt/photobooth-kiosk")
SYSTEM_PYTHON = Path("/usr/bin/python3")
UNIT = ROOT / "deploy" / "linux" / "photobooth-kiosk.service"
LOCK = ROOT / "requirements.txt"

# What the package needs from Debian beyond Python: the compositor and the screenshot tool
# (cage, Xwayland, grim), and the system libraries Qt's platform plugins load, the ones
# booth/system_libraries.py checks for (offscreen, xcb, wayland) plus the fonts.
SYSTEM_DEPENDS = (
    "cage",
    "xwayland",
    "grim",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libegl1",
    "libgl1",
    "libopengl0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "fonts-dejavu-core",
    "adduser",
)


def credential_names() -> list[str]:
    """Every systemd credential the kiosk reads, for the postrm to erase on purge."""
    sys.path.insert(0, str(ROOT))
    from booth.secrets import SECRETS
    from consent.keys import SYSTEMD_CREDENTIAL

    return [SYSTEMD_CREDENTIAL, *SECRETS.values()]


def debian_version(python_version: str) -> str:
    """PEP 440 to Debian: a pre-release or dev build sorts before its release (``~``)."""
    public, plus, local = python_version.partition("+")  # local: +g<hash>, left as it is
    version = re.sub(r"\.?(dev|a|b|rc)(\d+)", r"~\1\2", public) + plus + local
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~]*", version):
        raise SystemExit(f"build_deb: cannot make a Debian version of {python_version!r}")
    return version


def wheel_version(wheel: Path) -> str:
    return wheel.name.split("-")[1]


def clean_env() -> dict[str, str]:
    """No PYTHONPATH and no user site: pip must see only the venv. With a checkout on the path
    (its egg-info) pip would call the kiosk "already installed" and leave it out."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, "PYTHONNOUSERSITE": "1"}


def run(*command: str | Path, **kwargs: object) -> None:
    subprocess.run([str(part) for part in command], check=True, env=clean_env(), **kwargs)  # type: ignore[call-overload]


def target_python_minor() -> tuple[int, int]:
    out = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import sys; print(*sys.version_info[:2])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return int(out[0]), int(out[1])


def build_venv(staging: Path, wheel: Path, pip_python: str) -> None:
    """The venv at ``staging/opt/photobooth-kiosk``, moved to say ``/opt/photobooth-kiosk``."""
    venv = staging / TARGET.relative_to("/")
    run(SYSTEM_PYTHON, "-m", "venv", "--without-pip", venv)
    # pip from the release tools' venv installs into the target's interpreter (--python):
    # no ensurepip, so python3-venv is not needed on the build machine either.
    pip = [pip_python, "-m", "pip", "--python", str(venv / "bin" / "python"), "install"]
    pip += ["--disable-pip-version-check", "--quiet", "--no-compile", "--no-warn-script-location"]
    run(*pip, "--require-hashes", "-r", LOCK)
    run(*pip, "--no-deps", wheel)
    if not (venv / "bin" / "photobooth-kiosk").is_file():
        raise SystemExit("build_deb: pip did not install the kiosk's wheel into the venv")
    relocate(venv)
    # Compile with the target's own interpreter, the bytecode naming the final paths.
    # A few files in third-party packages do not compile (templates, Python 2 leftovers):
    # Python ignores them at run time too, so failures here are not fatal.
    compile_ = [str(SYSTEM_PYTHON), "-m", "compileall", "-q", "-j", "0"]
    subprocess.run(
        [*compile_, "-s", str(staging), "-p", "/", str(venv)],
        check=False,
        stdout=subprocess.DEVNULL,
        env=clean_env(),
    )


def relocate(venv: Path) -> None:
    old, new = str(venv).encode(), str(TARGET).encode()
    for path in [venv / "pyvenv.cfg", *(venv / "bin").iterdir()]:
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        if old in data:
            path.write_bytes(data.replace(old, new))
    left = subprocess.run(
        ["grep", "-rlI", "--exclude=*.pyc", "--exclude=RECORD", str(venv), str(venv)],
        capture_output=True,
        text=True,
    ).stdout.split()
    leftovers = [p for p in left if not p.endswith("direct_url.json")]
    if leftovers:
        raise SystemExit(f"build_deb: the staging path is still written in {leftovers[:5]}")


def normalise_modes(staging: Path) -> None:
    """root-owned, 0755 for folders and programs, 0644 for the rest: not the builder's umask."""
    for folder, dirs, files in os.walk(staging):
        for name in dirs:
            os.chmod(os.path.join(folder, name), 0o755)
        for name in files:
            path = os.path.join(folder, name)
            if os.path.islink(path):
                continue
            executable = os.stat(path).st_mode & 0o111
            os.chmod(path, 0o755 if executable else 0o644)


def write_control(staging: Path, version: str, arch: str) -> None:
    debian = staging / "DEBIAN"
    debian.mkdir()
    major, minor = target_python_minor()
    depends = [f"python3 (>= {major}.{minor})", f"python3 (<< {major}.{minor + 1})"]
    depends += SYSTEM_DEPENDS
    size_kib = (
        sum(p.lstat().st_size for p in staging.rglob("*") if p.is_file() or p.is_symlink()) // 1024
    )
    fields = {
        "@VERSION@": version,
        "@ARCH@": arch,
        "@INSTALLED_SIZE@": str(size_kib),
        "@DEPENDS@": ", ".join(depends),
    }
    control = (HERE / "control.in").read_text()
    for key, value in fields.items():
        control = control.replace(key, value)
    (debian / "control").write_text(control)
    for script in ("postinst", "prerm", "postrm"):
        text = (HERE / script).read_text().replace("@CREDENTIALS@", " ".join(credential_names()))
        (debian / script).write_text(text)
        (debian / script).chmod(0o755)


def build(wheel: Path, out: Path, pip_python: str, compression: str) -> Path:
    if not SYSTEM_PYTHON.exists():
        raise SystemExit(f"build_deb: {SYSTEM_PYTHON} is needed: the kiosk runs on it")
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()
    version = debian_version(wheel_version(wheel))
    with tempfile.TemporaryDirectory(prefix="photobooth-deb-") as tmp:
        staging = Path(tmp) / "root"
        build_venv(staging, wheel, pip_python)
        (staging / "usr" / "bin").mkdir(parents=True)
        (staging / "usr" / "bin" / "photobooth-kiosk").symlink_to(
            TARGET / "bin" / "photobooth-kiosk"
        )
        units = staging / "lib" / "systemd" / "system"
        units.mkdir(parents=True)
        shutil.copy(UNIT, units / UNIT.name)
        doc = staging / "usr" / "share" / "doc" / "photobooth-kiosk"
        doc.mkdir(parents=True)
        shutil.copy(ROOT / "LICENSE", doc / "copyright")
        shutil.copy(ROOT / "docs" / "deployment.md", doc / "deployment.md")
        normalise_modes(staging)
        write_control(staging, version, arch)
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("photobooth-kiosk_*.deb"):
            old.unlink()
        deb = out / f"photobooth-kiosk_{version}_{arch}.deb"
        run(
            "dpkg-deb",
            "--root-owner-group",
            f"-Z{compression}",
            "--build",
            staging,
            deb,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--wheel", type=Path, required=True, help="the built photobooth_kiosk wheel"
    )
    parser.add_argument("--out", type=Path, required=True, help="folder for the .deb")
    parser.add_argument("--pip-python", default=sys.executable, help="a Python with pip")
    parser.add_argument("--compression", default="zstd", choices=("xz", "zstd", "gzip"))
    args = parser.parse_args(argv)
    # Whatever umask the caller had (the test suite's kiosk sets 077 for its data folder):
    # the package's files must be readable by the photobooth user and dpkg-deb refuses a
    # control folder that is not 0755.
    os.umask(0o022)
    if shutil.which("dpkg-deb") is None:
        print("build_deb: dpkg-deb not found (Debian/Ubuntu only); no .deb built", file=sys.stderr)
        return 2
    deb = build(args.wheel.resolve(), args.out.resolve(), args.pip_python, args.compression)
    print(deb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
