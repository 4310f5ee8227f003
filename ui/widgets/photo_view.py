"""The visitor's photo, shown whole: frame, branding band and all, exactly as it will be sent.

A QLabel shows a pixmap at its own size and crops what does not fit (at 1920x1080 the review
screen hid 154 px at the top and the bottom of an 864x1080 photo, the branding band among
them). This one scales the picture down to fit, keeping its shape, and centres it. It is
still a QLabel, so ``pixmap()`` and ``clear()`` work as before (the session wipe checks them).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class PhotoView(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The layout decides the size; the picture fits into whatever it is given.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)

    def show_image(self, image: QImage) -> None:
        self.setPixmap(QPixmap.fromImage(image))

    def has_photo(self) -> bool:
        pixmap = self.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def shown_rect(self) -> QRect:
        """Where the whole picture is drawn: as large as fits, in the picture's own shape."""
        if not self.has_photo():
            return QRect()
        area = self.contentsRect()
        size = self.pixmap().size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = area.x() + (area.width() - size.width()) // 2
        top = area.y() + (area.height() - size.height()) // 2
        return QRect(left, top, size.width(), size.height())

    def set_thumbnail_size(self, width: int, height: int) -> None:
        """A small picture of a fixed size (the details and done screens)."""
        self.setFixedSize(width, height)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.updateGeometry()

    # Not the pixmap's size (QLabel's): the size given, whatever the picture's.
    def sizeHint(self) -> QSize:
        return self.minimumSize().expandedTo(QSize(1, 1))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.has_photo():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawPixmap(self.shown_rect(), self.pixmap())
        painter.end()
