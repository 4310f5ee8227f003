"""What the touchscreen shows when the kiosk cannot open to visitors as configured.

A broken settings file, a missing branding frame or an unreadable records key used to
end the process with a line in the journal; under systemd that meant a black screen and
a restart loop. This screen stays up instead, and "Try again" starts the kiosk afresh
once the cause is fixed.

Two audiences, kept apart: customers read one calm sentence in the store's language (they
cannot fix a settings file, and a validation message or a file path only alarms them);
staff hold the top-left corner for three seconds, as they do on the attract screen, and
read what to fix (the same sentence the command line prints and the log keeps, never a
traceback), in English like the rest of the staff tools.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from ui.screen_geometry import ScreenGeometry, geometry_for, scale_layouts
from ui.style import STYLE_SHEET, style_sheet
from ui.widgets.common import big_button, card, retext, text_label

STAFF_CORNER_PX = 120  # the same hidden corner as the attract screen's
STAFF_HOLD_MS = 3000
STAFF_SHOWN_MS = 120_000  # the detail hides itself again if staff walk off


class OutOfOrderWindow(QWidget):
    def __init__(
        self, store_name: str, problem: str, try_again: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.setWindowTitle(store_name or "Photo booth")
        self.setStyleSheet(STYLE_SHEET)
        self._staff_hold = QTimer(self)
        self._staff_hold.setSingleShot(True)
        self._staff_hold.setInterval(STAFF_HOLD_MS)
        self._staff_hold.timeout.connect(self.show_staff_detail)
        self._staff_shown = QTimer(self)
        self._staff_shown.setSingleShot(True)
        self._staff_shown.setInterval(STAFF_SHOWN_MS)
        self._staff_shown.timeout.connect(self.hide_staff_detail)

        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen's size
        self._geometry: ScreenGeometry | None = None
        outer.setContentsMargins(120, 100, 120, 100)
        outer.addStretch(1)
        self.title = text_label("", "title", center=True)
        outer.addWidget(self.title)
        outer.addSpacing(16)
        self.subtitle = text_label("", "subtitle", center=True)
        outer.addWidget(self.subtitle)
        outer.addSpacing(48)

        # Staff only: behind the corner, in English like the admin area.
        self.staff_box = card()
        self.staff_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        inner = QVBoxLayout(self.staff_box)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.addWidget(text_label("For staff: what needs fixing", "fieldLabel"))
        self.problem = text_label(problem)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        inner.addWidget(self.problem)
        inner.addWidget(
            text_label(
                "Fix it (docs/deployment.md says where the settings file is), then tap Try again.",
                "muted",
            )
        )
        self.try_again_button = big_button("Try again", try_again, "primary")
        self.try_again_button.setVisible(try_again is not None)
        inner.addWidget(self.try_again_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.hide_button = big_button("Hide", self.hide_staff_detail, "quiet")
        inner.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.staff_box.setVisible(False)
        outer.addWidget(self.staff_box)
        outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.title, self.tr("The photo booth is closed for a moment"))
        retext(self.subtitle, self.tr("Sorry! Please come back a little later."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- staff: the hidden corner, held ---------------------------------------------------
    def show_staff_detail(self) -> None:
        self.staff_box.setVisible(True)
        self._staff_shown.start()

    def hide_staff_detail(self) -> None:
        self._staff_shown.stop()
        self.staff_box.setVisible(False)

    def _in_corner(self, position: QPointF) -> bool:
        return position.x() < STAFF_CORNER_PX and position.y() < STAFF_CORNER_PX

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._in_corner(event.position()):
            self._staff_hold.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self._staff_hold.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Drawn at the size of the screen it is on, like the visitor screens (screen_geometry).
        geometry = geometry_for(event.size().width(), event.size().height())
        if geometry != self._geometry:
            self._geometry = geometry
            self.setStyleSheet(style_sheet(geometry.scale))
            scale_layouts(self, geometry)
        super().resizeEvent(event)
