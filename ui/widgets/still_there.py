"""The "Still there?" prompt: a visible countdown before an idle session is wiped.

It covers the whole window, so a visitor who comes back sees it first, and the
one big button (or any touch) keeps the session. When the count reaches zero the
controller wipes the session and the kiosk returns to the attract screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from booth.controller import FlowController
from ui.screen_geometry import design_min_width
from ui.style import SCRIM
from ui.widgets.common import big_button, card, retext, text_label

COUNT_PX = 140


class StillThereOverlay(QWidget):
    def __init__(self, controller: FlowController, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("scrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#scrim {{ background: {SCRIM}; }}")
        self._seconds = 0
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(80, 80, 80, 80)
        self._outer.addStretch(1)
        panel = card()
        panel.setMaximumWidth(900)
        design_min_width(panel, 640)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(56, 48, 56, 48)
        inner.setSpacing(20)
        self.title = text_label("", "title", center=True)
        self.count = text_label("", "countdown", wrap=False, center=True)
        self.set_scale(1.0)
        self.body = text_label("", center=True)
        self.here_button = big_button("", controller.still_here, "primary")
        inner.addWidget(self.title)
        inner.addWidget(self.count)
        inner.addWidget(self.body)
        inner.addSpacing(12)
        inner.addWidget(self.here_button)
        # Centred between stretches, not by alignment: an aligned item's wrapped text is
        # measured at the whole width, and the panel came out too short for its words.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 3)
        row.addStretch(1)
        self._outer.addLayout(row)
        self._outer.addStretch(1)
        self.hide()
        controller.idle_warning.connect(self._on_controller_idle_warning)
        controller.idle_warning_ended.connect(self.hide)
        controller.reach_changed.connect(self._on_controller_reach_changed)
        self.retranslate()

    def set_scale(self, scale: float) -> None:
        """The big count, drawn smaller on a smaller screen (ui/screen_geometry.py)."""
        size = round(COUNT_PX * scale)
        self.count.setStyleSheet(f"font-size: {size}px;")
        font = QFont(self.count.font())
        font.setPixelSize(size)
        self.count.setMinimumHeight(QFontMetrics(font).height())  # the digits whole

    @property
    def seconds(self) -> int:
        return self._seconds

    def retranslate(self) -> None:
        retext(self.title, self.tr("Still there?"))
        retext(
            self.body,
            self.tr(
                "We'll start over in {seconds} s, so that the next person sees none of your details."
            ).format(seconds=self._seconds),
        )
        retext(self.here_button, self.tr("I'm still here"))
        self.count.setAccessibleName(
            self.tr("{seconds} seconds left").format(seconds=self._seconds)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_controller_idle_warning(self, seconds: int) -> None:
        self._seconds = seconds
        self.count.setText(str(seconds))
        self.retranslate()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def _on_controller_reach_changed(self, on: bool) -> None:
        # In reach mode the prompt sits low, like every other control.
        self._outer.setStretch(0, 3 if on else 1)
