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
        button.clicked.connect(on_click)
    return button


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("card")
    return frame
