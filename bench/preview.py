"""Benchmark the live preview and capture path: real worker, real PreviewView, offscreen.

    QT_QPA_PLATFORM=offscreen python bench/preview.py [--quick]

Feeds an unthrottled 1920x1080 MJPG file (generated into a temp dir) through CameraThread into
a PreviewView, and compares the GUI-thread cost with the naive approach (convert, QPixmap,
smooth scale, QLabel.setPixmap on the GUI thread). The last line is one JSON object.
Goals: gui_ms_median <= 1.0, fps >= 120, capture_to_review_ms <= 200, rss_growth_mb <= 20.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2
import numpy as np
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from assets import FRAMES
from camera.compose import PhotoStyle, compose_photo
from camera.sources import OpenCVSource
from camera.worker import CameraThread
from ui.widgets.preview_view import PreviewView

VIEW_W, VIEW_H = 1280, 720


def rss_mb() -> float:
    try:
        import psutil

        return float(psutil.Process().memory_info().rss) / 2**20
    except ImportError:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def make_video(folder: Path, frames: int = 90) -> Path:
    """A 1080p MJPG clip with sensor-like noise (flat frames decode unrealistically fast)."""
    path = folder / "bench-1080p.avi"
    writer = cv2.VideoWriter(
        str(path), cv2.CAP_FFMPEG, cv2.VideoWriter.fourcc(*"MJPG"), 30, (1920, 1080)
    )
    rng = np.random.default_rng(1)
    base = np.zeros((1080, 1920, 3), np.int16)
    base[:] = np.linspace(40, 200, 1920, dtype=np.int16)[None, :, None]
    noises = [rng.normal(0, 6, (1080, 1920, 3)).astype(np.int16) for _ in range(3)]
    for index in range(frames):
        frame = np.clip(base + noises[index % 3], 0, 255).astype(np.uint8)
        cv2.circle(frame, (300 + 15 * index, 540), 220, (60, 110, 210), -1, cv2.LINE_AA)
        writer.write(frame)
    writer.release()
    return path


class TimedPreview(PreviewView):
    """PreviewView that records GUI-thread time for each displayed frame (slot + paint)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pending_ms = 0.0
        self.per_frame_ms: list[float] = []
        self.record = False

    def _on_worker_frame_ready(self) -> None:
        started = time.perf_counter()
        super()._on_worker_frame_ready()
        self.pending_ms += (time.perf_counter() - started) * 1000

    def paintEvent(self, event: QPaintEvent) -> None:
        started = time.perf_counter()
        super().paintEvent(event)
        if self.record and self.current_image() is not None:
            self.per_frame_ms.append(self.pending_ms + (time.perf_counter() - started) * 1000)
        self.pending_ms = 0.0


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller counts, about 20 s")
    args = parser.parse_args()
    total_frames, captures = (1500, 40) if args.quick else (10_000, 500)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)

    with tempfile.TemporaryDirectory(prefix="bench-preview-") as tmp:
        video = make_video(Path(tmp))
        samples = []
        probe = cv2.VideoCapture(str(video), cv2.CAP_FFMPEG)
        for _ in range(6):
            _ok, frame = probe.read()
            samples.append(frame)
        probe.release()

        label = QLabel()
        label.resize(VIEW_W, VIEW_H)
        label.show()
        naive = naive_baseline(samples, label, 60 if args.quick else 150)
        label.hide()

        camera = CameraThread(lambda: OpenCVSource(str(video), loop=True, realtime=False))
        worker = camera.worker
        view = TimedPreview(worker)
        view.resize(VIEW_W, VIEW_H)
        view.show()
        style = PhotoStyle(overlay_path=FRAMES / "default.png")
        bridge = Bridge()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compose")
        review = QLabel()
        review.resize(480, 600)
        review.show()
        capture_ms: list[float] = []
        pending: dict[str, float] = {}

        def on_still(frame: np.ndarray) -> None:
            future = pool.submit(compose_photo, frame, style)
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
            spin_until(app, lambda: len(capture_ms) > count, 10)

        camera.start()
        spin_until(app, lambda: worker.frames_published >= 100, 30)
        capture_once()  # warm-up: loads and caches the branding frame once, by design
        capture_ms.clear()
        rss_start = rss_mb()

        view.record = True
        started, first = time.perf_counter(), worker.frames_published
        spin_until(app, lambda: worker.frames_published >= total_frames, 600)
        elapsed = time.perf_counter() - started
        fps = (worker.frames_published - first) / elapsed
        displayed = len(view.per_frame_ms)
        view.record = False

        for _ in range(captures):
            capture_once()
        rss_end = rss_mb()
        frames_total = worker.frames_published
        stopped = camera.stop(3000)
        pool.shutdown()

    gui = sorted(view.per_frame_ms)
    result = {
        "gui_ms_median": round(statistics.median(gui), 3),
        "gui_ms_p99": round(gui[int(len(gui) * 0.99) - 1], 3),
        "naive_gui_ms_median": round(statistics.median(naive), 3),
        "fps": round(fps, 1),
        "capture_to_review_ms": round(statistics.median(capture_ms), 1),
        "rss_growth_mb": round(rss_end - rss_start, 1),
    }
    print(f"preview {VIEW_W}x{VIEW_H} from 1920x1080 MJPG, unthrottled, {os.cpu_count()} cores")
    print(f"worker frames: {frames_total} ({fps:.1f}/s); GUI displayed {displayed} while timed")
    print(
        f"GUI ms per displayed frame: median {result['gui_ms_median']}, p99 {result['gui_ms_p99']}"
    )
    print(f"naive GUI ms per frame: median {result['naive_gui_ms_median']}")
    print(
        f"capture->review over {len(capture_ms)} captures: median {result['capture_to_review_ms']}"
        f" ms, p95 {sorted(capture_ms)[int(len(capture_ms) * 0.95) - 1]:.1f} ms"
    )
    print(f"RSS {rss_start:.1f} MB -> {rss_end:.1f} MB; thread stopped cleanly: {stopped}")
    print(json.dumps(result))
    return 0 if stopped else 1


if __name__ == "__main__":
    raise SystemExit(main())
