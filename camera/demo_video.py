"""A synthetic demo camera: a short, seamlessly looping video generated on first use.

The demo plays through the same ``cv2.VideoCapture`` path as a real webcam (FFMPEG backend,
MJPG decode), so a kiosk without a camera still exercises the whole capture pipeline, and
nothing binary needs to ship in the repository.
"""

from __future__ import annotations

import logging
import math
import os
import tempfile
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

__all__ = ["ensure_demo_video"]

log = logging.getLogger(__name__)

_FloatImage = npt.NDArray[np.float32]


def ensure_demo_video(
    folder: Path, *, width: int = 1280, height: int = 720, fps: int = 30, seconds: int = 4
) -> Path:
    """Return the demo video in ``folder``, generating it only if missing or unreadable."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"demo-camera-{width}x{height}-{fps}fps-{seconds}s.avi"
    frame_count = fps * seconds
    if _is_valid(target, width, height, frame_count):
        return target
    log.info("generating demo camera video %s", target)
    # Write next to the target and rename, so a crash never leaves a half file that looks valid.
    handle, temp_name = tempfile.mkstemp(prefix=".demo-", suffix=".avi", dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        writer = cv2.VideoWriter(
            str(temp), cv2.CAP_FFMPEG, cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height)
        )
        if not writer.isOpened():
            raise OSError(f"OpenCV cannot write MJPG video to {temp}")
        try:
            scene = _Scene(width, height)
            for index in range(frame_count):
                writer.write(scene.render(index / frame_count))
        finally:
            writer.release()
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target


def _is_valid(path: Path, width: int, height: int, frame_count: int) -> bool:
    if not path.is_file() or path.stat().st_size == 0:
        return False
    cap = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG)
    try:
        if not cap.isOpened():
            return False
        size_ok = (
            int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)) == width
            and int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT)) == height
        )
        count_ok = int(cap.get(cv2.CAP_PROP_FRAME_COUNT)) >= frame_count
        ok, _ = cap.read()
        return bool(size_ok and count_ok and ok)
    finally:
        cap.release()


def _soft_blob(width: int, height: int, draw: list[tuple[str, tuple[int, ...]]]) -> _FloatImage:
    mask = np.zeros((height, width), np.uint8)
    for kind, args in draw:
        if kind == "ellipse":
            cx, cy, ax, ay = args
            cv2.ellipse(mask, (cx, cy), (ax, ay), 0, 0, 360, 255, -1, cv2.LINE_AA)
    blur = max(3, (width // 60) | 1)
    soft = cv2.GaussianBlur(mask, (blur, blur), 0)
    return soft.astype(np.float32) / 255.0


class _Scene:
    """A warm studio backdrop, a softly lit figure swaying, and drifting bokeh lights.

    All motion is a whole number of sine periods over the clip, so frame N+1 of the loop is
    frame 0 again: the demo never visibly jumps when it rewinds.
    """

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        ys /= height
        xs /= width
        # Backdrop: deep plum at the top to warm taupe at the bottom, with a soft key-light halo.
        top = np.array([70, 40, 52], np.float32)  # BGR
        bottom = np.array([120, 128, 150], np.float32)
        backdrop = top * (1 - ys[..., None]) + bottom * ys[..., None]
        halo = np.exp(-(((xs - 0.5) / 0.35) ** 2 + ((ys - 0.45) / 0.45) ** 2))
        self.backdrop = backdrop + 45 * halo[..., None]
        fig_w, fig_h = int(width * 0.42), int(height * 0.9)
        unit = fig_h / 100
        self.figure = _soft_blob(
            fig_w,
            fig_h,
            [
                ("ellipse", (fig_w // 2, int(30 * unit), int(12 * unit), int(15 * unit))),
                ("ellipse", (fig_w // 2, int(47 * unit), int(7 * unit), int(9 * unit))),
                ("ellipse", (fig_w // 2, int(104 * unit), int(40 * unit), int(46 * unit))),
            ],
        )
        # Rim light on the figure's left edge, so it reads as lit rather than cut out.
        shade = np.linspace(1.25, 0.75, fig_w, dtype=np.float32)[None, :]
        self.figure_colour = np.array([60, 55, 75], np.float32) * shade[..., None]
        # Bokeh lights: (x, y, radius, speed, phase offset); sprites are blurred once, up front.
        self.bokeh: list[tuple[float, float, int, float, _FloatImage]] = []
        for bx, by, radius, speed, offset in (
            (0.15, 0.2, 0.05, 1, 0.0),
            (0.82, 0.25, 0.07, 1, 1.7),
            (0.7, 0.7, 0.04, 2, 3.1),
            (0.25, 0.75, 0.06, 1, 4.4),
            (0.9, 0.85, 0.03, 2, 5.5),
        ):
            r = max(2, int(radius * height))
            size = 4 * r + 1
            disc = np.zeros((size, size), np.uint8)
            cv2.circle(disc, (2 * r, 2 * r), r, 255, -1, cv2.LINE_AA)
            glow = cv2.GaussianBlur(disc, (0, 0), r / 3 + 1).astype(np.float32) / 255.0
            sprite = glow[..., None] * np.array([33, 48, 60], np.float32)
            self.bokeh.append((bx, by, speed, offset, sprite))

    def render(self, phase: float) -> npt.NDArray[np.uint8]:
        frame = self.backdrop.copy()
        turn = 2 * math.pi * phase
        for bx, by, speed, offset, sprite in self.bokeh:
            size = sprite.shape[0]
            x0 = int((bx + 0.03 * math.sin(speed * turn + offset)) * self.width) - size // 2
            y0 = int((by + 0.03 * math.cos(speed * turn + offset)) * self.height) - size // 2
            xa, ya = max(0, x0), max(0, y0)
            xb, yb = min(self.width, x0 + size), min(self.height, y0 + size)
            if xa < xb and ya < yb:
                frame[ya:yb, xa:xb] += sprite[ya - y0 : yb - y0, xa - x0 : xb - x0]
        fh, fw = self.figure.shape
        x0 = int((self.width - fw) / 2 + math.sin(turn) * self.width * 0.08)
        # A gentle bob; the figure runs off the bottom edge like a person standing close.
        y0 = self.height - fh + int(self.height * 0.02 * (1 + math.sin(2 * turn)))
        rows = self.height - y0
        region = frame[y0:, x0 : x0 + fw]
        alpha = self.figure[:rows, :, None]
        region[:] = region * (1 - alpha) + self.figure_colour[:rows] * alpha
        out: npt.NDArray[np.uint8] = np.clip(frame, 0, 255).astype(np.uint8)
        scale = self.height / 720
        label_at = (int(24 * scale), int(self.height - 24 * scale))
        cv2.putText(  # draws in place; its return value is the same array
            out,
            "DEMO CAMERA",
            label_at,
            cv2.FONT_HERSHEY_DUPLEX,
            0.8 * scale,
            (235, 235, 240),
            max(1, int(1.5 * scale)),
            cv2.LINE_AA,
        )
        return out
