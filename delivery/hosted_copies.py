"""Erasure and retention reach the copies delivery made (P5): the hosted photo and Twilio's message.

Registered with the privacy core as a :class:`consent.copies.CopyStore`. For each
delivery of a visit it deletes the object on the media host (SMS links, QR pickup)
and, for a text message, the Message resource and its media at Twilio, through the
API. A provider that cannot be reached now raises
:class:`consent.copies.CopyDeletionError`, so the erasure stops with nothing removed
and can be run again, rather than forgetting a copy that still exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from consent.copies import CopyDeletionError
from consent.database import Database
from delivery.channels import SendError
from delivery.media_host import S3MediaHost
from delivery.outbox import hosted_copies_of
from delivery.twilio_sms import TwilioSmsSender


class HostedCopies:
    name = "hosted-media"

    def __init__(
        self,
        open_database: Callable[[], Database],
        media_host: S3MediaHost | None,
        twilio: TwilioSmsSender | None,
    ) -> None:
        self.open_database = open_database
        self.media_host = media_host
        self.twilio = twilio

    def delete_for_visit(self, visit_id: str, delivery_ids: Sequence[str]) -> int:
        database = self.open_database()
        try:
            copies = hosted_copies_of(database, delivery_ids)
        finally:
            database.close()
        deleted = 0
        try:
            for channel, media_key, provider_id in copies:
                if media_key and self.media_host is not None:
                    self.media_host.delete(media_key)
                    deleted += 1
                if (
                    channel == "sms"
                    and provider_id
                    and self.twilio is not None
                    and provider_id.startswith(("SM", "MM"))
                ):
                    deleted += self.twilio.delete_message(provider_id)
        except SendError as exc:
            raise CopyDeletionError(f"{self.name}: {exc}") from None
        return deleted
