"""Checking what a visitor types on the details screen.

The rules themselves are :mod:`consent.contact_rules`, shared with rectification (the
command line and the manager's screen) and the records store, so every way in accepts
and refuses exactly the same input; this module puts them together as one form. Only
the fields the privacy notice names are collected (P1): name, email, phone.
Email addresses are checked by email-validator with its DNS look-up turned off
(a kiosk must not stall on the network while someone types), phone numbers by
phonenumbers with the store's default country.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from consent import contact_rules as rules
from consent.contact_rules import check_name as check_name  # the shared rules, re-exported
from consent.contact_rules import check_phone as check_phone
from delivery.addresses import EMAIL_SMTPUTF8


class Channel(enum.StrEnum):
    EMAIL = "email"
    SMS = "sms"


@dataclass(frozen=True)
class ContactInput:
    """The raw form, exactly as typed."""

    name: str = ""
    email: str = ""
    phone: str = ""
    channels: frozenset[Channel] = frozenset()
    publish: bool = False
    region: str = ""  # country chosen for the phone number; empty means the store's default


@dataclass(frozen=True)
class Contact:
    """A checked, normalised form, ready to be stored."""

    name: str
    email: str | None
    phone: str | None  # E.164
    channels: tuple[Channel, ...]
    publish: bool

    @property
    def first_name(self) -> str:
        return self.name.split(" ", 1)[0]


@dataclass
class FormCheck:
    errors: dict[str, str] = field(default_factory=dict)
    contact: Contact | None = None

    @property
    def ok(self) -> bool:
        return self.contact is not None


def check_email(raw: str) -> tuple[str | None, str | None]:
    """The email channel's providers take no SMTPUTF8: an address needs an ASCII local part."""
    return rules.check_email(raw, smtputf8=EMAIL_SMTPUTF8)


def check_form(form: ContactInput, region: str) -> FormCheck:
    """Check every field; a field left empty is only an error if its channel was chosen."""
    check = FormCheck()
    name, err = check_name(form.name)
    if err:
        check.errors["name"] = err
    email = phone = None
    if Channel.EMAIL in form.channels or form.email.strip():
        email, err = check_email(form.email)
        if err:
            check.errors["email"] = err
    if Channel.SMS in form.channels or form.phone.strip():
        phone, err = check_phone(form.phone, form.region or region)
        if err:
            check.errors["phone"] = err
    if not form.channels:
        check.errors["channels"] = (
            "Choose how we should send your photo: email, text message, or both."
        )
    if not check.errors and name is not None:
        check.contact = Contact(
            name=name,
            email=email if Channel.EMAIL in form.channels else None,
            phone=phone if Channel.SMS in form.channels else None,
            channels=tuple(c for c in Channel if c in form.channels),
            publish=form.publish,
        )
    return check
