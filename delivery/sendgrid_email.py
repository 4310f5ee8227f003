"""Email through SendGrid's v3 ``mail/send``, with the official SDK's message builder.

What leaves the kiosk (P8): the visitor's email address, their first name (as the
recipient's display name and in the greeting) and the photo, attached and shown inline
by content id. The delivery id travels as a custom arg so a bounce can be matched;
nothing else about the visitor does. Open and click tracking are switched off: they
would add a tracking pixel and rewrite links, which the visitor did not agree to.
Addresses go out as :mod:`delivery.addresses` writes them: IDNA domains, ASCII local parts.

The HTTP call goes through ``python_http_client`` (what ``SendGridAPIClient`` uses)
with a timeout on every request and the API base taken from the settings, so tests
can point it at a local mock. Its debug logging prints whole payloads (photo and
address); :func:`quiet_sdk_loggers` keeps it off.

SendGrid accepts no idempotency key and offers no cheap way to ask "did you get
this?", so an ambiguous failure is simply retried: email is at-least-once.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import socket
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import make_msgid
from typing import Any

from delivery.addresses import provider_address
from delivery.builtin_channels import BuiltinChannel
from delivery.channels import (
    ConfigurationError,
    DeliveryJob,
    PermanentError,
    SendReceipt,
    TransientError,
)
from delivery.messages import StoreVoice, email_content

SDK_LOGGERS = ("python_http_client", "python_http_client.client", "twilio", "twilio.http_client")


def quiet_sdk_loggers() -> None:
    """The SDKs log request payloads and query strings (addresses, numbers) at DEBUG/INFO."""
    for name in SDK_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


@dataclass(frozen=True)
class SendGridConfig:
    api_key: str
    from_email: str
    from_name: str
    reply_to: str | None = None
    api_base: str = "https://api.sendgrid.com/v3"
    timeout_s: float = 20.0
    sandbox: bool = False


def default_client_factory(config: SendGridConfig) -> Any:
    import python_http_client
    from sendgrid import __version__

    return python_http_client.Client(
        host=config.api_base.rstrip("/"),
        request_headers={
            "Authorization": f"Bearer {config.api_key}",
            "User-Agent": f"sendgrid/{__version__};python;photobooth-kiosk",
            "Accept": "application/json",
        },
        timeout=config.timeout_s,
    )


class SendGridEmailSender:
    channel: str = BuiltinChannel.EMAIL

    def __init__(
        self,
        config: SendGridConfig,
        voice: StoreVoice,
        client_factory: Callable[[SendGridConfig], Any] = default_client_factory,
    ) -> None:
        if not config.api_key:
            raise ConfigurationError(
                "No SendGrid API key: set sendgrid.api_key or SENDGRID_API_KEY."
            )
        quiet_sdk_loggers()
        self.config = config
        self.voice = voice
        self.client = client_factory(config)

    def request_body(self, job: DeliveryJob) -> dict[str, Any]:
        from sendgrid.helpers.mail import (
            Attachment,
            ClickTracking,
            ContentId,
            CustomArg,
            Disposition,
            FileContent,
            FileName,
            FileType,
            From,
            Mail,
            MailSettings,
            OpenTracking,
            ReplyTo,
            SandBoxMode,
            To,
            TrackingSettings,
        )

        if not job.email:
            raise PermanentError("This delivery has no email address.")
        cid = make_msgid(domain="photobooth.local")[1:-1]
        content = email_content(
            self.voice, job.first_name, cid, job.language, visit_id=job.visit_id
        )
        mail = Mail(
            from_email=From(_sender_address(self.config.from_email), self.config.from_name or None),
            to_emails=To(provider_address(job.email), job.first_name or None),
            subject=content.subject,
            plain_text_content=content.text,
            html_content=content.html,
        )
        photo = base64.b64encode(job.photo_jpeg).decode("ascii")
        mail.add_attachment(
            Attachment(
                FileContent(photo),
                FileName("photo.jpg"),
                FileType("image/jpeg"),
                Disposition("inline"),
                ContentId(cid),
            )
        )
        mail.add_attachment(
            Attachment(
                FileContent(photo),
                FileName("photo.jpg"),
                FileType("image/jpeg"),
                Disposition("attachment"),
            )
        )
        if self.config.reply_to:
            mail.reply_to = ReplyTo(self.config.reply_to)
        # Per personalization: the spec types the top-level custom_args as a string.
        mail.custom_arg = CustomArg("photobooth_delivery", job.delivery_id, p=0)
        tracking = TrackingSettings()
        tracking.click_tracking = ClickTracking(False, False)
        tracking.open_tracking = OpenTracking(False)
        mail.tracking_settings = tracking
        if self.config.sandbox:
            settings = MailSettings()
            settings.sandbox_mode = SandBoxMode(True)
            mail.mail_settings = settings
        body: dict[str, Any] = mail.get()
        return body

    def send(self, job: DeliveryJob) -> SendReceipt:
        body = self.request_body(job)
        response = self._post(body)
        message_id = _header(response, "X-Message-Id")
        if not message_id:
            if self.config.sandbox:
                return SendReceipt("sendgrid-sandbox", provider_status="sandbox")
            raise TransientError("SendGrid accepted the message but gave no message id.")
        return SendReceipt(message_id, provider_status="accepted")

    def check(self) -> str:
        """Test the key without sending anything: GET /scopes must list ``mail.send``.

        A key can be valid and still lack the one permission the kiosk needs; staff
        learn that here rather than from the first visitor's undelivered photo.
        """
        response = self._call(lambda: self.client.scopes.get(timeout=self.config.timeout_s))
        try:
            scopes = json.loads(response.body).get("scopes", [])
        except (ValueError, AttributeError, TypeError):
            raise TransientError("SendGrid answered, but not with a list of permissions.") from None
        if "mail.send" not in scopes:
            raise ConfigurationError(
                "The SendGrid API key works but may not send mail: give it the 'Mail Send' "
                "permission in SendGrid's API key settings."
            )
        return f"SendGrid accepted the API key ({len(scopes)} permissions, mail.send among them)."

    def _post(self, body: dict[str, Any]) -> Any:
        return self._call(
            lambda: self.client.mail.send.post(request_body=body, timeout=self.config.timeout_s)
        )

    def _call(self, request: Callable[[], Any]) -> Any:
        from python_http_client import exceptions as http_errors

        try:
            return request()
        except http_errors.HTTPError as exc:
            raise classify_http_error(int(exc.status_code), exc.body, exc.headers) from None
        except TimeoutError:
            raise TransientError("SendGrid did not answer in time.", ambiguous=True) from None
        except urllib.error.URLError as exc:
            ambiguous = not isinstance(exc.reason, ConnectionRefusedError | socket.gaierror)
            raise TransientError(
                f"SendGrid cannot be reached ({_reason(exc.reason)}).", ambiguous=ambiguous
            ) from None
        except (http.client.HTTPException, ConnectionError) as exc:
            raise TransientError(
                f"The connection to SendGrid broke ({type(exc).__name__}).", ambiguous=True
            ) from None


def _sender_address(address: str) -> str:
    """The From address in IDNA form; a sender SendGrid cannot take is a setting to fix."""
    try:
        return provider_address(address)
    except PermanentError as exc:
        raise ConfigurationError(f"The sender address cannot be used: {exc}") from None


def classify_http_error(status: int, body: Any, headers: Any) -> Exception:
    detail = _first_error(body)
    if status == 429:
        return TransientError("SendGrid's rate limit was reached.", _retry_after(headers))
    if status >= 500:
        return TransientError(f"SendGrid had a problem (HTTP {status}).", _retry_after(headers))
    if status in (401, 403):
        return ConfigurationError(
            f"SendGrid refused the kiosk's key or sender (HTTP {status}: {detail}). "
            "Check the API key and that the sender address is verified."
        )
    if status == 400 and "from" in detail.lower():
        return ConfigurationError(f"SendGrid refused the sender settings: {detail}")
    if status == 400:
        return PermanentError(f"SendGrid refused the email address or message: {detail}")
    if status == 413:
        return PermanentError("The photo is too large for SendGrid.")
    return ConfigurationError(f"SendGrid answered HTTP {status}: {detail}")


def _first_error(body: Any) -> str:
    try:
        data = json.loads(body) if isinstance(body, bytes | str) else body
        first = data["errors"][0]
        field = first.get("field")
        message = str(first.get("message") or "").strip()
        return f"{message} ({field})" if field else message or "no detail"
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return "no detail"


def _retry_after(headers: Any) -> float | None:
    value = _header_value(headers, "Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _header_value(headers: Any, name: str) -> str | None:
    if headers is None:
        return None
    getter = getattr(headers, "get", None)
    value = getter(name) if getter else None
    return str(value) if value is not None else None


def _header(response: Any, name: str) -> str | None:
    return _header_value(getattr(response, "headers", None), name)


def _reason(reason: object) -> str:
    if isinstance(reason, BaseException):
        return type(reason).__name__
    return "network error"
