"""Camera fixtures: small generated videos and controllable frame sources.

Videos are generated with the same cv2.VideoWriter/VideoCapture path the kiosk uses, so the
tests exercise real decoding, not mocks. They are tiny (320x240) to keep the suite fast.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
import numpy as np
import pytest

from camera.sources import CameraInfo, CameraUnavailable, Frame, FrameSource
from camera.worker import CameraThread

VIDEO_W, VIDEO_H, VIDEO_FPS = 320, 240, 30


def write_split_video(path: Path, frames: int) -> Path:
    """Left half red, right half blue; brightness steps per frame so frames differ and index."""
    writer = cv2.VideoWriter(
        str(path), cv2.CAP_FFMPEG, cv2.VideoWriter.fourcc(*"MJPG"), VIDEO_FPS, (VIDEO_W, VIDEO_H)
    )
    assert writer.isOpened()
    for index in range(frames):
        frame = np.zeros((VIDEO_H, VIDEO_W, 3), np.uint8)
        level = 120 + 6 * index
        frame[:, : VIDEO_W // 2] = (0, 0, level)  # BGR red
        frame[:, VIDEO_W // 2 :] = (level, 0, 0)  # BGR blue
        writer.write(frame)
    writer.release()
    return path


@pytest.fixture(scope="session")
def video_geometry() -> tuple[int, int, int]:
    """Width, height and fps of the generated test videos."""
    return VIDEO_W, VIDEO_H, VIDEO_FPS


@pytest.fixture(scope="session")
def split_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_split_video(tmp_path_factory.mktemp("video") / "split.avi", 20)


@pytest.fixture
def short_video(tmp_path: Path) -> Path:
    """A private copy that a test may move away and back."""
    return write_split_video(tmp_path / "short.avi", 10)


class Switch:
    """Lets a test unplug and replug a fake camera from the GUI thread."""

    def __init__(self) -> None:
        self.broken = threading.Event()
        self.opens = 0


class FlakySource:
    """Synthetic frames until the switch breaks; then no frames, and opening fails."""

    def __init__(self, switch: Switch) -> None:
        self._switch = switch
        self._index = 0

    def open(self) -> CameraInfo:
        if self._switch.broken.is_set():
            raise CameraUnavailable("Fake camera is unplugged.")
        self._switch.opens += 1
        return CameraInfo(backend="FAKE", width=VIDEO_W, height=VIDEO_H, fps=30.0, fourcc="MJPG")

    def read(self) -> Frame | None:
        if self._switch.broken.is_set():
            return None
        self._index += 1
        self._switch.broken.wait(0.005)  # about 200 fps, without spinning a core
        return np.full((VIDEO_H, VIDEO_W, 3), self._index % 250, np.uint8)

    def close(self) -> None:
        pass


class FrozenSource(FlakySource):
    """A driver that keeps handing back its last buffer."""

    def __init__(self, switch: Switch) -> None:
        super().__init__(switch)
        self._frame = np.full((VIDEO_H, VIDEO_W, 3), 77, np.uint8)

    def read(self) -> Frame | None:
        self._switch.broken.wait(0.005)
        return self._frame


@pytest.fixture
def switch() -> Switch:
    return Switch()


@pytest.fixture
def camera_thread() -> Iterator[Callable[..., CameraThread]]:
    """Build CameraThreads that are always stopped, and fail the test if one will not stop."""
    made: list[CameraThread] = []

    def make(factory: Callable[[], FrameSource], **kwargs: object) -> CameraThread:
        kwargs.setdefault("backoff_initial_s", 0.05)
        kwargs.setdefault("backoff_max_s", 0.2)
        thread = CameraThread(factory, **kwargs)  # type: ignore[arg-type]
        made.append(thread)
        return thread

    yield make
    for thread in made:
        assert thread.stop(3000), "camera thread still running after 3 s"
        assert not thread.is_running()


@pytest.fixture
def flaky_factory(switch: Switch) -> Callable[[], FrameSource]:
    return lambda: FlakySource(switch)


@pytest.fixture
def frozen_factory(switch: Switch) -> Callable[[], FrameSource]:
    return lambda: FrozenSource(switch)
