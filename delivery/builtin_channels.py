"""The two channels the kiosk ships with: email (SendGrid) and text message (Twilio).

Their names are spelled here once, in :class:`BuiltinChannel`; the senders take their
``channel`` from it, and everything else finds them in :mod:`delivery.channel_registry`.
An email carries the photo as an attachment; a text message links to a hosted copy.
How each is built from the settings is booth's part (``booth.channel_setups``).
"""

from __future__ import annotations

import enum

from delivery.channel_declaration import AddressKind, ChannelWords, DeliveryChannel


class BuiltinChannel(enum.StrEnum):
    EMAIL = "email"
    SMS = "sms"


EMAIL = DeliveryChannel(
    BuiltinChannel.EMAIL,
    AddressKind.EMAIL,
    hosts_photo=False,
    words=ChannelWords(
        choice="Email",
        staff="Email",
        provider="SendGrid",
        live="email through SendGrid",
        sent="Your photo is on its way by email.",
        failed="We couldn't send it by email: the address may be wrong. "
        "A member of staff can help.",
        queued="We've saved your photo and will send it by email as soon as our connection "
        "is back. You don't need to wait.",
    ),
)

SMS = DeliveryChannel(
    BuiltinChannel.SMS,
    AddressKind.PHONE,
    hosts_photo=True,
    words=ChannelWords(
        choice="Text message",
        staff="Text messages",
        provider="Twilio",
        live="text messages through Twilio",
        sent="Your photo is on its way by text message.",
        failed="We couldn't send it by text message: the number may be wrong. "
        "A member of staff can help.",
        queued="We've saved your photo and will send it by text message as soon as our "
        "connection is back. You don't need to wait.",
    ),
)

BUILTIN = (EMAIL, SMS)
"""In the order the details screen offers them."""
