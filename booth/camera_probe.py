"""Open a camera, read frames for a moment, and say what it really granted.

A webcam may ignore the requested resolution, frame rate or format; staff (``camera
check``) and the doctor need what was actually granted, and the frame rate measured,
before a store opens. Plain Python over ``camera.sources``: no Qt.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from booth.settings import CameraSettings
from camera.sources import CameraUnavailable, open_source


@dataclass(frozen=True)
class CameraReport:
    source: str
    backend: str
    requested: dict[str, int]
    granted: dict[str, Any]
    measured_fps: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "backend": self.backend,
            "requested": self.requested,
            "granted": self.granted,
            "measured_fps": self.measured_fps,
        }

    def mode(self) -> str:
        g = self.granted
        fourcc = f" {g['fourcc']}" if g.get("fourcc") else ""
        return f"{g['width']}x{g['height']} at {g['fps']:g} fps{fourcc} ({self.backend})"


def probe_camera(spec: str, cam: CameraSettings, seconds: float) -> CameraReport:
    """Raises :class:`CameraUnavailable` when the source does not open or stops giving frames."""
    source = open_source(
        spec, width=cam.width, height=cam.height, fps=cam.fps, loop=True, realtime=True
    )
    try:
        info = source.open()
        frames, started = 0, time.monotonic()
        while time.monotonic() - started < seconds:
            if source.read() is None:
                raise CameraUnavailable(f"{spec} stopped giving frames after {frames}")
            frames += 1
        elapsed = time.monotonic() - started
    finally:
        source.close()
    return CameraReport(
        source=spec,
        backend=info.backend,
        requested={"width": cam.width, "height": cam.height, "fps": cam.fps},
        granted={
            "width": info.width,
            "height": info.height,
            "fps": info.fps,
            "fourcc": info.fourcc,
        },
        measured_fps=round(frames / elapsed, 1) if elapsed > 0 else 0.0,
    )
