"""A test visitor: taps the real widgets, the way a person at the kiosk would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from booth.flow import State

TIMEOUT_MS = 15_000


class Visitor:
    def __init__(self, qtbot, running) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.running = running
        self.window = running.window
        self.controller = running.controller

    def tap(self, widget: QWidget) -> None:
        assert widget.isVisible(), f"{widget.accessibleName()!r} is not on screen"
        assert widget.isEnabled(), f"{widget.accessibleName()!r} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type(self, text: str) -> None:
        keyboard = self.window.details.keyboard
        for char in text:
            key = "space" if char == " " else char.lower()
            if not keyboard.has_key(key) and keyboard.has_key("abc"):
                self.tap(keyboard.key("abc"))  # a Latin name on a Hebrew visitor's letters
            self.tap(keyboard.key(key))

    def wait_for(self, state: State, timeout: int = TIMEOUT_MS) -> None:
        self.qtbot.waitUntil(lambda: self.controller.state is state, timeout=timeout)

    def start_and_confirm_adult(self) -> None:
        self.tap(self.window.attract.start_button)
        self.wait_for(State.WELCOME)
        self.tap(self.window.welcome.adult_button)
        self.wait_for(State.PREVIEW)

    def take_photo(self) -> None:
        preview = self.running.preview
        shutter = self.window.camera.shutter
        self.qtbot.waitUntil(
            lambda: preview.current_image() is not None and shutter.isEnabled(), timeout=TIMEOUT_MS
        )
        self.tap(self.window.camera.shutter)
        self.wait_for(State.REVIEW)

    def reach_details(self) -> None:
        self.start_and_confirm_adult()
        self.take_photo()
        self.tap(self.window.review.keep_button)
        self.wait_for(State.DETAILS)

    def choose(self, email: bool, sms: bool) -> None:
        d = self.window.details
        if d.email_toggle.isChecked() != email:
            self.tap(d.email_toggle)
        if d.sms_toggle.isChecked() != sms:
            self.tap(d.sms_toggle)

    def fill(
        self, name: str, email: str | None = None, phone: str | None = None, publish: bool = False
    ) -> None:
        d = self.window.details
        self.choose(email is not None, phone is not None)
        self.tap(d.name)
        self.type(name.lower())
        if email is not None:
            self.tap(d.email)
            self.type(email)
        if phone is not None:
            self.tap(d.phone)
            self.type(phone)
        if publish:
            self.tap(d.publish)


def visible_texts(root: QWidget) -> list[str]:
    """Everything a person could read off the window: labels, fields, buttons."""
    texts = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QLabel, QAbstractButton)):
            texts.append(widget.text())
    return texts


def held_images(root: QWidget) -> list[QLabel]:
    return [
        label
        for label in root.findChildren(QLabel)
        if label.pixmap() is not None and not label.pixmap().isNull()
    ]
