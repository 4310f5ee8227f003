"""Wiring for delivery: settings in, the senders, the hosted copies and the worker's limits out. No Qt.

Each channel says how it is built (``booth.channels``); this module only asks every
registered channel, so the kiosk, the manager's tools and erasure build the same
senders. The providers' configurations come from ``booth.provider_config``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from booth.channels import all_channels, enabled_channels, setup_of
from booth.errors import SetupError
from booth.paths import DataLayout
from booth.provider_config import ProviderHooks, media_host_config
from booth.settings import Settings
from consent.database import Database
from delivery.channels import ConfigurationError, CopyKeeper, Sender
from delivery.hosted_copies import HostedCopies
from delivery.media_host import S3MediaHost
from delivery.outbox import RetryPolicy
from delivery.rate import RateLimits


def dry_run_senders(settings: Settings, layout: DataLayout) -> dict[str, Sender]:
    """Demo and dry-run mode: each channel writes its exact message into the data folder."""
    return {
        channel.name: setup_of(channel).dry_run_sender(settings, layout.dry_run_outbox)
        for channel in all_channels()
    }


def live_senders(settings: Settings, hooks: ProviderHooks | None = None) -> dict[str, Sender]:
    """The real senders for every enabled channel; a channel that cannot be built stops start-up."""
    hooks = hooks or ProviderHooks()
    try:
        return {
            channel.name: setup_of(channel).live_sender(settings, hooks)
            for channel in enabled_channels(settings)
        }
    except ConfigurationError as exc:
        raise SetupError(f"delivery: {exc}") from None


def build_senders(settings: Settings, layout: DataLayout) -> dict[str, Sender]:
    """The senders the settings' delivery mode calls for."""
    if settings.delivery.mode == "live":
        return live_senders(settings)  # issue #4: SendGrid, Twilio, the media host
    return dry_run_senders(settings, layout)


def hosted_copies(
    settings: Settings, open_database: Callable[[], Database], senders: dict[str, Sender]
) -> HostedCopies | None:
    """What erasure and retention must reach beyond the data folder: the media host, and each
    sender whose provider keeps its messages. None when there is neither."""
    keepers = [sender for sender in senders.values() if isinstance(sender, CopyKeeper)]
    host_config = media_host_config(settings)
    if host_config is None and not keepers:
        return None
    host = S3MediaHost(host_config) if host_config is not None else None
    return HostedCopies(open_database, host, *keepers)


def media_key_factory(settings: Settings) -> Callable[[], str]:
    from delivery.media_host import new_media_key

    prefix = settings.delivery.media_host.key_prefix
    return lambda: new_media_key(prefix)


def worker_options(settings: Settings, live: bool = True) -> dict[str, Any]:
    """The outbox worker's limits from the settings (dry-run writes files: no send rate)."""
    o = settings.delivery.outbox
    rates = (
        {channel.name: setup_of(channel).per_second(settings) for channel in all_channels()}
        if live
        else {}
    )
    return {
        "policy": RetryPolicy(max_delay_s=o.max_backoff_min * 60.0),
        "rates": RateLimits(rates),
        "concurrency": o.concurrency,
        "dead_after": timedelta(days=o.dead_after_days),
        "status_every": timedelta(seconds=o.status_poll_s),
    }
