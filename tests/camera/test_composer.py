"""Composing in a separate process gives the very same photo, and survives that process dying."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assets import FRAMES
from camera.compose import PhotoStyle, compose_photo
from camera.composer import PhotoComposer

STYLE = PhotoStyle(overlay_path=FRAMES / "default.png", caption="Aurelia Fine Jewelry")


def _frame() -> np.ndarray:
    rng = np.random.default_rng(11)
    return rng.integers(0, 256, (720, 1280, 3), dtype=np.uint8)


@pytest.fixture
def composer() -> Iterator[PhotoComposer]:
    made = PhotoComposer()
    made.start()
    yield made
    made.close()


def test_the_composing_process_makes_the_same_photo(composer: PhotoComposer) -> None:
    frame = _frame()
    here = compose_photo(frame, STYLE)
    there = composer.compose(frame, STYLE)
    assert there.jpeg == here.jpeg and there.mms_jpeg == here.mms_jpeg
    assert (there.width, there.height) == (here.width, here.height)


def test_a_photo_is_still_made_when_the_composing_process_dies(composer: PhotoComposer) -> None:
    frame = _frame()
    first = composer.compose(frame, STYLE)
    pool = composer._pool
    assert pool is not None
    for process in list(pool._processes.values()):
        os.kill(process.pid, signal.SIGKILL)
        process.join(5)
    second = composer.compose(frame, STYLE)  # composed in this process instead
    assert second.jpeg == first.jpeg
    third = composer.compose(frame, STYLE)  # and a new process for the next visitor
    assert third.jpeg == first.jpeg and composer._pool is not None


def test_a_bad_frame_is_refused_with_a_clear_message(composer: PhotoComposer) -> None:
    with pytest.raises(ValueError, match="HxWx3 uint8"):
        composer.compose(np.zeros((10, 10), np.uint8), STYLE)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_composing_process_leaves_when_the_kiosk_is_killed(tmp_path: Path) -> None:
    """A kiosk killed with -9 leaves no composing process behind (one more per crash)."""
    script = (
        "import sys, time\n"
        "from camera.composer import PhotoComposer\n"
        "composer = PhotoComposer()\n"
        "composer.start()\n"
        "pool = composer._executor()\n"
        "while not pool._processes: time.sleep(0.05)\n"
        "print(*pool._processes, flush=True)\n"
        "time.sleep(60)\n"
    )
    kiosk = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert kiosk.stdout is not None
    worker_pid = int(kiosk.stdout.readline().split()[0])
    kiosk.kill()
    kiosk.wait(10)
    deadline = time.monotonic() + 15
    while _alive(worker_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker_pid), "the composing process outlived the kiosk"


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False
