"""What a delivery channel is, declared once: its name, the address it needs, whether it
hosts the photo, its words, and how the kiosk builds and tests it.

Everything that offers, sends, tests, describes or erases a channel reads this
declaration (through :mod:`delivery.channel_registry`) instead of naming channels
itself, so a new channel is one declaration and one sender, not edits across the
screens, the outbox and the privacy wiring.

How a channel is built from the kiosk's settings is part of the declaration, but the
settings belong to ``booth`` (a layer above, which delivery may not import). So the
declaration holds a :class:`ChannelSetup`: an object that booth provides for the
built-in channels (``booth.channel_setups``) and that a new channel brings along.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from consent.delivery_status import DeliveryStatus
from delivery.channels import DeliveryJob, Sender

SettingsT = TypeVar("SettingsT", contravariant=True)
HooksT = TypeVar("HooksT", contravariant=True)


class AddressKind(enum.StrEnum):
    """The contact field a channel sends to: the only two the privacy notice names (P1)."""

    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class ChannelWords:
    """What people read about a channel, in English.

    The screens translate these exact words (``ui/channel_words.py`` hands the built-in
    channels' words to lupdate); a channel without a translation is shown in English.
    The booth's own services (staff alerts, test results) use them as they are.
    """

    choice: str
    """The visitor's toggle on the details screen: "Text message"."""
    staff: str
    """The channel in staff alerts and test results: "Text messages"."""
    provider: str
    """Who sends it in live mode: "Twilio"."""
    live: str
    """The delivery tab's account of live mode: "text messages through Twilio"."""
    sent: str
    """The done screen, once the provider took it."""
    failed: str
    """The done screen, when it will not go."""
    queued: str
    """The done screen, when it waits for the connection."""

    def outcome(self, status: str) -> str:
        """The done screen's sentence for a delivery in ``status``: one neither sent nor
        failed is honestly waiting for the connection."""
        if status == DeliveryStatus.SENT:
            return self.sent
        if status == DeliveryStatus.FAILED:
            return self.failed
        return self.queued

    @property
    def paused(self) -> str:
        """The attract screen's corner note when the outbox paused the channel."""
        return f"{self.staff} paused"

    @property
    def paused_until(self) -> str:
        """The admin area's alert; ``{time}`` and ``{reason}`` are filled in where shown."""
        return f"{self.staff} paused until {{time}}: {{reason}}"

    @property
    def live_part(self) -> str:
        """A staff test's result heading in live mode: "Text messages (Twilio)"."""
        return f"{self.staff} ({self.provider})"


class ChannelSetup(Protocol[SettingsT, HooksT]):
    """How the kiosk builds and tests one channel from its settings.

    ``settings`` is booth's settings object and ``hooks`` booth's ``ProviderHooks`` (where
    tests point the providers' clients); delivery only passes them through. Building a
    sender reads settings and never touches the network; the two staff tests do.
    """

    def enabled(self, settings: SettingsT) -> bool:
        """Whether visitors are offered this channel."""
        ...

    def per_second(self, settings: SettingsT) -> float:
        """The live send rate the outbox keeps to (0: no limit)."""
        ...

    def dry_run_sender(self, settings: SettingsT, folder: Path) -> Sender:
        """A sender that writes the exact message into ``folder`` and sends nothing."""
        ...

    def live_sender(self, settings: SettingsT, hooks: HooksT) -> Sender:
        """The real sender; raises ``ConfigurationError`` naming the setting to fix."""
        ...

    def test_connection(self, settings: SettingsT, hooks: HooksT) -> str:
        """Ask the provider whether it accepts the kiosk's keys, sending nothing; say what it
        answered, or raise a ``SendError`` staff can act on."""
        ...

    def test_send(self, settings: SettingsT, hooks: HooksT, job: DeliveryJob, sandbox: bool) -> str:
        """Send the test card of ``job`` to staff through the live provider; say what happened."""
        ...


@dataclass(frozen=True)
class DeliveryChannel:
    """One way a photo leaves the kiosk. Two declarations are the same channel when their
    names are: the name is what the ``deliveries`` table stores."""

    name: str
    address: AddressKind = field(compare=False)
    hosts_photo: bool = field(compare=False)
    """The message links to a hosted copy of the photo (the outbox chooses its key before the
    first upload, so erasure can always find it); otherwise the photo travels in the message."""
    words: ChannelWords = field(compare=False)
    setup: ChannelSetup[Any, Any] | None = field(default=None, compare=False)
    """None until booth equips a built-in channel; a new channel brings its own."""
