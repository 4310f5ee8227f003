"""A short pause while the visit is committed and the first send is tried."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui.screens.base import Screen
from ui.widgets.common import text_label


class SendingScreen(Screen):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 120, 160, 120)
        layout.addStretch(1)
        layout.addWidget(text_label("Sending your photo…", "title", center=True))
        layout.addSpacing(24)
        layout.addWidget(text_label("This only takes a moment.", "muted", center=True))
        layout.addStretch(1)
