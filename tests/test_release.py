"""The release as a store's IT would get it: the built wheel in an environment of its own.

``python -m build`` is what ``python3 dev.py release`` runs: the sdist, then the wheel
built from the sdist, so both are shown to carry the run-time files (notices, messages,
frames, translations, icons). The wheel goes into a new venv outside the checkout with
``--no-deps``; the venv reaches the dependencies through a ``.pth`` line naming this
interpreter's site-packages (a plain path: the editable install's finder there is not
run), so no big wheel is downloaded again and the kiosk's own code and files can only
come from the wheel. The installed command then runs from another folder.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUN_TIME_FILES = (
    "assets/notices/en/",
    "assets/messages/en/email.html",
    "assets/frames/default.png",
    "assets/i18n/kiosk_fr.qm",
    "assets/icons/check.svg",
    "assets/messages/en/link.txt",
    # head office's console (the headoffice extra): its pages and its Hebrew
    "headoffice/console/templates/console/base.html",
    "headoffice/console/locale/he/LC_MESSAGES/django.mo",
)
NO_DEPS = ("--no-deps", "--no-index")  # the wheel alone; the dependencies come from a .pth


def _build(out: Path) -> Path:
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert "deprecat" not in (built.stdout + built.stderr).lower(), "setuptools warned"
    (sdist,) = out.glob("photobooth_kiosk-*.tar.gz")
    assert sdist.stat().st_size > 0
    (wheel,) = out.glob("photobooth_kiosk-*.whl")
    return wheel


def _clean_env(**extra: str) -> dict[str, str]:
    """No PYTHONPATH: the checkout (and the egg-info the build leaves in it) must not be seen."""
    drop = ("PYTHONPATH", "PHOTOBOOTH_DATA_DIR")
    return {**{k: v for k, v in os.environ.items() if k not in drop}, **extra}


def _venv_with_wheel(venv: Path, wheel: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            *NO_DEPS,
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=_clean_env(),
    )
    assert installed.returncode == 0, installed.stderr
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # After the venv's own site-packages: the wheel's packages and metadata come first.
    Path(purelib, "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return venv / "bin"


@pytest.mark.slow
def test_the_built_wheel_runs_the_kiosk_from_its_own_venv(tmp_path: Path) -> None:
    wheel = _build(tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    for wanted in RUN_TIME_FILES:
        assert any(name.startswith(wanted) for name in names), f"{wanted} is not in the wheel"
    assert not any(name.startswith("tests/") for name in names)

    bin_dir = _venv_with_wheel(tmp_path / "venv", wheel)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _clean_env(XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, capture_output=True, text=True, cwd=elsewhere, env=env, timeout=300
        )

    where = run(str(bin_dir / "python"), "-c", "import kiosk, assets; print(kiosk.__file__)")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(tmp_path / "venv")

    version = wheel.name.split("-")[1]
    answer = run(str(bin_dir / "photobooth-kiosk"), "--version")
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.strip() == f"photobooth-kiosk {version}"

    data = tmp_path / "data"
    result = run(
        str(bin_dir / "photobooth-kiosk"),
        "run",
        "--demo",
        "--autopilot",
        "2",
        "--data-dir",
        str(data),
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["sessions"] == 2 and summary["photos"] == 2
    assert sum(summary["deliveries"].values()) == 2
