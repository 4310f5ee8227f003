"""Generate the default branding frame, ``assets/frames/default.png``.

Kept as code so the shipped PNG can be rebuilt and restyled by anyone, without design tools:
``python -m camera.make_default_frame [output.png]``. The frame is 1600x2000 (the 4:5 photo
aspect), transparent in the middle so the visitor is never covered, with a thin gold double
border, small diamond accents in the corners and a quiet caption band at the bottom.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from assets import FRAMES

WIDTH, HEIGHT = 1600, 2000
GOLD = (201, 169, 98, 255)
GOLD_LIGHT = (232, 208, 150, 255)
BAND = (18, 16, 20, 150)
CAPTION = "Photo Booth"
DEFAULT_OUTPUT = FRAMES / "default.png"
# Drawn at 2x and downsampled: Pillow's lines and polygons have no anti-aliasing of their own.
SUPERSAMPLE = 2


def _diamond(draw: ImageDraw.ImageDraw, cx: int, cy: int, r: int) -> None:
    draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=GOLD_LIGHT)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's bundled font keeps the output identical on every machine.
    return ImageFont.load_default(size=size)


def build_frame() -> Image.Image:
    """Draw the frame; returns an RGBA image of WIDTH x HEIGHT."""
    s = SUPERSAMPLE
    w, h = WIDTH * s, HEIGHT * s
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    band_h = 150 * s
    draw.rectangle([0, h - band_h, w, h], fill=BAND)

    outer, inner = 34 * s, 52 * s
    draw.rectangle([outer, outer, w - outer, h - outer], outline=GOLD, width=5 * s)
    draw.rectangle([inner, inner, w - inner, h - inner], outline=GOLD, width=2 * s)
    for cx, cy in ((outer, outer), (w - outer, outer), (outer, h - outer), (w - outer, h - outer)):
        _diamond(draw, cx, cy, 16 * s)

    font = _font(46 * s)
    cy = h - band_h // 2 - inner // 4
    box = draw.textbbox((0, 0), CAPTION, font=font)
    text_w, text_h = int(box[2] - box[0]), int(box[3] - box[1])
    draw.text(
        ((w - text_w) // 2 - box[0], cy - text_h // 2 - box[1]), CAPTION, font=font, fill=GOLD_LIGHT
    )
    gap, rule = 30 * s, 140 * s
    left_end = (w - text_w) // 2 - gap
    right_start = (w + text_w) // 2 + gap
    draw.line([(left_end - rule, cy), (left_end, cy)], fill=GOLD, width=2 * s)
    draw.line([(right_start, cy), (right_start + rule, cy)], fill=GOLD, width=2 * s)
    _diamond(draw, left_end - rule - 12 * s, cy, 7 * s)
    _diamond(draw, right_start + rule + 12 * s, cy, 7 * s)

    return image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    output = Path(args[0]) if args else DEFAULT_OUTPUT
    output.parent.mkdir(parents=True, exist_ok=True)
    build_frame().save(output, "PNG", optimize=True)
    print(f"wrote {output} ({output.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
