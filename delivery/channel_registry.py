"""The channels this kiosk knows, in the order visitors are offered them.

It starts with the built-in channels (:mod:`delivery.builtin_channels`). A new channel
is added with :func:`register_channel` before the kiosk is built (its window offers the
channels registered at that moment) and taken out again with :func:`unregister_channel`;
booth uses the same call to give the built-in declarations their setups. Readers get an
immutable snapshot, so the outbox threads may read while another thread registers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from delivery.builtin_channels import BUILTIN
from delivery.channel_declaration import ChannelSetup, DeliveryChannel


class ChannelRegistry:
    def __init__(self, channels: Iterable[DeliveryChannel] = ()) -> None:
        self._lock = threading.Lock()
        self._channels: tuple[DeliveryChannel, ...] = ()
        for channel in channels:
            self.register(channel)

    def register(self, channel: DeliveryChannel) -> DeliveryChannel:
        """Add ``channel``; one of the same name is replaced where it stood."""
        with self._lock:
            names = [c.name for c in self._channels]
            if channel.name in names:
                at = names.index(channel.name)
                self._channels = (*self._channels[:at], channel, *self._channels[at + 1 :])
            else:
                self._channels = (*self._channels, channel)
        return channel

    def unregister(self, name: str) -> None:
        """Remove the channel of that name; deliveries already recorded keep its name."""
        with self._lock:
            if name not in (c.name for c in self._channels):
                raise KeyError(f"no delivery channel named {name!r} is registered")
            self._channels = tuple(c for c in self._channels if c.name != name)

    def equip(self, name: str, setup: ChannelSetup[Any, Any]) -> DeliveryChannel:
        """Give a registered channel the setup that builds it (booth, for the built-in ones)."""
        return self.register(replace(self.get(name), setup=setup))

    def all(self) -> tuple[DeliveryChannel, ...]:
        return self._channels

    def find(self, name: str) -> DeliveryChannel | None:
        return next((c for c in self._channels if c.name == name), None)

    def get(self, name: str) -> DeliveryChannel:
        channel = self.find(name)
        if channel is None:
            raise KeyError(f"no delivery channel named {name!r} is registered")
        return channel

    def hosted(self) -> tuple[str, ...]:
        """Names of the channels whose photo is put on the media host."""
        return tuple(c.name for c in self._channels if c.hosts_photo)


REGISTRY = ChannelRegistry(BUILTIN)


def register_channel(channel: DeliveryChannel) -> DeliveryChannel:
    return REGISTRY.register(channel)


def unregister_channel(name: str) -> None:
    REGISTRY.unregister(name)


def registered_channels() -> tuple[DeliveryChannel, ...]:
    return REGISTRY.all()


def find_channel(name: str) -> DeliveryChannel | None:
    return REGISTRY.find(name)


def hosted_channels() -> tuple[str, ...]:
    return REGISTRY.hosted()
