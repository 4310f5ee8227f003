"""The camera worker: reads frames on its own thread and hands the GUI a ready-to-paint image.

Everything slow (decode, resize, mirror, colour conversion, the watchdog, reconnecting) happens
here so the GUI thread only blits. Only QtCore/QtGui are used: a QImage may be built off the
GUI thread, a QPixmap may not.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable
from typing import Final

import cv2
import numpy as np
from PySide6.QtCore import SIGNAL, QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage, QPixmap, QPixmapCache

from camera.pixmap_sharing import SHARING_KNOWN, pixmap_shared
from camera.sources import (
    CameraUnavailable,
    Frame,
    FrameSource,
    FreshFrameSource,
    StillModeSource,
)

__all__ = ["STATES", "CameraThread", "CameraWorker"]

log = logging.getLogger(__name__)

STATES: Final = ("starting", "live", "unavailable", "stopped")

# Format_RGB32 is stored as B,G,R,0xFF on little-endian machines, which is exactly OpenCV's
# BGRA: one conversion pass in the worker and QPainter blits it without converting again.
_LITTLE_ENDIAN: Final = sys.byteorder == "little"
_SAMPLE_ROWS: Final = 16  # rows hashed per frame by the frozen-picture watchdog
_WAIT_SLICE_S: Final = 0.05
# The frames travel as pixmap_ready, straight to a C++ slot (see ui.widgets.preview_view), so
# showing one runs no Python on the GUI thread, where Python may wait for the interpreter lock.
# So the GUI need not say it keeps up: the worker keeps the pixmaps it sent for as long as the
# GUI side holds them too (camera.pixmap_sharing) and sends no more while too many are held. At
# most this many whole frames wait in the GUI's queue while it is busy; when it catches up it
# shows the newest, not a backlog.
_IN_FLIGHT_MAX: Final = 3
# Where Qt's count cannot be read, the GUI says it keeps up by calling latest_image() when it
# hears picture_changed, sent every few frames: Python on the GUI thread, but only that often.
_ANNOUNCE_EVERY: Final = 8
_MAX_UNANNOUNCED: Final = 12


class CameraWorker(QObject):
    """Owns one frame source at a time and keeps only the latest display-sized image."""

    frame_ready = Signal()  # a new frame in latest_image(); one queued at a time
    picture_changed = Signal()  # the first frame, a new size, or frames without pixmaps
    pixmap_ready = Signal(QPixmap)  # every frame, ready to show; connect it to a C++ slot
    state_changed = Signal(str)
    camera_opened = Signal(object)
    error_occurred = Signal(str)
    still_captured = Signal(object)
    still_failed = Signal(str)

    def __init__(
        self,
        source_factory: Callable[[], FrameSource],
        *,
        mirror_preview: bool = True,
        stale_after_s: float = 2.0,
        backoff_initial_s: float = 0.5,
        backoff_max_s: float = 10.0,
        display_size: tuple[int, int] = (1280, 720),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source_factory = source_factory
        self._mirror = mirror_preview
        self._stale_after_s = stale_after_s
        self._backoff_initial_s = backoff_initial_s
        self._backoff_max_s = backoff_max_s
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._still_requested = threading.Event()
        self._switch = threading.Event()
        self._display_size = display_size
        self._latest: QImage | None = None
        self._notified = False  # a frame_ready is queued and latest_image has not run since
        self._picture_notified = False  # the same for picture_changed
        self._since_seen = 0  # frames published since the GUI last called latest_image
        self._announced_size: tuple[int, int] | None = None
        self._held: deque[QPixmap] = deque()  # sent, and still held on the GUI's side
        self._cache_kb = QPixmapCache.cacheLimit()  # read here, on the GUI thread
        self._ratio = 1.0
        self._crop: tuple[int, int] | None = None  # the part of the frame the preview shows
        self.sends_pixmaps = True  # False where the platform cannot make pixmaps off the GUI
        self._state = ""
        self.last_error: str | None = None  # the latest reason the camera was lost, for staff
        self.frames_published = 0  # read by the benchmark; only ever written by the worker
        self.pixmaps_sent = 0  # the same, for the frames sent to the screen

    # -- thread-safe API -------------------------------------------------------------------

    def stop(self) -> None:
        """Ask the loop to finish; safe from any thread, returns at once."""
        self._stop.set()

    def switch_source(
        self, source_factory: Callable[[], FrameSource], *, mirror_preview: bool | None = None
    ) -> None:
        """Close the camera and open this one instead (staff chose another); any thread.

        The switch happens on the camera thread between two frames, so the preview
        never shows a half-closed device, and a camera that fails to open is retried
        with the usual backoff, exactly like a camera lost during the day.
        """
        with self._lock:
            self._source_factory = source_factory
            if mirror_preview is not None:
                self._mirror = mirror_preview
        self._switch.set()

    def request_still(self) -> None:
        """Ask for one fresh full-resolution frame; answered by still_captured or still_failed."""
        self._still_requested.set()

    def set_display_size(
        self,
        width: int,
        height: int,
        ratio: float = 1.0,
        *,
        crop: tuple[int, int] | None = None,
    ) -> None:
        """Tell the worker how many device pixels the preview has, so the GUI never scales,
        and the width:height of the centred part to show (``crop``; None: the whole frame)."""
        with self._lock:
            self._display_size = (max(1, int(width)), max(1, int(height)))
            self._ratio = ratio if ratio > 0 else 1.0
            self._crop = crop if crop and crop[0] > 0 and crop[1] > 0 else None

    def announce_picture(self) -> None:
        """Send picture_changed with the next frame (a view coming on screen); any thread."""
        self._picture_notified = False
        self._announced_size = None

    def latest_image(self) -> QImage | None:
        """Return the newest preview image (GUI thread); None while the camera is unavailable.

        Takes no lock: a lock held by the camera thread while it waits for the interpreter
        would make the GUI thread wait for the camera thread, then for the interpreter again
        (two switch intervals, a visible stutter). Single attribute reads and writes are atomic
        under the interpreter lock, and the order below never loses a frame: the flag is
        cleared before the image is read, and the worker stores the image before it reads the
        flag (see _publish).
        """
        self._notified = False
        self._picture_notified = False
        self._since_seen = 0
        return self._latest

    @property
    def state(self) -> str:
        return self._state

    # -- the loop --------------------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        """Open, pump frames, and reopen with backoff until stop() is called."""
        self._set_state("starting")
        backoff = self._backoff_initial_s
        while not self._stop.is_set():
            self._switch.clear()
            with self._lock:
                factory = self._source_factory
            source: FrameSource | None = None
            try:
                source = factory()
                info = source.open()
            except CameraUnavailable as exc:
                self._close_quietly(source)
                self._go_unavailable(str(exc))
                self._wait(backoff)
                backoff = min(backoff * 2, self._backoff_max_s)
                continue
            except Exception:
                # A driver or OpenCV error text means nothing to staff; keep it for the log.
                log.warning("opening the camera failed", exc_info=True)
                self._close_quietly(source)
                self._go_unavailable("The camera could not be opened.")
                self._wait(backoff)
                backoff = min(backoff * 2, self._backoff_max_s)
                continue
            self.camera_opened.emit(info)
            problem, was_live = self._pump(source)
            self._close_quietly(source)
            if self._switch.is_set():  # staff chose another camera: open it now, no backoff
                self._drop_image()
                self._set_state("starting")
                backoff = self._backoff_initial_s
                continue
            if problem is None:
                break
            if was_live:
                backoff = self._backoff_initial_s
            self._go_unavailable(problem)
            self._wait(backoff)
            backoff = min(backoff * 2, self._backoff_max_s)
        self._drop_image()
        if self._still_requested.is_set():
            self._still_requested.clear()
            self.still_failed.emit("The camera was switched off before the photo was taken.")
        self._set_state("stopped")

    def _pump(self, source: FrameSource) -> tuple[str | None, bool]:
        """Read until the source fails (returns the reason) or stop is requested (None)."""
        last_sum = -1
        last_change = time.monotonic()
        live = False
        while not self._stop.is_set() and not self._switch.is_set():
            if self._still_requested.is_set():
                self._still_requested.clear()
                if not self._take_still(source):
                    return "The camera stopped sending pictures.", live
            try:
                frame = source.read()
            except Exception as exc:
                log.warning("camera read failed: %s", exc)
                return "The camera stopped responding.", live
            if frame is None:
                return "The camera stopped sending pictures.", live
            now = time.monotonic()
            checksum = _checksum(frame)
            if checksum == last_sum:
                if now - last_change > self._stale_after_s:
                    return "The camera picture froze.", live
                continue  # nothing new to show
            last_sum, last_change = checksum, now
            if not live:
                # "live" goes out before the first picture, so nothing shows a picture
                # while the rest of the kiosk still believes the camera is starting.
                live = True
                self._set_state("live")
            self._publish(frame)
        return None, live

    def _take_still(self, source: FrameSource) -> bool:
        frame: Frame | None = None
        if isinstance(source, StillModeSource):
            try:
                frame = source.read_still()
            except CameraUnavailable as exc:
                log.warning("camera still mode: %s", exc)
                self.still_failed.emit("The camera did not deliver a photo. Please try again.")
                return False
            except Exception:
                log.warning("camera still mode failed; using the preview mode", exc_info=True)
        try:
            if frame is None:
                frame = (
                    source.read_fresh() if isinstance(source, FreshFrameSource) else source.read()
                )
        except Exception as exc:
            log.warning("camera still failed: %s", exc)
            frame = None
        if frame is None:
            self.still_failed.emit("The camera did not deliver a photo. Please try again.")
            return False
        # Emitted unmirrored and full size: the preview is a mirror, the photo is not.
        self.still_captured.emit(frame)
        self._publish(frame)
        return True

    def _publish(self, frame: Frame) -> None:
        with self._lock:
            display_w, display_h = self._display_size
            mirror = self._mirror
            ratio = self._ratio
            crop = self._crop
        image = _to_display_image(_centre_crop(frame, crop), display_w, display_h, mirror)
        pixmap = self._pixmap_for(image, ratio)
        self._latest = image
        self.frames_published += 1
        self._since_seen += 1
        if pixmap is not None and self._gui_keeps_up():
            if SHARING_KNOWN:
                self._held.append(pixmap)
            self.pixmaps_sent += 1
            self.pixmap_ready.emit(pixmap)
        size = (image.width(), image.height())
        due = pixmap is None or size != self._announced_size
        if not SHARING_KNOWN and self._since_seen >= _ANNOUNCE_EVERY:
            due = True
        # One queued signal of each kind at a time: the GUI takes the newest.
        if due and not self._picture_notified:
            self._picture_notified = True
            self._announced_size = size
            self.picture_changed.emit()
        if not self._notified and self.receivers(SIGNAL("frame_ready()")) > 0:
            self._notified = True
            self.frame_ready.emit()

    def _gui_keeps_up(self) -> bool:
        """True unless too many of the frames sent are still held on the GUI's side.

        A sent frame is held while its queued call waits, while the label shows it, and while
        Qt's global QPixmapCache keeps it: QLabel draws through QIcon, which caches what it
        drew until the cache's limit pushes it out. The label's frame and the cache's are
        allowed for; beyond them, _IN_FLIGHT_MAX may wait. Frames are let go of in the order
        they were sent, so the ones released are always at the front. Asks nothing of the GUI
        thread, so showing a frame stays free of Python there.
        """
        if not SHARING_KNOWN:
            return self._since_seen <= _MAX_UNANNOUNCED
        held = self._held
        while held and not pixmap_shared(held[0]):
            held.popleft()
        if not held:
            return True
        newest = held[-1]
        frame_kb = max(1, newest.width() * newest.height() * newest.depth() // 8 // 1024)
        return len(held) < 1 + self._cache_kb // frame_kb + _IN_FLIGHT_MAX

    def _pixmap_for(self, image: QImage, ratio: float) -> QPixmap | None:
        """The frame as a pixmap, made here: showing it then costs the GUI thread one blit.

        A raster pixmap is an image underneath, so Qt allows making it on this thread where
        the platform says so; elsewhere QPixmap comes back null and the GUI converts instead.
        """
        if not self.sends_pixmaps:
            return None
        pixmap = QPixmap.fromImage(image)
        if pixmap.isNull():
            self.sends_pixmaps = False
            return None
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    # -- state helpers ---------------------------------------------------------------------

    def _wait(self, seconds: float) -> None:
        """Sleep for the backoff, but wake for stop and refuse stills straight away."""
        deadline = time.monotonic() + seconds
        while not self._stop.is_set() and not self._switch.is_set():
            if self._still_requested.is_set():
                self._still_requested.clear()
                self.still_failed.emit("The camera is unavailable right now.")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._stop.wait(min(remaining, _WAIT_SLICE_S))

    def _go_unavailable(self, message: str) -> None:
        self.last_error = message  # kept for staff screens opened later (a str swap is atomic)
        self._drop_image()
        if self._state != "unavailable":
            log.warning("camera unavailable: %s", message)
            self._set_state("unavailable")
        self.error_occurred.emit(message)

    def _drop_image(self) -> None:
        # A frozen picture of the previous visitor must never stay on screen.
        self._latest = None
        self._announced_size = None  # the next picture is announced, so the view shows it
        self._held.clear()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    @staticmethod
    def _close_quietly(source: FrameSource | None) -> None:
        if source is None:
            return
        try:
            source.close()
        except Exception:
            log.exception("closing the camera failed")


def _checksum(frame: Frame) -> int:
    """A cheap fingerprint: a driver that repeats its last buffer repeats these rows exactly."""
    step = max(1, frame.shape[0] // _SAMPLE_ROWS)
    return zlib.crc32(np.ascontiguousarray(frame[::step]).data)


def _centre_crop(frame: Frame, crop: tuple[int, int] | None) -> Frame:
    """The centred part of ``frame`` of width:height ``crop``: a view, no pixel copied."""
    if crop is None:
        return frame
    height, width = frame.shape[:2]
    aspect = crop[0] / crop[1]
    if width / height > aspect:
        keep = max(1, round(height * aspect))
        left = (width - keep) // 2
        return frame[:, left : left + keep]
    keep = max(1, round(width / aspect))
    top = (height - keep) // 2
    return frame[top : top + keep, :]


def _to_display_image(frame: Frame, max_w: int, max_h: int, mirror: bool) -> QImage:
    """Fit, mirror and convert a BGR frame into a QImage that owns its pixels."""
    height, width = frame.shape[:2]
    scale = min(max_w / width, max_h / height)
    target_w = max(1, round(width * scale))
    target_h = max(1, round(height * scale))
    if (target_w, target_h) != (width, height):
        # INTER_AREA is the right filter for strong reductions, but between 1x and 2x it costs
        # 5x more than bilinear (3.2 vs 0.6 ms for 1080p -> 720p) for no visible gain on a
        # moving preview; that difference alone decides whether 1080p reaches 120 fps.
        interpolation = cv2.INTER_AREA if scale <= 0.5 else cv2.INTER_LINEAR
        small = cv2.resize(frame, (target_w, target_h), interpolation=interpolation)
    else:
        small = frame
    if mirror:
        small = cv2.flip(small, 1)
    if not _LITTLE_ENDIAN:
        rgb = np.ascontiguousarray(cv2.cvtColor(small, cv2.COLOR_BGR2RGB))
        return QImage(
            rgb.data, target_w, target_h, rgb.strides[0], QImage.Format.Format_RGB888
        ).copy()
    image = QImage(target_w, target_h, QImage.Format.Format_RGB32)
    # RGB32 rows are 4-byte aligned by construction, so the buffer is a dense BGRA array and
    # OpenCV writes straight into memory the QImage owns: no copy, nothing to keep alive.
    pixels = np.ndarray((target_h, target_w, 4), np.uint8, buffer=image.bits())
    cv2.cvtColor(small, cv2.COLOR_BGR2BGRA, dst=pixels)
    return image


class CameraThread:
    """A worker plus the QThread it runs on, with an explicit and checkable shutdown."""

    def __init__(
        self,
        source_factory: Callable[[], FrameSource],
        *,
        mirror_preview: bool = True,
        stale_after_s: float = 2.0,
        backoff_initial_s: float = 0.5,
        backoff_max_s: float = 10.0,
    ) -> None:
        self._thread = QThread()
        self._thread.setObjectName("camera")
        self._worker = CameraWorker(
            source_factory,
            mirror_preview=mirror_preview,
            stale_after_s=stale_after_s,
            backoff_initial_s=backoff_initial_s,
            backoff_max_s=backoff_max_s,
        )
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)

    @property
    def worker(self) -> CameraWorker:
        return self._worker

    @property
    def thread(self) -> QThread:
        return self._thread

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def stop(self, timeout_ms: int = 3000) -> bool:
        """Stop the loop and join the thread; False means it is still stuck in a driver call."""
        self._worker.stop()
        self._thread.quit()
        finished = self._thread.wait(timeout_ms)
        if not finished:
            log.error("camera thread did not stop within %d ms", timeout_ms)
        return bool(finished)
