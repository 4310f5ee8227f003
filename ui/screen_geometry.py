"""How big everything is drawn on a given screen, and which way round the screens are laid out.

The visitor screens were designed for 1600x900 and up. A smaller touchscreen (1366x768,
1280x800, a 720x1280 portrait panel under cage) gets the same design drawn smaller, so that
no text is cut and no button falls off the edge; a portrait screen gets its own arrangement
(decided by the window's shape, never by a setting: the same kiosk may be rotated).

The scale is one number for the whole window: the style sheet's font and target sizes, and
the margins, spacings and minimum widths the screens set in code, are multiplied by it.
:func:`scale_layouts` does the last part for any widget tree, remembering the designed values
the first time it sees a layout or spacer, so scaling twice never compounds.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtWidgets import QLayout, QWidget

DESIGN_LONG = 1600  # the screens fit 1600x900 (landscape) at scale 1 ...
DESIGN_SHORT = 900
DESIGN_TALL = 1800  # ... and 900x1800 in portrait, where the details form sits above the keyboard
MIN_SCALE = 0.6

# Every touch target on a visitor screen, at every supported size, is at least this big
# (README, "Screen sizes"). At 1600x900 and up buttons are 88 px high and keys 68 px.
TOUCH_MIN_PX = 44

_MARGINS = "_design_margins"
_SPACING = "_design_spacing"
_MIN_W = "design_min_width"


@dataclass(frozen=True)
class ScreenGeometry:
    scale: float = 1.0
    portrait: bool = False

    def px(self, value: int) -> int:
        """A designed length in pixels on this screen."""
        return max(0, round(value * self.scale))


def geometry_for(width: int, height: int) -> ScreenGeometry:
    """The scale (in steps of 1/20, so a resize by a few pixels restyles nothing) and shape."""
    portrait = height > width
    long_side, short_side = max(width, height), min(width, height)
    scale = min(
        1.0, long_side / (DESIGN_TALL if portrait else DESIGN_LONG), short_side / DESIGN_SHORT
    )
    scale = max(MIN_SCALE, int(scale * 20) / 20)
    return ScreenGeometry(scale, portrait)


def design_min_width(widget: QWidget, width: int) -> None:
    """A minimum width in designed pixels: :func:`scale_layouts` keeps it scaled."""
    widget.setProperty(_MIN_W, width)
    widget.setMinimumWidth(width)


def scale_layouts(root: QWidget, geometry: ScreenGeometry, skip: object = None) -> None:
    """Margins, spacings, fixed spacers and designed minimum widths of ``root``'s tree, scaled.

    ``skip``: a spacer managed elsewhere (the reach-mode spacer sizes itself from the screen).
    """
    layouts: list[QLayout] = []
    own = root.layout()
    if own is not None:
        layouts.append(own)
    layouts += root.findChildren(QLayout)
    for layout in dict.fromkeys(layouts):
        _scale_layout(layout, geometry, skip)
    for widget in [root, *root.findChildren(QWidget)]:
        designed = widget.property(_MIN_W)
        if designed is not None:
            widget.setMinimumWidth(geometry.px(int(designed)))


# Spacers are not QObjects (no properties): their designed sizes, by C++ address, with the
# size last given, so a new spacer at a freed address (another window) is recognised as new.
_spacers: dict[int, tuple[int, int, int, int]] = {}


def _address(item: object) -> int:
    return int(shiboken6.getCppPointer(item)[0])  # type: ignore[arg-type]  # any wrapper


def _scale_layout(layout: QLayout, geometry: ScreenGeometry, skip: object) -> None:
    margins = layout.property(_MARGINS)
    if margins is None:
        m = layout.contentsMargins()
        margins = [m.left(), m.top(), m.right(), m.bottom()]
        layout.setProperty(_MARGINS, margins)
        layout.setProperty(_SPACING, layout.spacing())
    layout.setContentsMargins(*(geometry.px(int(v)) for v in margins))
    spacing = int(layout.property(_SPACING))
    if spacing >= 0:
        layout.setSpacing(geometry.px(spacing))
    for index in range(layout.count()):
        item = layout.itemAt(index)
        spacer = item.spacerItem() if item is not None else None
        if spacer is None or (skip is not None and _address(spacer) == _address(skip)):
            continue
        key = _address(spacer)
        hint = spacer.sizeHint()
        known = _spacers.get(key)
        if known is None or (known[2], known[3]) != (hint.width(), hint.height()):
            known = (hint.width(), hint.height(), 0, 0)
        width, height = geometry.px(known[0]), geometry.px(known[1])
        _spacers[key] = (known[0], known[1], width, height)
        policy = spacer.sizePolicy()
        spacer.changeSize(width, height, policy.horizontalPolicy(), policy.verticalPolicy())
    layout.invalidate()
