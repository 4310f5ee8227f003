"""The visitor sees the finished photo and keeps it or retakes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from kiosk.controller import FlowController
from ui.screens.base import Screen
from ui.widgets.common import big_button, text_label


class ReviewScreen(Screen):
    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(24)
        top = QHBoxLayout()
        top.addWidget(text_label("Do you like it?", "title"), 1)
        top.addWidget(big_button("Cancel", controller.cancel, "quiet"))
        layout.addLayout(top)
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.photo.setAccessibleName("Your photo")
        layout.addWidget(self.photo, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addStretch(1)
        self.retake_button = big_button("Retake", controller.retake)
        self.keep_button = big_button("Use this photo", controller.keep_photo, "primary")
        for b in (self.retake_button, self.keep_button):
            b.setMinimumWidth(440)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        controller.photo_ready.connect(self._on_controller_photo_ready)

    def _on_controller_photo_ready(self, image: QImage) -> None:
        # The image was scaled for display in a worker; this is one cheap conversion.
        self.photo.setPixmap(QPixmap.fromImage(image))

    def on_enter(self) -> None:
        left = self.controller.retakes_left
        self.retake_button.setEnabled(left > 0)
        self.retake_button.setText(f"Retake ({left} left)" if left else "No retakes left")

    def reset(self) -> None:
        self.photo.clear()
