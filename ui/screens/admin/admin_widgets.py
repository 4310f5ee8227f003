"""Small pieces every admin tab uses: text fields, a message line, the scroll-bar gap,
delivery states and failures said in the admin area's language.

They lived in records_tab.py, the first tab that needed them; the camera, delivery,
health, outbox and settings tabs use them too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QWidget

from booth import manager_services as ms
from booth.manager_services import DeliveryStatus
from ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KNOWN_ERRORS = (ms.ManagerError, ms.RightsError, ms.LookupInputError)

WORD, OUTBOX = "DeliveryStates", "OutboxTab"


@dataclass(frozen=True)
class StateLabel:
    word: str
    """The state in a word (records, health): translated in the ``DeliveryStates`` context."""
    outbox: str | None = None
    """How the manager's Outbox tab says it, for the states it lists (``OutboxTab`` context)."""


# The one label table of the states of a delivery (consent/delivery_status.py), keyed by the
# enum, whose members are the stored strings; a state not in it is shown as stored.
DELIVERY_STATES: dict[str, StateLabel] = {
    DeliveryStatus.QUEUED: StateLabel(
        QT_TRANSLATE_NOOP("DeliveryStates", "queued"), QT_TRANSLATE_NOOP("OutboxTab", "queued")
    ),
    DeliveryStatus.SENDING: StateLabel(QT_TRANSLATE_NOOP("DeliveryStates", "sending")),
    DeliveryStatus.SENT: StateLabel(QT_TRANSLATE_NOOP("DeliveryStates", "sent")),
    DeliveryStatus.RETRY: StateLabel(
        QT_TRANSLATE_NOOP("DeliveryStates", "retry"),
        QT_TRANSLATE_NOOP("OutboxTab", "waiting to retry"),
    ),
    DeliveryStatus.FAILED: StateLabel(
        QT_TRANSLATE_NOOP("DeliveryStates", "failed"),
        QT_TRANSLATE_NOOP("OutboxTab", "failed (will not be retried by itself)"),
    ),
    DeliveryStatus.DEAD: StateLabel(
        QT_TRANSLATE_NOOP("DeliveryStates", "dead"),
        QT_TRANSLATE_NOOP("OutboxTab", "dead letter (too old to send)"),
    ),
    DeliveryStatus.DROPPED: StateLabel(QT_TRANSLATE_NOOP("DeliveryStates", "dropped")),
    DeliveryStatus.RESTRICTED: StateLabel(
        QT_TRANSLATE_NOOP("DeliveryStates", "restricted"),
        QT_TRANSLATE_NOOP("OutboxTab", "held: the person is restricted"),
    ),
}


def delivery_state(status: str) -> str:
    """A delivery's state in a word, in the admin area's language (the stored word in English)."""
    label = DELIVERY_STATES.get(status)
    return QCoreApplication.translate(WORD, label.word) if label else status


def outbox_state(status: str) -> str:
    """A delivery's state as the manager's Outbox tab says it, in the admin area's language."""
    label = DELIVERY_STATES.get(status)
    if label is None or label.outbox is None:
        return delivery_state(status)
    return QCoreApplication.translate(OUTBOX, label.outbox)


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
