"""The live camera preview: shows what the camera worker prepared, and nothing else.

The worker already scaled, mirrored and converted the frame to this widget's size and made it a
pixmap, so the GUI thread only blits. The frames go straight from the worker's ``pixmap_ready``
signal to a plain QLabel's C++ ``setPixmap`` slot, which paints in C++: showing a frame runs no
Python slot or paintEvent on the GUI thread, so it seldom waits for the interpreter lock while
the outbox, a sweep or a sync runs Python on other threads (issue #18; bench/preview.py). This
widget's Python only runs when the picture changes shape (``picture_changed``: the first frame,
a new size) and for the notices. When the camera is lost it shows a calm notice instead of the last
frame: a frozen picture would look like a hung kiosk, or show the previous visitor. Before the
camera's first frame it shows an empty panel in the shape the picture will have (the photo's
crop, 4:5 by default, else the camera size the settings ask for), so nothing changes shape when
it answers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QWidget

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
        self._following = False  # pixmap_ready is connected to the picture label
        self._image: QImage | None = None
        self._state = "starting"
        self._crop: tuple[int, int] | None = None
        self._camera_size: tuple[int, int] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(160, 120)
        # A plain QLabel, sized to the picture: it paints every pixel of itself (opaque), so a
        # new frame repaints only the label, in C++, and never this widget's Python paintEvent.
        self._picture = QLabel(self)
        self._picture.setObjectName("previewPicture")
        self._picture.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._picture.hide()
        if worker is not None:
            self.attach(worker)

    def attach(self, worker: CameraWorker) -> None:
        """Follow a worker (a new one after a camera change replaces the old)."""
        if self._worker is not None:
            self._follow_frames(False)
            self._worker.picture_changed.disconnect(self._on_worker_picture_changed)
            self._worker.state_changed.disconnect(self._on_worker_state_changed)
        self._worker = worker
        self._state = worker.state or "starting"
        worker.picture_changed.connect(self._on_worker_picture_changed)
        worker.state_changed.connect(self._on_worker_state_changed)
        self._follow_frames(self.isVisible())
        self._send_display_size()
        self.clear()

    def set_crop_aspect(self, width: int, height: int) -> None:
        """Show only the middle part the photo keeps (its width:height, e.g. 4:5), still
        mirrored, as large as fits: the visitor frames themselves for the photo, not for
        the camera's 16:9. The worker crops (a numpy view, free) before it scales, so the
        frames arrive already cut and the GUI thread still only blits."""
        self._crop = (width, height)
        self._send_display_size()
        self.update()

    def set_camera_size(self, width: int, height: int) -> None:
        """The frame size the settings ask of the camera: the waiting panel's shape when no
        crop is set (the staff's camera tab shows the whole frame)."""
        self._camera_size = (width, height) if width > 0 and height > 0 else None
        self.update()

    def placeholder_rect(self) -> QRectF:
        """Where the picture will be drawn once the camera answers: centred, as large as fits,
        in the crop's shape, else the configured camera's; empty when neither is known."""
        shape = self._crop or self._camera_size
        if shape is None or self.width() <= 0 or self.height() <= 0:
            return QRectF()
        scale = min(self.width() / shape[0], self.height() / shape[1])
        w, h = shape[0] * scale, shape[1] * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def shown_rect(self) -> QRectF:
        """Where the picture is drawn in this widget (empty while there is none)."""
        if self._image is None or self._state == "unavailable" or self._picture.isHidden():
            return QRectF()
        return QRectF(self._picture.geometry())

    @property
    def state(self) -> str:
        return self._state

    def current_image(self) -> QImage | None:
        """The frame on screen now (None while there is none)."""
        if self._image is not None and self._following and self._worker is not None:
            # Frames reach the label without passing here; the worker has the newest.
            self._image = self._worker.latest_image() or self._image
        return self._image

    @property
    def picture(self) -> QLabel:
        """The label the frames are shown on (the benchmark times its repaint)."""
        return self._picture

    def clear(self) -> None:
        """Forget the current picture, e.g. when the session ends."""
        self._image = None
        self._picture.hide()
        self._picture.clear()
        self.update()

    @Slot()
    def _on_worker_picture_changed(self) -> None:
        if self._worker is None:
            return
        image = self._worker.latest_image()
        if image is None or self._state == "unavailable":
            return
        self._image = image
        # This platform makes pixmaps on the GUI thread only; or the first frame was sent
        # before the label followed the worker.
        # Never while off screen: a frame queued before the hide must not land in the label.
        if self._following and (not self._worker.sends_pixmaps or self._picture.pixmap().isNull()):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self._picture.setPixmap(pixmap)
        self._place_picture(image)
        if self._picture.isHidden() and not self._picture.pixmap().isNull():
            self._picture.show()  # only once it has a frame: an empty opaque label shows junk
            self.update()

    def _place_picture(self, image: QImage) -> None:
        ratio = self.devicePixelRatioF()
        w, h = image.width() / ratio, image.height() / ratio
        if w > self.width() + 0.5 or h > self.height() + 0.5:
            # Only while a resize is in flight: the worker's next frame will fit exactly.
            scale = min(self.width() / w, self.height() / h)
            w, h = w * scale, h * scale
            self._picture.setScaledContents(True)
        else:
            self._picture.setScaledContents(False)
        target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h).toRect()
        if self._picture.geometry() != target:
            # A fixed size: a label whose size may change asks its parent to lay out again
            # each time its pixmap is set (one more event per frame on the GUI thread); a
            # fixed-size one does not.
            self._picture.setFixedSize(target.size())
            self._picture.setGeometry(target)
            self.update()  # the bars around the picture

    @Slot(str)
    def _on_worker_state_changed(self, state: str) -> None:
        self._state = state
        if state != "live":
            self._image = None
            self._picture.hide()
            self._picture.clear()
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
        self._follow_frames(True)

    def hideEvent(self, event: QHideEvent) -> None:
        # Off screen the view holds no picture at all: nothing of anyone stays in a widget.
        super().hideEvent(event)
        self._follow_frames(False)

    def _follow_frames(self, on: bool) -> None:
        """Connect the frames to the picture label while on screen; let go of them when not."""
        if self._worker is None or on == self._following:
            return
        self._following = on
        if on:
            # Bound to the C++ slot itself: Qt calls it from the event loop without Python.
            self._worker.pixmap_ready.connect(self._picture.setPixmap)
            self._worker.announce_picture()  # the label shows itself on the next frame
        else:
            self._worker.pixmap_ready.disconnect(self._picture.setPixmap)
            self._image = None
            self._picture.hide()
            self._picture.clear()
            # Frames the camera thread queued before the disconnect are still delivered to
            # the label; clear again once they have landed (posted events run in order).
            QTimer.singleShot(0, self, self._drop_late_frames)

    def _drop_late_frames(self) -> None:
        if not self._following:
            self._picture.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._send_display_size()
        if self._image is not None:
            self._place_picture(self._image)

    def _send_display_size(self) -> None:
        if self._worker is None:
            return
        ratio = self.devicePixelRatioF()
        self._worker.set_display_size(
            round(self.width() * ratio), round(self.height() * ratio), ratio, crop=self._crop
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        # The picture is a child label that paints itself; this paints around it (the bars a
        # different aspect leaves) or, without a picture, the background and any notice.
        painter = QPainter(self)
        if self._picture.isVisible():
            for bar in _bars(self.width(), self.height(), QRectF(self._picture.geometry())):
                painter.fillRect(bar, BACKGROUND)
        else:
            painter.fillRect(self.rect(), BACKGROUND)
            if self._state == "unavailable":
                self._paint_unavailable(painter)
            else:  # waiting for the first frame: where it will appear, in its shape
                painter.fillRect(self.placeholder_rect(), PANEL)
        painter.end()

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


def _bars(width: int, height: int, picture: QRectF) -> list[QRectF]:
    """The parts of a width x height widget that a centred picture leaves uncovered."""
    bars = []
    if picture.top() > 0 or picture.bottom() < height:
        bars.append(QRectF(0, 0, width, picture.top()))
        bars.append(QRectF(0, picture.bottom(), width, height - picture.bottom()))
    if picture.left() > 0 or picture.right() < width:
        bars.append(QRectF(0, 0, picture.left(), height))
        bars.append(QRectF(picture.right(), 0, width - picture.right(), height))
    return bars
