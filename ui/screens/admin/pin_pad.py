"""A big numeric PIN pad. It shows dots, never digits, and forgets what was typed on every use.

The one-time setup code is typed on the same keys: 12 digits, shown in groups of four so a
typo can be seen (it is spent once used). A closed admin area hides the keys altogether.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from booth.pin_rules import MAX_PIN
from ui.widgets.common import big_button, retext, text_label

BACKSPACE = "⌫"
OK = "OK"  # the key's name in ``keys``; its label is translated


class PinPad(QWidget):
    entered = Signal(str)  # OK with a PIN typed
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        self._max_length = MAX_PIN
        self._reveal = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.title = text_label("", "subtitle", center=True)
        self.dots = text_label("", "title", wrap=False, center=True)
        self.dots.setMinimumHeight(72)
        self.message = text_label("", "error", center=True)
        layout.addWidget(self.title)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        # The keys keep their places in every language (a keypad is a picture); the sentences
        # around them follow the language, so a right-to-left one reads from the right.
        keypad = QWidget()
        keypad.setObjectName("transparent")
        keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for i, key in enumerate([*"123456789", BACKSPACE, "0", OK]):
            button = big_button(key, partial(self._on_key, key), "primary" if key == OK else "key")
            button.setMinimumSize(120, 88)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.keys[key] = button
            grid.addWidget(button, i // 3, i % 3)
        layout.addWidget(keypad)
        self.keypad = keypad
        self.cancel_button = big_button("", self.cancelled.emit, "quiet")
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def retranslate(self) -> None:
        for key, button in self.keys.items():
            if key == BACKSPACE:
                button.setAccessibleName(self.tr("Delete"))
            elif key == OK:
                retext(button, self.tr("OK"))
            else:
                button.setAccessibleName(self.tr("Digit {digit}").format(digit=key))
        retext(self.cancel_button, self.tr("Cancel"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def pin(self) -> str:
        return self._pin

    def prompt(self, title: str, message: str = "") -> None:
        self._pin = ""
        self.title.setText(title)
        self.message.setText(message)
        self._show()

    def set_title(self, title: str) -> None:
        """The same step in another language: what was typed stays."""
        self.title.setText(title)

    def set_message(self, message: str) -> None:
        self.message.setText(message)

    def set_entry(self, max_length: int = MAX_PIN, reveal: bool = False) -> None:
        """A PIN (dots, up to MAX_PIN digits) or the setup code (digits shown, longer)."""
        self._max_length, self._reveal = max_length, reveal
        self._pin = self._pin[:max_length]
        self._show()

    def show_keys(self, visible: bool) -> None:
        """No keys (and nothing to type) while the admin area is closed."""
        self.keypad.setVisible(visible)
        self.dots.setVisible(visible)

    def set_busy(self, busy: bool) -> None:
        for button in self.keys.values():
            button.setEnabled(not busy)

    def _on_key(self, key: str) -> None:
        if key == BACKSPACE:
            self._pin = self._pin[:-1]
        elif key == OK:
            pin, self._pin = self._pin, ""
            self._show()
            self.entered.emit(pin)
            return
        elif len(self._pin) < self._max_length:
            self._pin += key
        self._show()

    def _show(self) -> None:
        if self._reveal and self._pin:
            groups = " ".join(self._pin[i : i + 4] for i in range(0, len(self._pin), 4))
            shown = "\u2066" + groups + "\u2069"  # left to right in a Hebrew page too
        else:
            shown = "●" * len(self._pin) if self._pin else "—"
        self.dots.setText(shown)
        self.dots.setAccessibleName(self.tr("{n} digits typed").format(n=len(self._pin)))
