"""CameraWorker on a real QThread: preview frames, stills, watchdog, reconnection, shutdown.

Synchronisation is by signals (qtbot.waitSignal / waitUntil), never by sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QRect, QThread, Slot
from PySide6.QtGui import QImage

from camera.sources import FrameSource, OpenCVSource
from camera.worker import CameraThread, CameraWorker
from ui.widgets.preview_view import PreviewView

MakeThread = Callable[..., CameraThread]


class Collector(QObject):
    """Receives the worker's signals on the GUI thread, as PreviewView and the screens do.

    Being a QObject that lives on the GUI thread makes every connection queued. pytest-qt's
    waitSignal on the worker itself would run its callback on the camera thread instead.
    """

    def __init__(self, worker: CameraWorker) -> None:
        super().__init__()
        self.worker = worker
        self.images: list[QImage] = []
        self.states: list[str] = []
        self.errors: list[str] = []
        self.stills: list[np.ndarray] = []
        self.still_errors: list[str] = []
        self.opened: list[Any] = []
        worker.frame_ready.connect(self.on_frame_ready)
        worker.state_changed.connect(self.on_state_changed)
        worker.error_occurred.connect(self.on_error_occurred)
        worker.still_captured.connect(self.on_still_captured)
        worker.still_failed.connect(self.on_still_failed)
        worker.camera_opened.connect(self.on_camera_opened)

    @Slot()
    def on_frame_ready(self) -> None:
        assert QThread.currentThread() is self.thread()
        image = self.worker.latest_image()
        if image is not None:
            self.images.append(image)

    @Slot(str)
    def on_state_changed(self, state: str) -> None:
        self.states.append(state)

    @Slot(str)
    def on_error_occurred(self, message: str) -> None:
        self.errors.append(message)

    @Slot(object)
    def on_still_captured(self, frame: np.ndarray) -> None:
        self.stills.append(frame)

    @Slot(str)
    def on_still_failed(self, message: str) -> None:
        self.still_errors.append(message)

    @Slot(object)
    def on_camera_opened(self, info: Any) -> None:
        self.opened.append(info)

    def reached(self, state: str) -> Callable[[], bool]:
        """A waitUntil condition: the GUI has been told the camera is now in ``state``."""
        return lambda: bool(self.states) and self.states[-1] == state


def _is_red(rgb: tuple[int, int, int]) -> bool:
    r, g, b = rgb
    return r > 100 and b < 40 and g < 40


def _is_blue(rgb: tuple[int, int, int]) -> bool:
    r, g, b = rgb
    return b > 100 and r < 40 and g < 40


def _pixel(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def test_frames_arrive_display_sized(
    qtbot: Any, camera_thread: MakeThread, split_video: Path
) -> None:
    thread = camera_thread(lambda: OpenCVSource(str(split_video)))
    thread.worker.set_display_size(160, 160)
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(lambda: len(seen.images) >= 5, timeout=5000)
    assert seen.opened[0].width == 320
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

    thread.worker.request_still()
    qtbot.waitUntil(lambda: len(seen.stills) == 1, timeout=5000)
    still = seen.stills[0]
    assert still.shape == (240, 320, 3)  # full resolution, not the 160x120 preview
    b, g, r = (int(v) for v in still[120, 10])
    assert _is_red((r, g, b)), "the photo keeps red on the left"


def test_lost_camera_goes_unavailable_and_recovers_by_itself(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource], switch: Any
) -> None:
    thread = camera_thread(flaky_factory)
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(lambda: len(seen.images) >= 3, timeout=3000)

    switch.broken.set()
    qtbot.waitUntil(seen.reached("unavailable"), timeout=3000)
    assert thread.worker.latest_image() is None, "no frozen frame while unavailable"
    qtbot.waitUntil(lambda: thread.worker.last_error is not None, timeout=3000)
    # error_occurred is queued after state_changed: wait for it rather than race it.
    qtbot.waitUntil(lambda: thread.worker.last_error in seen.errors, timeout=3000)
    qtbot.waitUntil(lambda: len(seen.errors) >= 3, timeout=3000)  # it keeps retrying
    assert thread.worker.latest_image() is None
    assert seen.states[-1] == "unavailable"

    opens_before = switch.opens
    switch.broken.clear()
    qtbot.waitUntil(seen.reached("live"), timeout=3000)
    assert switch.opens == opens_before + 1
    qtbot.waitUntil(lambda: thread.worker.latest_image() is not None, timeout=2000)


def test_video_file_that_disappears_and_comes_back(
    qtbot: Any, camera_thread: MakeThread, short_video: Path
) -> None:
    """A file that ends and cannot be reopened is the demo-mode twin of an unplugged webcam."""
    away = short_video.with_name("away.avi")
    thread = camera_thread(lambda: OpenCVSource(str(short_video), loop=False))
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(seen.reached("live"), timeout=5000)
    short_video.rename(away)
    qtbot.waitUntil(lambda: any("was not found" in e for e in seen.errors), timeout=5000)
    assert seen.states[-1] == "unavailable"
    assert thread.worker.latest_image() is None
    away.rename(short_video)
    qtbot.waitUntil(seen.reached("live"), timeout=5000)


def test_identical_frames_count_as_a_frozen_camera(
    qtbot: Any, camera_thread: MakeThread, frozen_factory: Callable[[], FrameSource]
) -> None:
    thread = camera_thread(frozen_factory, stale_after_s=0.3)
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(lambda: any("froze" in e for e in seen.errors), timeout=3000)
    assert seen.states[:3] == ["starting", "live", "unavailable"]
    assert thread.worker.latest_image() is None


def test_still_request_while_unavailable_fails_quickly(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource], switch: Any
) -> None:
    switch.broken.set()
    thread = camera_thread(flaky_factory, backoff_initial_s=5.0, backoff_max_s=5.0)
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(seen.reached("unavailable"), timeout=3000)
    thread.worker.request_still()
    qtbot.waitUntil(lambda: len(seen.still_errors) == 1, timeout=1000)  # not after the backoff
    assert seen.stills == []


def test_shutdown_is_prompt_even_during_backoff(
    qtbot: Any, flaky_factory: Callable[[], FrameSource], switch: Any
) -> None:
    switch.broken.set()
    thread = CameraThread(flaky_factory, backoff_initial_s=10.0, backoff_max_s=10.0)
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(seen.reached("unavailable"), timeout=3000)
    assert thread.stop(timeout_ms=1000)
    assert not thread.is_running()
    qtbot.waitUntil(seen.reached("stopped"), timeout=1000)


def test_shutdown_while_live(qtbot: Any, split_video: Path) -> None:
    thread = CameraThread(lambda: OpenCVSource(str(split_video)))
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(seen.reached("live"), timeout=5000)
    assert thread.stop(timeout_ms=3000)
    assert not thread.is_running()
    assert thread.worker.latest_image() is None
    qtbot.waitUntil(seen.reached("stopped"), timeout=1000)


def test_preview_view_never_paints_a_frozen_frame(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource], switch: Any
) -> None:
    thread = camera_thread(flaky_factory)
    view = _live_view(qtbot, thread, 200, 150)
    qtbot.waitUntil(lambda: view.current_image() is not None, timeout=3000)
    image = view.current_image()
    assert image is not None and image.size() == view.size()  # fitted by the worker
    # Frames reach the picture label as pixmaps made by the worker, at the view's size.
    qtbot.waitUntil(lambda: not view.picture.pixmap().isNull(), timeout=3000)
    assert view.picture.isVisible() and view.picture.geometry() == view.rect()
    assert view.picture.pixmap().size() == view.size()
    switch.broken.set()
    qtbot.waitUntil(lambda: view.state == "unavailable", timeout=3000)
    assert view.current_image() is None
    assert not view.picture.isVisible() and view.picture.pixmap().isNull()
    assert not view.grab().isNull()  # the reconnecting panel paints without errors
    switch.broken.clear()
    qtbot.waitUntil(lambda: view.current_image() is not None, timeout=3000)
    view.clear()
    assert view.current_image() is None


def test_switching_camera_opens_the_new_one_without_going_unavailable(
    qtbot: Any,
    camera_thread: MakeThread,
    split_video: Path,
    flaky_factory: Callable[[], FrameSource],
) -> None:
    """Staff try another camera: the thread swaps sources between frames (issue #6)."""
    thread = camera_thread(flaky_factory)
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(lambda: len(seen.images) >= 3, timeout=3000)
    assert seen.opened[-1].backend == "FAKE"
    thread.worker.switch_source(lambda: OpenCVSource(str(split_video)), mirror_preview=False)
    qtbot.waitUntil(lambda: len(seen.opened) == 2 and seen.states[-1] == "live", timeout=5000)
    assert seen.opened[-1].backend != "FAKE", "the video file is open now"
    assert "unavailable" not in seen.states and seen.errors == []
    assert seen.states[-3:] == ["live", "starting", "live"]
    seen.images.clear()
    qtbot.waitUntil(lambda: len(seen.images) >= 2, timeout=3000)
    left = _pixel(seen.images[-1], 5, seen.images[-1].height() // 2)
    assert _is_red(left), "not mirrored any more: red stays on the left"


def test_switching_to_a_missing_camera_is_retried_like_a_lost_one(
    qtbot: Any, camera_thread: MakeThread, split_video: Path, tmp_path: Path
) -> None:
    thread = camera_thread(lambda: OpenCVSource(str(split_video)))
    seen = Collector(thread.worker)
    thread.start()
    qtbot.waitUntil(seen.reached("live"), timeout=5000)
    thread.worker.switch_source(lambda: OpenCVSource(str(tmp_path / "unplugged.avi")))
    qtbot.waitUntil(seen.reached("unavailable"), timeout=5000)
    assert thread.worker.latest_image() is None, "nothing of the old camera stays on screen"
    thread.worker.switch_source(lambda: OpenCVSource(str(split_video)))
    qtbot.waitUntil(seen.reached("live"), timeout=5000)


def test_preview_centres_a_picture_of_another_shape_between_dark_bars(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource]
) -> None:
    thread = camera_thread(flaky_factory)  # 320x240 frames: 4:3
    view = PreviewView(thread.worker)
    qtbot.addWidget(view)
    view.resize(400, 150)  # wider than 4:3: bars left and right
    view.show()
    thread.start()
    qtbot.waitUntil(lambda: view.picture.isVisible(), timeout=3000)
    assert view.picture.geometry() == QRect(100, 0, 200, 150)
    shot = view.grab().toImage()
    assert shot.pixelColor(10, 75).name() == "#111111"  # a bar
    assert shot.pixelColor(390, 75).name() == "#111111"


def test_frames_reach_the_screen_without_python(
    qtbot: Any, qtlog: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource]
) -> None:
    """The preview's frames go to the label's own C++ slot: no Python runs on the GUI thread to
    show one, so it never waits for the interpreter lock (issue #18). Qt's own listing of the
    worker's connections names the slot; a Python callable would show as a functor."""
    thread = camera_thread(flaky_factory)
    view = PreviewView(thread.worker)
    qtbot.addWidget(view)
    view.show()
    thread.worker.dumpObjectInfo()
    listing = "\n".join(record.message for record in qtlog.records)
    assert "--> QLabel::previewPicture setPixmap(QPixmap)" in listing
    view.hide()  # off screen: the frames are let go of
    before = len(qtlog.records)
    thread.worker.dumpObjectInfo()
    assert "setPixmap" not in "\n".join(r.message for r in qtlog.records[before:])


def test_showing_frames_runs_no_python_slot_per_frame(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The view's Python slot runs when the picture changes shape, not every few frames: each
    run is a chance for the GUI thread to wait for the interpreter lock while the kiosk's
    background work runs, which bench/preview.py saw as its 99th percentile (issue #18). It
    ran every 8th frame before."""
    calls: list[int] = []
    original = PreviewView._on_worker_picture_changed

    def counting(self: PreviewView) -> None:
        calls.append(1)
        original(self)

    monkeypatch.setattr(PreviewView, "_on_worker_picture_changed", counting)
    thread = camera_thread(flaky_factory)
    view = _live_view(qtbot, thread, 320, 240)
    qtbot.waitUntil(lambda: view.current_image() is not None, timeout=5000)
    calls.clear()
    sent = thread.worker.pixmaps_sent
    qtbot.waitUntil(lambda: thread.worker.pixmaps_sent >= sent + 60, timeout=10_000)
    qtbot.wait(50)  # the last frames' queued calls land
    assert len(calls) <= 1, f"the view's Python ran {len(calls)} times for 60 frames"
    assert view.picture.isVisible() and not view.picture.pixmap().isNull()


def test_a_busy_gui_thread_finds_a_few_frames_waiting_not_a_backlog(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource]
) -> None:
    """While the GUI thread is busy (a screen being built), the camera goes on reading but
    sends only a few frames more, so no whole-frame backlog piles up in memory; once the GUI
    is free the preview moves again."""
    thread = camera_thread(flaky_factory)
    worker = thread.worker
    view = _live_view(qtbot, thread, 1280, 720)
    qtbot.waitUntil(lambda: worker.pixmaps_sent >= 20, timeout=5000)
    assert view.picture.isVisible()
    read_meanwhile, sent_meanwhile = _while_the_gui_is_busy(worker, 1.0)
    assert read_meanwhile >= 40, read_meanwhile
    # Three in flight, plus what Qt's pixmap cache keeps of the frames the label drew.
    assert sent_meanwhile <= 8, f"{sent_meanwhile} frames queued for a stalled GUI"
    resumed = worker.pixmaps_sent
    qtbot.waitUntil(lambda: worker.pixmaps_sent >= resumed + 20, timeout=5000)


def test_where_qt_count_is_unknown_the_view_says_it_keeps_up(
    qtbot: Any, camera_thread: MakeThread, flaky_factory: Callable[[], FrameSource], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Where Qt's count of a pixmap's users cannot be read (camera.pixmap_sharing: another C++
    ABI), the view's slot runs every few frames instead, and frames still flow, bounded."""
    monkeypatch.setattr("camera.worker.SHARING_KNOWN", False)
    thread = camera_thread(flaky_factory)
    worker = thread.worker
    view = _live_view(qtbot, thread, 640, 480)
    qtbot.waitUntil(lambda: worker.pixmaps_sent >= 40, timeout=5000)
    assert view.picture.isVisible() and not view.picture.pixmap().isNull()
    read_meanwhile, sent_meanwhile = _while_the_gui_is_busy(worker, 0.5)  # nobody says it keeps up
    assert read_meanwhile >= 20
    assert sent_meanwhile <= 12


def _live_view(qtbot: Any, thread: CameraThread, width: int, height: int) -> PreviewView:
    """A PreviewView of this size on screen, following the thread's worker, which is started."""
    view = PreviewView(thread.worker)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    thread.start()
    return view


def _while_the_gui_is_busy(worker: CameraWorker, seconds: float) -> tuple[int, int]:
    """Frames the worker read and frames it sent while the GUI thread handled no event."""
    published, sent = worker.frames_published, worker.pixmaps_sent
    time.sleep(seconds)
    return worker.frames_published - published, worker.pixmaps_sent - sent
