"""A delivery channel's words, translated: each screen shows the words the channel declares.

A channel declares its words once, in English (``ChannelWords``, reached through
``booth.channels``); the screens translate those exact words, each in the context of
the screen that shows it. lupdate only reads literals in ``ui/``, so the built-in
channels' words are listed below for it; ``tests/ui/test_channel_words.py`` fails when a
built-in channel declares a word that is missing here. A channel without a translation
(one registered by a store or a test) is shown in its own English words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from booth.channels import ChannelWords
from ui.i18n import QT_TRANSLATE_NOOP

CHOICE = "DetailsScreen"
DONE = "DoneScreen"
ATTRACT = "AttractScreen"
ALERTS = "AdminArea"
DELIVERY_TAB = "DeliveryTab"

TEXTS = [
    QT_TRANSLATE_NOOP("DetailsScreen", "Email"),
    QT_TRANSLATE_NOOP("DetailsScreen", "Text message"),
    QT_TRANSLATE_NOOP("DoneScreen", "Your photo is on its way by email."),
    QT_TRANSLATE_NOOP("DoneScreen", "Your photo is on its way by text message."),
    QT_TRANSLATE_NOOP(
        "DoneScreen",
        "We couldn't send it by email: the address may be wrong. A member of staff can help.",
    ),
    QT_TRANSLATE_NOOP(
        "DoneScreen",
        "We couldn't send it by text message: the number may be wrong. A member of staff can help.",
    ),
    QT_TRANSLATE_NOOP(
        "DoneScreen",
        "We've saved your photo and will send it by email as soon as our connection is back. "
        "You don't need to wait.",
    ),
    QT_TRANSLATE_NOOP(
        "DoneScreen",
        "We've saved your photo and will send it by text message as soon as our connection "
        "is back. You don't need to wait.",
    ),
    QT_TRANSLATE_NOOP("AttractScreen", "Email paused"),
    QT_TRANSLATE_NOOP("AttractScreen", "Text messages paused"),
    QT_TRANSLATE_NOOP("AdminArea", "Email paused until {time}: {reason}"),
    QT_TRANSLATE_NOOP("AdminArea", "Text messages paused until {time}: {reason}"),
    QT_TRANSLATE_NOOP("DeliveryTab", "email through SendGrid"),
    QT_TRANSLATE_NOOP("DeliveryTab", "text messages through Twilio"),
]
"""(For lupdate.) Which word goes with which context: see the functions below."""


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def choice(words: ChannelWords) -> str:
    """The visitor's toggle on the details screen."""
    return _tr(CHOICE, words.choice)


def outcome(words: ChannelWords, status: str) -> str:
    """The done screen's sentence: sent, failed, or saved to go when the connection is back."""
    return _tr(DONE, words.outcome(status))


def paused_note(short: str) -> str:
    """The attract screen's corner note, from the English short form staff alerts give."""
    return _tr(ATTRACT, short)


def paused_until(words: ChannelWords) -> str:
    """The admin area's alert, with ``{time}`` and ``{reason}`` still to fill in."""
    return _tr(ALERTS, words.paused_until)


def live(words: ChannelWords) -> str:
    """The delivery tab's account of this channel in live mode."""
    return _tr(DELIVERY_TAB, words.live)
