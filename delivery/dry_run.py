"""Senders that write exactly what would be sent into a folder, and send nothing.

Demo mode and the autopilot use these, so a store can try the whole kiosk with
no provider account, and a test can read the very message a visitor would get:
an ``.eml`` file for email (photo attached and shown inline) and a ``.json``
file holding the request a text-message provider would receive.

The message is built under the email library's ``SMTP`` policy (CRLF line ends, headers
folded by the RFC 5322 rules) from addresses as :mod:`delivery.addresses` gives them
(IDNA domains), so an international address can neither become an encoded word inside
the address nor fold the headers into the body.
"""

from __future__ import annotations

import json
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid
from pathlib import Path

from consent.copies import DryRunCopies
from consent.files import write_file_durably
from delivery.addresses import provider_address
from delivery.builtin_channels import BuiltinChannel
from delivery.channels import ConfigurationError, DeliveryJob, SendReceipt
from delivery.messages import StoreVoice, email_content, sms_text


class DryRunEmailSender:
    channel: str = BuiltinChannel.EMAIL

    def __init__(self, folder: Path, voice: StoreVoice, from_email: str) -> None:
        self.folder = folder
        self.voice = voice
        self.from_email = from_email

    def build(self, job: DeliveryJob) -> EmailMessage:
        if not job.email:
            raise ConfigurationError("email delivery without an email address")
        photo = job.photo_jpeg
        cid = make_msgid(domain="photobooth.local")
        content = email_content(
            self.voice, job.first_name, cid[1:-1], job.language, visit_id=job.visit_id
        )
        msg = EmailMessage(policy=SMTP)
        msg["From"] = Address(self.voice.store_name, addr_spec=provider_address(self.from_email))
        msg["To"] = provider_address(job.email)
        msg["Subject"] = content.subject
        msg["X-Photobooth-Delivery"] = job.delivery_id
        msg.set_content(content.text)
        msg.add_alternative(content.html, subtype="html")
        html_part = msg.get_payload()[1]  # type: ignore[index]  # the alternative just added
        assert isinstance(html_part, EmailMessage)
        html_part.add_related(
            photo, "image", "jpeg", cid=cid, filename="photo.jpg", disposition="inline"
        )
        msg.add_attachment(photo, "image", "jpeg", filename="photo.jpg")
        return msg

    def send(self, job: DeliveryJob) -> SendReceipt:
        self.folder.mkdir(parents=True, exist_ok=True)
        message = self.build(job)
        write_file_durably(self.folder / f"{job.delivery_id}.eml", message.as_bytes())
        return SendReceipt(provider_id=f"dry-run-{job.delivery_id}")

    def retract(self, job: DeliveryJob, receipt: SendReceipt) -> int:
        return DryRunCopies(self.folder).delete_for_visit(job.visit_id, [job.delivery_id])


class DryRunSmsSender:
    channel: str = BuiltinChannel.SMS

    def __init__(self, folder: Path, voice: StoreVoice, sender: str) -> None:
        self.folder = folder
        self.voice = voice
        self.sender = sender

    def send(self, job: DeliveryJob) -> SendReceipt:
        if not job.phone:
            raise ConfigurationError("SMS delivery without a phone number")
        self.folder.mkdir(parents=True, exist_ok=True)
        # In dry-run the folder stands in for the media host: the "hosted" copy sits
        # beside the request, and the link points at it.
        hosted = self.folder / f"{job.delivery_id}.jpg"
        write_file_durably(hosted, job.photo_jpeg)
        link = hosted.resolve().as_uri()
        request = {
            "provider": "twilio",
            "dry_run": True,
            "To": job.phone,
            "From": self.sender,
            "Body": sms_text(self.voice, link, job.language, visit_id=job.visit_id),
            "MediaUrl": [link],
        }
        data = json.dumps(request, indent=2, ensure_ascii=False).encode("utf-8")
        write_file_durably(self.folder / f"{job.delivery_id}.json", data)
        return SendReceipt(provider_id=f"dry-run-{job.delivery_id}")

    def retract(self, job: DeliveryJob, receipt: SendReceipt) -> int:
        return DryRunCopies(self.folder).delete_for_visit(job.visit_id, [job.delivery_id])
