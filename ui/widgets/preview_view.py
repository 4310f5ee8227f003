"""The live camera preview: paints what the camera worker prepared, and nothing else.

The worker already scaled, mirrored and converted the frame to this widget's size, so the GUI
thread only blits. When the camera is lost the widget shows a calm notice instead of the last
frame: a frozen picture would look like a hung kiosk, or show the previous visitor.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from camera.worker import CameraWorker

__all__ = ["PreviewView"]

BACKGROUND = QColor("#111111")
PANEL = QColor("#1d1d1f")
PANEL_BORDER = QColor("#3a3a3c")
TEXT = QColor("#f2f2f2")
SUBTEXT = QColor("#a8a8ad")


class PreviewView(QWidget):
    """Shows the latest frame of a CameraWorker, or a reconnecting notice."""

    camera_state_changed = Signal(str)  # "starting" | "live" | "unavailable" | "stopped"

    @property
    def unavailable_title(self) -> str:
        return self.tr("Camera unavailable — we're reconnecting…")

    @property
    def unavailable_detail(self) -> str:
        return self.tr("This usually takes a few seconds. Please wait a moment.")

    def __init__(self, worker: CameraWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker: CameraWorker | None = None
        self._image: QImage | None = None
        self._state = "starting"
        self._crop: tuple[int, int] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(160, 120)
        if worker is not None:
            self.attach(worker)

    def attach(self, worker: CameraWorker) -> None:
        """Follow a worker (a new one after a camera change replaces the old)."""
        if self._worker is not None:
            self._worker.frame_ready.disconnect(self._on_worker_frame_ready)
            self._worker.state_changed.disconnect(self._on_worker_state_changed)
        self._worker = worker
        self._state = worker.state or "starting"
        worker.frame_ready.connect(self._on_worker_frame_ready)
        worker.state_changed.connect(self._on_worker_state_changed)
        self._send_display_size()
        self.clear()

    def set_crop_aspect(self, width: int, height: int) -> None:
        """Show only the middle part the photo keeps (its width:height, e.g. 4:5), still
        mirrored, as large as fits: the visitor frames themselves for the photo, not for
        the camera's 16:9."""
        self._crop = (width, height)
        self._send_display_size()
        self.update()

    def shown_rect(self) -> QRectF:
        """Where the picture is drawn in this widget (empty while there is none)."""
        if self._image is None or self._state == "unavailable":
            return QRectF()
        return self._target(self._source(self._image))

    @property
    def state(self) -> str:
        return self._state

    def current_image(self) -> QImage | None:
        return self._image

    def clear(self) -> None:
        """Forget the current picture, e.g. when the session ends."""
        self._image = None
        self.update()

    @Slot()
    def _on_worker_frame_ready(self) -> None:
        if self._worker is None:
            return
        image = self._worker.latest_image()
        if image is None or self._state == "unavailable":
            return
        self._image = image
        self.update()

    @Slot(str)
    def _on_worker_state_changed(self, state: str) -> None:
        self._state = state
        if state != "live":
            self._image = None
        self.update()
        self.camera_state_changed.emit(state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # the notice is painted in the visitor's language
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # Two views share one camera (the visitor's and the staff's): the one on screen
        # tells the worker its size again, so frames always arrive at the size shown.
        super().showEvent(event)
        self._send_display_size()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._send_display_size()

    def _send_display_size(self) -> None:
        if self._worker is None:
            return
        ratio = self.devicePixelRatioF()
        width, height = self.width() * ratio, self.height() * ratio
        if self._crop is not None:
            # Frames arrive so that the kept part, not the whole frame, fills the view.
            crop_w, crop_h = self._fit(self._crop[0] / self._crop[1], width, height)
            image = self._image
            frame_aspect = image.width() / image.height() if image is not None else 16 / 9
            if frame_aspect >= self._crop[0] / self._crop[1]:
                width, height = crop_h * frame_aspect + 2, crop_h
            else:
                width, height = crop_w, crop_w / frame_aspect + 2
        self._worker.set_display_size(round(width), round(height))

    @staticmethod
    def _fit(aspect: float, width: float, height: float) -> tuple[float, float]:
        """The largest width x height of ``aspect`` inside ``width`` x ``height``."""
        if width / max(height, 1e-6) > aspect:
            return height * aspect, height
        return width, width / aspect

    def _source(self, image: QImage) -> QRectF:
        """The part of the frame shown: all of it, or the centred crop the photo keeps."""
        w, h = float(image.width()), float(image.height())
        if self._crop is None:
            return QRectF(0, 0, w, h)
        crop_w, crop_h = self._fit(self._crop[0] / self._crop[1], w, h)
        return QRectF((w - crop_w) / 2, (h - crop_h) / 2, crop_w, crop_h)

    def _target(self, source: QRectF) -> QRectF:
        ratio = self.devicePixelRatioF()
        w, h = source.width() / ratio, source.height() / ratio
        if w > self.width() + 0.5 or h > self.height() + 0.5 or self._crop is not None:
            # Cropped: as large as fits. Uncropped, only while a resize is in flight (the
            # worker's next frame will fit exactly).
            w, h = self._fit(w / h, self.width(), self.height())
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._state == "unavailable":
            self._paint_unavailable(painter)
        elif self._image is not None:
            self._paint_image(painter, self._image)
        painter.end()

    def _paint_image(self, painter: QPainter, image: QImage) -> None:
        source = self._source(image)
        target = self._target(source)
        # The worker sends frames at the size shown; smoothing only while they do not match yet.
        scaled = abs(target.width() * self.devicePixelRatioF() - source.width()) > 1.5
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scaled)
        painter.drawImage(target, image, source)

    def _paint_unavailable(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        panel_w = min(self.width() * 0.8, 720.0)
        panel_h = min(self.height() * 0.5, 220.0)
        panel = QRectF(
            (self.width() - panel_w) / 2, (self.height() - panel_h) / 2, panel_w, panel_h
        )
        painter.setPen(QPen(PANEL_BORDER, 1.5))
        painter.setBrush(PANEL)
        painter.drawRoundedRect(panel, 18, 18)

        title_font = QFont(self.font())
        title_font.setPixelSize(max(14, int(panel_h * 0.14)))
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(TEXT)
        top = panel.adjusted(24, 24, -24, -panel_h / 2)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        painter.drawText(top, int(flags) | int(Qt.TextFlag.TextWordWrap), self.unavailable_title)

        detail_font = QFont(self.font())
        detail_font.setPixelSize(max(12, int(panel_h * 0.09)))
        painter.setFont(detail_font)
        painter.setPen(SUBTEXT)
        bottom = panel.adjusted(24, panel_h / 2 + 8, -24, -24)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(
            bottom, int(flags) | int(Qt.TextFlag.TextWordWrap), self.unavailable_detail
        )
