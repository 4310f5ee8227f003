"""Live preview, countdown and the shutter: one screen for PREVIEW, COUNTDOWN and CAPTURING.

The preview shows the part of the picture the photo keeps (its aspect, 4:5 by default),
mirrored. When the countdown starts nothing moves: the hint and the shutter button give up
their place without giving up their room, so the preview stays the same size and only the
count is drawn over it. At the moment of capture the stage flashes white (and, where the
settings ask for it, a shutter sound plays).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from booth.controller import FlowController
from booth.flow import State
from ui.i18n import translate_message
from ui.screen_geometry import design_min_width
from ui.screens.base import Screen
from ui.shutter_sound import ShutterSound
from ui.widgets.common import big_button, retext, text_label
from ui.widgets.store_logo import StoreLogo

FLASH_MS = 250  # long enough to be seen, short enough not to dazzle


def _keep_room_when_hidden(widget: QWidget) -> None:
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class CameraScreen(Screen):
    def __init__(self, controller: FlowController, preview: QWidget) -> None:
        super().__init__()
        self.controller = controller
        self.preview = preview
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(24)

        top = QHBoxLayout()
        self.logo = StoreLogo(controller.settings.branding.logo)
        top.addWidget(self.logo)
        self.hint = text_label("", "subtitle")
        _keep_room_when_hidden(self.hint)
        top.addWidget(self.hint, 1)
        self.cancel_button = big_button("", controller.cancel, "quiet")
        top.addWidget(self.cancel_button)
        layout.addLayout(top)

        stage = QWidget()
        grid = QGridLayout(stage)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(preview, 0, 0)
        set_crop = getattr(preview, "set_crop_aspect", None)
        if set_crop is not None:
            set_crop(*controller.settings.aspect_ratio())
        set_camera_size = getattr(preview, "set_camera_size", None)
        if set_camera_size is not None:
            camera = controller.settings.camera
            set_camera_size(camera.width, camera.height)
        self.countdown = text_label("", "countdown", wrap=False, center=True)
        self.countdown.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # The big digits draw over the preview; they must not make the screen's minimum taller.
        self.countdown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # Shown only while there is a count: a label over the preview, even an empty one, is
        # painted again with every frame (one more paint, one more pass through the event
        # filter and the style sheet, on the GUI thread, 30 to 150 times a second).
        self.countdown.hide()
        grid.addWidget(self.countdown, 0, 0)
        self.flash = QWidget()
        self.flash.setObjectName("flash")
        self.flash.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.flash.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.flash.setStyleSheet("QWidget#flash { background: white; }")
        self.flash.hide()
        grid.addWidget(self.flash, 0, 0)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self.flash.hide)
        self.shutter_sound = ShutterSound(controller.settings.flow.shutter_sound)
        layout.addWidget(stage, 1)

        self.message = text_label("", "error", center=True)
        layout.addWidget(self.message)
        self.shutter = big_button("", controller.shutter, "primary")
        _keep_room_when_hidden(self.shutter)
        design_min_width(self.shutter, 520)
        layout.addWidget(self.shutter, 0, Qt.AlignmentFlag.AlignHCenter)

        self._camera_live = False
        self._failure = ""  # what the controller said about a failed capture, in English
        camera_state = getattr(preview, "camera_state_changed", None)
        if camera_state is not None:
            camera_state.connect(self._on_preview_camera_state_changed)
        controller.countdown_ticked.connect(self._on_controller_countdown_ticked)
        controller.capture_failed.connect(self._on_controller_capture_failed)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.cancel_button, self.tr("Cancel"))
        retext(self.shutter, self.tr("Take my photo"))
        if self.controller.flow.session.retakes_used == 0:
            hint = self.tr("Look at the camera and press the button when you're ready.")
        elif self.controller.retakes_left == 0:
            hint = self.tr("Let's try again. This is your last try.")
        elif self.controller.retakes_left == 1:
            hint = self.tr("Let's try again. After this one, you can retake it once more.")
        else:
            hint = self.tr(
                "Let's try again. After this one, you can retake it {left} more times."
            ).format(left=self.controller.retakes_left)
        retext(self.hint, hint)
        if self._failure:
            self.message.setText(translate_message(self._failure))
        elif self.controller.state is State.PREVIEW:
            self._show_camera_message()

    def _on_controller_capture_failed(self, message: str) -> None:
        self._failure = message
        self.message.setText(translate_message(message))

    def _on_preview_camera_state_changed(self, state: str) -> None:
        """No shutter without a live picture: the button waits for the camera to come back."""
        self._camera_live = state == "live"
        self.shutter.setEnabled(self._camera_live)
        if self.controller.state is State.PREVIEW:
            self._show_camera_message()

    def _show_camera_message(self) -> None:
        self.message.setText(
            "" if self._camera_live else self.tr("The camera is reconnecting. One moment, please.")
        )

    def on_enter(self) -> None:
        state = self.controller.state
        self.shutter.setVisible(state is State.PREVIEW)
        self.hint.setVisible(state is State.PREVIEW)  # during the count, only the count
        self.shutter.setEnabled(self._camera_live)
        if state is State.PREVIEW:
            if not self._failure:
                self._show_camera_message()
            self._show_count("")
            self.flash.hide()
            self.retranslate()
        elif state is State.COUNTDOWN:
            self._failure = ""
        elif state is State.CAPTURING:
            self._show_count("")
            self.message.setText("")
            self.flash.show()
            self.flash.raise_()
            self._flash_timer.start()
            self.shutter_sound.play()

    def _on_controller_countdown_ticked(self, seconds: int) -> None:
        self._show_count(str(seconds) if seconds > 0 else "")

    def _show_count(self, text: str) -> None:
        self.countdown.setText(text)
        self.countdown.setVisible(bool(text))

    def reset(self) -> None:
        self._show_count("")
        self.message.setText("")
        self._failure = ""
        self._flash_timer.stop()
        self.flash.hide()
