"""The store's logo (``branding.logo``) as every visitor screen shows it.

The theme is the store's on every screen the visitor sees, not only on the start screen: the
attract screen shows the logo large above the store's name, the others show it small in
their header. One widget, sized in designed pixels, so that each screen scales it with the
rest of its layout (ui.screen_geometry) and a screen without a logo shows nothing at all.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from assets import FRAMES
from ui.screen_geometry import ScreenGeometry

HEADER_LOGO_PX = 56  # the logo's height in a screen's header, at 1600x900 and up
WIDEST = 4  # a logo may be at most this many times as wide as it is tall

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def load_logo(setting: str) -> QPixmap | None:
    """``branding.logo``: a full path, or a name in assets/frames; None when empty or unreadable
    (the screens then show the store's name alone, and the log says why, once)."""
    if not setting:
        return None
    path = Path(setting) if Path(setting).is_absolute() else FRAMES / setting
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        log.warning("branding.logo: %s cannot be read as an image; showing no logo", path.name)
        return None
    return pixmap


class StoreLogo(QLabel):
    """The logo at ``height`` designed pixels high (at most :data:`WIDEST` times as wide);
    hidden, taking no room, when the store has none."""

    def __init__(self, setting: str, height: int = HEADER_LOGO_PX) -> None:
        super().__init__()
        self.design_height = height
        self.logo = load_logo(setting)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setVisible(self.logo is not None)
        self.set_geometry(ScreenGeometry())

    def set_geometry(self, geometry: ScreenGeometry) -> None:
        if self.logo is None:
            return
        height = geometry.px(self.design_height)
        self.setPixmap(
            self.logo.scaled(
                height * WIDEST,
                height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
