"""The optional high-resolution still: switch to the still mode for the shot, then back.

A webcam's still mode is the same device at a bigger size; here a second, bigger video file
stands in for it, read with real OpenCV, so the switch (close the preview, read the still,
reopen the preview where it was) runs for real.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from booth.camera_control import camera_factory
from booth.settings import CameraSettings
from camera.sources import OpenCVSource, StillModeSource
from tests.camera.test_worker import Collector, MakeThread

STILL_W, STILL_H = 640, 480


@pytest.fixture(scope="module")
def still_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The "still mode": twice the preview's size, green so a still from it is recognisable."""
    path = tmp_path_factory.mktemp("still") / "still.avi"
    writer = cv2.VideoWriter(
        str(path), cv2.CAP_FFMPEG, cv2.VideoWriter.fourcc(*"MJPG"), 30, (STILL_W, STILL_H)
    )
    for _ in range(3):
        writer.write(np.full((STILL_H, STILL_W, 3), (0, 200, 0), np.uint8))
    writer.release()
    return path


def test_still_mode_gives_the_bigger_picture_then_the_preview_resumes(
    split_video: Path, still_video: Path, video_geometry: tuple[int, int, int]
) -> None:
    width, height, _fps = video_geometry
    source = OpenCVSource(str(split_video), realtime=False, still_spec=str(still_video))
    source.open()
    try:
        assert isinstance(source, StillModeSource)
        before = [source.read() for _ in range(5)]
        still = source.read_still()
        assert still is not None and still.shape == (STILL_H, STILL_W, 3)
        assert still[STILL_H // 2, STILL_W // 2, 1] > 150  # the still mode's (green) picture
        after = source.read()
        assert after is not None and after.shape == (height, width, 3)
        # Back where it was, not at the start: the preview does not jump back in time.
        levels = [int(f[100, 5, 2]) for f in (*before, after) if f is not None]
        assert levels[-1] > levels[0]
    finally:
        source.close()


def test_a_missing_still_mode_gives_no_still_and_keeps_the_preview(
    split_video: Path, tmp_path: Path, video_geometry: tuple[int, int, int]
) -> None:
    width, height, _fps = video_geometry
    source = OpenCVSource(
        str(split_video), realtime=False, still_spec=str(tmp_path / "not-there.avi")
    )
    source.open()
    try:
        assert source.read_still() is None
        frame = source.read()
        assert frame is not None and frame.shape == (height, width, 3)
    finally:
        source.close()


def test_without_a_still_mode_a_file_takes_no_special_still(split_video: Path) -> None:
    source = OpenCVSource(str(split_video), realtime=False, still_size=(3840, 2160))
    source.open()
    try:
        assert source.read_still() is None  # a file has no sensor modes: the worker reads as ever
    finally:
        source.close()


def test_worker_takes_the_photo_in_the_still_mode_and_stays_live(
    qtbot: Any, camera_thread: MakeThread, split_video: Path, still_video: Path
) -> None:
    thread = camera_thread(
        lambda: OpenCVSource(str(split_video), realtime=False, still_spec=str(still_video))
    )
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(seen.reached("live"), timeout=5000)
    thread.worker.request_still()
    qtbot.waitUntil(lambda: bool(seen.stills), timeout=5000)
    assert seen.stills[0].shape == (STILL_H, STILL_W, 3)
    shown = len(seen.images)
    qtbot.waitUntil(lambda: len(seen.images) > shown + 2, timeout=5000)
    assert seen.states[-1] == "live" and not seen.still_errors


def test_worker_falls_back_to_a_preview_still_when_the_still_mode_fails(
    qtbot: Any, camera_thread: MakeThread, split_video: Path, tmp_path: Path
) -> None:
    missing = str(tmp_path / "gone.avi")
    thread = camera_thread(
        lambda: OpenCVSource(str(split_video), realtime=False, still_spec=missing)
    )
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(seen.reached("live"), timeout=5000)
    thread.worker.request_still()
    qtbot.waitUntil(lambda: bool(seen.stills), timeout=5000)
    assert seen.stills[0].shape[:2] == (240, 320)  # a photo all the same, at preview size
    assert not seen.still_errors


def test_the_still_mode_setting_is_off_by_default_and_reaches_the_source() -> None:
    assert CameraSettings().still_high_resolution is False
    plain = camera_factory("0", CameraSettings())()
    assert isinstance(plain, OpenCVSource) and plain._still_size is None
    on = CameraSettings(still_high_resolution=True, still_width=4096, still_height=2160)
    source = camera_factory("0", on)()
    assert isinstance(source, OpenCVSource) and source._still_size == (4096, 2160)
