"""The staff's Camera tab: the cameras found, a live preview, and what the camera granted.

Tapping a camera tries it at once (kiosk.camera_control switches the camera thread);
"Keep this camera" saves it as camera.source through the settings form, so the same
validation and atomic write apply. Looking for cameras runs in the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from camera.discovery import CameraChoice
from kiosk.camera_control import CameraControl
from kiosk.tasks import Runner
from ui.screens.admin.records_tab import set_message
from ui.widgets.common import big_button, text_label
from ui.widgets.preview_view import PreviewView

SaveSource = Callable[[str], str | None]  # spec -> None when saved, else the message


class CameraTab(QWidget):
    def __init__(
        self,
        control: CameraControl,
        camera_worker: Any,
        runner: Runner,
        save_source: SaveSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.control = control
        self.runner = runner
        self.save_source = save_source
        self.choices: list[CameraChoice] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 16, 0, 0)
        outer.setSpacing(32)
        left = QVBoxLayout()
        self.preview = PreviewView(camera_worker)
        self.preview.setMinimumSize(480, 270)
        self.preview.setAccessibleName("Live camera preview")
        left.addWidget(self.preview, 1)
        self.granted = text_label("", "muted")
        left.addWidget(self.granted)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(text_label("Tap a camera to try it here, live.", "subtitle"))
        self.list = QListWidget()
        self.list.setAccessibleName("Cameras")
        self.list.itemClicked.connect(self._on_item_clicked)
        right.addWidget(self.list, 1)
        self.message = text_label("")
        self.message.setVisible(False)
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        self.scan_button = big_button("Look again", self.scan)
        self.undo_button = big_button("Undo", self.undo)
        buttons.addWidget(self.scan_button)
        buttons.addWidget(self.undo_button)
        right.addLayout(buttons)
        self.keep_button = big_button("Keep this camera", self.keep, "primary")
        right.addWidget(self.keep_button)
        outer.addLayout(right, 2)
        if camera_worker is not None:
            camera_worker.camera_opened.connect(self._on_camera_opened)
        self._show_buttons()

    def _on_camera_opened(self, info: Any) -> None:
        self.granted.setText(
            f"Granted: {info.width}×{info.height} at {info.fps:.0f} fps "
            f"({info.backend}, {info.fourcc or 'format not reported'})"
        )

    def scan(self) -> None:
        self.scan_button.setEnabled(False)
        self.runner.run(self.control.choices, self.show_choices, self._on_scan_failed)

    def show_choices(self, choices: list[CameraChoice]) -> None:
        self.scan_button.setEnabled(True)
        self.choices = choices
        self.list.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setSizeHint(QSize(0, 72))
            item.setData(Qt.ItemDataRole.UserRole, choice.spec)
            self.list.addItem(item)
            if choice.spec == self.control.showing:
                self.list.setCurrentItem(item)
        if not any(c.spec != self.control.in_use for c in choices):
            set_message(self.message, "No other camera was found. Is it plugged in?", ok=False)

    def _on_scan_failed(self, error: BaseException) -> None:
        self.scan_button.setEnabled(True)
        set_message(self.message, f"Could not look for cameras ({type(error).__name__}).", False)

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.try_camera(str(item.data(Qt.ItemDataRole.UserRole)))

    def try_camera(self, spec: str) -> None:
        self.granted.setText("Opening the camera…")
        self.control.try_camera(spec)
        trying = self.control.trying is not None
        set_message(
            self.message,
            "On trial: keep it, or tap Undo. Locking goes back to the camera in use."
            if trying
            else "",
        )
        self._show_buttons()

    def keep(self) -> None:
        spec = self.control.showing
        problem = self.save_source(spec)
        if problem is not None:
            set_message(self.message, f"Not saved: {problem}", ok=False)
            return
        self.control.keep()
        set_message(self.message, "Saved. The kiosk uses this camera from now on.")
        self._show_buttons()

    def undo(self) -> None:
        self.control.revert()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == self.control.in_use:
                self.list.setCurrentItem(item)
        set_message(self.message, "")
        self._show_buttons()

    def reset(self) -> None:
        """Locking the area: a camera left on trial gives way to the one in use."""
        self.control.revert()
        self.list.clear()
        set_message(self.message, "")
        self._show_buttons()

    def _show_buttons(self) -> None:
        on_trial = self.control.trying is not None
        self.keep_button.setEnabled(on_trial)
        self.undo_button.setEnabled(on_trial)
