"""Staff's "test connection" and "test send", as plain functions for the screen and the CLI.

Both build the providers' clients from the settings exactly as the outbox does
(booth.delivery_setup), so a check that passes here means the kiosk's own delivery
will get as far. They go straight to the providers, not through the outbox: a staff
address is not a visitor's, and nothing of a test lands in the records file.

Each part (email, text message, photo host, dry-run folder) is checked on its own and
reported with a sentence staff can act on; one failing part never hides the others.
Everything here blocks on the network: the screen runs it in the task runner.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from booth.contact_form import check_email, check_phone
from booth.delivery_setup import (
    dry_run_senders,
    media_host_config,
    sendgrid_config,
    store_voice,
    twilio_config,
)
from booth.paths import DataLayout
from booth.settings import Settings
from delivery.channels import ConfigurationError, DeliveryJob, SendError
from delivery.media_host import S3MediaHost
from delivery.sendgrid_email import SendGridConfig, SendGridEmailSender
from delivery.twilio_sms import TwilioSmsSender

log = logging.getLogger(__name__)

TEST_DELIVERY_ID = "test-send"


@dataclass(frozen=True)
class CheckResult:
    part: str  # "Email (SendGrid)", "Text messages (Twilio)", "Photo host", "Dry run"
    ok: bool
    message: str


@dataclass(frozen=True)
class ProviderHooks:
    """How to reach the providers; the defaults are the real ones, tests point them at 127.0.0.1."""

    sendgrid_client: Callable[[SendGridConfig], Any] | None = None
    twilio_http: Callable[[], Any] | None = None


EMAIL = "Email (SendGrid)"
SMS = "Text messages (Twilio)"
HOST = "Photo host"
DRY_RUN = "Dry run"


def _attempt(part: str, action: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(part, True, action())
    except SendError as exc:
        return CheckResult(part, False, str(exc))
    except OSError as exc:
        return CheckResult(part, False, f"{exc.strerror or type(exc).__name__}")
    except Exception as exc:  # a check must report, never crash the staff screen
        log.warning("%s check failed unexpectedly: %s", part, type(exc).__name__)
        return CheckResult(part, False, f"unexpected error ({type(exc).__name__})")


def _email_sender(settings: Settings, hooks: ProviderHooks, sandbox: bool) -> SendGridEmailSender:
    config = sendgrid_config(settings, sandbox=sandbox)
    voice = store_voice(settings)
    if hooks.sendgrid_client is None:
        return SendGridEmailSender(config, voice)
    return SendGridEmailSender(config, voice, hooks.sendgrid_client)


def _media_host(settings: Settings) -> S3MediaHost | None:
    config = media_host_config(settings)
    return S3MediaHost(config) if config is not None else None


def _sms_sender(settings: Settings, hooks: ProviderHooks) -> TwilioSmsSender:
    http = hooks.twilio_http() if hooks.twilio_http is not None else None
    return TwilioSmsSender(
        twilio_config(settings), store_voice(settings), _media_host(settings), http
    )


def _dry_run_check(layout: DataLayout) -> str:
    folder = layout.dry_run_outbox
    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / ".write-check"
    probe.write_bytes(b"ok")
    probe.unlink()
    return f"Nothing leaves the kiosk: messages are written to {folder}."


def check_connections(
    settings: Settings, layout: DataLayout, hooks: ProviderHooks | None = None
) -> list[CheckResult]:
    """Can each enabled channel reach its provider with these credentials? Sends nothing."""
    hooks = hooks or ProviderHooks()
    d = settings.delivery
    if d.mode != "live":
        return [_attempt(DRY_RUN, lambda: _dry_run_check(layout))]
    results = []
    if d.email_enabled:
        results.append(_attempt(EMAIL, lambda: _email_sender(settings, hooks, False).check()))
    if d.sms_enabled:
        results.append(_attempt(SMS, lambda: _sms_sender(settings, hooks).check()))
    if d.sms_enabled or d.qr_pickup:
        host = _media_host(settings)
        if host is None:
            results.append(
                CheckResult(
                    HOST,
                    False,
                    "No photo host: text messages and QR pickup need delivery.media_host.bucket.",
                )
            )
        else:
            results.append(_attempt(HOST, host.check))
    if not results:
        results.append(CheckResult(EMAIL, False, "Both email and text messages are switched off."))
    return results


def test_photo(store_name: str) -> bytes:
    """A plain card in the store's colours: what a test sends instead of anyone's photo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 750), (176, 141, 87))
    draw = ImageDraw.Draw(image)
    draw.rectangle((30, 30, 570, 720), outline=(255, 255, 255), width=6)
    draw.text((60, 340), f"Test photo\n{store_name}", fill=(255, 255, 255), font_size=48)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def send_tests(
    settings: Settings,
    layout: DataLayout,
    email: str = "",
    phone: str = "",
    hooks: ProviderHooks | None = None,
    *,
    sandbox: bool = False,
) -> list[CheckResult]:
    """Send the test card to staff's own address and/or number, through the real channel.

    Wrong input comes back as a result (not an exception) naming the field, like the
    visitor form's messages: the same checks (booth.contact_form) apply.
    """
    hooks = hooks or ProviderHooks()
    results: list[CheckResult] = []
    photo = test_photo(settings.store.store_name)
    live = settings.delivery.mode == "live"
    email_part, sms_part = (EMAIL, SMS) if live else ("Email", "Text messages")
    dry_run = dry_run_senders(settings, layout)
    written = f"Written to {layout.dry_run_outbox} (dry run: nothing was sent)."
    if not email.strip() and not phone.strip():
        return [CheckResult("Test send", False, "Type an email address or a mobile number first.")]

    def job(channel: str, address: str | None, number: str | None) -> DeliveryJob:
        return DeliveryJob(
            TEST_DELIVERY_ID, TEST_DELIVERY_ID, channel, "Staff", address, number, photo, "en"
        )

    if email.strip():
        address, problem = check_email(email)
        if address is None:
            results.append(
                CheckResult(email_part, False, problem or "That email address is not valid.")
            )
        else:
            email_job = job("email", address, None)

            def send_email() -> str:
                if not live:
                    dry_run["email"].send(email_job)
                    return written
                receipt = _email_sender(settings, hooks, sandbox).send(email_job)
                if sandbox:
                    return "SendGrid checked the message in sandbox mode (nothing was delivered)."
                return f"SendGrid accepted the email (id {receipt.provider_id}). Check the inbox."

            results.append(_attempt(email_part, send_email))
    if phone.strip():
        number, problem = check_phone(phone, settings.delivery.default_region)
        if number is None:
            results.append(
                CheckResult(sms_part, False, problem or "That mobile number is not valid.")
            )
        else:
            sms_job = job("sms", None, number)

            def send_sms() -> str:
                if not live:
                    dry_run["sms"].send(sms_job)
                    return written
                sender = _sms_sender(settings, hooks)
                if sender.media_host is None:
                    raise ConfigurationError(
                        "Text messages need the photo host: set delivery.media_host.bucket."
                    )
                hosted = replace(sms_job, media_key=sender.media_host.new_key())
                receipt = sender.send(hosted)
                return (
                    f"Twilio accepted the message (sid {receipt.provider_id}, "
                    f"{receipt.provider_status}). Check the phone."
                )

            results.append(_attempt(sms_part, send_sms))
    return results
