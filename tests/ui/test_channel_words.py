"""A built-in channel's declared words reach lupdate and every shipped catalogue.

The screens translate the words a channel declares (delivery/builtin_channels.py) by
their English text; this fails when a built-in channel says something ui/channel_words.py
does not hand to lupdate, or a catalogue has no translation for it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from delivery.builtin_channels import BUILTIN
from ui import channel_words
from ui.i18n import I18N_DIR

SHIPPED = ["fr", "he"]


def shown_words() -> list[tuple[str, str]]:
    """(context, English text) of every built-in channel's word, where the screens show it."""
    shown = []
    for channel in BUILTIN:
        w = channel.words
        shown += [
            (channel_words.CHOICE, w.choice),
            (channel_words.DONE, w.sent),
            (channel_words.DONE, w.failed),
            (channel_words.DONE, w.queued),
            (channel_words.ATTRACT, w.paused),
            (channel_words.ALERTS, w.paused_until),
            (channel_words.DELIVERY_TAB, w.live),
        ]
    return shown


def test_every_word_a_built_in_channel_declares_is_listed_for_lupdate() -> None:
    missing = [text for _context, text in shown_words() if text not in channel_words.TEXTS]
    assert missing == []


def test_every_word_a_built_in_channel_declares_is_translated_in_its_context() -> None:
    for lang in SHIPPED:
        root = ET.parse(I18N_DIR / f"kiosk_{lang}.ts").getroot()
        translated = {
            (context.findtext("name"), message.findtext("source")): message.findtext("translation")
            for context in root.iter("context")
            for message in context.iter("message")
        }
        missing = [word for word in shown_words() if not translated.get(word)]
        assert missing == [], lang
