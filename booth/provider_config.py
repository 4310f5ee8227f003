"""The providers' configurations from the settings (and the environment). No Qt.

Secrets may come from the environment instead of ``settings.json`` (which is 0600 in
the data folder): ``SENDGRID_API_KEY``, ``TWILIO_ACCOUNT_SID``/``TWILIO_AUTH_TOKEN``,
``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY`` (and ``AWS_ENDPOINT_URL_S3``). A value
in the environment wins. No secret is ever written to the records file.

The senders (``booth.channel_setups``), the staff checks and the QR pickup read their
configuration here, so each provider is configured one way wherever it is used.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from booth.settings import Settings
from delivery.media_host import MediaHostConfig
from delivery.messages import StoreVoice
from delivery.sendgrid_email import SendGridConfig
from delivery.twilio_sms import TwilioConfig
from wire.sealing import unb64


@dataclass(frozen=True)
class ProviderHooks:
    """How to reach the providers; the defaults are the real ones, tests point them at 127.0.0.1."""

    sendgrid_client: Callable[[SendGridConfig], Any] | None = None
    twilio_http: Callable[[], Any] | None = None


def _env(name: str, configured: str) -> str:
    return os.environ.get(name) or configured


def store_voice(settings: Settings) -> StoreVoice:
    central, keep = settings.central, settings.retention
    link_key = b""
    if central.public_url and central.link_key:
        try:
            link_key = unb64(central.link_key)
        except ValueError:
            link_key = b""  # a damaged key gives no link; the message keeps the privacy contact
    return StoreVoice(
        settings.store.store_name,
        settings.store.privacy_contact,
        settings.delivery.email_subject,
        public_url=central.public_url if link_key else "",
        link_key=link_key,
        kiosk_id=settings.store.kiosk_id,
        # the link lasts as long as the longest-kept part of the visit (a published photo)
        link_days=max(keep.publish_max_months * 31, keep.undelivered_max_days),
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
