"""How the kiosk builds and tests its two built-in channels from the settings. No Qt.

delivery/ declares the channels (``delivery.builtin_channels``) but may not read the
settings, which live here in booth; this module supplies each built-in declaration's
:class:`delivery.channel_declaration.ChannelSetup`. Building a sender reads settings
and never touches the network, so start-up and the staff tests build the same clients
the outbox uses; the staff tests' own calls are the only ones that go out.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from booth.provider_config import (
    ProviderHooks,
    media_host_config,
    sendgrid_config,
    store_voice,
    twilio_config,
)
from booth.settings import Settings
from delivery.builtin_channels import BuiltinChannel
from delivery.channel_registry import REGISTRY
from delivery.channels import ConfigurationError, DeliveryJob
from delivery.dry_run import DryRunEmailSender, DryRunSmsSender
from delivery.media_host import S3MediaHost
from delivery.sendgrid_email import SendGridEmailSender
from delivery.twilio_sms import TwilioSmsSender


class EmailSetup:
    """Email through SendGrid: the photo travels attached."""

    def enabled(self, settings: Settings) -> bool:
        return settings.delivery.email_enabled

    def per_second(self, settings: Settings) -> float:
        return settings.delivery.outbox.email_per_s

    def dry_run_sender(self, settings: Settings, folder: Path) -> DryRunEmailSender:
        return DryRunEmailSender(folder, store_voice(settings), settings.delivery.from_email)

    def live_sender(self, settings: Settings, hooks: ProviderHooks) -> SendGridEmailSender:
        return self._sender(settings, hooks, sandbox=False)

    def test_connection(self, settings: Settings, hooks: ProviderHooks) -> str:
        return self._sender(settings, hooks, sandbox=False).check()

    def test_send(
        self, settings: Settings, hooks: ProviderHooks, job: DeliveryJob, sandbox: bool
    ) -> str:
        receipt = self._sender(settings, hooks, sandbox).send(job)
        if sandbox:
            return "SendGrid checked the message in sandbox mode (nothing was delivered)."
        return f"SendGrid accepted the email (id {receipt.provider_id}). Check the inbox."

    @staticmethod
    def _sender(settings: Settings, hooks: ProviderHooks, sandbox: bool) -> SendGridEmailSender:
        config = sendgrid_config(settings, sandbox=sandbox)
        voice = store_voice(settings)
        if hooks.sendgrid_client is None:
            return SendGridEmailSender(config, voice)
        return SendGridEmailSender(config, voice, hooks.sendgrid_client)


class SmsSetup:
    """Text messages through Twilio: the message links to the photo on the media host."""

    def enabled(self, settings: Settings) -> bool:
        return settings.delivery.sms_enabled

    def per_second(self, settings: Settings) -> float:
        return settings.delivery.outbox.sms_per_s

    def dry_run_sender(self, settings: Settings, folder: Path) -> DryRunSmsSender:
        return DryRunSmsSender(folder, store_voice(settings), settings.delivery.sms_from)

    def live_sender(self, settings: Settings, hooks: ProviderHooks) -> TwilioSmsSender:
        """Without a media host the sender is still built: it pauses the channel with a reason."""
        http = hooks.twilio_http() if hooks.twilio_http is not None else None
        host_config = media_host_config(settings)
        host = S3MediaHost(host_config) if host_config is not None else None
        return TwilioSmsSender(twilio_config(settings), store_voice(settings), host, http)

    def test_connection(self, settings: Settings, hooks: ProviderHooks) -> str:
        return self.live_sender(settings, hooks).check()

    def test_send(
        self, settings: Settings, hooks: ProviderHooks, job: DeliveryJob, sandbox: bool
    ) -> str:
        sender = self.live_sender(settings, hooks)
        if sender.media_host is None:
            raise ConfigurationError(
                "Text messages need the photo host: set delivery.media_host.bucket."
            )
        receipt = sender.send(replace(job, media_key=sender.media_host.new_key()))
        return (
            f"Twilio accepted the message (sid {receipt.provider_id}, "
            f"{receipt.provider_status}). Check the phone."
        )


def equip_builtin_channels() -> None:
    """Give delivery's built-in declarations their setups (again is harmless)."""
    REGISTRY.equip(BuiltinChannel.EMAIL, EmailSetup())
    REGISTRY.equip(BuiltinChannel.SMS, SmsSetup())
