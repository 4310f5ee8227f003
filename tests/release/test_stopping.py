"""Stopping the kiosk: SIGTERM (``systemctl stop``, a supervisor) and Ctrl+C (SIGINT) end it
cleanly with status 0, directly and through ``dev.py demo``; and which command ``dev.py
demo`` uses to install Qt's system libraries."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
READY = "photobooth-kiosk: ready"


def _dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _kiosk_command(data: Path) -> list[str]:
    return [sys.executable, "-m", "kiosk", "run", "--demo", "--data-dir", str(data)]


def _start(command: list[str], tmp_path: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PHOTOBOOTH_READY_LINE": "1",
        "PYTHONPATH": str(ROOT),
    }
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path
    )
    assert process.stdout is not None
    for line in process.stdout:  # up to the moment a visitor could tap
        if line.strip() == READY:
            return process
    process.wait(timeout=60)
    raise AssertionError(f"the kiosk did not start: {process.stderr.read()[-3000:]}")  # type: ignore[union-attr]


def _stopped(process: subprocess.Popen[str], how: signal.Signals) -> int:
    process.send_signal(how)
    try:
        return process.wait(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()


@pytest.mark.slow
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_kiosk_stops_cleanly_on_a_stop_signal(tmp_path: Path, how: signal.Signals) -> None:
    data = tmp_path / "data"
    kiosk = _start(_kiosk_command(data), tmp_path)
    assert _stopped(kiosk, how) == 0
    log = (data / "logs" / "kiosk.log").read_text()
    assert f"stopping on {how.name}" in log
    assert "clean shutdown (status 0)" in log
    assert "unhandled error" not in log and "Traceback" not in log


@pytest.mark.slow
def test_dev_demo_passes_sigterm_on_and_ends_with_the_kiosks_status(tmp_path: Path) -> None:
    """What ``dev.py demo`` does once the venv is there: SIGTERM to the script (not to the
    kiosk) stops the kiosk cleanly, and the script exits 0, not 241."""
    data = tmp_path / "data"
    script = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('dev_script', {str(ROOT / 'dev.py')!r})\n"
        "dev = importlib.util.module_from_spec(spec); spec.loader.exec_module(dev)\n"
        f"raise SystemExit(dev._run_passing_signals({_kiosk_command(data)!r}))\n"
    )
    wrapper = _start([sys.executable, "-c", script], tmp_path)
    assert _stopped(wrapper, signal.SIGTERM) == 0
    log = (data / "logs" / "kiosk.log").read_text()
    assert "stopping on SIGTERM" in log and "clean shutdown (status 0)" in log


def test_dev_demo_installs_qt_libraries_itself_only_where_no_password_is_needed() -> None:
    apt_command = _dev().apt_command
    packages = ["libxcb-icccm4", "libxcb-keysyms1"]
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]

    assert apt_command(packages, is_root=True, sudo_works=False, has_apt=True) == install
    assert apt_command(packages, is_root=False, sudo_works=True, has_apt=True) == [
        "sudo",
        "-n",
        *install,
    ]
    # A password would be asked, or no apt: the kiosk names the packages instead.
    assert apt_command(packages, is_root=False, sudo_works=False, has_apt=True) is None
    assert apt_command(packages, is_root=True, sudo_works=False, has_apt=False) is None
    assert apt_command([], is_root=True, sudo_works=True, has_apt=True) is None


def test_dev_test_without_node_says_what_to_install_instead_of_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An outside review ran `dev.py test` on a machine without npm: FileNotFoundError."""
    dev = _dev()
    monkeypatch.setattr(dev, "ROOT", tmp_path)  # Prism not installed yet
    monkeypatch.setattr(dev, "_install_node", lambda: None)  # apt may not, or has no Node 20
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(SystemExit) as stopped:
        dev._install_prism()
    said = str(stopped.value.code)
    assert "Node.js 20 or newer with npm" in said and "no npm" in said
    assert "apt-get install nodejs npm" in said
