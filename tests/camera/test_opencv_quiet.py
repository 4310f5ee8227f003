"""A missing camera, retried: OpenCV's own warnings stay off the terminal; the log says it once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys, threading, time
from pathlib import Path
from camera.sources import open_source
from camera.worker import CameraWorker
from kiosk.logs import configure_logging

configure_logging(Path(sys.argv[1]))
worker = CameraWorker(lambda: open_source("63"), backoff_initial_s=0.05, backoff_max_s=0.05)
thread = threading.Thread(target=worker.run)
thread.start()
time.sleep(1.0)  # about twenty attempts
worker.stop()
thread.join(5)
"""


def test_a_missing_camera_retried_prints_no_opencv_warnings(tmp_path: Path) -> None:
    """Staff running the kiosk in a terminal see no `[ WARN:0@…]` line per retry; the
    outage is in the log, once, in words they can act on."""
    env = {k: v for k, v in os.environ.items() if k != "OPENCV_LOG_LEVEL"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "logs")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert "[ WARN" not in result.stderr and "cap_v4l" not in result.stderr, result.stderr
    log = (tmp_path / "logs" / "kiosk.log").read_text()
    assert log.count("camera unavailable") == 1, log
