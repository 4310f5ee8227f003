"""Checking what a visitor types on the details screen.

The rules themselves are :mod:`consent.contact_rules`, shared with rectification (the
command line and the manager's screen) and the records store, so every way in accepts
and refuses exactly the same input; this module puts them together as one form. Only
the fields the privacy notice names are collected (P1): name, email, phone; an
address is asked for only when a chosen channel sends to it (``booth.channels``).
Email addresses are checked by email-validator with its DNS look-up turned off
(a kiosk must not stall on the network while someone types), phone numbers by
phonenumbers with the store's default country.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from booth.channels import AddressKind, all_channels
from consent import contact_rules as rules
from consent.contact_rules import Reason as Reason  # the codes the screens translate
from consent.contact_rules import Refusal as Refusal
from consent.contact_rules import check_name as check_name  # the shared rules, re-exported
from consent.contact_rules import check_phone as check_phone
from delivery.addresses import EMAIL_SMTPUTF8


@dataclass(frozen=True)
class ContactInput:
    """The raw form, exactly as typed."""

    name: str = ""
    email: str = ""
    phone: str = ""
    channels: frozenset[str] = frozenset()  # names of the chosen channels
    publish: bool = False
    region: str = ""  # country chosen for the phone number; empty means the store's default


@dataclass(frozen=True)
class Contact:
    """A checked, normalised form, ready to be stored."""

    name: str
    email: str | None
    phone: str | None  # E.164
    channels: tuple[str, ...]  # in the order the channels are offered
    publish: bool

    @property
    def first_name(self) -> str:
        return self.name.split(" ", 1)[0]


@dataclass
class FormCheck:
    # field -> what is wrong: an English sentence carrying its ``reason`` code for the screens
    errors: dict[str, rules.Refusal] = field(default_factory=dict)
    contact: Contact | None = None

    @property
    def ok(self) -> bool:
        return self.contact is not None


def check_email(raw: str) -> rules.Checked:
    """The email channel's providers take no SMTPUTF8: an address needs an ASCII local part."""
    return rules.check_email(raw, smtputf8=EMAIL_SMTPUTF8)


def check_address(kind: AddressKind, raw: str, region: str) -> rules.Checked:
    """The address a channel sends to, checked by its kind; return (clean address, error)."""
    if kind is AddressKind.EMAIL:
        return check_email(raw)
    return check_phone(raw, region)


def check_form(form: ContactInput, region: str) -> FormCheck:
    """Check every field; a field left empty is only an error if a chosen channel needs it.

    Channel names that are not registered are ignored, as if not chosen.
    """
    check = FormCheck()
    name, err = check_name(form.name)
    if err:
        check.errors["name"] = err
    chosen = [c for c in all_channels() if c.name in form.channels]
    needed = {c.address for c in chosen}
    email = phone = None
    if AddressKind.EMAIL in needed or form.email.strip():
        email, err = check_address(AddressKind.EMAIL, form.email, region)
        if err:
            check.errors["email"] = err
    if AddressKind.PHONE in needed or form.phone.strip():
        phone, err = check_address(AddressKind.PHONE, form.phone, form.region or region)
        if err:
            check.errors["phone"] = err
    if not chosen:
        check.errors["channels"] = rules.Refusal(
            rules.Reason.NO_CHANNEL,
            "Choose how we should send your photo: email, text message, or both.",
        )
    if not check.errors and name is not None:
        check.contact = Contact(
            name=name,
            email=email if AddressKind.EMAIL in needed else None,
            phone=phone if AddressKind.PHONE in needed else None,
            channels=tuple(c.name for c in chosen),
            publish=form.publish,
        )
    return check
