"""Benchmark: seconds from process start to the attract screen accepting a tap.

    python bench/startup.py [--warm-runs 5] [--command photobooth-kiosk]

A kiosk that restarts after a crash should be back before the visitor walks away (aim:
under 2 s warm on the 2-core machine). Each start is timed from just before ``Popen`` to
the kiosk's own ``photobooth-kiosk: ready`` line (``PHOTOBOOTH_READY_LINE=1``,
``kiosk/ready_signal.py``): printed once the window shows the attract screen and the
event loop is free to take a tap, not when the process merely exists.

* **cold**: the first start after boot. The page cache is dropped first
  (``sync; echo 3 > /proc/sys/vm/drop_caches``), which needs root and a writable
  ``/proc/sys``; ``page_cache_dropped`` says whether it worked, and when it did not the
  figure is a first start with whatever the cache held.
* **warm**: a restart after a crash: the previous kiosk is killed with SIGKILL and a new
  one started at once, the way systemd's ``Restart=always`` does (median of the runs).

The kiosk runs in demo mode (the generated video through ``cv2.VideoCapture``, dry-run
delivery) in a data folder that an untimed first run has set up (records file, key,
demo video), offscreen unless a display is set. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "photobooth-kiosk: ready"
TIMEOUT_S = 120.0


def _environment(base: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["XDG_CONFIG_HOME"] = str(base / "config")  # the key of this bench's data folder only
    env["PHOTOBOOTH_KEY_BACKEND"] = "file"
    env["PHOTOBOOTH_READY_LINE"] = "1"
    return env


def drop_page_cache() -> tuple[bool, str]:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as exc:
        return (
            False,
            f"could not drop the page cache ({exc.strerror or exc}): not root, or /proc/sys is read-only",
        )
    return True, "page cache dropped"


def timed_start(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.Popen[str]]:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == READY:
            return time.perf_counter() - started, process
        if time.perf_counter() - started > TIMEOUT_S:
            break
    process.kill()
    raise SystemExit(f"the kiosk did not say it was ready (exit {process.wait()})")


def crash(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--warm-runs", type=int, default=5)
    parser.add_argument(
        "--command",
        default=f"{sys.executable} -m kiosk",
        help="how to start the kiosk (default: this Python, -m kiosk)",
    )
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = _environment(base)
    run = [*args.command.split(), "run", "--demo", "--data-dir", str(base / "data")]
    setup = subprocess.run(
        [
            *args.command.split(),
            "run",
            "--demo",
            "--autopilot",
            "0",
            "--data-dir",
            str(base / "data"),
        ],
        env={k: v for k, v in env.items() if k != "PHOTOBOOTH_READY_LINE"},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    if setup.returncode != 0:
        raise SystemExit(f"setting up the data folder failed: {setup.stderr.strip()}")

    dropped, said = drop_page_cache()
    print(f"cold start: {said}", flush=True)
    cold, process = timed_start(run, env)
    print(f"cold start: {cold:.2f} s", flush=True)
    warm: list[float] = []
    for index in range(max(1, args.warm_runs)):
        crash(process)
        seconds, process = timed_start(run, env)
        warm.append(seconds)
        print(f"warm start {index + 1}: {seconds:.2f} s", flush=True)
    crash(process)
    print(
        json.dumps(
            {
                "cold_start_s": round(cold, 2),
                "warm_start_s": round(statistics.median(warm), 2),
                "warm_min_s": round(min(warm), 2),
                "warm_max_s": round(max(warm), 2),
                "warm_runs": len(warm),
                "page_cache_dropped": dropped,
                "platform": env["QT_QPA_PLATFORM"],
                "cpus": os.cpu_count(),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
