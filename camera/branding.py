"""The caption on the shipped frame's band: the store's name, in any script, always fitting.

The shipped frame (assets/frames/default.png, made by camera.make_default_frame) leaves its
bottom band empty; the kiosk writes the store's name there when it composes a photo, so every
store gets its own name on its photos without a design tool. A store that ships its own frame
file carries its own branding and gets no caption.

Names can be long ("Aurelia Fine Jewelry & Watches — Downtown") or in a right-to-left script
(Hebrew): the font shrinks to fit, then the decorative rules go, then the name is shortened
with an ellipsis; Pillow lays text out with Raqm (FriBiDi + HarfBuzz), which puts Hebrew in
visual order. The font is one that has Hebrew, Latin and Cyrillic glyphs (DejaVu Sans on
Linux); Pillow's own small font is the last resort (Latin only).
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

__all__ = ["CAPTION_FONTS", "caption_font", "draw_caption"]

# The shipped frame's geometry, in its own 1600x2000 pixels; scaled to the photo's width.
FRAME_WIDTH = 1600
BAND_HEIGHT = 150
INNER_BORDER = 52
TEXT_SIZE = 46
MIN_TEXT_SIZE = 24
RULE_GAP, RULE_LENGTH, DIAMOND = 30, 140, 7
SIDE_MARGIN = 90  # text never comes closer to the photo's edge than this
GOLD = (201, 169, 98, 255)
GOLD_LIGHT = (232, 208, 150, 255)
SUPERSAMPLE = 2  # lines and polygons have no anti-aliasing of their own in Pillow

CAPTION_FONTS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian, Ubuntu (fonts-dejavu-core)
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",  # Fedora
    "/usr/share/fonts/TTF/DejaVuSans.ttf",  # Arch
    "C:/Windows/Fonts/arial.ttf",  # has Hebrew
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)

log = logging.getLogger(__name__)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@functools.lru_cache(maxsize=1)
def _font_file() -> str | None:
    for candidate in CAPTION_FONTS:
        if Path(candidate).is_file():
            return candidate
    return None


def caption_font(size: int) -> Font:
    """The caption font at ``size`` pixels; Pillow's built-in font where no system font is."""
    file = _font_file()
    if file is not None:
        try:
            return ImageFont.truetype(file, size)
        except OSError:
            log.warning("the caption font %s could not be read; using Pillow's own", file)
    return ImageFont.load_default(size=size)


def _diamond(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=GOLD_LIGHT)


def _fitted(
    draw: ImageDraw.ImageDraw, text: str, unit: float, room: float, s: int
) -> tuple[str, Font, bool]:
    """The text (maybe shortened), its font and whether the side rules still fit."""
    rules = 2 * (RULE_GAP + RULE_LENGTH + 2 * DIAMOND + 6) * unit * s
    size = TEXT_SIZE
    while True:
        font = caption_font(round(size * unit * s))
        width = draw.textlength(text, font=font)
        if width + rules <= room:
            return text, font, True
        if width <= room and size <= MIN_TEXT_SIZE + 8:
            return text, font, False
        if size <= MIN_TEXT_SIZE:
            break
        size -= 2
    # Still too long at the smallest size: shorten it, word by word, then letter by letter.
    shortened = text
    while shortened and draw.textlength(shortened + "…", font=font) > room:
        cut = shortened.rstrip().rsplit(" ", 1)[0] if " " in shortened.strip() else shortened[:-1]
        shortened = cut if len(cut) < len(shortened) else shortened[:-1]
    return shortened.rstrip() + "…", font, False


def draw_caption(overlay: Image.Image, text: str) -> Image.Image:
    """A copy of the shipped frame (at any size) with ``text`` centred on its bottom band."""
    text = " ".join(text.split())
    if not text:
        return overlay
    width, height = overlay.size
    unit = width / FRAME_WIDTH
    s = SUPERSAMPLE
    band_h = round(BAND_HEIGHT * unit)
    layer = Image.new("RGBA", (width * s, band_h * s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    room = (width - 2 * SIDE_MARGIN * unit) * s
    shown, font, with_rules = _fitted(draw, text, unit, room, s)
    cy = (band_h / 2 - INNER_BORDER * unit / 4) * s
    cx = width * s / 2
    # anchor "mm": centred on the middle of the line, whatever the script and its direction.
    draw.text((cx, cy), shown, font=font, fill=GOLD_LIGHT, anchor="mm")
    if with_rules:
        half = draw.textlength(shown, font=font) / 2
        gap, rule, r = RULE_GAP * unit * s, RULE_LENGTH * unit * s, DIAMOND * unit * s
        line_w = max(1, round(2 * unit * s))
        left_end, right_start = cx - half - gap, cx + half + gap
        draw.line([(left_end - rule, cy), (left_end, cy)], fill=GOLD, width=line_w)
        draw.line([(right_start, cy), (right_start + rule, cy)], fill=GOLD, width=line_w)
        _diamond(draw, left_end - rule - 12 * unit * s, cy, r)
        _diamond(draw, right_start + rule + 12 * unit * s, cy, r)
    band = layer.resize((width, band_h), Image.Resampling.LANCZOS)
    result = overlay.copy()
    result.alpha_composite(band, (0, height - band_h))
    return result
