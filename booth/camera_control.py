"""Staff choose the camera: try one live, keep it, or fall back to the one in use.

Trying a camera switches the running camera thread to it (camera.worker.switch_source),
so the staff preview, the granted resolution and the health panel all show the real
device, not a guess. Nothing is saved until staff keep it; locking the admin area
with a camera still on trial puts the kiosk back on the camera it was using, so a
visitor never meets a half-made choice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from booth.settings import CameraSettings
from camera.discovery import CameraChoice, list_cameras
from camera.sources import FrameSource, open_source

DEMO_LABEL = "Demo video (no camera)"


class Switchable(Protocol):
    def switch_source(
        self, source_factory: Callable[[], FrameSource], *, mirror_preview: bool | None = None
    ) -> None: ...


def camera_factory(spec: str, cam: CameraSettings) -> Callable[[], FrameSource]:
    """How the kiosk opens a camera: the same requested size and rate for every choice."""
    still = (cam.still_width, cam.still_height) if cam.still_high_resolution else None
    return lambda: open_source(
        spec, width=cam.width, height=cam.height, fps=cam.fps, still_size=still
    )


@dataclass
class CameraControl:
    worker: Switchable
    camera_settings: Callable[[], CameraSettings]
    in_use: str  # the source the kiosk runs with
    demo_video: Callable[[], Path] | None = None  # offered where no camera is attached
    discover: Callable[[], list[CameraChoice]] = list_cameras
    trying: str | None = None

    @property
    def showing(self) -> str:
        return self.trying or self.in_use

    def choices(self) -> list[CameraChoice]:
        """Cameras found now, plus the one in use and the demo video (blocking)."""
        found = self.discover()
        specs = {choice.spec for choice in found}
        demo = str(self.demo_video()) if self.demo_video is not None else None
        extra = []
        if self.in_use not in specs:
            name = DEMO_LABEL if self.in_use == demo else _short(self.in_use)
            extra.append(CameraChoice(self.in_use, f"In use now: {name}"))
        if demo is not None and demo != self.in_use:
            extra.append(CameraChoice(demo, DEMO_LABEL))
        return extra + found

    def try_camera(self, spec: str) -> None:
        cam = self.camera_settings()
        self.worker.switch_source(camera_factory(spec, cam), mirror_preview=cam.mirror_preview)
        self.trying = None if spec == self.in_use else spec

    def keep(self) -> str:
        """The camera on trial becomes the one in use (the caller saves it to the settings)."""
        self.in_use = self.showing
        self.trying = None
        return self.in_use

    def revert(self) -> None:
        if self.trying is not None:
            self.try_camera(self.in_use)


def _short(spec: str) -> str:
    return Path(spec).name if "/" in spec and not spec.startswith("/dev/") else spec
