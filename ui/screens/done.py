"""Thank you, and an honest word on where the photo is: sent, or waiting for the network."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout

from booth.channels import channel_named
from booth.controller import FlowController
from booth.visit_state import Outcome
from ui import channel_words
from ui.screen_geometry import ScreenGeometry, design_min_width
from ui.screens.base import Screen
from ui.widgets.common import big_button, retext, text_label
from ui.widgets.photo_view import PhotoView
from ui.widgets.store_logo import StoreLogo


def describe(outcome: Outcome) -> str:
    """One or two plain sentences; never claims "sent" unless the provider accepted it.

    Each channel's sentence is the one it declares (``ui.channel_words``), in the visitor's
    language where there is a translation.
    """
    if outcome.qr_image is not None:
        return QCoreApplication.translate(
            "DoneScreen",
            "Scan this code with your phone's camera to save your photo. The link works for "
            "{days} days. We have kept no name, email or number.",
        ).format(days=outcome.link_days)
    lines = []
    for name, status in sorted(outcome.statuses.items()):
        channel = channel_named(name)
        lines.append(
            channel_words.outcome(channel.words, status) if channel else f"{name}: {status}"
        )
    return "\n".join(lines)


QR_MAX_PX = 420
THUMB_W, THUMB_H = 320, 400  # designed pixels: the photo's 4:5


class DoneScreen(Screen):
    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        self._outcome: Outcome | None = None
        outer = QVBoxLayout(self)
        # The store's logo above it all, in landscape and in portrait alike.
        self.logo = StoreLogo(controller.settings.branding.logo)
        outer.setContentsMargins(0, 40 if self.logo.logo is not None else 0, 0, 0)
        outer.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        # The photo that was sent beside the words about it; above them in portrait.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        outer.addLayout(self.body, 1)
        self.thumbnail = PhotoView()
        self.body.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout()
        self.body.addLayout(layout, 1)
        self.body.setContentsMargins(160, 60, 160, 60)
        self.body.setSpacing(60)
        layout.addStretch(1)
        self.title = text_label("", "title", center=True)
        layout.addWidget(self.title)
        layout.addSpacing(32)
        self.status = text_label("", center=True)
        layout.addWidget(self.status)
        layout.addSpacing(16)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName("QR code of your photo's link")
        self.qr.hide()
        layout.addWidget(self.qr)
        layout.addSpacing(32)
        self.rights = text_label("", "muted", center=True)
        layout.addWidget(self.rights)
        layout.addStretch(1)
        self.finish_button = big_button("", controller.finish, "primary")
        design_min_width(self.finish_button, 360)
        layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        controller.outcome_ready.connect(self._on_controller_outcome_ready)
        controller.photo_ready.connect(self.thumbnail.show_image)
        self.retranslate()

    def retranslate(self) -> None:
        outcome = self._outcome
        if outcome is not None and outcome.first_name:
            title = self.tr("Thank you, {name}!").format(name=outcome.first_name)
        else:
            title = self.tr("Thank you!")
        retext(self.title, title)
        self.status.setText(describe(outcome) if outcome is not None else "")
        retext(
            self.rights,
            self.tr(
                "To get a copy of your data, correct or delete it, or to withdraw a permission, "
                "contact {contact}."
            ).format(contact=self.controller.settings.store.privacy_contact),
        )
        retext(self.finish_button, self.tr("Finish"))
        self.thumbnail.setAccessibleName(self.tr("Your photo"))

    def _on_controller_outcome_ready(self, outcome: Outcome) -> None:
        self._outcome = outcome
        if outcome.qr_image is not None:
            # segno draws 8 px per module; keep a whole number of pixels per module so it stays crisp.
            width = outcome.qr_image.width()
            most = self.geometry_now.px(QR_MAX_PX)
            side = width * max(1, min(8, (most * 8) // max(1, width))) // 8
            self.qr.setPixmap(QPixmap.fromImage(outcome.qr_image).scaled(side, side))
            self.qr.show()
        self.retranslate()

    def arrange(self, geometry: ScreenGeometry) -> None:
        portrait = geometry.portrait
        self.body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        side = geometry.px(60 if portrait else 120)
        self.body.setContentsMargins(side, geometry.px(60), side, geometry.px(60))
        self.thumbnail.set_thumbnail_size(geometry.px(THUMB_W), geometry.px(THUMB_H))

    def reset(self) -> None:
        self.thumbnail.clear()
        self._outcome = None
        self.qr.clear()
        self.qr.hide()
        self.retranslate()
