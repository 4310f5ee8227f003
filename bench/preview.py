"""Benchmark the live preview: real worker, real PreviewView, offscreen, with the kiosk at work.

    QT_QPA_PLATFORM=offscreen python bench/preview.py [--quick] [--in-process-compose]
        [--application-filter] [--switch-interval-ms MS]

Feeds a 1920x1080 MJPG file (generated into a temp dir) through CameraThread into a 1280x720
PreviewView, styled with the kiosk's style sheet, with the kiosk's event filter installed where
the kiosk installs it (ui/kiosk_events.py: on the window's QWindow; ``--application-filter``
puts it on the application, as before, where it saw every event of every frame). For each
frame the GUI thread displays, it times what the GUI thread does: the view's slot plus the
synchronous ``repaint()`` it causes. Three runs:

* quiet: unthrottled source, nothing else running (``gui_ms_p99_quiet``);
* busy: unthrottled source while the kiosk's own background work runs (bench/kiosk_load.py:
  visits committed and sent by the outbox in dry-run, retention sweeps, photos composed in a
  loop through the kiosk's PhotoComposer): ``gui_ms_median``, ``gui_ms_p99``;
* busy at 30 fps, a webcam's pace: ``gui_ms_p99_30fps``;
* for information, busy and unthrottled with the visitor's 4:5 crop (the camera screen's,
  576x720 of the view): ``gui_ms_median_visitor_crop``, ``gui_ms_p99_visitor_crop``. The
  goals are for the whole frame.

``floor_ms_median`` is one 1280x720 RGB32 copy of the frame being shown (numpy's memmove, called
holding the interpreter lock: see Meter), on the GUI thread next to its paint (before it on
every other frame, after it on the others),
for each frame of the quiet, busy and 30 fps phases: the least any preview can cost for that
frame in that moment, so the goals read as ratios on any machine: median <= 2x floor, each
p99 <= 4x floor. ``floor_ms_p99`` shows how noisy the machine was: where a plain
copy's own p99 is far above its median (a shared, loaded machine), the p99 figures measure the
machine, not the kiosk. ``floor_ms_median_tight_loop`` (copies in a tight loop, which mostly
measure the L3 cache) is for information.
Also ``capture_to_review_ms`` (still requested -> composed photo on a review label) and, from a
source whose still mode is a 4K file, ``capture_to_review_ms_still_mode``.
The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import operator
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PHOTOBOOTH_KEY_BACKEND", "file")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2
import numpy as np
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from assets import FRAMES
from bench.kiosk_load import KioskLoad
from booth.background_priority import background_nice
from booth.tasks import freeze_startup_objects, tune_interpreter
from camera.compose import PhotoStyle
from camera.composer import PhotoComposer
from camera.sources import OpenCVSource
from camera.worker import CameraThread, CameraWorker
from ui.kiosk_events import KioskEvents
from ui.style import style_sheet
from ui.widgets.preview_view import PreviewView

VIEW_W, VIEW_H = 1280, 720


def rss_mb() -> float:
    try:
        import psutil

        return float(psutil.Process().memory_info().rss) / 2**20
    except ImportError:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def cpu_ticks() -> tuple[int, int] | None:
    """(all, stolen) CPU ticks since boot, from Linux's /proc/stat; None elsewhere.

    Stolen time is time a virtual machine's CPUs were ready to run but the host ran something
    else: the thread is paused mid-copy without being switched out, so neither Python nor Qt
    can avoid it, and on a shared host it is what the p99s mostly measure.
    """
    try:
        with open("/proc/stat") as stat:
            fields = [int(value) for value in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return sum(fields[:8]), fields[7] if len(fields) > 7 else 0


def make_video(path: Path, size: tuple[int, int] = (1920, 1080), frames: int = 90) -> Path:
    """An MJPG clip with sensor-like noise (flat frames decode unrealistically fast)."""
    width, height = size
    writer = cv2.VideoWriter(
        str(path), cv2.CAP_FFMPEG, cv2.VideoWriter.fourcc(*"MJPG"), 30, (width, height)
    )
    rng = np.random.default_rng(1)
    base = np.zeros((height, width, 3), np.int16)
    base[:] = np.linspace(40, 200, width, dtype=np.int16)[None, :, None]
    noises = [rng.normal(0, 6, (height, width, 3)).astype(np.int16) for _ in range(3)]
    for index in range(frames):
        frame = np.clip(base + noises[index % 3], 0, 255).astype(np.uint8)
        centre = (width // 6 + 15 * index * width // 1920, height // 2)
        cv2.circle(frame, centre, height // 5, (60, 110, 210), -1, cv2.LINE_AA)
        writer.write(frame)
    writer.release()
    return path


# The timed stretches below call C functions one after the other from C (map), so that no
# Python bytecode runs between the two clock readings. Each bytecode instruction that ends a
# call may hand the interpreter lock to a thread that has waited for it (after the switch
# interval), and the timing would then include a background thread's whole turn: a wait the
# kiosk's GUI thread does not have, since the kiosk shows its frames without running Python.
_CALL = operator.call
_CLOCK = time.perf_counter


def timed_calls(*calls: Callable[[], object]) -> float:
    """Milliseconds the calls take, back to back, with no Python run in between."""
    started, *_results, ended = map(_CALL, (_CLOCK, *calls, _CLOCK))
    return (ended - started) * 1000


def _memmove_keeping_the_lock() -> Callable[[int, int, int], int]:
    """libc's memmove, called without letting go of the interpreter lock.

    numpy's copy of a large array is the same memmove, but numpy lets go of the lock for it
    and must then take it back: under background Python that wait, up to the switch interval,
    dwarfs the copy (a median of 7 ms instead of 0.1 ms beside one busy thread, on the
    machine this was written on). A floor must not be padded by waits the kiosk's preview
    does not make, so this calls memmove as numpy would, holding the lock throughout.
    """
    function = ctypes.PyDLL(None).memmove
    function.restype = ctypes.c_void_p
    function.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
    return function  # type: ignore[no-any-return]


class Meter(QObject):
    """Stands in for the view's connections, timing what the GUI thread does per frame.

    Each frame: the view's slot (the label's C++ setPixmap) plus the synchronous repaint() it
    causes (with ``--application-filter``, the kiosk's event filter on the paint event), both
    called from C with no Python between the clock readings (see timed_calls): in the kiosk
    they run with no Python at all. When the picture changes shape the view's Python slot
    also runs (picture_changed: place the picture); its time is added to the next frame's,
    together with one hand-over of the interpreter lock (``time.sleep(0)``: the GUI thread
    must take the lock before that slot can start, and may wait up to the switch interval
    for it). Not
    timed: with ``--application-filter``, the filter's pass over the queued call and over the
    update request, which happen outside this slot.

    And the floor, for the same frame: one copy of the very bytes the label paints (the
    pixmap's image, shared, not copied), on this thread, next to the paint: the memmove
    numpy would do, holding the interpreter lock as the paint does. Whichever reads a
    frame first reads it from wherever the camera thread left it, the other finds it in this
    core's cache: so the two take turns, the copy first on every other frame, and each is
    timed half the time on a fresh frame.
    """

    def __init__(self, view: PreviewView, worker: CameraWorker) -> None:
        super().__init__()
        self.view = view
        self.times: list[float] = []
        self.floors: list[float] = []
        self.record = False
        self.pending_ms = 0.0
        self._target = np.zeros(VIEW_H * VIEW_W * 4, np.uint8)  # touched: no page faults timed
        self._memmove = _memmove_keeping_the_lock()
        worker.pixmap_ready.disconnect(view.picture.setPixmap)
        worker.pixmap_ready.connect(self.on_pixmap)
        worker.picture_changed.disconnect(view._on_worker_picture_changed)
        worker.picture_changed.connect(self.on_picture_changed)

    def on_picture_changed(self) -> None:
        started = time.perf_counter()
        time.sleep(0)  # lets go of the interpreter lock and takes it back, as a slot's call does
        self.view._on_worker_picture_changed()
        self.pending_ms += (time.perf_counter() - started) * 1000

    def on_pixmap(self, pixmap: QPixmap) -> None:
        picture = self.view.picture
        recording = self.record and picture.isVisible()
        shown = pixmap.toImage() if recording else None  # shares the pixmap's pixels
        copy_first = len(self.times) % 2 == 0
        floors = self._floor_copy(shown) if recording and copy_first else []
        elapsed = timed_calls(partial(picture.setPixmap, pixmap), picture.repaint)
        elapsed += self.pending_ms
        self.pending_ms = 0.0
        if recording:
            if not copy_first:
                floors = self._floor_copy(shown)
            self.times.append(elapsed)
            self.floors.extend(floors)

    def _floor_copy(self, image: QImage | None) -> list[float]:
        if image is None or image.sizeInBytes() != self._target.nbytes:
            return []  # the visitor's 4:5 crop: a smaller frame (not part of the goals)
        source = np.frombuffer(image.constBits(), np.uint8)
        copy = partial(
            self._memmove, self._target.ctypes.data, source.ctypes.data, self._target.nbytes
        )
        return [timed_calls(copy)]


class PythonPainted(QWidget):
    """The way main painted before issue #18, for comparison in the same run: a Python slot
    per frame and a Python paintEvent (fill, then draw the frame)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.pixmap: QPixmap | None = None
        self.times: list[float] = []

    def on_pixmap(self, pixmap: QPixmap) -> None:
        started = time.perf_counter()
        self.pixmap = pixmap
        self.repaint()
        self.times.append((time.perf_counter() - started) * 1000)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111111"))
        if self.pixmap is not None:
            painter.drawPixmap(0, 0, self.pixmap)
        painter.end()


class Bridge(QObject):
    """Carries a finished composition back to the GUI thread, as the app's task runner does."""

    composed = Signal(object)


def spin_until(app: QApplication, done: Callable[[], bool], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    heartbeat = QTimer()
    heartbeat.start(20)  # guarantees WaitForMoreEvents wakes up to re-check
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    heartbeat.stop()


def spin_for(app: QApplication, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    spin_until(app, lambda: time.monotonic() >= deadline, seconds + 5)


def tight_loop_floor_ms(rounds: int) -> list[float]:
    """For information: 1280x720 RGB32 copies with numpy in a tight loop, eight frames in turn.

    Not the floor: eight frames are 29.5 MB, about the size of a server's L3 cache, so this
    measures the cache (its median moved from 0.12 to 0.17 ms between two quiet runs on the
    same machine), not a frame the camera has just delivered.
    """
    rng = np.random.default_rng(2)
    sources = [rng.integers(0, 255, (VIEW_H, VIEW_W, 4), dtype=np.uint8) for _ in range(8)]
    target = np.empty_like(sources[0])
    times = []
    for index in range(rounds):
        source = sources[index % len(sources)]
        started = time.perf_counter()
        np.copyto(target, source)
        times.append((time.perf_counter() - started) * 1000)
    return times


def naive_baseline(frames: list[np.ndarray], label: QLabel, rounds: int) -> list[float]:
    """What a simple app does: all conversion and scaling on the GUI thread, per frame."""
    times = []
    for index in range(rounds):
        frame = frames[index % len(frames)]
        started = time.perf_counter()
        rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
        image = QImage(
            rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888
        )
        pixmap = QPixmap.fromImage(image).scaled(
            label.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        label.setPixmap(pixmap)
        label.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.99) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="shorter runs, about 1.5 min (the full run: about 4 min)",
    )
    parser.add_argument(
        "--in-process-compose",
        action="store_true",
        help="compose in the kiosk's process, as before the composer process (for comparison)",
    )
    parser.add_argument(
        "--application-filter",
        action="store_true",
        help="install the kiosk's event filter on the application, as before (for comparison)",
    )
    parser.add_argument(
        "--switch-interval-ms",
        type=float,
        help="the interpreter's switch interval (default: the kiosk's, booth.tasks)",
    )
    args = parser.parse_args()
    quiet_s, busy_s, paced_s, crop_s, captures = (
        (6, 10, 12, 5, 10) if args.quick else (15, 40, 45, 15, 40)
    )
    if args.switch_interval_ms is None:
        tune_interpreter()
    else:
        tune_interpreter(args.switch_interval_ms / 1000)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    composer = PhotoComposer(separate_process=not args.in_process_compose, nice=background_nice())
    composer.start()

    with tempfile.TemporaryDirectory(prefix="bench-preview-") as tmp_name:
        tmp = Path(tmp_name)
        video = make_video(tmp / "bench-1080p.avi")
        still_video = make_video(tmp / "bench-2160p.avi", (3840, 2160), frames=6)
        samples = []
        probe = cv2.VideoCapture(str(video), cv2.CAP_FFMPEG)
        for _ in range(6):
            _ok, frame = probe.read()
            samples.append(frame)
        probe.release()
        style = PhotoStyle(overlay_path=FRAMES / "default.png", caption="Bench Store")
        print("seeding the records file for the background work...", file=sys.stderr)
        load = KioskLoad(tmp / "data", samples[0], style, composer)

        tight_floors = tight_loop_floor_ms(3000)
        label = QLabel()
        label.resize(VIEW_W, VIEW_H)
        label.show()
        naive = naive_baseline(samples, label, 60 if args.quick else 150)
        label.hide()

        def unthrottled() -> OpenCVSource:
            return OpenCVSource(str(video), loop=True, realtime=False)

        def paced() -> OpenCVSource:
            return OpenCVSource(str(video), loop=True, realtime=True)

        camera = CameraThread(unthrottled)
        worker = camera.worker
        view = PreviewView(worker)
        view.setStyleSheet(style_sheet())  # as the kiosk window styles its screens
        view.resize(VIEW_W, VIEW_H)
        # The kiosk window's event filter, set up as kiosk/gui_main.py does in kiosk mode: on
        # the window's QWindow (no frame passes it), or, for comparison, on the application,
        # where it ran (in Python) for every event, the frames' included.
        events = KioskEvents(view)
        events.on_activity = lambda: None  # the idle clock; no touches here
        events.guard_keys = True
        if args.application_filter:
            app.installEventFilter(events)
        view.show()
        if not args.application_filter:
            events.watch(view.windowHandle())
        meter = Meter(view, worker)
        bridge = Bridge()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compose")
        review = QLabel()
        review.resize(480, 600)
        review.show()
        capture_ms: list[float] = []
        pending: dict[str, float] = {}

        def on_still(frame: np.ndarray) -> None:
            future = pool.submit(composer.compose, frame, style)
            future.add_done_callback(lambda f: bridge.composed.emit(f))

        def on_composed(future: Future[Any]) -> None:
            photo = future.result()
            image = QImage.fromData(photo.jpeg, "JPEG")
            review.setPixmap(QPixmap.fromImage(image))
            review.repaint()
            capture_ms.append((time.perf_counter() - pending.pop("t")) * 1000)

        worker.still_captured.connect(on_still)
        bridge.composed.connect(on_composed)

        def capture_once() -> None:
            count = len(capture_ms)
            pending["t"] = time.perf_counter()
            worker.request_still()
            spin_until(app, lambda: len(capture_ms) > count, 20)

        busy_floors: list[float] = []

        def timed(seconds: float, *, busy: bool = True) -> tuple[list[float], float]:
            meter.times = []
            floors_before = len(meter.floors)
            meter.record = True
            first, started = worker.frames_published, time.perf_counter()
            spin_for(app, seconds)
            meter.record = False
            if busy:
                busy_floors.extend(meter.floors[floors_before:])
            fps = (worker.frames_published - first) / (time.perf_counter() - started)
            return meter.times, fps

        freeze_startup_objects()  # as the kiosk does once its window is built (booth.app)
        camera.start()
        spin_until(app, lambda: worker.frames_published >= 100, 30)
        capture_once()  # warm-up: the composing process and the branding frame, once
        capture_ms.clear()
        rss_start = rss_mb()

        quiet, fps = timed(quiet_s, busy=False)
        for _ in range(captures):
            capture_once()
        capture_median = statistics.median(capture_ms)
        capture_ms.clear()
        # A source whose still mode is the 4K file: the preview closes, the still is read,
        # the preview reopens where it was (camera.sources.OpenCVSource.read_still).
        worker.switch_source(
            lambda: OpenCVSource(str(video), loop=True, realtime=False, still_spec=str(still_video))
        )
        spin_until(app, lambda: worker.state == "live", 10)
        for _ in range(max(3, captures // 4)):
            capture_once()
        still_median = statistics.median(capture_ms)
        worker.switch_source(unthrottled)
        spin_until(app, lambda: worker.state == "live", 10)
        rss_end = rss_mb()

        load.start()
        busy_started = time.perf_counter()
        ticks_before = cpu_ticks()
        busy, busy_fps = timed(busy_s)
        # The same load, the frames painted the old way (Python slot and paintEvent).
        old_way = PythonPainted()
        old_way.resize(VIEW_W, VIEW_H)
        old_way.show()
        worker.pixmap_ready.disconnect(meter.on_pixmap)
        worker.pixmap_ready.connect(old_way.on_pixmap)
        spin_for(app, busy_s / 2)
        worker.pixmap_ready.disconnect(old_way.on_pixmap)
        worker.pixmap_ready.connect(meter.on_pixmap)
        old_way.hide()
        worker.switch_source(paced)
        spin_until(app, lambda: worker.state == "live", 10)
        spin_for(app, 1)
        paced_times, paced_fps = timed(paced_s)
        # For information: the visitor's preview shows only the part the photo keeps (the
        # camera screen crops to 4:5 with set_crop_aspect), 576x720 of this 1280x720 view;
        # the goals above are for the whole 16:9 frame (the staff's camera tab shows it).
        worker.switch_source(unthrottled)
        spin_until(app, lambda: worker.state == "live", 10)
        view.set_crop_aspect(4, 5)
        spin_for(app, 1)
        cropped, _cropped_fps = timed(crop_s)
        busy_elapsed = time.perf_counter() - busy_started
        ticks_after = cpu_ticks()
        load.stop()
        tight_floors += tight_loop_floor_ms(3000)
        floors = meter.floors

        frames_total = worker.frames_published
        stopped = camera.stop(3000)
        pool.shutdown()
        composer.close()

    floor = statistics.median(floors)
    steal_pct = None
    if ticks_before is not None and ticks_after is not None:
        total = ticks_after[0] - ticks_before[0]
        steal_pct = round(100 * (ticks_after[1] - ticks_before[1]) / total, 1) if total else 0.0
    result = {
        "gui_ms_median": round(statistics.median(busy), 3),
        "gui_ms_p99": round(p99(busy), 3),
        "gui_ms_p99_30fps": round(p99(paced_times), 3),
        "gui_ms_p99_quiet": round(p99(quiet), 3),
        "floor_ms_median": round(floor, 3),
        # The machine's own noise: the floor copy's p99. On a shared, loaded machine it is
        # many times the median, and no GUI p99 can be better than that.
        "floor_ms_p99": round(p99(floors), 3),
        # The same under the background work: what the busy p99s can be compared with.
        "floor_ms_p99_busy": round(p99(busy_floors), 3),
        # For information: copies in a tight loop, which mostly measure the L3 cache.
        "floor_ms_median_tight_loop": round(statistics.median(tight_floors), 3),
        "gui_ms_median_30fps": round(statistics.median(paced_times), 3),
        "gui_ms_median_quiet": round(statistics.median(quiet), 3),
        "gui_ms_median_visitor_crop": round(statistics.median(cropped), 3),
        "gui_ms_p99_visitor_crop": round(p99(cropped), 3),
        "gui_ms_max": round(max(busy + paced_times), 3),
        "python_paint_gui_ms_median": round(statistics.median(old_way.times), 3),
        "python_paint_gui_ms_p99": round(p99(old_way.times), 3),
        "naive_gui_ms_median": round(statistics.median(naive), 3),
        "fps": round(fps, 1),
        "capture_to_review_ms": round(capture_median, 1),
        "capture_to_review_ms_still_mode": round(still_median, 1),
        "rss_growth_mb": round(rss_end - rss_start, 1),
        # The share of CPU time the host took away during the busy runs (None off Linux).
        "steal_pct_busy": steal_pct,
    }
    print(f"preview {VIEW_W}x{VIEW_H} from 1920x1080 MJPG, {os.cpu_count()} cores")
    print(
        f"switch interval {sys.getswitchinterval() * 1000:.1f} ms; compose "
        f"{'in-process' if args.in_process_compose else 'in a separate process'}; event filter "
        f"on the {'application' if args.application_filter else 'window (as the kiosk)'}"
    )
    print(
        f"floor (a memmove of the 1280x720 RGB32 frame being shown, {len(floors)} frames): "
        f"median {floor:.3f} ms, p99 {result['floor_ms_p99']} ms (the machine's own noise), "
        f"{result['floor_ms_p99_busy']} ms under the background work; "
        f"in a tight loop (for information): median {result['floor_ms_median_tight_loop']} ms"
    )
    print(
        f"quiet, unthrottled ({fps:.0f} fps, {len(quiet)} shown): median "
        f"{result['gui_ms_median_quiet']}, p99 {result['gui_ms_p99_quiet']} ms"
    )
    print(
        f"busy, unthrottled ({busy_fps:.0f} fps, {len(busy)} shown): median "
        f"{result['gui_ms_median']} ({result['gui_ms_median'] / floor:.1f}x floor), p99 "
        f"{result['gui_ms_p99']} ms ({result['gui_ms_p99'] / floor:.1f}x)"
    )
    print(
        f"busy, 30 fps ({paced_fps:.0f} fps, {len(paced_times)} shown): median "
        f"{result['gui_ms_median_30fps']}, p99 "
        f"{result['gui_ms_p99_30fps']} ms ({result['gui_ms_p99_30fps'] / floor:.1f}x); "
        f"max over both busy runs {result['gui_ms_max']} ms"
    )
    print(
        f"busy, unthrottled, painted the old way (Python slot + paintEvent, "
        f"{len(old_way.times)} shown): median {result['python_paint_gui_ms_median']}, p99 "
        f"{result['python_paint_gui_ms_p99']} ms"
    )
    print(
        f"busy, unthrottled, the visitor's 4:5 crop (576x720, {len(cropped)} shown): median "
        f"{result['gui_ms_median_visitor_crop']}, p99 {result['gui_ms_p99_visitor_crop']} ms "
        "(for information; the goals are for the whole frame)"
    )
    print(load.summary(busy_elapsed))
    print(f"CPU time stolen by the host during the busy runs: {steal_pct}%")
    print(f"naive GUI ms per frame: median {result['naive_gui_ms_median']}")
    print(
        f"capture->review: median {result['capture_to_review_ms']} ms; with a 3840x2160 still "
        f"mode {result['capture_to_review_ms_still_mode']} ms"
    )
    print(f"RSS {rss_start:.1f} MB -> {rss_end:.1f} MB; thread stopped cleanly: {stopped}")
    print(f"worker frames: {frames_total}")
    print(json.dumps(result))
    return 0 if stopped else 1


if __name__ == "__main__":
    raise SystemExit(main())
