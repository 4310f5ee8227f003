"""A kind goodbye for a visitor under 18. Nothing about them was kept (P6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from kiosk.controller import FlowController
from ui.screens.base import Screen
from ui.widgets.common import big_button, text_label


class UnderageScreen(Screen):
    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 120, 160, 120)
        layout.addStretch(1)
        layout.addWidget(text_label("Thanks for stopping by!", "title", center=True))
        layout.addSpacing(24)
        layout.addWidget(
            text_label(
                "This photo booth is just for adults. Nothing about you has been saved. "
                "Ask a grown-up to take a photo with you!",
                center=True,
            )
        )
        layout.addStretch(1)
        self.ok_button = big_button("OK", controller.finish, "primary")
        self.ok_button.setMinimumWidth(320)
        layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
