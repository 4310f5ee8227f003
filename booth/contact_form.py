"""Checking what a visitor types on the details screen.

The rules live here, away from the widgets, so the screen, the autopilot and
the manager's command line all accept and refuse exactly the same input. Only
the fields the privacy notice names are collected (P1): name, email, phone; an
address is asked for only when a chosen channel sends to it (``booth.channels``).
Email addresses are checked by email-validator with its DNS look-up turned off
(a kiosk must not stall on the network while someone types), phone numbers by
phonenumbers with the store's default country.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from booth.channels import AddressKind, all_channels

MAX_NAME = 80
MAX_EMAIL = 254
MAX_PHONE = 32


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
    errors: dict[str, str] = field(default_factory=dict)
    contact: Contact | None = None

    @property
    def ok(self) -> bool:
        return self.contact is not None


def _refuse_odd_text(value: str, limit: int, what: str) -> str | None:
    if len(value) > limit:
        return f"That {what} is too long (at most {limit} characters)."
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Co", "Cs"} for ch in value):
        return f"That {what} contains characters we can't use. Please retype it."
    return None


def check_name(raw: str) -> tuple[str | None, str | None]:
    """Return (clean name, error)."""
    problem = _refuse_odd_text(raw, MAX_NAME * 2, "name")
    if problem:
        return None, problem
    name = " ".join(raw.split())
    if not name:
        return None, "Please tell us your name."
    if len(name) > MAX_NAME:
        return None, f"That name is too long (at most {MAX_NAME} characters)."
    if not any(ch.isalpha() for ch in name):
        return None, "A name needs at least one letter."
    return name, None


def check_email(raw: str) -> tuple[str | None, str | None]:
    value = raw.strip()
    problem = _refuse_odd_text(value, MAX_EMAIL, "email address")
    if problem:
        return None, problem
    if not value:
        return None, "Please enter your email address."
    if "@" not in value:
        return None, "An email address needs an @, like name@example.com."
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        return None, f"That email address doesn't look right: {exc}"
    return result.normalized, None


def check_phone(raw: str, region: str) -> tuple[str | None, str | None]:
    value = raw.strip()
    problem = _refuse_odd_text(value, MAX_PHONE, "phone number")
    if problem:
        return None, problem
    if not value:
        return None, "Please enter your mobile number."
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return (
            None,
            "That doesn't look like a phone number. Use digits, and + for the country code.",
        )
    if not phonenumbers.is_possible_number(number):
        return None, "That phone number has too few or too many digits."
    if not phonenumbers.is_valid_number(number):
        return None, "That phone number isn't valid. Check the country code and the digits."
    if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE:
        return None, "Please use a mobile number: landlines can't receive photos."
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def check_address(kind: AddressKind, raw: str, region: str) -> tuple[str | None, str | None]:
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
        check.errors["channels"] = (
            "Choose how we should send your photo: email, text message, or both."
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
