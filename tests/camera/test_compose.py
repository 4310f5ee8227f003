"""Photo composition: framing, branding, and what the JPEG does not carry."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from assets import FRAMES
from camera.compose import OverlayError, PhotoStyle, compose_photo, load_overlay

DEFAULT_FRAME = FRAMES / "default.png"


def _frame(width: int = 1920, height: int = 1080) -> np.ndarray:
    """A busy, noisy frame: realistic for JPEG size, unlike a flat colour."""
    rng = np.random.default_rng(7)
    frame = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
    frame[:, :, 1] = np.linspace(0, 255, width, dtype=np.uint8)[None, :]
    return frame


def _border_overlay(path: Path, size: tuple[int, int] = (400, 500)) -> Path:
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    w, h = size
    border = 20
    for box in ((0, 0, w, border), (0, h - border, w, h), (0, 0, border, h), (w - border, 0, w, h)):
        overlay.paste((255, 0, 255, 255), box)
    overlay.save(path)
    return path


def _header_markers(data: bytes) -> list[int]:
    """JPEG marker codes before the image data starts (where all metadata lives)."""
    assert data[:2] == b"\xff\xd8"
    markers, pos = [], 2
    while pos < len(data):
        assert data[pos] == 0xFF
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            return markers
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return markers


def test_p1_photo_has_no_exif_xmp_or_comment() -> None:
    """P1: no device, time or location identifiers travel with the photo."""
    photo = compose_photo(_frame(), PhotoStyle(overlay_path=DEFAULT_FRAME))
    for data in (photo.jpeg, photo.mms_jpeg):
        image = Image.open(io.BytesIO(data))
        assert len(image.getexif()) == 0
        assert b"Exif" not in data
        assert b"http://ns.adobe.com/xap" not in data  # XMP
        markers = _header_markers(data)
        app_or_comment = [m for m in markers if 0xE1 <= m <= 0xEF or m == 0xFE]
        assert app_or_comment == [], "only the JFIF APP0 header may precede the image"
        assert "icc_profile" not in image.info
        assert not {"exif", "xmp", "comment", "dpi"} & set(image.info)


def test_crop_keeps_the_requested_aspect() -> None:
    photo = compose_photo(_frame(1920, 1080), PhotoStyle(aspect=(4, 5)))
    assert photo.width * 5 == pytest.approx(photo.height * 4, abs=5)
    assert photo.height == 1080  # never upscaled beyond what the camera saw
    decoded = Image.open(io.BytesIO(photo.jpeg))
    assert decoded.size == (photo.width, photo.height)
    assert decoded.mode == "RGB"


def test_long_edge_is_capped() -> None:
    photo = compose_photo(_frame(1600, 1200), PhotoStyle(aspect=None, max_long_edge=800))
    assert (photo.width, photo.height) == (800, 600)


def test_overlay_covers_the_border_not_the_face(tmp_path: Path) -> None:
    frame = np.zeros((1000, 800, 3), np.uint8)
    frame[:] = (0, 160, 0)  # plain green so the overlay's magenta is easy to spot
    style = PhotoStyle(aspect=(4, 5), overlay_path=_border_overlay(tmp_path / "o.png"))
    photo = compose_photo(frame, style)
    image = np.asarray(Image.open(io.BytesIO(photo.jpeg)).convert("RGB")).astype(int)
    edge = image[photo.height // 2, 5]
    centre = image[photo.height // 2, photo.width // 2]
    assert edge[0] > 200 and edge[2] > 200 and edge[1] < 60, "overlay missing at the border"
    assert centre[1] > 130 and centre[0] < 40 and centre[2] < 40, "overlay leaked into centre"


def test_default_frame_is_transparent_in_the_middle() -> None:
    overlay = load_overlay(DEFAULT_FRAME)
    assert overlay.size == (1600, 2000)
    assert overlay.mode == "RGBA"
    assert overlay.getpixel((800, 1000))[3] == 0
    assert DEFAULT_FRAME.stat().st_size < 200_000


def test_corrupt_overlay_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken-frame.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really a png" * 10)
    with pytest.raises(OverlayError, match=r"broken-frame\.png"):
        compose_photo(_frame(320, 240), PhotoStyle(overlay_path=broken))


def test_missing_overlay_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match=r"gone\.png"):
        load_overlay(tmp_path / "gone.png")


def test_mms_copy_stays_under_the_byte_limit() -> None:
    style = PhotoStyle(mms_max_bytes=150_000)
    photo = compose_photo(_frame(), style)
    assert len(photo.mms_jpeg) <= 150_000
    assert len(photo.jpeg) > len(photo.mms_jpeg)
    assert Image.open(io.BytesIO(photo.mms_jpeg)).format == "JPEG"
