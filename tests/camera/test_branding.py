"""The store's name on the shipped frame's band: drawn, fitted, and right in Hebrew."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from assets import FRAMES
from booth.app import photo_style
from booth.settings import Settings
from camera.branding import caption_font, draw_caption
from camera.compose import PhotoStyle, compose_photo

DEFAULT_FRAME = FRAMES / "default.png"
HEBREW_NAME = "תכשיטי אורליה"


def _frame() -> np.ndarray:
    return np.full((1080, 1920, 3), 128, np.uint8)  # flat grey: only the frame differs


def _photo(caption: str | None) -> np.ndarray:
    style = PhotoStyle(overlay_path=DEFAULT_FRAME, caption=caption, jpeg_quality=100)
    photo = compose_photo(_frame(), style)
    return np.asarray(Image.open(io.BytesIO(photo.jpeg)).convert("L"), dtype=np.int16)


def _band(image: np.ndarray) -> np.ndarray:
    return image[-int(image.shape[0] * 0.075) :]  # the bottom band (150 of 2000 pixels)


def test_the_band_carries_the_store_name() -> None:
    empty, named = _photo(None), _photo("Aurelia Fine Jewelry")
    changed = np.abs(_band(named) - _band(empty)) > 40
    assert changed.sum() > 500, "the name is drawn on the band"
    above = np.abs(named[: -_band(named).shape[0]] - empty[: -_band(empty).shape[0]])
    assert above.max() < 12, "nothing but the band changes (JPEG noise aside)"
    assert np.abs(_band(_photo("Bijou")) - _band(named)).max() > 40, "each name its own band"


@pytest.mark.parametrize(
    "name",
    [
        "Aurelia Fine Jewelry & Watches, Downtown Flagship Store on Fifth Avenue",
        "W" * 80,  # the longest name the settings allow, and the widest letter
    ],
)
def test_a_long_name_shrinks_to_fit_inside_the_border(name: str) -> None:
    frame = Image.open(DEFAULT_FRAME).convert("RGBA")
    captioned = np.asarray(draw_caption(frame, name), dtype=np.int16)
    plain = np.asarray(frame, dtype=np.int16)
    diff = np.abs(captioned - plain).max(axis=2) > 0
    columns = np.flatnonzero(diff.any(axis=0))
    assert columns.size, "something was drawn"
    # The inner gold border is 52 px in; the name stays clear of it on both sides.
    assert columns.min() > 60 and columns.max() < frame.width - 60


def test_hebrew_letters_have_real_glyphs_not_boxes() -> None:
    font = caption_font(48)
    missing = bytes(font.getmask("\U0010fffd"))  # no font has this: its "missing" box
    for letter in set(HEBREW_NAME.replace(" ", "")):
        assert bytes(font.getmask(letter)) != missing, f"no glyph for {letter!r}"


def test_a_hebrew_name_is_laid_out_right_to_left() -> None:
    # Vav is one thin, tall stroke: the darkest column of a two-letter word. Read right to
    # left, "alef vav" puts it on the left of the word, "vav alef" on the right.
    def vav_column(word: str) -> int:
        image = Image.new("RGBA", (1600, 2000), (0, 0, 0, 255))
        drawn = np.asarray(draw_caption(image, word).convert("L"), dtype=np.int64)
        return int(np.argmax(drawn[-150:, 770:830].sum(axis=0))) + 770  # the word, not rules

    assert vav_column("או") < 800 < vav_column("וא")


def test_the_kiosk_captions_the_shipped_frame_but_not_a_store_frame(tmp_path: Path) -> None:
    settings = Settings()
    settings.store.store_name = HEBREW_NAME
    assert photo_style(settings).caption == HEBREW_NAME
    own = tmp_path / "our-frame.png"
    Image.new("RGBA", (400, 500), (0, 0, 0, 0)).save(own)
    settings.photo.frame = str(own)
    assert photo_style(settings).caption is None  # the store's own frame carries its branding
    settings.photo.frame = ""
    assert photo_style(settings).caption is None
