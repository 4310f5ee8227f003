"""The staff's Camera tab: the cameras found, a live preview, and what the camera granted.

Tapping a camera tries it at once (booth.camera_control switches the camera thread);
"Keep this camera" saves it as camera.source through the settings form, so the same
validation and atomic write apply. Looking for cameras runs in the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from booth.camera_control import CameraControl
from booth.tasks import Runner
from camera.discovery import CameraChoice
from ui.screens.admin.admin_widgets import set_message
from ui.widgets.common import big_button, retext, text_label
from ui.widgets.preview_view import PreviewView

# spec, then a callback given None when saved, else the message (saving runs off the GUI thread)
SaveSource = Callable[[str, Callable[[str | None], None]], None]


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
        self._granted: Callable[[], str] = str  # the "granted" line, in the current language
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 16, 0, 0)
        outer.setSpacing(32)
        left = QVBoxLayout()
        self.preview = PreviewView(camera_worker)
        self.preview.setMinimumSize(480, 270)
        left.addWidget(self.preview, 1)
        self.granted = text_label("", "muted")
        left.addWidget(self.granted)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        self.hint = text_label("", "subtitle")
        right.addWidget(self.hint)
        self.list = QListWidget()
        self.list.itemClicked.connect(self._on_item_clicked)
        right.addWidget(self.list, 1)
        self.message = text_label("")
        self.message.setVisible(False)
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        self.scan_button = big_button("", self.scan)
        self.undo_button = big_button("", self.undo)
        buttons.addWidget(self.scan_button)
        buttons.addWidget(self.undo_button)
        right.addLayout(buttons)
        self.keep_button = big_button("", self.keep, "primary")
        right.addWidget(self.keep_button)
        outer.addLayout(right, 2)
        if camera_worker is not None:
            camera_worker.camera_opened.connect(self._on_camera_opened)
        self._show_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        self.preview.setAccessibleName(self.tr("Live camera preview"))
        self.hint.setText(self.tr("Tap a camera to try it here, live."))
        self.list.setAccessibleName(self.tr("Cameras"))
        retext(self.scan_button, self.tr("Look again"))
        retext(self.undo_button, self.tr("Undo"))
        retext(self.keep_button, self.tr("Keep this camera"))
        self.granted.setText(self._granted())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_granted(self, text: Callable[[], str]) -> None:
        self._granted = text
        self.granted.setText(text())

    def _on_camera_opened(self, info: Any) -> None:
        self._show_granted(
            lambda: self.tr("Granted: {width}×{height} at {fps} fps ({backend}, {fourcc})").format(
                width=info.width,
                height=info.height,
                fps=f"{info.fps:.0f}",
                backend=info.backend,
                fourcc=info.fourcc or self.tr("format not reported"),
            )
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
            set_message(
                self.message, self.tr("No other camera was found. Is it plugged in?"), ok=False
            )

    def _on_scan_failed(self, error: BaseException) -> None:
        self.scan_button.setEnabled(True)
        set_message(
            self.message,
            self.tr("Could not look for cameras ({error}).").format(error=type(error).__name__),
            False,
        )

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.try_camera(str(item.data(Qt.ItemDataRole.UserRole)))

    def try_camera(self, spec: str) -> None:
        self._show_granted(lambda: self.tr("Opening the camera…"))
        self.control.try_camera(spec)
        trying = self.control.trying is not None
        set_message(
            self.message,
            self.tr("On trial: keep it, or tap Undo. Locking goes back to the camera in use.")
            if trying
            else "",
        )
        self._show_buttons()

    def keep(self) -> None:
        spec = self.control.showing
        self.keep_button.setEnabled(False)
        self.save_source(spec, lambda problem: self._on_kept(spec, problem))

    def _on_kept(self, spec: str, problem: str | None) -> None:
        if problem is not None:
            set_message(
                self.message, self.tr("Not saved: {problem}").format(problem=problem), ok=False
            )
            self._show_buttons()
            return
        if self.control.showing == spec:
            self.control.keep()
        else:  # tapped another camera meanwhile: the saved one is now the one in use
            self.control.in_use = spec
        set_message(self.message, self.tr("Saved. The kiosk uses this camera from now on."))
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
