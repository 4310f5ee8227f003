"""CameraWorker on a real QThread: preview frames, stills, watchdog, reconnection, shutdown.

Synchronisation is by signals (qtbot.waitSignal / waitUntil), never by sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtGui import QImage

from camera.sources import FrameSource, OpenCVSource
from camera.worker import CameraThread, CameraWorker
from ui.widgets.preview_view import PreviewView

MakeThread = Callable[..., CameraThread]


class Collector:
    """Pulls images on the GUI thread the way PreviewView does."""

    def __init__(self, worker: CameraWorker) -> None:
        self.worker = worker
        self.images: list[QImage] = []
        self.states: list[str] = []
        self.errors: list[str] = []
        worker.frame_ready.connect(self.on_frame_ready)
        worker.state_changed.connect(self.states.append)
        worker.error_occurred.connect(self.errors.append)

    def on_frame_ready(self) -> None:
        image = self.worker.latest_image()
        if image is not None:
            self.images.append(image)


def _is_red(rgb: tuple[int, int, int]) -> bool:
    r, g, b = rgb
    return r > 100 and b < 40 and g < 40


def _is_blue(rgb: tuple[int, int, int]) -> bool:
    r, g, b = rgb
    return b > 100 and r < 40 and g < 40


def _pixel(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def test_frames_arrive_display_sized(qtbot: Any, camera_thread: MakeThread, split_video: Path):
    thread = camera_thread(lambda: OpenCVSource(str(split_video)))
    thread.worker.set_display_size(160, 160)
    seen = Collector(thread.worker)
    with qtbot.waitSignal(thread.worker.camera_opened, timeout=5000) as opened:
        thread.start()
    assert opened.args[0].width == 320
    qtbot.waitUntil(lambda: len(seen.images) >= 5, timeout=5000)
    assert seen.states[:2] == ["starting", "live"]
    assert (seen.images[-1].width(), seen.images[-1].height()) == (160, 120)  # fitted, 4:3 kept


def test_preview_is_mirrored_but_the_still_is_not(
    qtbot: Any, camera_thread: MakeThread, split_video: Path
) -> None:
    """The visitor sees a mirror (natural for a selfie); the photo keeps the real orientation."""
    thread = camera_thread(lambda: OpenCVSource(str(split_video)), mirror_preview=True)
    thread.worker.set_display_size(160, 120)
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(lambda: len(seen.images) >= 2, timeout=5000)
    preview = seen.images[-1]
    assert _is_blue(_pixel(preview, 10, 60)), "preview should show blue on the left"
    assert _is_red(_pixel(preview, 150, 60))

    with qtbot.waitSignal(thread.worker.still_captured, timeout=5000) as captured:
        thread.worker.request_still()
    still = captured.args[0]
    assert isinstance(still, np.ndarray)
    assert still.shape == (240, 320, 3)  # full resolution, not the 160x120 preview
    b, g, r = (int(v) for v in still[120, 10])
    assert _is_red((r, g, b)), "the photo keeps red on the left"


def test_lost_camera_goes_unavailable_and_recovers_by_itself(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource], switch: Any
) -> None:
    thread = camera_thread(flaky_factory)
    seen = Collector(thread.worker)
    with qtbot.waitSignal(thread.worker.state_changed, check_params_cb=lambda s: s == "live"):
        thread.start()
    qtbot.waitUntil(lambda: thread.worker.latest_image() is not None, timeout=2000)

    with qtbot.waitSignal(
        thread.worker.state_changed, check_params_cb=lambda s: s == "unavailable", timeout=3000
    ):
        switch.broken.set()
    assert thread.worker.latest_image() is None, "no frozen frame while unavailable"
    qtbot.waitUntil(lambda: len(seen.errors) >= 2, timeout=3000)  # it keeps retrying
    assert thread.worker.latest_image() is None

    opens_before = switch.opens
    with qtbot.waitSignal(
        thread.worker.state_changed, check_params_cb=lambda s: s == "live", timeout=3000
    ):
        switch.broken.clear()
    assert switch.opens == opens_before + 1
    qtbot.waitUntil(lambda: thread.worker.latest_image() is not None, timeout=2000)


def test_video_file_that_disappears_and_comes_back(
    qtbot: Any, camera_thread: MakeThread, short_video: Path
) -> None:
    """A file that ends and cannot be reopened is the demo-mode twin of an unplugged webcam."""
    away = short_video.with_name("away.avi")
    thread = camera_thread(lambda: OpenCVSource(str(short_video), loop=False))
    seen = Collector(thread.worker)
    with qtbot.waitSignal(
        thread.worker.state_changed, check_params_cb=lambda s: s == "live", timeout=5000
    ):
        thread.start()
    short_video.rename(away)
    qtbot.waitUntil(lambda: any("was not found" in e for e in seen.errors), timeout=5000)
    assert thread.worker.state == "unavailable"
    assert thread.worker.latest_image() is None
    with qtbot.waitSignal(
        thread.worker.state_changed, check_params_cb=lambda s: s == "live", timeout=5000
    ):
        away.rename(short_video)


def test_identical_frames_count_as_a_frozen_camera(
    qtbot: Any, camera_thread: MakeThread, frozen_factory: Callable[[], FrameSource]
) -> None:
    thread = camera_thread(frozen_factory, stale_after_s=0.3)
    seen = Collector(thread.worker)
    with qtbot.waitSignal(
        thread.worker.state_changed, check_params_cb=lambda s: s == "unavailable", timeout=3000
    ):
        thread.start()
    assert "live" in seen.states  # the first frame was shown before the freeze was noticed
    qtbot.waitUntil(lambda: any("froze" in e for e in seen.errors), timeout=2000)
    assert thread.worker.latest_image() is None


def test_still_request_while_unavailable_fails_quickly(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource], switch: Any
) -> None:
    switch.broken.set()
    thread = camera_thread(flaky_factory, backoff_initial_s=5.0, backoff_max_s=5.0)
    with qtbot.waitSignal(
        thread.worker.state_changed, check_params_cb=lambda s: s == "unavailable", timeout=3000
    ):
        thread.start()
    with qtbot.waitSignal(thread.worker.still_failed, timeout=1000):
        thread.worker.request_still()


def test_shutdown_is_prompt_even_during_backoff(
    qtbot: Any, flaky_factory: Callable[[], FrameSource], switch: Any
) -> None:
    switch.broken.set()
    thread = CameraThread(flaky_factory, backoff_initial_s=10.0, backoff_max_s=10.0)
    states: list[str] = []
    thread.worker.state_changed.connect(states.append)
    with qtbot.waitSignal(
        thread.worker.state_changed, check_params_cb=lambda s: s == "unavailable", timeout=3000
    ):
        thread.start()
    assert thread.stop(timeout_ms=1000)
    assert not thread.is_running()
    qtbot.waitUntil(lambda: "stopped" in states, timeout=1000)


def test_shutdown_while_live(qtbot: Any, split_video: Path) -> None:
    thread = CameraThread(lambda: OpenCVSource(str(split_video)))
    with qtbot.waitSignal(
        thread.worker.state_changed, check_params_cb=lambda s: s == "live", timeout=5000
    ):
        thread.start()
    assert thread.stop(timeout_ms=3000)
    assert not thread.is_running()
    assert thread.worker.latest_image() is None


def test_preview_view_never_paints_a_frozen_frame(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource], switch: Any
) -> None:
    thread = camera_thread(flaky_factory)
    view = PreviewView(thread.worker)
    qtbot.addWidget(view)
    view.resize(200, 150)
    view.show()
    thread.start()
    qtbot.waitUntil(lambda: view.current_image() is not None, timeout=3000)
    assert view.current_image().size() == view.size()  # the worker fitted it to the widget
    with qtbot.waitSignal(
        thread.worker.state_changed, check_params_cb=lambda s: s == "unavailable", timeout=3000
    ):
        switch.broken.set()
    qtbot.waitUntil(lambda: view.state == "unavailable", timeout=1000)
    assert view.current_image() is None
    assert not view.grab().isNull()  # the reconnecting panel paints without errors
    view.clear()
    assert view.current_image() is None
