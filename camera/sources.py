"""Frame sources: the only place that talks to OpenCV's capture API.

Sources are plain Python (no Qt) so they can be tested and benchmarked headless, and so the
worker can treat a webcam, a demo video and a test double the same way.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, cast, runtime_checkable

import cv2
import numpy as np
import numpy.typing as npt

__all__ = [
    "CameraInfo",
    "CameraUnavailable",
    "Frame",
    "FrameSource",
    "FreshFrameSource",
    "OpenCVSource",
    "StillModeSource",
    "open_source",
]

log = logging.getLogger(__name__)

if os.environ.get("OPENCV_LOG_LEVEL", "ERROR") == "ERROR":  # unless someone asked for more
    # See camera/__init__.py: OpenCV's own warnings stay off the terminal; errors remain.
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)

Frame = npt.NDArray[np.uint8]
SourceKind = Literal["device", "file", "sequence"]

# Frames a driver may hold before the one we want; OpenCV's V4L2 backend queues 4 by default
# and we ask for 2, but not every backend honours the request.
_MAX_STALE_GRABS = 5


class CameraUnavailable(Exception):
    """The source cannot deliver pictures; the message is fit to show to staff."""


@dataclass(frozen=True)
class CameraInfo:
    """What the camera actually granted, which often differs from what was asked for."""

    backend: str
    width: int
    height: int
    fps: float
    fourcc: str


class FrameSource(Protocol):
    """Anything the worker can pull BGR frames from."""

    def open(self) -> CameraInfo: ...

    def read(self) -> Frame | None: ...

    def close(self) -> None: ...


@runtime_checkable
class FreshFrameSource(Protocol):
    """A source that can skip frames the driver buffered before a still was requested."""

    def read_fresh(self) -> Frame | None: ...


@runtime_checkable
class StillModeSource(Protocol):
    """A source that can take one photo in a higher-resolution mode than its preview."""

    def read_still(self) -> Frame | None: ...


def _as_frame(ok: bool, image: object) -> Frame | None:
    """Narrow OpenCV's loosely typed (ok, image) result to a BGR uint8 frame or None."""
    if ok and isinstance(image, np.ndarray) and image.dtype == np.uint8 and image.ndim == 3:
        return cast(Frame, image)
    return None


def _fourcc_text(value: float) -> str:
    code = int(value)
    text = "".join(chr((code >> (8 * i)) & 0xFF) for i in range(4))
    return text if text.isprintable() and text.strip() else ""


def _classify(spec: str) -> SourceKind:
    if spec.isdigit() or spec.startswith("/dev/"):
        return "device"
    if "%" in spec:
        return "sequence"
    return "file"


def _device_backends() -> list[int]:
    if sys.platform.startswith("linux"):
        return [cv2.CAP_V4L2]
    if sys.platform == "win32":
        # MSMF gives MJPG at full resolution on most webcams; DSHOW still works with old drivers.
        return [cv2.CAP_MSMF, cv2.CAP_DSHOW]
    if sys.platform == "darwin":
        return [cv2.CAP_AVFOUNDATION]
    return [cv2.CAP_ANY]


class OpenCVSource:
    """A webcam, video file or image sequence read through ``cv2.VideoCapture``.

    Every backend is chosen explicitly: letting OpenCV probe (CAP_ANY) can pick GStreamer or
    an image reader for a device path and fail in confusing ways on a kiosk.
    """

    def __init__(
        self,
        spec: str,
        *,
        width: int = 1920,
        height: int = 1080,
        fps: float = 30,
        loop: bool = True,
        realtime: bool = True,
        still_size: tuple[int, int] | None = None,
        still_spec: str | None = None,
    ) -> None:
        self.spec = spec
        self.kind: SourceKind = _classify(spec)
        self._width = width
        self._height = height
        self._fps = fps
        self._loop = loop
        self._realtime = realtime
        # The still mode: a webcam asked for a bigger size for one shot, or (files, tests and
        # the bench) another, bigger file standing in for the sensor's still mode.
        self._still_size = still_size
        self._still_spec = still_spec
        self._cap: cv2.VideoCapture | None = None
        self._backend = ""
        self._pending: Frame | None = None
        self._frame_interval = 0.0
        self._next_due = 0.0
        self.info: CameraInfo | None = None

    def __repr__(self) -> str:
        return f"OpenCVSource({self.spec!r}, kind={self.kind})"

    # -- opening ---------------------------------------------------------------------------

    def open(self) -> CameraInfo:
        self.close()
        cap = self._open_device() if self.kind == "device" else self._open_media()
        self._cap = cap
        # A device can open yet deliver nothing (busy in another app, unplugged mid-probe).
        # Reading one frame now turns that into a clear error instead of a silent black screen.
        first = _as_frame(*cap.read())
        if first is None:
            self.close()
            raise CameraUnavailable(f"{self._describe()} opened but delivered no picture.")
        self._pending = first
        info = self._read_back(first)
        self.info = info
        self._frame_interval = 1.0 / info.fps if self._realtime and info.fps > 0 else 0.0
        self._next_due = time.monotonic()
        log.info(
            "camera opened: %s backend=%s %dx%d @ %.1f fps fourcc=%s",
            self.kind,
            info.backend,
            info.width,
            info.height,
            info.fps,
            info.fourcc or "?",
        )
        return info

    def _describe(self) -> str:
        if self.kind == "device":
            return f"Camera {self.spec}"
        if self.kind == "sequence":
            return f"Image sequence {self.spec}"
        return f"Video file {self.spec}"

    def _open_device(self) -> cv2.VideoCapture:
        target: int | str = int(self.spec) if self.spec.isdigit() else self.spec
        if isinstance(target, str) and not Path(target).exists():
            raise CameraUnavailable(
                f"No camera at {target}. Check that the webcam is plugged in, "
                "or choose another camera in the settings."
            )
        for backend in _device_backends():
            cap = cv2.VideoCapture(target, backend)
            if cap.isOpened():
                self._backend = cap.getBackendName()
                self._configure_device(cap)
                return cap
            cap.release()
        raise CameraUnavailable(
            f"Camera {self.spec} could not be opened. It may be unplugged or in use by another "
            "program; close other camera apps or reconnect the webcam."
        )

    def _configure_device(self, cap: cv2.VideoCapture) -> None:
        # The pixel format must be set first: at 1080p, YUYV over USB 2 tops out near 5 fps,
        # and some drivers reset the size when the format changes afterwards.
        cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self._width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self._height)
        cap.set(cv2.CAP_PROP_FPS, self._fps)
        # Fewer queued buffers means less preview lag and fresher stills; ignored if unsupported.
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 2)

    def _open_media(self) -> cv2.VideoCapture:
        backend = cv2.CAP_IMAGES if self.kind == "sequence" else cv2.CAP_FFMPEG
        if self.kind == "file" and not Path(self.spec).is_file():
            raise CameraUnavailable(f"Video file {self.spec} was not found.")
        if self.kind == "sequence" and not Path(self.spec).parent.is_dir():
            raise CameraUnavailable(f"Image sequence folder {Path(self.spec).parent} not found.")
        cap = cv2.VideoCapture(self.spec, backend)
        if not cap.isOpened():
            cap.release()
            raise CameraUnavailable(f"{self._describe()} could not be read (missing or damaged).")
        self._backend = cap.getBackendName()
        return cap

    def _read_back(self, first: Frame) -> CameraInfo:
        assert self._cap is not None
        fps = float(self._cap.get(cv2.CAP_PROP_FPS))
        if not fps > 0 or fps > 1000:
            fps = float(self._fps)  # image sequences and some webcams report nothing useful
        height, width = first.shape[:2]
        return CameraInfo(
            backend=self._backend,
            width=int(width),
            height=int(height),
            fps=fps,
            fourcc=_fourcc_text(self._cap.get(cv2.CAP_PROP_FOURCC)),
        )

    # -- reading ---------------------------------------------------------------------------

    def read(self) -> Frame | None:
        """Return the next BGR frame, or None when the source has nothing more to give."""
        if self._cap is None:
            return None
        if self._frame_interval:
            self._throttle()
        if self._pending is not None:
            first, self._pending = self._pending, None
            return first
        frame = _as_frame(*self._cap.read())
        if frame is not None:
            return frame
        if self.kind == "device" or not self._loop:
            return None
        return self._rewind()

    def read_fresh(self) -> Frame | None:
        """Return a frame exposed after this call, skipping frames queued in the driver.

        A grab that returns much faster than a frame interval came out of the driver's queue
        and shows the past (the visitor before they smiled), so it is dropped.
        """
        if self._cap is None:
            return None
        if self.kind != "device":
            return self.read()
        self._pending = None
        interval = 1.0 / self.info.fps if self.info and self.info.fps > 0 else 1.0 / 30
        for _ in range(_MAX_STALE_GRABS):
            started = time.monotonic()
            if not self._cap.grab():
                return None
            if time.monotonic() - started > interval * 0.5:
                break
        return _as_frame(*self._cap.retrieve())

    def read_still(self) -> Frame | None:
        """Switch to the still mode, take one fresh frame, switch back to the preview mode.

        Returns None when there is no still mode or it did not give a bigger picture (the
        caller then takes an ordinary still); raises CameraUnavailable when the preview mode
        could not be restored, which the worker treats like a camera lost.
        """
        if self._cap is None or self.info is None:
            return None
        if self._still_spec is not None:
            return self._still_from_file(self._still_spec)
        if self.kind != "device" or self._still_size is None:
            return None
        return self._still_from_device(self._still_size)

    def _still_from_device(self, size: tuple[int, int]) -> Frame | None:
        assert self._cap is not None and self.info is not None
        preview = (self.info.width, self.info.height)
        if size[0] * size[1] <= preview[0] * preview[1]:
            return None
        self._pending = None
        frame: Frame | None = None
        try:
            # Most UVC drivers restart streaming on a size change; V4L2 does it inside set().
            self._cap.set(cv2.CAP_PROP_FRAME_WIDTH, size[0])
            self._cap.set(cv2.CAP_PROP_FRAME_HEIGHT, size[1])
            # The first frames after a mode change are often dark while exposure settles.
            for _ in range(_MAX_STALE_GRABS):
                if not self._cap.grab():
                    break
            candidate = _as_frame(*self._cap.retrieve())
            if candidate is not None and candidate.shape[0] * candidate.shape[1] > (
                preview[0] * preview[1]
            ):
                frame = candidate
        finally:
            self._cap.set(cv2.CAP_PROP_FRAME_WIDTH, preview[0])
            self._cap.set(cv2.CAP_PROP_FRAME_HEIGHT, preview[1])
        back = _as_frame(*self._cap.read())
        if back is None:
            raise CameraUnavailable(f"{self._describe()} did not return to its preview mode.")
        self._pending = back
        return frame

    def _still_from_file(self, still_spec: str) -> Frame | None:
        """A file's "still mode": close the preview, read the bigger file, reopen where it was."""
        assert self._cap is not None
        position = self._cap.get(cv2.CAP_PROP_POS_FRAMES)
        self._cap.release()
        self._cap = None
        frame: Frame | None = None
        still = cv2.VideoCapture(still_spec, cv2.CAP_FFMPEG)
        try:
            if still.isOpened():
                frame = _as_frame(*still.read())
        finally:
            still.release()
        self._cap = self._open_media()
        if position > 0:
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, position)
        return frame

    def _throttle(self) -> None:
        now = time.monotonic()
        if now < self._next_due:
            time.sleep(self._next_due - now)
            now = self._next_due
        # After a stall, start again from now rather than racing to catch up.
        self._next_due = max(self._next_due + self._frame_interval, now - self._frame_interval)

    def _rewind(self) -> Frame | None:
        assert self._cap is not None
        if self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0):
            frame = _as_frame(*self._cap.read())
            if frame is not None:
                return frame
        # Some containers cannot seek; reopening always starts at the beginning.
        self._cap.release()
        try:
            self._cap = self._open_media()
        except CameraUnavailable:
            self._cap = None
            return None
        return _as_frame(*self._cap.read())

    def close(self) -> None:
        self._pending = None
        if self._cap is not None:
            self._cap.release()
            self._cap = None


def open_source(
    spec: str,
    *,
    width: int = 1920,
    height: int = 1080,
    fps: float = 30,
    loop: bool = True,
    realtime: bool = True,
    still_size: tuple[int, int] | None = None,
) -> OpenCVSource:
    """Build (not open) a source from a settings string; the worker opens it on its thread."""
    return OpenCVSource(
        spec,
        width=width,
        height=height,
        fps=fps,
        loop=loop,
        realtime=realtime,
        still_size=still_size,
    )
