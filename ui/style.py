"""The kiosk's look, in one place: colours, sizes and the application style sheet.

Sizes are for a touchscreen seen standing up: every target is at least 64 px
high (buttons are 88), body text is 26 px. Text colours were checked against
their backgrounds for a contrast ratio of at least 4.5:1 (see
``tests/ui/test_style.py``).
"""

from __future__ import annotations

from assets import ICONS as ICON_FOLDER

ICONS = ICON_FOLDER.as_posix()  # Qt style sheets take forward slashes on every system

BACKGROUND = "#15171c"
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
SUBTITLE_PX = 32
BODY_PX = 26
SMALL_PX = 22
BUTTON_HEIGHT = 88
MIN_TARGET = 64

SERIF = "DejaVu Serif, Georgia, 'Times New Roman', serif"
SANS = "DejaVu Sans, 'Segoe UI', Arial, sans-serif"

STYLE_SHEET = f"""
QWidget {{
    background: {BACKGROUND};
    color: {INK};
    font-family: {SANS};
    font-size: {BODY_PX}px;
}}
QLabel#title {{
    font-family: {SERIF};
    font-size: {TITLE_PX}px;
    color: {INK};
}}
QLabel#subtitle {{ font-size: {SUBTITLE_PX}px; color: {GOLD}; font-family: {SERIF}; }}
QLabel#muted {{ color: {MUTED}; font-size: {SMALL_PX}px; }}
QLabel#error {{ color: {ERROR}; font-size: {SMALL_PX}px; }}
QLabel#success {{ color: {SUCCESS}; font-size: {SMALL_PX}px; }}
QLabel#fieldLabel {{ color: {MUTED}; font-size: {SMALL_PX}px; }}
QLabel#countdown {{ font-family: {SERIF}; font-size: 240px; color: {INK}; background: transparent; }}
QFrame#card {{ background: {SURFACE}; border-radius: 24px; }}
QFrame#card QLabel {{ background: transparent; }}
QPushButton {{
    min-height: {BUTTON_HEIGHT}px;
    padding: 0 40px;
    border-radius: {BUTTON_HEIGHT // 2}px;
    font-size: 30px;
    font-weight: 600;
    color: {INK};
    background: {SURFACE_HIGH};
    border: 2px solid {GOLD_DARK};
}}
QPushButton:pressed {{ background: {GOLD_DARK}; color: {ON_GOLD}; }}
QPushButton:disabled {{ color: #8a847b; border-color: #4a4f59; background: {SURFACE}; }}
QPushButton#primary {{ background: {GOLD}; color: {ON_GOLD}; border: none; }}
QPushButton#primary:pressed {{ background: {GOLD_DARK}; }}
QPushButton#primary:disabled {{ background: #4a4f59; color: #c9c3ba; }}
QPushButton#quiet {{ background: transparent; border: none; color: {MUTED}; font-weight: 400; }}
QPushButton#link {{
    background: transparent; border: none; color: {GOLD}; font-weight: 400;
    text-decoration: underline; min-height: {MIN_TARGET}px; padding: 0 8px;
}}
QPushButton#link:pressed {{ color: {GOLD_DARK}; background: transparent; }}
QPushButton#toggle {{ border-radius: 20px; padding: 0 16px; }}
QPushButton#toggle:checked {{ background: {GOLD}; color: {ON_GOLD}; border-color: {GOLD}; }}
QPushButton#key {{
    min-height: 68px; min-width: 44px; padding: 0 4px; border-radius: 14px;
    font-size: 28px; font-weight: 500; background: {SURFACE_HIGH}; border: 1px solid #3b404b;
}}
QPushButton#key:pressed {{ background: {GOLD}; color: {ON_GOLD}; }}
QPushButton#key:checked {{ background: {GOLD_DARK}; color: {ON_GOLD}; }}
QLineEdit {{
    min-height: 72px;
    padding: 0 20px;
    border-radius: 14px;
    border: 2px solid #4a4f59;
    background: {SURFACE};
    color: {INK};
    font-size: 30px;
}}
QLineEdit:focus {{ border-color: {GOLD}; }}
QLineEdit[invalid="true"] {{ border-color: {ERROR}; }}
QLineEdit:read-only {{ background: {BACKGROUND}; border-style: dashed; color: {MUTED}; }}
QCheckBox {{ spacing: 20px; font-size: {BODY_PX}px; background: transparent; }}
QCheckBox::indicator {{
    width: 52px; height: 52px; border-radius: 10px;
    border: 3px solid {GOLD}; background: {SURFACE};
}}
QCheckBox::indicator:checked {{ background: {GOLD}; image: url({ICONS}/check.svg); }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    min-height: {MIN_TARGET}px; min-width: 200px; padding: 0 32px; margin-right: 8px;
    border-radius: 14px; background: {SURFACE_HIGH}; color: {INK}; font-size: 28px;
}}
QTabBar::tab:selected {{ background: {GOLD}; color: {ON_GOLD}; }}
QComboBox {{
    min-height: {MIN_TARGET}px; padding: 0 20px; border-radius: 14px;
    border: 2px solid #4a4f59; background: {SURFACE}; color: {INK};
}}
QComboBox[invalid="true"] {{ border-color: {ERROR}; }}
QListWidget {{ border: 2px solid #4a4f59; border-radius: 14px; background: {SURFACE}; }}
QListWidget::item {{ padding: 0 16px; color: {INK}; }}
QListWidget::item:selected {{ background: {GOLD}; color: {ON_GOLD}; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QWidget#transparent {{ background: transparent; }}
QScrollBar:vertical {{ width: 18px; background: {SURFACE}; border-radius: 9px; }}
QScrollBar::handle:vertical {{ background: {GOLD_DARK}; border-radius: 9px; min-height: 60px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
"""
