"""OpenCVSource against real files decoded by OpenCV (no mocks of cv2)."""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from camera.sources import CameraUnavailable, OpenCVSource, open_source


def test_video_file_frames_have_the_granted_size(
    split_video: Path, video_geometry: tuple[int, int, int]
) -> None:
    width, height, fps = video_geometry
    source = open_source(str(split_video), realtime=False)
    info = source.open()
    try:
        assert (info.width, info.height) == (width, height)
        assert info.backend == "FFMPEG"
        assert info.fps == pytest.approx(fps)
        assert info.fourcc == "MJPG"
        frame = source.read()
        assert frame is not None
        assert frame.shape == (height, width, 3)
        assert frame.dtype == np.uint8
    finally:
        source.close()


def test_loop_rewinds_to_the_first_frame(split_video: Path) -> None:
    source = OpenCVSource(str(split_video), loop=True, realtime=False)
    source.open()
    try:
        frames = [source.read() for _ in range(45)]  # the clip has 20 frames
        assert all(f is not None for f in frames)
        reds = [int(f[100, 5, 2]) for f in frames if f is not None]
        assert abs(reds[20] - reds[0]) <= 4  # frame 21 is frame 1 again
        assert reds[19] > reds[20] + 60
    finally:
        source.close()


def test_without_loop_the_file_ends(split_video: Path) -> None:
    source = OpenCVSource(str(split_video), loop=False, realtime=False)
    source.open()
    try:
        frames = [source.read() for _ in range(21)]
        assert all(f is not None for f in frames[:20])
        assert frames[20] is None
    finally:
        source.close()


def test_realtime_plays_at_the_files_own_speed(split_video: Path) -> None:
    source = OpenCVSource(str(split_video), realtime=True)
    source.open()
    try:
        started = time.monotonic()
        for _ in range(10):
            assert source.read() is not None
        elapsed = time.monotonic() - started
        assert elapsed >= 9 / 30 * 0.9  # ten frames at 30 fps span nine intervals
    finally:
        source.close()


def test_missing_file_raises_a_readable_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.avi"
    with pytest.raises(CameraUnavailable, match=r"Video file .*nowhere\.avi was not found"):
        OpenCVSource(str(missing)).open()


def test_missing_device_raises_a_readable_error() -> None:
    with pytest.raises(CameraUnavailable, match=r"No camera at /dev/video-none"):
        OpenCVSource("/dev/video-none").open()


def test_image_sequence_plays_and_loops(tmp_path: Path) -> None:
    for index in range(4):
        frame = np.full((48, 64, 3), 40 * (index + 1), np.uint8)
        assert cv2.imwrite(str(tmp_path / f"{index:04d}.png"), frame)
    source = OpenCVSource(str(tmp_path / "%04d.png"), fps=25, loop=True, realtime=False)
    info = source.open()
    try:
        assert info.backend == "CV_IMAGES"
        assert (info.width, info.height) == (64, 48)
        values = []
        for _ in range(6):
            frame = source.read()
            assert frame is not None
            values.append(int(frame[0, 0, 0]))
        assert values == [40, 80, 120, 160, 40, 80]
    finally:
        source.close()


def test_spec_kinds_are_recognised() -> None:
    assert OpenCVSource("0").kind == "device"
    assert OpenCVSource("/dev/v4l/by-id/usb-Logitech-video-index0").kind == "device"
    assert OpenCVSource("frames/%04d.png").kind == "sequence"
    assert OpenCVSource("demo.avi").kind == "file"


def test_demo_video_is_generated_once_and_plays(tmp_path: Path) -> None:
    from camera.demo_video import ensure_demo_video

    path = ensure_demo_video(tmp_path, width=160, height=96, fps=10, seconds=1)
    stamp = path.stat().st_mtime_ns
    assert ensure_demo_video(tmp_path, width=160, height=96, fps=10, seconds=1) == path
    assert path.stat().st_mtime_ns == stamp  # reused, not rewritten
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind
    source = OpenCVSource(str(path), realtime=False)
    info = source.open()
    try:
        assert (info.width, info.height, info.fourcc) == (160, 96, "MJPG")
        assert source.read() is not None
    finally:
        source.close()
