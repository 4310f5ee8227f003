"""The kiosk's look, in one place: colours, sizes and the application style sheet.

Sizes are for a touchscreen seen standing up: at 1600x900 and up every target is at
least 64 px high (buttons are 88), body text is 26 px; a smaller screen gets them all
multiplied by one scale (``style_sheet(scale)``, ``ui/screen_geometry.py``), targets never
under 44 px. The accent colour and the font come from the ``branding`` settings (``Theme``). Text colours were checked against
their backgrounds for a contrast ratio of at least 4.5:1 (see
``tests/ui/test_style.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from assets import ICONS as ICON_FOLDER
from booth.colours import PAGE_BACKGROUND, contrast_ratio

ICONS = ICON_FOLDER.as_posix()  # Qt style sheets take forward slashes on every system

BACKGROUND = PAGE_BACKGROUND
SURFACE = "#1f2229"
SURFACE_HIGH = "#2a2e37"
GOLD = "#d4b47c"
GOLD_DARK = "#b8955a"
INK = "#f5efe6"  # main text on BACKGROUND
MUTED = "#bdb5a8"  # secondary text on BACKGROUND
ON_GOLD = "#17140f"
ERROR = "#ff9b8a"
SUCCESS = "#9fd6a8"
SCRIM = "rgba(10, 11, 14, 0.88)"  # behind the "Still there?" prompt and the admin PIN pad

TITLE_PX = 56
FORM_TITLE_PX = 44  # the details screen: the form needs the height
SUBTITLE_PX = 32
BODY_PX = 26
SMALL_PX = 22
BUTTON_HEIGHT = 88
MIN_TARGET = 64

SERIF = "DejaVu Serif, Georgia, 'Times New Roman', serif"
SANS = "DejaVu Sans, 'Segoe UI', Arial, sans-serif"


@dataclass(frozen=True)
class Theme:
    """The store's branding as the screens draw it (``branding`` in the settings)."""

    accent: str = GOLD
    accent_dark: str = GOLD_DARK
    on_accent: str = ON_GOLD
    font: str = ""

    @property
    def sans(self) -> str:
        return f"'{self.font}', {SANS}" if self.font else SANS

    @property
    def serif(self) -> str:
        return f"'{self.font}', {SERIF}" if self.font else SERIF


def theme_for(accent: str = "", font: str = "") -> Theme:
    """A theme from the settings' accent colour and font; the darker shade and the text drawn
    on the accent are worked out so they stay readable (the settings refuse an unreadable one)."""
    if not accent:
        return Theme(font=font)
    dark = QColor(accent).darker(115).name()
    return Theme(accent=accent, accent_dark=dark, on_accent=ink_on(accent), font=font)


def ink_on(colour: str) -> str:
    """Dark or light text, whichever reads better on ``colour``."""
    return ON_GOLD if contrast_ratio(ON_GOLD, colour) >= contrast_ratio(INK, colour) else INK


def style_sheet(scale: float = 1.0, theme: Theme | None = None) -> str:
    """The application style sheet with every size multiplied by ``scale`` (see
    ``ui/screen_geometry.py``); touch targets never go under the touch minimum."""
    t = theme or Theme()

    def px(value: int) -> int:
        return max(1, round(value * scale))

    return f"""
QWidget {{
    background: {BACKGROUND};
    color: {INK};
    font-family: {t.sans};
    font-size: {px(BODY_PX)}px;
}}
QLabel#title {{
    font-family: {t.serif};
    font-size: {px(TITLE_PX)}px;
    color: {INK};
}}
QLabel#formTitle {{ font-family: {t.serif}; font-size: {px(FORM_TITLE_PX)}px; color: {INK}; }}
QLabel#subtitle {{ font-size: {px(SUBTITLE_PX)}px; color: {t.accent}; font-family: {t.serif}; }}
QLabel#muted {{ color: {MUTED}; font-size: {px(SMALL_PX)}px; }}
QLabel#error {{ color: {ERROR}; font-size: {px(SMALL_PX)}px; }}
QLabel#success {{ color: {SUCCESS}; font-size: {px(SMALL_PX)}px; }}
QLabel#fieldLabel {{ color: {MUTED}; font-size: {px(SMALL_PX)}px; }}
QLabel#countdown {{ font-family: {t.serif}; font-size: {px(240)}px; color: {INK}; background: transparent; }}
QFrame#card {{ background: {SURFACE}; border-radius: {px(24)}px; }}
QFrame#card QLabel {{ background: transparent; }}
QPushButton {{
    min-height: {px(BUTTON_HEIGHT)}px;
    padding: 0 {px(40)}px;
    border-radius: {px(BUTTON_HEIGHT) // 2}px;
    font-size: {px(30)}px;
    font-weight: 600;
    color: {INK};
    background: {SURFACE_HIGH};
    border: {px(2)}px solid {t.accent_dark};
}}
QPushButton:pressed {{ background: {t.accent_dark}; color: {t.on_accent}; }}
QPushButton:disabled {{ color: #8a847b; border-color: #4a4f59; background: {SURFACE}; }}
QPushButton#primary {{ background: {t.accent}; color: {t.on_accent}; border: none; }}
QPushButton#primary:pressed {{ background: {t.accent_dark}; }}
QPushButton#primary:disabled {{ background: #4a4f59; color: #c9c3ba; }}
QPushButton#quiet {{ background: transparent; border: none; color: {MUTED}; font-weight: 400; }}
QPushButton#link {{
    background: transparent; border: none; color: {t.accent}; font-weight: 400;
    text-decoration: underline; min-height: {px(MIN_TARGET)}px; padding: 0 {px(8)}px;
}}
QPushButton#link:pressed {{ color: {t.accent_dark}; background: transparent; }}
QPushButton#toggle {{ border-radius: {px(20)}px; padding: 0 {px(16)}px; }}
QPushButton#toggle:checked {{ background: {t.accent}; color: {t.on_accent}; border-color: {t.accent}; }}
QPushButton#key {{
    min-height: {px(68)}px; min-width: 44px; padding: 0 {px(4)}px; border-radius: {px(14)}px;
    font-size: {px(28)}px; font-weight: 500; background: {SURFACE_HIGH}; border: {px(1)}px solid #3b404b;
}}
QPushButton#key:pressed {{ background: {t.accent}; color: {t.on_accent}; }}
QPushButton#key:checked {{ background: {t.accent_dark}; color: {t.on_accent}; }}
QLineEdit {{
    min-height: {px(72)}px;
    padding: 0 {px(20)}px;
    border-radius: {px(14)}px;
    border: {px(2)}px solid #4a4f59;
    background: {SURFACE};
    color: {INK};
    font-size: {px(30)}px;
}}
QLineEdit:focus {{ border-color: {t.accent}; }}
QLineEdit[invalid="true"] {{ border-color: {ERROR}; }}
QLineEdit:read-only {{ background: {BACKGROUND}; border-style: dashed; color: {MUTED}; }}
QCheckBox {{ spacing: {px(20)}px; font-size: {px(BODY_PX)}px; background: transparent; }}
QCheckBox::indicator {{
    width: {px(52)}px; height: {px(52)}px; border-radius: {px(10)}px;
    border: {px(3)}px solid {t.accent}; background: {SURFACE};
}}
QCheckBox::indicator:checked {{ background: {t.accent}; image: url({ICONS}/check.svg); }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    min-height: {px(MIN_TARGET)}px; min-width: {px(200)}px; padding: 0 {px(32)}px; margin-right: {px(8)}px;
    border-radius: {px(14)}px; background: {SURFACE_HIGH}; color: {INK}; font-size: {px(28)}px;
}}
QTabBar::tab:selected {{ background: {t.accent}; color: {t.on_accent}; }}
QComboBox {{
    min-height: {px(MIN_TARGET)}px; padding: 0 {px(20)}px; border-radius: {px(14)}px;
    border: {px(2)}px solid #4a4f59; background: {SURFACE}; color: {INK};
}}
QComboBox[invalid="true"] {{ border-color: {ERROR}; }}
QListWidget {{ border: {px(2)}px solid #4a4f59; border-radius: {px(14)}px; background: {SURFACE}; }}
QListWidget::item {{ padding: 0 {px(16)}px; color: {INK}; }}
QListWidget::item:selected {{ background: {t.accent}; color: {t.on_accent}; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QWidget#transparent {{ background: transparent; }}
QScrollBar:vertical {{ width: {px(18)}px; background: {SURFACE}; border-radius: {px(9)}px; }}
QScrollBar::handle:vertical {{ background: {t.accent_dark}; border-radius: {px(9)}px; min-height: {px(60)}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
"""


STYLE_SHEET = style_sheet()
