"""The delivery channels as booth and the screens see them: declared in delivery/, set up here.

Every booth service and screen that offers, builds, tests or describes a channel asks
this module (screens may not import delivery/ themselves), so none of them names a
channel. Importing it equips the built-in channels with their setups
(``booth.channel_setups``); a new channel is registered with its own setup through
:func:`register_channel` before the kiosk is built, and unregistered when done.
"""

from __future__ import annotations

from booth.channel_setups import equip_builtin_channels
from booth.provider_config import ProviderHooks
from booth.settings import Settings
from delivery.channel_declaration import AddressKind, ChannelSetup, ChannelWords, DeliveryChannel
from delivery.channel_registry import (
    find_channel,
    register_channel,
    registered_channels,
    unregister_channel,
)

__all__ = [
    "AddressKind",
    "ChannelSetup",
    "ChannelWords",
    "DeliveryChannel",
    "all_channels",
    "channel_named",
    "enabled_channels",
    "register_channel",
    "setup_of",
    "unregister_channel",
]

equip_builtin_channels()


def all_channels() -> tuple[DeliveryChannel, ...]:
    """Every registered channel, in the order visitors are offered them."""
    return registered_channels()


def enabled_channels(settings: Settings) -> list[DeliveryChannel]:
    """The channels these settings offer visitors."""
    return [c for c in registered_channels() if setup_of(c).enabled(settings)]


def channel_named(name: str) -> DeliveryChannel | None:
    """The declaration behind a delivery row's channel; None for one no longer registered."""
    return find_channel(name)


def setup_of(channel: DeliveryChannel) -> ChannelSetup[Settings, ProviderHooks]:
    if channel.setup is None:
        raise LookupError(f"the {channel.name!r} channel was registered without a setup")
    return channel.setup
