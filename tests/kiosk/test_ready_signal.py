"""The kiosk says when the attract screen can take a tap (bench/startup.py times it)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from kiosk.ready_signal import ENV, LINE


def test_the_ready_line_comes_once_the_attract_screen_shows(tmp_path: Path) -> None:
    env = {**os.environ, ENV: "1"}
    command = [sys.executable, "-m", "kiosk", "run", "--demo", "--data-dir", str(tmp_path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 120
        line = ""
        while time.monotonic() < deadline and line.strip() != LINE:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                break
        assert line.strip() == LINE
        assert process.poll() is None  # still running: ready means waiting for a visitor
    finally:
        process.kill()
        process.wait()


def test_without_the_variable_nothing_is_printed(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != ENV}
    command = [sys.executable, "-m", "kiosk", "run", "--demo", "--autopilot", "0"]
    result = subprocess.run(
        [*command, "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0 and LINE not in result.stdout
