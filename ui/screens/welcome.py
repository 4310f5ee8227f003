"""The short privacy notice, the privacy contact, and the 18+ question (P6, P10).

Nothing is recorded on this screen: a visitor who answers "under 18" or walks
away leaves no trace at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.controller import FlowController
from ui.screens.base import Screen
from ui.widgets.common import big_button, card, text_label


class WelcomeScreen(Screen):
    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        settings = controller.settings
        notice = controller.services.notice
        store, contact = settings.store.store_name, settings.store.privacy_contact
        self._short = notice.render(notice.short, store=store, privacy_contact=contact)
        self._full = notice.render(notice.full, store=store, privacy_contact=contact)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        layout.setSpacing(24)
        top = QHBoxLayout()
        top.addWidget(text_label(notice.title, "title"), 1)
        top.addWidget(big_button("Cancel", controller.cancel, "quiet"))
        layout.addLayout(top)

        panel = card()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(40, 32, 40, 32)
        self.notice_text = text_label(self._short)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.viewport().setAutoFillBackground(False)
        holder = QWidget()
        holder.setObjectName("transparent")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 24, 0)
        holder_layout.addWidget(self.notice_text)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        panel_layout.addWidget(scroll)
        self.more_button = big_button("Read the full notice", self._toggle_full, "quiet")
        panel_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(panel, 1)

        layout.addWidget(
            text_label(
                f"Questions about your data? Contact {settings.store.privacy_contact}", "muted"
            )
        )
        layout.addWidget(text_label(notice.age_question, "subtitle", center=True))
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addStretch(1)
        self.under_button = big_button("No, I'm under 18", controller.decline_underage)
        self.adult_button = big_button("Yes, I'm 18 or over", controller.confirm_adult, "primary")
        for b in (self.under_button, self.adult_button):
            b.setMinimumWidth(420)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _toggle_full(self) -> None:
        showing_full = self.notice_text.text() == self._full
        self.notice_text.setText(self._short if showing_full else self._full)
        self.more_button.setText(
            "Show the short version" if not showing_full else "Read the full notice"
        )

    def reset(self) -> None:
        self.notice_text.setText(self._short)
        self.more_button.setText("Read the full notice")
