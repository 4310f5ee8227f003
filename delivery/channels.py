"""What a sender is, and the three ways a send can fail.

The outbox decides what to do with a failure by its type alone: a transient
error is retried later, a permanent one is recorded for the manager, and a
configuration error pauses the channel without failing the delivery.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class SendError(Exception):
    """Base of all send failures; ``str(error)`` is written for a store manager."""


class TransientError(SendError):
    """Worth retrying: a timeout, a dropped connection, a rate limit, a provider's 5xx."""

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


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


@dataclass(frozen=True)
class SendReceipt:
    provider_id: str


class Sender(Protocol):
    channel: str

    def send(self, job: DeliveryJob) -> SendReceipt: ...
