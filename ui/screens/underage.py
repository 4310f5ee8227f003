"""A kind goodbye for a visitor under 18. Nothing about them was kept (P6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from booth.controller import FlowController
from ui.screen_geometry import design_min_width
from ui.screens.base import Screen
from ui.widgets.common import big_button, retext, text_label
from ui.widgets.store_logo import StoreLogo


class UnderageScreen(Screen):
    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 120, 160, 120)
        self.logo = StoreLogo(controller.settings.branding.logo)
        layout.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.title = text_label("", "title", center=True)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        self.body = text_label("", center=True)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.ok_button = big_button("", controller.finish, "primary")
        design_min_width(self.ok_button, 320)
        layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.title, self.tr("Thanks for stopping by!"))
        retext(
            self.body,
            self.tr(
                "This photo booth is just for adults. Nothing about you has been saved. "
                "Ask a grown-up to take a photo with you!"
            ),
        )
        retext(self.ok_button, self.tr("OK"))
