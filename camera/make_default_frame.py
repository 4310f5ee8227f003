"""Generate the default branding frame, ``assets/frames/default.png``.

Kept as code so the shipped PNG can be rebuilt and restyled by anyone, without design tools:
``python -m camera.make_default_frame [output.png]``. The frame is 1600x2000 (the 4:5 photo
aspect), transparent in the middle so the visitor is never covered, with a thin gold double
border, small diamond accents in the corners and a quiet band at the bottom. The band is left
empty: the kiosk writes the store's name on it when it composes a photo (camera.branding).
``python -m camera.make_default_frame preview.png "Store name"`` draws a name for a look.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

from assets import FRAMES
from camera.branding import draw_caption

WIDTH, HEIGHT = 1600, 2000
GOLD = (201, 169, 98, 255)
GOLD_LIGHT = (232, 208, 150, 255)
BAND = (18, 16, 20, 150)
DEFAULT_OUTPUT = FRAMES / "default.png"
# Drawn at 2x and downsampled: Pillow's lines and polygons have no anti-aliasing of their own.
SUPERSAMPLE = 2


def _diamond(draw: ImageDraw.ImageDraw, cx: int, cy: int, r: int) -> None:
    draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=GOLD_LIGHT)


def build_frame(caption: str | None = None) -> Image.Image:
    """Draw the frame; returns an RGBA image of WIDTH x HEIGHT, its band empty or captioned."""
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

    frame = image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    return draw_caption(frame, caption) if caption else frame


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    output = Path(args[0]) if args else DEFAULT_OUTPUT
    caption = args[1] if len(args) > 1 else None
    output.parent.mkdir(parents=True, exist_ok=True)
    build_frame(caption).save(output, "PNG", optimize=True)
    print(f"wrote {output} ({output.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
