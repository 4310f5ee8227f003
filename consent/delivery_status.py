"""The states of a delivery, as the ``deliveries`` table stores them, and what each allows.

One enum for every layer that reads or writes that column: the records file queues a
delivery with the visit (``consent.records``), restriction holds it and erasure or
retention ends it (``consent.rights``, ``consent.retention``), the outbox moves it along
(``delivery.outbox``), and the controller, the manager's services and their screens read
it. It lives here, in the lowest layer that writes the column, so none of them spells a
state again; being a ``StrEnum``, its members are the very strings the table holds.

The groups below are the outbox's rules (what the manager may retry or drop, what is still
on its way), so the SQL that applies them and the screens that offer them cannot disagree.
"""

from __future__ import annotations

import enum


class DeliveryStatus(enum.StrEnum):
    QUEUED = "queued"
    """Waiting for its first attempt, or put back (channel paused, manager's retry)."""
    SENDING = "sending"
    """Claimed by an outbox thread; put back in the queue at start if a crash left it."""
    SENT = "sent"
    """The provider accepted it (its id is recorded)."""
    RETRY = "retry"
    """A transient failure: another attempt is due at ``next_attempt_at``."""
    FAILED = "failed"
    """A permanent failure: only the manager's retry sends it again."""
    DEAD = "dead"
    """Still unsent after ``dead_after_days``: a dead letter for the manager."""
    DROPPED = "dropped"
    """The manager gave up on it."""
    RESTRICTED = "restricted"
    """Held while the person's data is restricted (P5)."""
    EXPIRED = "expired"
    """Never sent, and the visit's data is gone (retention)."""
    PAUSED = "paused"
    """Reported by the outbox when the channel was paused; never stored (the row stays queued)."""


UNSENT = (DeliveryStatus.QUEUED, DeliveryStatus.RETRY, DeliveryStatus.SENDING)
"""Still on its way: the outbox's backlog."""
FINAL = frozenset({DeliveryStatus.SENT, DeliveryStatus.FAILED})
"""What the visitor may be told at once: the provider took it, or never will."""
RETRYABLE = (
    DeliveryStatus.FAILED,
    DeliveryStatus.DEAD,
    DeliveryStatus.DROPPED,
    DeliveryStatus.RETRY,
)
"""What the manager's retry may put back in the queue."""
DROPPABLE = (
    DeliveryStatus.QUEUED,
    DeliveryStatus.RETRY,
    DeliveryStatus.FAILED,
    DeliveryStatus.DEAD,
)
"""What the manager's drop may give up on."""
NEEDS_ATTENTION = (
    DeliveryStatus.FAILED,
    DeliveryStatus.DEAD,
    DeliveryStatus.RETRY,
    DeliveryStatus.RESTRICTED,
    DeliveryStatus.QUEUED,
)
"""What the manager's Outbox tab lists: the rest is moving or finished."""
