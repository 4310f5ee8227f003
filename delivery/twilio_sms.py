"""Text messages through Twilio's Messages API, with the official SDK.

What leaves the kiosk (P8): the phone number and a link to the photo (or, for an
MMS, the same link as the media URL Twilio fetches). No name, no email. The photo
is first put on the media host under the key the outbox recorded for this delivery.

* MMS where the visitor's country supports it (``mms_countries``), else an SMS with
  the link; with a Messaging Service and ``shorten_urls``, Twilio shortens the long
  presigned link so the text stays near one segment.
* Every call has a timeout (the SDK has none by default), and the SDK's request
  logging, which prints query strings with phone numbers, is kept off.
* Twilio takes no idempotency key. After an ambiguous failure the outbox passes
  ``reconcile_since``; the sender then lists the messages sent to that number since
  the attempt began and, if one is there, records it instead of sending again.
* A kiosk behind the store's NAT cannot receive status callbacks, so
  :meth:`TwilioSmsSender.delivery_status` is polled by the worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from delivery.builtin_channels import BuiltinChannel
from delivery.channels import (
    ConfigurationError,
    DeliveryJob,
    PermanentError,
    SendReceipt,
    TransientError,
)
from delivery.media_host import S3MediaHost
from delivery.messages import StoreVoice, sms_text
from delivery.sendgrid_email import quiet_sdk_loggers

# Twilio error codes a manager can act on, in words (https://www.twilio.com/docs/api/errors).
VISITOR_ERRORS = {
    21211: "The phone number is not a valid number.",
    21612: "Twilio cannot reach this number from the store's sender.",
    21408: "The store's Twilio account is not allowed to send to this country.",
    21610: "The visitor has unsubscribed from the store's texts (replied STOP).",
    21614: "The number is not a mobile number.",
    21617: "The message is too long.",
    21635: "The number is a landline and cannot receive texts.",
}
CONFIGURATION_ERRORS = {
    20003: "Twilio rejected the account SID or auth token.",
    20404: "Twilio does not know the account or the Messaging Service.",
    21212: "The sender number is not valid.",
    21606: "The sender number cannot send text messages.",
    21608: "A Twilio trial account may only send to verified numbers.",
    21659: "The sender number is not a Twilio number of this account.",
    21703: "The Messaging Service has no sender numbers.",
    21704: "The Messaging Service has no sender numbers.",
}
DELIVERY_ERRORS = {
    30003: "The phone was unreachable (off or out of coverage).",
    30004: "The message was blocked by the recipient or their carrier.",
    30005: "The number is unknown to the carrier.",
    30006: "The number is a landline or cannot receive texts.",
    30007: "The carrier filtered the message.",
    30008: "The carrier could not deliver the message.",
}


@dataclass(frozen=True)
class TwilioConfig:
    account_sid: str
    auth_token: str
    sender: str
    """A phone number (+1...) or a Messaging Service SID (MG...)."""
    mms_countries: frozenset[str] = field(default_factory=lambda: frozenset({"US", "CA"}))
    shorten_urls: bool = False
    timeout_s: float = 20.0

    @property
    def uses_messaging_service(self) -> bool:
        return self.sender.startswith("MG")


def default_http_client(config: TwilioConfig) -> Any:
    from twilio.http.http_client import TwilioHttpClient

    return TwilioHttpClient(timeout=config.timeout_s)


class TwilioSmsSender:
    channel: str = BuiltinChannel.SMS

    def __init__(
        self,
        config: TwilioConfig,
        voice: StoreVoice,
        media_host: S3MediaHost | None,
        http_client: Any | None = None,
    ) -> None:
        from twilio.rest import Client

        if not (config.account_sid and config.auth_token):
            raise ConfigurationError(
                "No Twilio account: set twilio.account_sid and auth_token, or TWILIO_ACCOUNT_SID "
                "and TWILIO_AUTH_TOKEN."
            )
        if not config.sender:
            raise ConfigurationError("No Twilio sender: set delivery.sms_from.")
        quiet_sdk_loggers()
        self.config = config
        self.voice = voice
        self.media_host = media_host
        self.client = Client(
            config.account_sid,
            config.auth_token,
            http_client=http_client or default_http_client(config),
        )

    # -- sending -----------------------------------------------------------
    def wants_mms(self, phone: str) -> bool:
        import phonenumbers

        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(phone))
        except phonenumbers.NumberParseException:
            return False
        return region in self.config.mms_countries

    def request_params(self, job: DeliveryJob, photo_url: str) -> dict[str, Any]:
        """The exact parameters given to ``messages.create``: number, text, link (P8)."""
        if not job.phone:
            raise PermanentError("This delivery has no phone number.")
        mms = self.wants_mms(job.phone)
        params: dict[str, Any] = {
            "to": job.phone,
            "body": sms_text(
                self.voice, None if mms else photo_url, job.language, visit_id=job.visit_id
            ),
        }
        if mms:
            params["media_url"] = [photo_url]
        if self.config.uses_messaging_service:
            params["messaging_service_sid"] = self.config.sender
            if self.config.shorten_urls and not mms:
                params["shorten_urls"] = True
        else:
            params["from_"] = self.config.sender
        return params

    def host_photo(self, job: DeliveryJob) -> str:
        if self.media_host is None:
            raise ConfigurationError(
                "Text messages need the photo host: set delivery.media_host (bucket and keys)."
            )
        if not job.media_key:
            raise ConfigurationError("No hosted-photo key was recorded for this delivery.")
        self.media_host.upload(job.media_key, job.photo_jpeg)
        return self.media_host.link(job.media_key)

    def send(self, job: DeliveryJob) -> SendReceipt:
        if not job.phone:
            raise PermanentError("This delivery has no phone number.")
        if job.reconcile_since is not None:
            earlier = self.find_sent(job.phone, job.reconcile_since)
            if earlier is not None:
                return SendReceipt(earlier[0], provider_status=earlier[1], reconciled=True)
        params = self.request_params(job, self.host_photo(job))
        message = self._call(lambda: self.client.messages.create(**params))
        return SendReceipt(str(message.sid), provider_status=str(message.status))

    def find_sent(self, phone: str, since: datetime) -> tuple[str, str] | None:
        """A message to this number created since ``since`` (less a minute of clock skew)."""
        window = since - timedelta(minutes=1)
        messages = self._call(
            lambda: self.client.messages.list(to=phone, date_sent_after=window, limit=20)
        )
        ours = [
            m
            for m in messages
            if (m.direction or "").startswith("outbound")
            and (m.date_created is None or m.date_created >= window)
        ]
        if not ours:
            return None
        latest = max(ours, key=lambda m: m.date_created or window)
        return str(latest.sid), str(latest.status)

    def check(self) -> str:
        """Test the account without sending: fetch it, and it must be active.

        A suspended or closed account answers the fetch but refuses every message, so
        "it answered" alone would tell staff the wrong thing.
        """
        sid = self.config.account_sid
        account = self._call(lambda: self.client.api.v2010.accounts(sid).fetch())
        status = str(account.status or "unknown")
        if status != "active":
            raise ConfigurationError(
                f"The Twilio account is {status}, not active: it cannot send text messages."
            )
        sender = (
            "messaging service"
            if self.config.uses_messaging_service
            else f"sender {self.config.sender}"
        )
        return f"Twilio accepted the account (active; {sender})."

    # -- after sending -----------------------------------------------------
    def delivery_status(self, provider_id: str) -> tuple[str, str | None]:
        message = self._call(lambda: self.client.messages(provider_id).fetch())
        status = str(message.status)
        reason = None
        if status in ("undelivered", "failed"):
            code = int(message.error_code) if message.error_code else None
            reason = DELIVERY_ERRORS.get(code or 0) or f"Twilio could not deliver it (code {code})."
        return status, reason

    def retract(self, job: DeliveryJob, receipt: SendReceipt) -> int:
        """A send that outlived its visit (erased meanwhile): the hosted photo and the message."""
        removed = 0
        if job.media_key and self.media_host is not None:
            self.media_host.delete(job.media_key)
            removed += 1
        return removed + self.delete_sent(receipt.provider_id)

    def delete_sent(self, provider_id: str) -> int:
        """Erasure's call (a ``CopyKeeper``): ids of Twilio messages start SM or MM; others
        (a dry run's, a test's) were never at Twilio."""
        if not provider_id.startswith(("SM", "MM")):
            return 0
        return self.delete_message(provider_id)

    def delete_message(self, provider_id: str) -> int:
        """Erase the Message resource and its media at Twilio; 0 if it was already gone."""
        from twilio.base.exceptions import TwilioRestException

        deleted = 0
        try:
            for media in self._call(lambda: self.client.messages(provider_id).media.list()):
                self._call(
                    lambda sid=media.sid: self.client.messages(provider_id).media(sid).delete()
                )
                deleted += 1
            self._call(lambda: self.client.messages(provider_id).delete())
        except (PermanentError, ConfigurationError) as exc:
            cause = exc.__cause__
            if isinstance(cause, TwilioRestException) and cause.status == 404:
                return deleted
            raise
        return deleted + 1

    def _call(self, action: Any) -> Any:
        import requests
        from twilio.base.exceptions import TwilioException, TwilioRestException

        try:
            return action()
        except TwilioRestException as exc:
            raise classify_twilio_error(exc.status, exc.code, exc.msg) from exc
        except requests.exceptions.ConnectTimeout:
            raise TransientError("Twilio could not be reached in time.") from None
        except requests.exceptions.Timeout:
            raise TransientError("Twilio did not answer in time.", ambiguous=True) from None
        except requests.exceptions.ConnectionError as exc:
            text = repr(exc)
            sent = not ("NewConnectionError" in text or "NameResolution" in text)
            raise TransientError(
                "The connection to Twilio broke." if sent else "Twilio cannot be reached.",
                ambiguous=sent,
            ) from None
        except TwilioException as exc:
            raise TransientError(f"Twilio client error: {type(exc).__name__}") from None


def classify_twilio_error(status: int, code: int | None, message: str | None) -> Exception:
    code = int(code) if code else None
    if status == 429 or code == 20429:
        return TransientError("Twilio's rate limit was reached.")
    if status >= 500:
        return TransientError(f"Twilio had a problem (HTTP {status}).")
    if code in VISITOR_ERRORS:
        return PermanentError(f"{VISITOR_ERRORS[code]} (Twilio {code})")
    if code in CONFIGURATION_ERRORS:
        return ConfigurationError(f"{CONFIGURATION_ERRORS[code]} (Twilio {code})")
    if status in (401, 403):
        return ConfigurationError(f"Twilio refused the kiosk's credentials (HTTP {status}).")
    if status == 404:
        return PermanentError("Twilio does not know this message (HTTP 404).")
    return PermanentError(f"Twilio refused the message (code {code}, HTTP {status}).")
