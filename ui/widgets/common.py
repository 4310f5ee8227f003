"""Small builders so every screen uses the same fonts, names and target sizes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QWidget


def text_label(text: str = "", role: str = "", wrap: bool = True, center: bool = False) -> QLabel:
    label = QLabel(text)
    if role:
        label.setObjectName(role)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if center:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def big_button(
    text: str, on_click: Callable[[], None] | None = None, role: str = "", accessible: str = ""
) -> QPushButton:
    button = QPushButton(text)
    if role:
        button.setObjectName(role)
    button.setAccessibleName(accessible or text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    if on_click is not None:
        # The click's "checked" flag is dropped: every handler here takes no argument.
        button.clicked.connect(lambda _checked=False: on_click())
    return button


def wrap_to_width(button: QPushButton, width: int) -> None:
    """A button whose words are wider than ``width``: on two lines, broken at the space
    nearest the middle (a push button never wraps by itself; it widened its column)."""
    text = button.text().replace("\n", " ")
    button.setText(text)
    if button.sizeHint().width() <= width or " " not in text:
        return
    middle = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " " and text[i + 1 : i + 2] not in "?!:;"]
    if not spaces:
        return
    cut = min(spaces, key=lambda i: abs(i - middle))
    button.setText(text[:cut] + "\n" + text[cut + 1 :])


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("card")
    return frame


def retext(widget: QPushButton | QLabel, text: str, accessible: str = "") -> None:
    """Set a control's text and keep its accessible name in the same language."""
    widget.setText(text)
    if isinstance(widget, QPushButton):
        widget.setAccessibleName(accessible or text.replace("&", ""))
    elif accessible:
        widget.setAccessibleName(accessible)
