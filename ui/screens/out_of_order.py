"""What the touchscreen shows when the kiosk cannot open to visitors as configured.

A broken settings file, a missing branding frame or an unreadable records key used to
end the process with a line in the journal; under systemd that meant a black screen and
a restart loop. This screen stays up instead: visitors see that the booth is closed,
staff see what to fix (the same sentence the command line prints, never a traceback),
and "Try again" starts the kiosk afresh once it is fixed. Staff-facing, so English.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from ui.screen_geometry import ScreenGeometry, geometry_for, scale_layouts
from ui.style import STYLE_SHEET, style_sheet
from ui.widgets.common import big_button, card, text_label


class OutOfOrderWindow(QWidget):
    def __init__(
        self, store_name: str, problem: str, try_again: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.setWindowTitle(store_name or "Photo booth")
        self.setStyleSheet(STYLE_SHEET)
        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen's size
        self._geometry: ScreenGeometry | None = None
        outer.setContentsMargins(120, 100, 120, 100)
        outer.addStretch(1)
        self.title = text_label("The photo booth is closed for a moment", "title", center=True)
        outer.addWidget(self.title)
        outer.addSpacing(16)
        self.subtitle = text_label("Sorry! Please ask a member of staff.", "subtitle", center=True)
        outer.addWidget(self.subtitle)
        outer.addSpacing(48)
        box = card()
        inner = QVBoxLayout(box)
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
        outer.addWidget(box)
        outer.addSpacing(32)
        self.try_again_button = big_button("Try again", try_again, "primary")
        self.try_again_button.setVisible(try_again is not None)
        outer.addWidget(self.try_again_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Drawn at the size of the screen it is on, like the visitor screens (screen_geometry).
        geometry = geometry_for(event.size().width(), event.size().height())
        if geometry != self._geometry:
            self._geometry = geometry
            self.setStyleSheet(style_sheet(geometry.scale))
            scale_layouts(self, geometry)
        super().resizeEvent(event)
