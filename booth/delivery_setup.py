"""Wiring for live delivery: settings (and environment) in, senders and the media host out. No Qt.

Secrets may come from the environment instead of ``settings.json`` (which is 0600 in
the data folder): ``SENDGRID_API_KEY``, ``TWILIO_ACCOUNT_SID``/``TWILIO_AUTH_TOKEN``,
``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY`` (and ``AWS_ENDPOINT_URL_S3``). A value
in the environment wins. No secret is ever written to the records file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from booth.errors import SetupError
from booth.paths import DataLayout
from booth.settings import Settings
from consent.database import Database
from delivery.channels import ConfigurationError, Sender
from delivery.dry_run import DryRunEmailSender, DryRunSmsSender
from delivery.hosted_copies import HostedCopies
from delivery.media_host import MediaHostConfig, S3MediaHost
from delivery.messages import StoreVoice
from delivery.outbox import RetryPolicy
from delivery.rate import RateLimits
from delivery.sendgrid_email import SendGridConfig, SendGridEmailSender
from delivery.twilio_sms import TwilioConfig, TwilioSmsSender


def _env(name: str, configured: str) -> str:
    return os.environ.get(name) or configured


def store_voice(settings: Settings) -> StoreVoice:
    return StoreVoice(
        settings.store.store_name, settings.store.privacy_contact, settings.delivery.email_subject
    )


def media_host_config(settings: Settings) -> MediaHostConfig | None:
    host = settings.delivery.media_host
    if not host.bucket:
        return None
    return MediaHostConfig(
        bucket=host.bucket,
        region=host.region,
        endpoint_url=_env("AWS_ENDPOINT_URL_S3", host.endpoint_url) or None,
        access_key_id=_env("AWS_ACCESS_KEY_ID", host.access_key_id) or None,
        secret_access_key=_env("AWS_SECRET_ACCESS_KEY", host.secret_access_key) or None,
        key_prefix=host.key_prefix,
        link_expiry_s=host.link_expiry_h * 3600,
        path_style=host.path_style,
        timeout_s=settings.delivery.outbox.timeout_s,
    )


def sendgrid_config(settings: Settings, *, sandbox: bool = False) -> SendGridConfig:
    d = settings.delivery
    return SendGridConfig(
        api_key=_env("SENDGRID_API_KEY", d.sendgrid.api_key),
        from_email=d.from_email,
        from_name=d.sendgrid.from_name or settings.store.store_name,
        reply_to=d.sendgrid.reply_to or None,
        api_base=d.sendgrid.api_base,
        timeout_s=d.outbox.timeout_s,
        sandbox=sandbox,
    )


def twilio_config(settings: Settings) -> TwilioConfig:
    d = settings.delivery
    return TwilioConfig(
        account_sid=_env("TWILIO_ACCOUNT_SID", d.twilio.account_sid),
        auth_token=_env("TWILIO_AUTH_TOKEN", d.twilio.auth_token),
        sender=d.sms_from,
        mms_countries=frozenset(c.upper() for c in d.twilio.mms_countries),
        shorten_urls=d.twilio.shorten_urls,
        timeout_s=d.outbox.timeout_s,
    )


def dry_run_senders(settings: Settings, layout: DataLayout) -> dict[str, Sender]:
    """Demo and dry-run mode: each channel writes its exact message into the data folder."""
    voice = store_voice(settings)
    return {
        "email": DryRunEmailSender(layout.dry_run_outbox, voice, settings.delivery.from_email),
        "sms": DryRunSmsSender(layout.dry_run_outbox, voice, settings.delivery.sms_from),
    }


def live_senders(
    settings: Settings,
    *,
    sendgrid_client: Callable[[SendGridConfig], Any] | None = None,
    twilio_http: Any | None = None,
) -> dict[str, Sender]:
    """The real senders for every enabled channel; a channel that cannot be built stops start-up."""
    d = settings.delivery
    voice = store_voice(settings)
    senders: dict[str, Sender] = {}
    try:
        if d.email_enabled:
            if sendgrid_client is None:
                senders["email"] = SendGridEmailSender(sendgrid_config(settings), voice)
            else:
                senders["email"] = SendGridEmailSender(
                    sendgrid_config(settings), voice, sendgrid_client
                )
        if d.sms_enabled:
            host_config = media_host_config(settings)
            host = S3MediaHost(host_config) if host_config else None
            senders["sms"] = TwilioSmsSender(twilio_config(settings), voice, host, twilio_http)
    except ConfigurationError as exc:
        raise SetupError(f"delivery: {exc}") from None
    return senders


def hosted_copies(
    settings: Settings, open_database: Callable[[], Database], senders: dict[str, Sender]
) -> HostedCopies | None:
    sms = senders.get("sms")
    host_config = media_host_config(settings)
    if host_config is None and not isinstance(sms, TwilioSmsSender):
        return None
    host = sms.media_host if isinstance(sms, TwilioSmsSender) else None
    if host is None and host_config is not None:
        host = S3MediaHost(host_config)
    return HostedCopies(open_database, host, sms if isinstance(sms, TwilioSmsSender) else None)


def media_key_factory(settings: Settings) -> Callable[[], str]:
    from delivery.media_host import new_media_key

    prefix = settings.delivery.media_host.key_prefix
    return lambda: new_media_key(prefix)


def worker_options(settings: Settings, live: bool = True) -> dict[str, Any]:
    """The outbox worker's limits from the settings (dry-run writes files: no send rate)."""
    o = settings.delivery.outbox
    rates = {"email": o.email_per_s, "sms": o.sms_per_s} if live else {}
    return {
        "policy": RetryPolicy(max_delay_s=o.max_backoff_min * 60.0),
        "rates": RateLimits(rates),
        "concurrency": o.concurrency,
        "dead_after": timedelta(days=o.dead_after_days),
        "status_every": timedelta(seconds=o.status_poll_s),
    }
