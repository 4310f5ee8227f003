"""A short pause while the visit is committed and the first send is tried."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from ui.screens.base import Screen
from ui.widgets.common import retext, text_label
from ui.widgets.store_logo import StoreLogo


class SendingScreen(Screen):
    def __init__(self, logo: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 120, 160, 120)
        self.logo = StoreLogo(logo)
        layout.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.title = text_label("", "title", center=True)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        self.body = text_label("", "muted", center=True)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.title, self.tr("Sending your photo…"))
        retext(self.body, self.tr("This only takes a moment."))
