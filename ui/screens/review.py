"""The visitor sees the finished photo and keeps it or retakes it."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout

from booth.controller import FlowController
from ui.screen_geometry import ScreenGeometry, design_min_width
from ui.screens.base import Screen, arrange_buttons
from ui.widgets.common import big_button, retext, text_label
from ui.widgets.photo_view import PhotoView
from ui.widgets.store_logo import StoreLogo


class ReviewScreen(Screen):
    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(24)
        top = QHBoxLayout()
        self.logo = StoreLogo(controller.settings.branding.logo)
        top.addWidget(self.logo)
        self.title = text_label("", "title")
        top.addWidget(self.title, 1)
        self.cancel_button = big_button("", controller.cancel, "quiet")
        top.addWidget(self.cancel_button)
        layout.addLayout(top)
        # The whole photo, frame included, as large as fits: exactly what will be sent.
        self.photo = PhotoView()
        layout.addWidget(self.photo, 1)
        self.buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.setSpacing(40)
        buttons.addStretch(1)
        self.retake_button = big_button("", controller.retake)
        self.keep_button = big_button("", controller.keep_photo, "primary")
        for b in (self.retake_button, self.keep_button):
            design_min_width(b, 440)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        controller.photo_ready.connect(self._on_controller_photo_ready)
        self.retranslate()

    def arrange(self, geometry: ScreenGeometry) -> None:
        arrange_buttons(self.buttons, geometry)

    def retranslate(self) -> None:
        retext(self.title, self.tr("Do you like it?"))
        retext(self.cancel_button, self.tr("Cancel"))
        self.photo.setAccessibleName(self.tr("Your photo"))
        retext(self.keep_button, self.tr("Use this photo"))
        left = self.controller.retakes_left
        retext(
            self.retake_button,
            self.tr("Retake ({left} left)").format(left=left)
            if left
            else self.tr("No retakes left"),
        )

    def _on_controller_photo_ready(self, image: QImage) -> None:
        # The image was scaled for display in a worker; this is one cheap conversion.
        self.photo.show_image(image)

    def on_enter(self) -> None:
        self.retake_button.setEnabled(self.controller.retakes_left > 0)
        self.retranslate()

    def reset(self) -> None:
        self.photo.clear()
