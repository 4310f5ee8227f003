"""On-screen keyboards made for the field being typed into.

A visitor standing at a touchscreen should not have to hunt for "@" or switch
layouts to type a phone number. Three layouts: a name keyboard (capitals
after a space, accented letters), an email keyboard (no capitals, @, dot and
the common domain endings) and a phone keypad (digits and +). Keys never take
focus, so the text field keeps its cursor. A pressed key lights up in gold
(``QPushButton#key:pressed`` in ``ui/style.py``). The keys keep their
left-to-right order in a right-to-left language: a keyboard is a physical
picture, not a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QWidget,
)

BACKSPACE = "⌫"
SHIFT = "⇧"
ACCENTS = "àáâäãåçèéêëìíîïñòóôöõøùúûüýÿæœß"

LAYOUTS: dict[str, list[list[str]]] = {
    "name": [
        list("qwertyuiop"),
        [*list("asdfghjkl"), "'"],
        [SHIFT, *list("zxcvbnm"), "-", BACKSPACE],
        ["àé", "space"],
    ],
    "email": [
        list("1234567890"),
        list("qwertyuiop"),
        [*list("asdfghjkl"), "@"],
        [*list("zxcvbnm"), "_", "-", BACKSPACE],
        [".", ".com", ".net", ".org", "@gmail.com"],
    ],
    "phone": [
        ["1", "2", "3"],
        ["4", "5", "6"],
        ["7", "8", "9"],
        ["+", "0", BACKSPACE],
    ],
    "accents": [
        list(ACCENTS[:10]),
        list(ACCENTS[10:20]),
        [SHIFT, *list(ACCENTS[20:28]), BACKSPACE],
        ["abc", "space"],
    ],
}


LEFT_TO_RIGHT_MARK = "\u200e"


class OnScreenKeyboard(QWidget):
    """All layouts are built once, as pages of a stack; switching layout shows another page."""

    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._shift = True
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._stack = QStackedLayout(self)
        self._pages: dict[str, QWidget] = {}
        self._buttons: dict[str, dict[str, QPushButton]] = {}
        for name, rows in LAYOUTS.items():
            self._pages[name] = self._build_page(name, rows)
            self._stack.addWidget(self._pages[name])
        self._layout_name = "name"
        self.set_layout("name")
        self.retranslate()

    def retranslate(self) -> None:
        names = {BACKSPACE: self.tr("Delete"), SHIFT: self.tr("Shift"), "space": self.tr("Space")}
        for buttons in self._buttons.values():
            for key, button in buttons.items():
                if key in names:
                    button.setAccessibleName(names[key])
                if key == "space":
                    button.setText(names[key].lower())
                if key == "àé":
                    button.setAccessibleName(self.tr("Accented letters"))
                if key == "abc":
                    button.setAccessibleName(self.tr("Plain letters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def layout_name(self) -> str:
        return self._layout_name

    def attach(self, target: QLineEdit, layout: str) -> None:
        self._target = target
        self._shift = layout == "name" and not target.text()
        self.set_layout(layout)

    def set_layout(self, name: str) -> None:
        self._layout_name = name
        self._stack.setCurrentWidget(self._pages[name])
        self._refresh_case()

    def _build_page(self, name: str, rows: list[list[str]]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setSpacing(10)
        grid.setContentsMargins(0, 0, 0, 0)
        buttons: dict[str, QPushButton] = {}
        columns = max(len(r) for r in rows)
        for r, row in enumerate(rows):
            # Short rows get wider keys; the last key of a row takes what is left.
            span_each = max(1, columns // len(row))
            col = 0
            for i, key in enumerate(row):
                span = columns - col if i == len(row) - 1 else span_each
                buttons[key] = self._make_key(key)
                grid.addWidget(buttons[key], r, col, 1, span)
                col += span
        grid.setRowStretch(len(rows), 1)
        self._buttons[name] = buttons
        return page

    def _make_key(self, key: str) -> QPushButton:
        # A label that starts with punctuation (".com", "@gmail.com") would be drawn in the
        # application's direction, so a Hebrew session showed "com." and "gmail.com@".
        # The left-to-right mark keeps every key reading as it types.
        button = QPushButton(key if key[:1].isalnum() else LEFT_TO_RIGHT_MARK + key)
        button.setObjectName("key")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAutoRepeat(key == BACKSPACE)
        button.setAccessibleName(key)
        if key == SHIFT:
            button.setCheckable(True)
        button.clicked.connect(lambda _=False, k=key: self._on_key(k))
        return button

    def key(self, key: str) -> QPushButton:
        """The button for ``key`` on the layout now shown (tests and the autopilot tap it)."""
        return self._buttons[self._layout_name][key]

    def _refresh_case(self) -> None:
        buttons = self._buttons[self._layout_name]
        for key, button in buttons.items():
            if len(key) == 1 and key.isalpha() and self._layout_name in ("name", "accents"):
                button.setText(key.upper() if self._shift else key)
        if SHIFT in buttons:
            buttons[SHIFT].setChecked(self._shift)

    def _on_key(self, key: str) -> None:
        target = self._target
        if key == SHIFT:
            self._shift = not self._shift
            self._refresh_case()
            return
        if key in ("àé", "abc"):
            self.set_layout("accents" if key == "àé" else "name")
            return
        if target is None:
            return
        if key == BACKSPACE:
            target.backspace()
        elif key == "space":
            target.insert(" ")
        else:
            text = key.upper() if self._shift and self._layout_name in ("name", "accents") else key
            target.insert(text)
        if self._layout_name in ("name", "accents"):
            # Capitalise the first letter of each word, as names are written.
            self._shift = target.text().endswith(" ") or not target.text()
            self._refresh_case()
        self.key_pressed.emit(key)
