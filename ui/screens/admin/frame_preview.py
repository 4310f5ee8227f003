"""Staff see the branding frame on a live photo before visitors do.

The settings form's "Preview" next to ``photo.frame`` takes the camera's latest picture (a
QImage the camera worker prepared), crops it to the aspect ratio in the form and paints the
frame named in the form over it, saved or not. The file is read and painted in the task
runner (QImage and QPainter on a QImage are safe off the GUI thread); the result shows over
the form until Close.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from booth.frames import aspect_of, frame_file
from booth.tasks import Runner
from ui.style import SCRIM
from ui.widgets.common import big_button, card, retext, text_label


def centre_crop(image: QImage, aspect: tuple[int, int] | None) -> QImage:
    if aspect is None:
        return image.copy()
    width, height = image.width(), image.height()
    want_w, want_h = aspect
    if width * want_h > height * want_w:
        new_w = height * want_w // want_h
        return image.copy(QRect((width - new_w) // 2, 0, new_w, height))
    new_h = width * want_h // want_w
    return image.copy(QRect(0, (height - new_h) // 2, width, new_h))


def framed(image: QImage, frame: Path | None, aspect: tuple[int, int] | None) -> QImage:
    """The picture as a visitor's photo would be cropped and framed (blocking: reads the file)."""
    photo = centre_crop(image, aspect).convertToFormat(QImage.Format.Format_RGB32)
    if frame is not None:
        overlay = QImage(str(frame))
        if overlay.isNull():
            raise ValueError(f"The branding frame {frame.name} is not a readable image.")
        painter = QPainter(photo)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(photo.rect(), overlay)
        painter.end()
    return photo


class FramePreview(QWidget):
    """Covers the settings form; ``show_for(frame name, aspect text)`` builds and shows it."""

    def __init__(
        self, parent: QWidget, runner: Runner, latest_image: Callable[[], QImage | None]
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.latest_image = latest_image
        self.setObjectName("framePreviewScrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#framePreviewScrim {{ background: {SCRIM}; }}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        panel = card()
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.setSpacing(16)
        self.title = text_label("", "subtitle", center=True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.message = text_label("", center=True)
        self.close_button = big_button("", self.hide, "primary")
        inner.addWidget(self.title)
        inner.addWidget(self.picture, 1)
        inner.addWidget(self.message)
        inner.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(panel, 1)
        self.image: QImage | None = None  # the last preview built (tests look at it)
        parent.installEventFilter(self)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The branding frame on a live photo"))
        retext(self.close_button, self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return super().eventFilter(watched, event)

    def show_for(self, frame_name: str, aspect_text: str) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.image = None
        self.picture.clear()
        self.show()
        self.raise_()
        live = self.latest_image()
        if live is None or live.isNull():
            self.message.setText(
                self.tr("The camera has no picture yet. Check the Camera tab, then try again.")
            )
            return
        self.message.setText(self.tr("Preparing the preview…"))
        snapshot = live.copy()
        aspect = aspect_of(aspect_text)

        def build() -> QImage:
            return framed(snapshot, frame_file(frame_name), aspect)

        self.runner.run(build, self._on_built, self._on_failed)

    def _on_built(self, image: QImage) -> None:
        self.image = image
        box = self.picture.size()
        self.picture.setPixmap(
            QPixmap.fromImage(image).scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.message.setText(self.tr("Visitors' photos get this frame once the setting is saved."))

    def _on_failed(self, error: BaseException) -> None:
        self.message.setText(
            self.tr("The frame cannot be shown: {reason}").format(reason=str(error))
        )
