"""What a sender is, and the three ways a send can fail.

The outbox decides what to do with a failure by its type alone: a transient
error is retried later, a permanent one is recorded for the manager, and a
configuration error pauses the channel without failing the delivery.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable


class SendError(Exception):
    """Base of all send failures; ``str(error)`` is written for a store manager."""


class TransientError(SendError):
    """Worth retrying: a timeout, a dropped connection, a rate limit, a provider's 5xx.

    ``ambiguous`` says the request may have reached the provider (a read timeout, a
    connection reset after sending): the next attempt reconciles before it resends.
    """

    def __init__(
        self, message: str, retry_after_s: float | None = None, *, ambiguous: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.ambiguous = ambiguous


class PermanentError(SendError):
    """This message will never go: an invalid number, an unsubscribed recipient, a bounced address."""


class ConfigurationError(SendError):
    """The kiosk is set up wrong (bad key, unknown sender): staff must act; the delivery waits."""


@dataclass(frozen=True)
class DeliveryJob:
    """Everything one send needs, and nothing more (P8)."""

    delivery_id: str
    visit_id: str
    channel: str
    first_name: str
    email: str | None
    phone: str | None
    photo_jpeg: bytes
    language: str
    media_key: str | None = None
    """Where the photo is (or will be) hosted for this delivery; set by the outbox for a
    channel that hosts the photo (``DeliveryChannel.hosts_photo``)."""
    reconcile_since: datetime | None = None
    """Set when an earlier attempt may have reached the provider: look before resending."""


@dataclass(frozen=True)
class SendReceipt:
    provider_id: str
    provider_status: str | None = None
    reconciled: bool = False
    """True when no new message was sent: the earlier, ambiguous attempt had gone through."""


class Sender(Protocol):
    channel: str

    def send(self, job: DeliveryJob) -> SendReceipt: ...


@runtime_checkable
class StatusSource(Protocol):
    """A sender that can say what became of a message it sent (polled: no callbacks behind NAT)."""

    def delivery_status(self, provider_id: str) -> tuple[str, str | None]:
        """Return the provider's status and, for a failure, a reason a manager understands."""
        ...


@runtime_checkable
class Retractable(Protocol):
    """A sender that can take back what one send made, for a send that outlived its visit.

    An erasure waits for sends under way, but one that takes longer (a provider's timeout)
    finishes after the rows are gone; the outbox then asks the sender to delete what it
    made: its file, the hosted photo, the provider's copy. An email already delivered to a
    mailbox cannot be taken back, so email senders to a provider are not retractable.
    """

    channel: str

    def retract(self, job: DeliveryJob, receipt: SendReceipt) -> int:
        """Delete what sending ``job`` made; return how many things went."""
        ...


@runtime_checkable
class CopyKeeper(Protocol):
    """A sender whose provider keeps a copy of what it sent (Twilio keeps each message).

    Erasure and retention (``delivery.hosted_copies``) ask it to delete that copy, so P5
    reaches a channel's copies without knowing which channel it is.
    """

    channel: str

    def delete_sent(self, provider_id: str) -> int:
        """Delete what the provider keeps of this message; return how many things went (0: none)."""
        ...
