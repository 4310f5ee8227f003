"""Erasure and retention reach the copies delivery made (P5): the hosted photo and the provider's.

Registered with the privacy core as a :class:`consent.copies.CopyStore`. For each
delivery of a visit it deletes the object on the media host (links in messages, QR
pickup) and asks the sender of that delivery's channel, where its provider keeps a copy
of the message (a :class:`delivery.channels.CopyKeeper`, like Twilio's Message resource
and its media), to delete it through the provider's API. A provider that cannot be
reached now raises :class:`consent.copies.CopyDeletionError`, so the erasure stops with
nothing removed and can be run again, rather than forgetting a copy that still exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from consent.copies import CopyDeletionError
from consent.database import Database
from delivery.channels import CopyKeeper, SendError
from delivery.media_host import S3MediaHost
from delivery.outbox import hosted_copies_of


class HostedCopies:
    name = "hosted-media"

    def __init__(
        self,
        open_database: Callable[[], Database],
        media_host: S3MediaHost | None,
        *keepers: CopyKeeper,
    ) -> None:
        self.open_database = open_database
        self.media_host = media_host
        self.keepers = {keeper.channel: keeper for keeper in keepers}

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
                keeper = self.keepers.get(channel)
                if provider_id and keeper is not None:
                    deleted += keeper.delete_sent(provider_id)
        except SendError as exc:
            raise CopyDeletionError(f"{self.name}: {exc}") from None
        return deleted
