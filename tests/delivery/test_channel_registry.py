"""The channel registry: the built-in channels, and a channel added and taken out at runtime."""

from __future__ import annotations

import pytest

from delivery.builtin_channels import EMAIL, SMS, BuiltinChannel
from delivery.channel_declaration import AddressKind, ChannelWords, DeliveryChannel
from delivery.channel_registry import ChannelRegistry

WORDS = ChannelWords("Postcard", "Postcards", "Post", "postcards by post", "s", "f", "q")
POSTCARD = DeliveryChannel("postcard", AddressKind.PHONE, hosts_photo=True, words=WORDS)


def test_the_built_in_channels_come_first_and_only_text_messages_host_the_photo() -> None:
    registry = ChannelRegistry([EMAIL, SMS])
    assert [c.name for c in registry.all()] == [BuiltinChannel.EMAIL, BuiltinChannel.SMS]
    assert registry.hosted() == ("sms",)
    assert registry.get("email").address is AddressKind.EMAIL


def test_a_channel_is_added_replaced_in_place_and_removed() -> None:
    registry = ChannelRegistry([EMAIL, SMS])
    registry.register(POSTCARD)
    assert registry.hosted() == ("sms", "postcard")
    registry.register(DeliveryChannel("email", AddressKind.EMAIL, hosts_photo=True, words=WORDS))
    assert [c.name for c in registry.all()] == ["email", "sms", "postcard"], "same place"
    assert registry.get("email").hosts_photo and registry.get("email") == EMAIL, "same name"
    registry.unregister("postcard")
    assert registry.find("postcard") is None
    with pytest.raises(KeyError):
        registry.unregister("postcard")
    with pytest.raises(KeyError):
        registry.get("postcard")


def test_words_the_screens_derive_from_a_declaration() -> None:
    assert SMS.words.paused == "Text messages paused"
    assert SMS.words.paused_until == "Text messages paused until {time}: {reason}"
    assert SMS.words.live_part == "Text messages (Twilio)"
    assert [SMS.words.outcome(s) for s in ("sent", "failed", "retry", "paused")] == [
        SMS.words.sent,
        SMS.words.failed,
        SMS.words.queued,
        SMS.words.queued,
    ]
