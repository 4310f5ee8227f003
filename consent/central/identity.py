"""Normalising an email or phone before it is hashed, the same way on every kiosk and at head office."""

from __future__ import annotations

import phonenumbers


class LookupInputError(ValueError):
    """The email or phone given to a lookup cannot be normalised; the message says why."""


def normalise_email(value: str) -> str:
    email = value.strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        raise LookupInputError(f"'{value}' is not an email address")
    return email


def normalise_phone(value: str, region: str = "US") -> str:
    try:
        number = phonenumbers.parse(value.strip(), region)
    except phonenumbers.NumberParseException:
        raise LookupInputError(f"'{value}' is not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise LookupInputError(f"'{value}' is not a valid phone number (add the + country code?)")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
