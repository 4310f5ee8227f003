"""Small pieces every admin tab uses: text fields, a message line, the scroll-bar gap,
delivery states and failures said in the admin area's language.

They lived in records_tab.py, the first tab that needed them; the camera, delivery,
health, outbox and settings tabs use them too.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QWidget

from booth import manager_services as ms
from ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KNOWN_ERRORS = (ms.ManagerError, ms.RightsError, ms.LookupInputError)

# The states of a delivery (delivery/outbox.py), in a word each; any other is shown as stored.
DELIVERY_STATES = {
    "queued": QT_TRANSLATE_NOOP("DeliveryStates", "queued"),
    "sending": QT_TRANSLATE_NOOP("DeliveryStates", "sending"),
    "sent": QT_TRANSLATE_NOOP("DeliveryStates", "sent"),
    "retry": QT_TRANSLATE_NOOP("DeliveryStates", "retry"),
    "failed": QT_TRANSLATE_NOOP("DeliveryStates", "failed"),
    "dead": QT_TRANSLATE_NOOP("DeliveryStates", "dead"),
    "dropped": QT_TRANSLATE_NOOP("DeliveryStates", "dropped"),
    "restricted": QT_TRANSLATE_NOOP("DeliveryStates", "restricted"),
}


def delivery_state(status: str) -> str:
    """A delivery's state in the admin area's language (the stored word in English)."""
    word = DELIVERY_STATES.get(status)
    return QCoreApplication.translate("DeliveryStates", word) if word else status


def problem_text(error: BaseException) -> str:
    """What went wrong, for the manager: the message of a refused request, else the kind of error."""
    if isinstance(error, KNOWN_ERRORS):
        return str(error)
    log.error("manager action failed: %s", type(error).__name__)
    return QCoreApplication.translate(
        "AdminProblems",
        "That did not work ({error}). Nothing was shown to the visitor; try again.",
    ).format(error=type(error).__name__)


def line(placeholder: str = "", accessible: str = "", keyboard: str = "") -> QLineEdit:
    """A text field; ``keyboard`` names the touch keyboard it needs (name, email, phone)."""
    edit = QLineEdit()
    relabel(edit, placeholder, accessible)
    if keyboard:
        edit.setProperty("keyboard", keyboard)
    return edit


def relabel(edit: QLineEdit, placeholder: str, accessible: str) -> None:
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)


def scroll_gap(layout: QLayout, page: QWidget, gap: int) -> None:
    """Keep ``gap`` between a scrolled page and its scroll bar, on the left in right-to-left."""
    rtl = page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    layout.setContentsMargins(gap if rtl else 0, 0, 0 if rtl else gap, 0)


def set_message(label: QLabel, text: str, ok: bool = True) -> None:
    label.setText(text)
    label.setObjectName("" if ok else "error")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))
