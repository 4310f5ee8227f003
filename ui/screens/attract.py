"""The idle screen that invites the next visitor; the whole screen is one big target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout

from kiosk.controller import FlowController
from ui.screens.base import Screen
from ui.widgets.common import big_button, text_label


class AttractScreen(Screen):
    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        store = controller.settings.store.store_name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 120, 120, 120)
        layout.addStretch(2)
        layout.addWidget(text_label(store.upper(), "subtitle", center=True))
        layout.addSpacing(24)
        layout.addWidget(text_label("Take your photo with us", "title", center=True))
        layout.addSpacing(16)
        layout.addWidget(
            text_label("It's free, and we'll send it straight to your phone.", "muted", center=True)
        )
        layout.addStretch(1)
        self.start_button = big_button("Touch to start", self.controller.start, "primary")
        self.start_button.setMinimumWidth(520)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addWidget(
            text_label(
                f"For adults 18 and over. Privacy questions: {controller.settings.store.privacy_contact}",
                "muted",
                center=True,
            )
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.controller.start()
        event.accept()
