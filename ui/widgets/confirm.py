"""A question over a screen before an action that cannot be undone ("Start over?").

Drawn inside the screen, not as a window: a kiosk has no window manager, and a touch
outside the card must not count as a yes. The safe answer is the big primary button;
the action only runs on the other one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.style import SCRIM
from ui.widgets.common import big_button, card, retext, text_label


class ConfirmOverlay(QWidget):
    """Covers its parent; ``ask()`` shows it, "yes" runs ``on_yes``, "no" just closes it."""

    def __init__(self, parent: QWidget, on_yes: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_yes = on_yes
        self.setObjectName("confirmScrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#confirmScrim {{ background: {SCRIM}; }}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 80, 80, 80)
        outer.addStretch(1)
        panel = card()
        panel.setMaximumWidth(820)
        panel.setMinimumWidth(560)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(20)
        self.title = text_label("", "title", center=True)
        self.body = text_label("", center=True)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.yes_button = big_button("", self._on_yes_clicked, "quiet")
        self.no_button = big_button("", self.hide, "primary")
        buttons.addWidget(self.yes_button, 1)
        buttons.addWidget(self.no_button, 1)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def set_texts(self, title: str, body: str, no: str, yes: str) -> None:
        retext(self.title, title)
        retext(self.body, body)
        retext(self.no_button, no)
        retext(self.yes_button, yes)

    def ask(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def _on_yes_clicked(self) -> None:
        self.hide()
        self._on_yes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return super().eventFilter(watched, event)
