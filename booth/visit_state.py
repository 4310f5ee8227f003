"""Everything the kiosk holds about the visitor in front of it, in one object with one wipe.

Promise P7 (nothing of one visitor visible to the next) is only as good as the list of places
that hold a visitor: when the controller kept the send progress beside the session and cleared
it itself, a field added to one and forgotten in the other would have outlived the visitor.
So the photo, the language, the easy-reach choice, the first name for the done screen, the
deliveries being waited for and the outcome all live here, and :meth:`Session.wipe` resets
every dataclass field, so a field added later is wiped without anyone remembering to.

No Qt here: the flow and its tests run without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from consent.delivery_status import FINAL, DeliveryStatus

if TYPE_CHECKING:  # only the type: importing camera.compose would load OpenCV with the flow
    from camera.compose import ComposedPhoto


@dataclass(frozen=True)
class Outcome:
    """What the done screen may honestly say about one visitor's deliveries."""

    first_name: str
    statuses: dict[str, DeliveryStatus]  # channel -> sent | queued | retry | failed | paused
    qr_image: Any = None  # QImage of the pickup link's QR code, for a QR pickup
    link_days: int = 0  # how long the pickup link works

    @property
    def all_sent(self) -> bool:
        return bool(self.statuses) and all(s is DeliveryStatus.SENT for s in self.statuses.values())

    @property
    def any_failed(self) -> bool:
        return any(s is DeliveryStatus.FAILED for s in self.statuses.values())


@dataclass
class Session:
    """What one visitor has given and what the kiosk learnt while serving them."""

    language: str = "en"
    reach: bool = False  # every control in the lower part of the screen
    photo: ComposedPhoto | None = None
    retakes_used: int = 0
    first_name: str = ""  # for the done screen's thanks; the rest of the form is in the records
    awaiting: dict[str, str] = field(default_factory=dict)  # delivery id -> channel
    statuses: dict[str, DeliveryStatus] = field(default_factory=dict)  # delivery id -> latest
    # Outcomes the outbox reported before the commit said which deliveries are this visitor's.
    early: dict[str, DeliveryStatus] = field(default_factory=dict)
    outcome: Outcome | None = None
    extras: dict[str, Any] = field(default_factory=dict)  # anything else kept for this visitor

    def wipe(self, language: str) -> None:
        """Leave nothing of the visitor; ``language`` is the store's, for whoever comes next.

        In place rather than a new object, and containers emptied before they are dropped, so
        a reference kept somewhere to this session or to one of its dicts holds nothing either.
        """
        fresh = Session(language=language)
        for each in fields(self):
            old = getattr(self, each.name)
            if isinstance(old, dict):
                old.clear()
            setattr(self, each.name, getattr(fresh, each.name))

    # -- sending: which deliveries are this visitor's, and what the outbox said of them --------
    def expect(self, deliveries: dict[str, str]) -> None:
        """The commit named this visitor's deliveries; outcomes reported earlier are kept."""
        self.awaiting = dict(deliveries)
        self.statuses = {d: s for d, s in self.early.items() if d in self.awaiting}
        self.early.clear()

    def report(self, delivery_id: str, status: DeliveryStatus) -> bool:
        """Note one outcome from the outbox; True when it was about a delivery being waited for."""
        if delivery_id not in self.awaiting:
            self.early[delivery_id] = status
            return False
        self.statuses[delivery_id] = status
        return True

    def all_final(self) -> bool:
        return all(self.statuses.get(d) in FINAL for d in self.awaiting)

    def channel_statuses(self) -> dict[str, DeliveryStatus]:
        """Per channel; whatever the provider has not accepted yet is honestly "queued"."""
        return {
            channel: self.statuses.get(d, DeliveryStatus.QUEUED)
            for d, channel in self.awaiting.items()
        }
