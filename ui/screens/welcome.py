"""The short privacy notice, the privacy contact, and the 18+ question (P6, P10).

Nothing is recorded on this screen: a visitor who answers "under 18" or walks
away leaves no trace at all. The notice is the one in the visitor's language
(the same version the consent rows will name).

Every visitor meets the notice from its first line: the box scrolls back to the top at each
session's wipe and on entry, so nobody finds it opened half way where the last person left it,
and the box ends on whole lines (ui.widgets.whole_lines) so no line is sliced in half.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from booth.controller import FlowController, NoticeText
from ui.screen_geometry import ScreenGeometry, design_min_width
from ui.screens.base import Screen, arrange_buttons
from ui.widgets.common import big_button, card, retext, text_label
from ui.widgets.store_logo import StoreLogo
from ui.widgets.whole_lines import WholeLinesScrollArea


class WelcomeScreen(Screen):
    # The notice needs room: in reach mode the free band is smaller, the notice box shorter.
    reach_fraction = 0.25

    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        self._showing_full = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        layout.setSpacing(24)
        top = QHBoxLayout()
        self.logo = StoreLogo(controller.settings.branding.logo)
        top.addWidget(self.logo)
        self.title = text_label("", "title")
        top.addWidget(self.title, 1)
        self.cancel_button = big_button("", controller.cancel, "quiet")
        top.addWidget(self.cancel_button)
        layout.addLayout(top)

        panel = card()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(40, 32, 40, 32)
        self.notice_text = text_label("")
        self.notice_scroll = WholeLinesScrollArea(self.notice_text)
        self.notice_scroll.setWidgetResizable(True)
        self.notice_scroll.setMinimumHeight(80)
        self.notice_scroll.viewport().setAutoFillBackground(False)
        holder = QWidget()
        holder.setObjectName("transparent")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 24, 0)
        holder_layout.addWidget(self.notice_text)
        holder_layout.addStretch(1)
        self.notice_scroll.setWidget(holder)
        panel_layout.addWidget(self.notice_scroll)
        self.more_button = big_button("", self._toggle_full, "link")
        panel_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(panel, 1)

        self.contact = text_label("", "muted")
        layout.addWidget(self.contact)
        self.age_question = text_label("", "subtitle", center=True)
        layout.addWidget(self.age_question)
        # Side by side; one above the other in portrait.
        self.buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.setSpacing(40)
        buttons.addStretch(1)
        self.under_button = big_button("", controller.decline_underage)
        self.adult_button = big_button("", controller.confirm_adult, "primary")
        for b in (self.under_button, self.adult_button):
            design_min_width(b, 420)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        controller.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    def arrange(self, geometry: ScreenGeometry) -> None:
        arrange_buttons(self.buttons, geometry)
        side = geometry.px(48 if geometry.portrait else 80)
        outer = self.layout()
        assert outer is not None
        outer.setContentsMargins(side, geometry.px(40), side, geometry.px(40))

    def _notice(self) -> NoticeText:
        return self.controller.notice_text()

    def retranslate(self) -> None:
        notice = self._notice()
        retext(self.title, notice.title)
        retext(self.cancel_button, self.tr("Cancel"))
        self.notice_text.setText(notice.full if self._showing_full else notice.short)
        retext(
            self.more_button,
            self.tr("Show the short version")
            if self._showing_full
            else self.tr("Read the full notice"),
        )
        retext(
            self.contact,
            self.tr("Questions about your data? Contact {contact}").format(
                contact=self.controller.settings.store.privacy_contact
            ),
        )
        retext(self.age_question, notice.age_question)
        retext(self.under_button, self.tr("No, I'm under 18"))
        retext(self.adult_button, self.tr("Yes, I'm 18 or over"))

    def _toggle_full(self) -> None:
        self._showing_full = not self._showing_full
        self.retranslate()
        self.notice_scroll.scroll_to_top()

    def on_enter(self) -> None:
        self.notice_scroll.scroll_to_top()

    def reset(self) -> None:
        self._showing_full = False
        self.retranslate()
        self.notice_scroll.scroll_to_top()
