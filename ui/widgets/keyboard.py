"""On-screen keyboards made for the field being typed into.

A visitor standing at a touchscreen should not have to hunt for "@" or switch
layouts to type a phone number. The layouts:

* a name keyboard for each script an offered language is written in (Latin always;
  Hebrew when Hebrew is offered, and Arabic, Cyrillic and Greek the same way), with
  capitals after a space where the script has them, ``'``, ``-`` and ``.`` for initials;
  a key per other offered script switches between them, and a visitor starts on the
  script of their own language;
* three pages of accented letters, one tap from the Latin letters: Western European
  (é, ñ, ß...), Central and Eastern European (ł, ż, ć, ř, ő, ş...) and Vietnamese
  (ă, ơ, ư, đ and the five tone marks, typed after the vowel; the rules store the name in
  NFC, so "ê" + dot below is kept as "ệ");
* an email keyboard (no capitals, @, dot and the common domain endings, ``+`` and ``'``)
  with a page of every other symbol an address may hold and the accented pages for
  international domains: whatever the form accepts can be typed;
* a phone keypad (digits and +).

Keys never take focus, so the text field keeps its cursor. A pressed key lights up in
gold (``QPushButton#key:pressed`` in ``ui/style.py``). The keys keep their left-to-right
order in a right-to-left language: a keyboard is a physical picture, not a sentence. With
``closable`` (the staff screens) every page has a key that puts the keyboard away.
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
CLOSE = "close"
SYMBOLS = "#+="
# The keys that open each page of accented letters, and the one back to plain letters.
WESTERN, CENTRAL, VIETNAMESE, LETTERS = "àé", "łż", "ơư", "abc"
ACCENT_PAGES = {WESTERN: "accents", CENTRAL: "accents_central", VIETNAMESE: "accents_vi"}
ACCENTS = "àáâäãåæçèéêëìíîïñòóôöõøœùúûüýÿß"
CENTRAL_ACCENTS = "ąćčďęěğıłńňőřśšşșţțťůűźżžđāēīūėįųļķņģðþ"
TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # huyền, sắc, hỏi, ngã, nặng
VIETNAMESE_LETTERS = "ăâđêôơư"
TONE_NAMES = ["grave", "acute", "hook above", "tilde", "dot below"]
ACCENT_NAV = [LETTERS, WESTERN, CENTRAL, VIETNAMESE, "space"]

# Each script a name may be written in: its page, and the label of the key that opens it.
SCRIPT_OF_LANGUAGE = {
    "he": "hebrew",
    "yi": "hebrew",
    "ar": "arabic",
    "fa": "arabic",
    "ur": "arabic",
    "ru": "cyrillic",
    "uk": "cyrillic",
    "bg": "cyrillic",
    "sr": "cyrillic",
    "mk": "cyrillic",
    "be": "cyrillic",
    "el": "greek",
}
SCRIPT_KEYS = {
    "latin": LETTERS,
    "hebrew": "אבג",
    "arabic": "ابت",
    "cyrillic": "абв",
    "greek": "αβγ",
}
NAME_PAGES = {
    "latin": "name",
    "hebrew": "name_he",
    "arabic": "name_ar",
    "cyrillic": "name_ru",
    "greek": "name_el",
}
SCRIPT_ROWS: dict[str, list[list[str]]] = {
    # The Israeli standard layout (SI 1452), without its punctuation keys.
    "hebrew": [
        ["'", *"קראטוןםפ", "-"],
        list("שדגכעיחלךף"),
        [*list("זסבהנמצתץ"), BACKSPACE],
    ],
    "arabic": [
        list("ضصثقفغعهخحج"),
        list("شسيبلاتنمكط"),
        [*list("ئءؤرىةوزظد"), BACKSPACE],
    ],
    "cyrillic": [
        list("йцукенгшщзх"),
        list("фывапролджэ"),
        [SHIFT, *list("ячсмитьбюъ"), BACKSPACE],
    ],
    "greek": [
        list("ςερτυθιοπ"),
        list("ασδφγηξκλ"),
        [SHIFT, *list("ζχψωβνμ"), BACKSPACE],
    ],
}


def _accent_page(letters: str, width: int = 11) -> list[list[str]]:
    rows = [list(letters[i : i + width]) for i in range(0, len(letters), width)]
    rows[-1] = [SHIFT, *rows[-1], BACKSPACE]
    return [*rows, ACCENT_NAV]


LAYOUTS: dict[str, list[list[str]]] = {
    "name": [
        list("qwertyuiop"),
        [*list("asdfghjkl"), "'"],
        [SHIFT, *list("zxcvbnm"), "-", ".", BACKSPACE],
        [WESTERN, "space"],
    ],
    "email": [
        list("1234567890"),
        list("qwertyuiop"),
        [*list("asdfghjkl"), "@"],
        [*list("zxcvbnm"), "_", "-", "+", "'", BACKSPACE],
        [".", ".com", ".net", ".org", "@gmail.com", SYMBOLS, WESTERN],
    ],
    # Every other character the local part of an address may hold (RFC 5322 atext).
    "email_symbols": [
        list("!#$%&'*+/="),
        list("?^_`{|}~.-"),
        [LETTERS, "@", BACKSPACE],
    ],
    "phone": [
        ["1", "2", "3"],
        ["4", "5", "6"],
        ["7", "8", "9"],
        ["+", "0", BACKSPACE],
    ],
    "accents": _accent_page(ACCENTS),
    "accents_central": _accent_page(CENTRAL_ACCENTS),
    "accents_vi": [list(VIETNAMESE_LETTERS), [SHIFT, *TONES, BACKSPACE], ACCENT_NAV],
}
for _script, _rows in SCRIPT_ROWS.items():
    _punctuation = [] if _script == "hebrew" else ["'", "-"]  # Hebrew has them on its top row
    LAYOUTS[NAME_PAGES[_script]] = [*_rows, [*_punctuation, ".", "space"]]

NAME_LAYOUTS = frozenset(NAME_PAGES.values())
ACCENT_LAYOUTS = frozenset(ACCENT_PAGES.values())
LEFT_TO_RIGHT_MARK = "\u200e"
DOTTED_CIRCLE = "\u25cc"


def script_of(language: str) -> str:
    return SCRIPT_OF_LANGUAGE.get(language.split("-")[0].lower(), "latin")


def label_of(key: str) -> str:
    """What a key shows: a tone mark sits on a dotted circle; punctuation reads left to right."""
    if key in TONES:
        return DOTTED_CIRCLE + key
    # A label that starts with punctuation (".com", "@gmail.com") would be drawn in the
    # application's direction, so a Hebrew session showed "com." and "gmail.com@".
    # "&" would mark a shortcut letter and vanish from the key: "&&" draws it.
    label = key.replace("&", "&&")
    return label if key[:1].isalnum() else LEFT_TO_RIGHT_MARK + label


class OnScreenKeyboard(QWidget):
    """All layouts are built as pages of a stack; switching layout shows another page."""

    key_pressed = Signal(str)
    closed = Signal()  # the close key (``closable``) put the keyboard away

    def __init__(self, parent: QWidget | None = None, *, closable: bool = False) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._shift = True
        self._closable = closable
        self._scripts = ["latin"]
        self._script = "latin"  # the name page a visitor starts on
        self._field_layout = "name"  # the layout the field asked for (name, email, phone)
        self._letters = "name"  # the page the accent pages go back to
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._stack = QStackedLayout(self)
        self._pages: dict[str, QWidget] = {}
        self._buttons: dict[str, dict[str, QPushButton]] = {}
        self._build_pages()
        self._layout_name = "name"
        self.set_layout("name")

    # -- languages ---------------------------------------------------------------------------
    def set_languages(self, languages: list[str]) -> None:
        """The offered languages: each script they are written in gets its name page and key."""
        scripts = list(dict.fromkeys(["latin", *(script_of(lang) for lang in languages)]))
        if scripts == self._scripts:
            return
        self._scripts = scripts
        shown = self._layout_name
        self._build_pages()
        self.set_layout(shown if shown in self._pages else "name")

    def set_language(self, language: str) -> None:
        """The visitor's language: a name is started on its script's page, where offered."""
        script = script_of(language)
        self._script = script if script in self._scripts else "latin"
        if self._field_layout == "name" and self._layout_name in NAME_LAYOUTS:
            self.set_layout(NAME_PAGES[self._script])

    @property
    def scripts(self) -> list[str]:
        return list(self._scripts)

    # -- building ----------------------------------------------------------------------------
    def _rows(self, name: str) -> list[list[str]]:
        rows = [list(row) for row in LAYOUTS[name]]
        if name in NAME_LAYOUTS:
            here = next(s for s, page in NAME_PAGES.items() if page == name)
            others = [SCRIPT_KEYS[s] for s in self._scripts if s != here]
            last = rows[-1]
            rows[-1] = [*last[:-1], *others, last[-1]]
        if self._closable:
            rows[-1] = [*rows[-1], CLOSE]
        return rows

    def _build_pages(self) -> None:
        for page in self._pages.values():
            self._stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._buttons.clear()
        scripted = {NAME_PAGES[s] for s in self._scripts}
        for name in LAYOUTS:
            if name in NAME_LAYOUTS and name not in scripted:
                continue
            self._pages[name] = self._build_page(name, self._rows(name))
            self._stack.addWidget(self._pages[name])
        self.retranslate()

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
        button = QPushButton(label_of(key))
        button.setObjectName("key")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAutoRepeat(key == BACKSPACE)
        button.setAccessibleName(key)
        if key == SHIFT:
            button.setCheckable(True)
        button.clicked.connect(lambda _=False, k=key: self._on_key(k))
        return button

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {
            BACKSPACE: self.tr("Delete"),
            SHIFT: self.tr("Shift"),
            "space": self.tr("Space"),
            WESTERN: self.tr("Accented letters"),
            CENTRAL: self.tr("More accented letters"),
            VIETNAMESE: self.tr("Vietnamese letters"),
            SYMBOLS: self.tr("Symbols"),
            CLOSE: self.tr("Close keyboard"),
        }
        tones = [
            self.tr("Grave accent"),
            self.tr("Acute accent"),
            self.tr("Hook above"),
            self.tr("Tilde"),
            self.tr("Dot below"),
        ]
        names.update(zip(TONES, tones, strict=True))
        scripts = {
            SCRIPT_KEYS["hebrew"]: self.tr("Hebrew letters"),
            SCRIPT_KEYS["arabic"]: self.tr("Arabic letters"),
            SCRIPT_KEYS["cyrillic"]: self.tr("Cyrillic letters"),
            SCRIPT_KEYS["greek"]: self.tr("Greek letters"),
        }
        for page, buttons in self._buttons.items():
            for key, button in buttons.items():
                if key == LETTERS:
                    button.setAccessibleName(
                        self.tr("Plain letters")
                        if page in ACCENT_LAYOUTS or page == "email_symbols"
                        else self.tr("Latin letters")
                    )
                elif key in names:
                    button.setAccessibleName(names[key])
                elif key in scripts:
                    button.setAccessibleName(scripts[key])
                if key == "space":
                    button.setText(names[key].lower())
                if key == CLOSE:
                    button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the field ---------------------------------------------------------------------------
    @property
    def layout_name(self) -> str:
        return self._layout_name

    def attach(self, target: QLineEdit, layout: str) -> None:
        """Type into ``target`` on the keyboard for its kind: "name", "email" or "phone"."""
        self._target = target
        self._field_layout = layout
        self._shift = layout == "name" and not target.text()
        if layout == "name":
            layout = NAME_PAGES[self._script]
        if layout != "phone":
            self._letters = layout
        self.set_layout(layout)

    def set_layout(self, name: str) -> None:
        self._layout_name = name
        self._stack.setCurrentWidget(self._pages[name])
        self._refresh_case()

    def key(self, key: str) -> QPushButton:
        """The button for ``key`` on the layout now shown (tests and the autopilot tap it)."""
        return self._buttons[self._layout_name][key]

    def has_key(self, key: str) -> bool:
        """Whether the layout now shown has ``key``."""
        return key in self._buttons[self._layout_name]

    def _cased(self) -> bool:
        """Capitals only in names, and only on pages whose letters have them."""
        return self._field_layout == "name" and self._layout_name not in ("email", "email_symbols")

    def _refresh_case(self) -> None:
        buttons = self._buttons[self._layout_name]
        upper = self._shift and self._cased()
        for key, button in buttons.items():
            if len(key) == 1 and key.isalpha():
                button.setText(key.upper() if upper else key)
        if SHIFT in buttons:
            buttons[SHIFT].setChecked(upper)
            buttons[SHIFT].setEnabled(self._cased())

    def _switch(self, key: str) -> bool:
        """Page keys: accents, symbols, another script, back to letters. True when handled."""
        if key in ACCENT_PAGES:
            if self._layout_name not in ACCENT_LAYOUTS:
                self._letters = self._layout_name
            self.set_layout(ACCENT_PAGES[key])
        elif key == SYMBOLS:
            self.set_layout("email_symbols")
        elif key == LETTERS and self._layout_name in (*ACCENT_LAYOUTS, "email_symbols"):
            self.set_layout(self._letters if self._layout_name in ACCENT_LAYOUTS else "email")
        elif key in SCRIPT_KEYS.values() and self._layout_name in NAME_LAYOUTS:
            script = next(s for s, k in SCRIPT_KEYS.items() if k == key)
            self._letters = NAME_PAGES[script]
            self.set_layout(NAME_PAGES[script])
        else:
            return False
        return True

    def _on_key(self, key: str) -> None:
        target = self._target
        if key == SHIFT:
            self._shift = not self._shift
            self._refresh_case()
            return
        if key == CLOSE:
            self.setVisible(False)
            self.closed.emit()
            return
        if self._switch(key) or target is None:
            return
        if key == BACKSPACE:
            target.backspace()
        elif key == "space":
            target.insert(" ")
        else:
            target.insert(key.upper() if self._shift and self._cased() else key)
        if self._cased():
            # Capitalise the first letter of each word, as names are written.
            self._shift = target.text().endswith(" ") or not target.text()
            self._refresh_case()
        self.key_pressed.emit(key)
