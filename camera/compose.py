"""Turn a captured frame into the visitor's photo: crop, brand, encode — all in memory.

Nothing here touches the disk: a photo the visitor abandons must never exist as a file, so
the caller decides if and where the bytes are stored (encrypted) after consent. The JPEG
carries no metadata at all (promise P1: no device, time or location identifiers).
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, UnidentifiedImageError

from camera.branding import draw_caption

__all__ = ["ComposedPhoto", "OverlayError", "PhotoStyle", "compose_photo", "load_overlay"]

# Tried in order until the MMS copy fits: most carriers recompress anything larger, badly.
_MMS_STEPS: tuple[tuple[int, int], ...] = (
    (1280, 85),
    (1280, 75),
    (1024, 75),
    (1024, 65),
    (800, 65),
    (640, 60),
    (480, 55),
    (320, 50),
)


class OverlayError(ValueError):
    """The branding frame file is missing or not a usable image."""


@dataclass(frozen=True)
class PhotoStyle:
    """How the store wants photos to look; aspect None keeps the camera's own framing."""

    aspect: tuple[int, int] | None = (4, 5)
    overlay_path: Path | None = None
    caption: str | None = None  # the store's name, drawn on the frame's band (see branding)
    jpeg_quality: int = 90
    max_long_edge: int = 2048
    mms_max_bytes: int = 600_000


@dataclass(frozen=True)
class ComposedPhoto:
    """The finished photo: full JPEG for email/review and a smaller copy for MMS."""

    jpeg: bytes
    width: int
    height: int
    mms_jpeg: bytes


def load_overlay(path: Path | str) -> Image.Image:
    """Load and validate a branding frame; cached per file version, so treat it as read-only."""
    file = Path(path)
    try:
        stat = file.stat()
    except OSError as exc:
        raise OverlayError(f"Branding frame {file} could not be found or read: {exc}") from exc
    return _load_overlay_cached(str(file), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _load_overlay_cached(path: str, mtime_ns: int, size: int) -> Image.Image:
    # mtime and size are part of the key so staff can replace the frame without a restart.
    del mtime_ns, size
    try:
        with Image.open(path) as opened:
            opened.load()
            image = opened.convert("RGBA")
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as exc:
        raise OverlayError(f"Branding frame {path} is not a readable PNG image: {exc}") from exc
    if image.width < 16 or image.height < 16:
        raise OverlayError(f"Branding frame {path} is too small ({image.width}x{image.height}).")
    return image


@functools.lru_cache(maxsize=4)
def _overlay_at_size(
    path: str, mtime_ns: int, size: int, width: int, height: int, caption: str | None
) -> Image.Image:
    # Resizing a 1600x2000 frame and drawing the caption cost tens of milliseconds; every
    # capture reuses the result.
    overlay = _load_overlay_cached(path, mtime_ns, size)
    if overlay.size != (width, height):
        overlay = overlay.resize((width, height), Image.Resampling.LANCZOS)
    return draw_caption(overlay, caption) if caption else overlay


def _centre_crop(frame: npt.NDArray[np.uint8], aspect: tuple[int, int]) -> npt.NDArray[np.uint8]:
    height, width = frame.shape[:2]
    aw, ah = aspect
    if aw <= 0 or ah <= 0:
        raise ValueError(f"aspect must be positive, got {aspect}")
    if width * ah > height * aw:  # too wide: trim the sides
        new_w = max(1, round(height * aw / ah))
        x0 = (width - new_w) // 2
        return frame[:, x0 : x0 + new_w]
    new_h = max(1, round(width * ah / aw))
    y0 = (height - new_h) // 2
    return frame[y0 : y0 + new_h, :]


def _u8(image: object) -> npt.NDArray[np.uint8]:
    # OpenCV's stubs type every result as a generic array; the inputs here are always uint8.
    assert isinstance(image, np.ndarray) and image.dtype == np.uint8
    return cast(npt.NDArray[np.uint8], image)


def _fit(image: npt.NDArray[np.uint8], long_edge: int) -> npt.NDArray[np.uint8]:
    height, width = image.shape[:2]
    current = max(height, width)
    if current <= long_edge:
        return image  # never upscale: it only adds bytes, not detail
    scale = long_edge / current
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return _u8(cv2.resize(image, size, interpolation=cv2.INTER_AREA))


def _encode(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    # A fresh RGB image has an empty info dict, so Pillow writes only the JFIF header: no EXIF,
    # XMP, ICC or comment. exif=b"" makes that explicit should a caller hand over metadata.
    image.save(buffer, "JPEG", quality=quality, exif=b"", optimize=True, subsampling="4:2:0")
    return buffer.getvalue()


def _mms_copy(rgb: npt.NDArray[np.uint8], max_bytes: int) -> bytes:
    data = b""
    for long_edge, quality in _MMS_STEPS:
        data = _encode(Image.fromarray(_fit(rgb, long_edge)), quality)
        if len(data) <= max_bytes:
            return data
    edge = _MMS_STEPS[-1][0]
    while len(data) > max_bytes and edge > 16:
        edge //= 2
        data = _encode(Image.fromarray(_fit(rgb, edge)), 40)
    return data


def compose_photo(frame_bgr: npt.NDArray[np.uint8], style: PhotoStyle) -> ComposedPhoto:
    """Crop, scale and brand a BGR camera frame; returns encoded JPEG bytes only."""
    if frame_bgr.ndim != 3 or frame_bgr.shape[2] != 3 or frame_bgr.dtype != np.uint8:
        raise ValueError(f"expected an HxWx3 uint8 BGR frame, got {frame_bgr.shape}")
    cropped = _centre_crop(frame_bgr, style.aspect) if style.aspect else frame_bgr
    fitted = _fit(cropped, style.max_long_edge)
    rgb = _u8(np.ascontiguousarray(cv2.cvtColor(fitted, cv2.COLOR_BGR2RGB)))
    photo = Image.fromarray(rgb)
    if style.overlay_path is not None:
        file = Path(style.overlay_path)
        load_overlay(file)  # validates and raises OverlayError with the file name
        stat = file.stat()
        overlay = _overlay_at_size(
            str(file), stat.st_mtime_ns, stat.st_size, *photo.size, style.caption
        )
        photo = Image.alpha_composite(photo.convert("RGBA"), overlay).convert("RGB")
        rgb = _u8(np.asarray(photo))
    jpeg = _encode(photo, style.jpeg_quality)
    return ComposedPhoto(
        jpeg=jpeg,
        width=photo.width,
        height=photo.height,
        mms_jpeg=_mms_copy(rgb, style.mms_max_bytes),
    )
