"""One set of rules for a name, an email address and a mobile number, wherever they come in.

The details form, ``records rectify`` (command line and the manager's screen), the
records store's own ``submit`` and the manager's look-ups all check through here, so a
value refused at the screen cannot be slipped in another way. It lives in the privacy
core, the lowest layer, because every one of those entry points may import it (the form
is in ``booth``, rectification in ``consent.rights``).

What is refused, and why:

* control characters (NUL, escape sequences, CR/LF that would start a new mail header,
  C1 controls), private-use and unassigned code points, line and paragraph separators:
  none belongs in a name or address, and each can damage a terminal, a log or a message;
* format characters, except the three a name may need: ZERO WIDTH NON-JOINER (Persian
  ``علی‌رضا``), ZERO WIDTH JOINER (Sinhala ``ශ්‍රී``) and the SOFT HYPHEN. Bidirectional
  overrides are refused: they make a name display as something else;
* text longer than the limit, with a message that names the limit itself;
* an address email-validator refuses (no DNS look-up: a kiosk must not stall on the
  network), said as which side of the @ is wrong, never in email-validator's own words, and, unless the channel can carry SMTPUTF8, an address whose part before the
  ``@`` is not ASCII (the domain may be international: it is sent as IDNA punycode);
* a number that is not a valid mobile one: landlines, toll-free and premium numbers
  cannot receive a photo.

Each refusal is a :class:`Refusal`: an English sentence for staff and the command line that
carries a :class:`Reason` code, which the kiosk's screens say in the visitor's language.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

import phonenumbers
from email_validator import EmailNotValidError, validate_email

MAX_NAME = 80
MAX_EMAIL = 254
MAX_PHONE = 32
#: Format characters a name may need (joining scripts, hyphenation); every other one is refused.
NAME_FORMAT_CHARACTERS = frozenset({"\u200c", "\u200d", "\u00ad"})
REFUSED_CATEGORIES = frozenset({"Cc", "Co", "Cs", "Cn", "Zl", "Zp"})
NOT_FOR_SMS = frozenset(
    {
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
        phonenumbers.PhoneNumberType.VOICEMAIL,
    }
)


class Reason(StrEnum):
    """Why a value is refused, as a code: each screen says it in its own words and language.

    The English sentence of :class:`Refusal` is for staff and the command line; the kiosk's
    screens map the code to a translated text (``ui.contact_words``), so nothing a library
    writes (email-validator's "The part after the @-sign is not valid...") reaches a visitor.
    """

    NAME_MISSING = "name.missing"
    NAME_TOO_LONG = "name.too_long"
    NAME_CHARACTERS = "name.characters"
    NAME_NO_LETTER = "name.no_letter"
    EMAIL_MISSING = "email.missing"
    EMAIL_TOO_LONG = "email.too_long"
    EMAIL_CHARACTERS = "email.characters"
    EMAIL_NO_AT = "email.no_at"
    EMAIL_TWO_AT = "email.two_at"
    EMAIL_BEFORE_AT = "email.before_at"
    EMAIL_AFTER_AT = "email.after_at"
    EMAIL_LATIN_ONLY = "email.latin_only"
    PHONE_MISSING = "phone.missing"
    PHONE_TOO_LONG = "phone.too_long"
    PHONE_CHARACTERS = "phone.characters"
    PHONE_NOT_A_NUMBER = "phone.not_a_number"
    PHONE_LENGTH = "phone.length"
    PHONE_INVALID = "phone.invalid"
    PHONE_NOT_MOBILE = "phone.not_mobile"
    NO_CHANNEL = "channels.none"  # the details form: no way of sending chosen


class Refusal(str):
    """What is wrong, as an English sentence (``str``) that also carries its :class:`Reason`.

    A ``str`` so every caller that prints or raises the message keeps working; ``reason``
    (and ``limit`` for a length) is what a screen translates.
    """

    reason: Reason
    limit: int | None

    def __new__(cls, reason: Reason, text: str, limit: int | None = None) -> Refusal:
        refusal = super().__new__(cls, text)
        refusal.reason = reason
        refusal.limit = limit
        return refusal


Checked = tuple[str | None, Refusal | None]  # (clean value, None) or (None, what is wrong)


class ContactRefused(ValueError):
    """A name, address or number the rules refuse; the message says why, for a person."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def unusable(value: str, allowed: frozenset[str] = NAME_FORMAT_CHARACTERS) -> bool:
    """True when ``value`` holds a character no name, address or number may hold."""
    for ch in value:
        category = unicodedata.category(ch)
        if category in REFUSED_CATEGORIES or (category == "Cf" and ch not in allowed):
            return True
    return False


def _too_long(reason: Reason, what: str, limit: int) -> Refusal:
    return Refusal(reason, f"That {what} is too long (at most {limit} characters).", limit)


def _odd(reason: Reason, what: str) -> Refusal:
    return Refusal(reason, f"That {what} contains characters we can't use. Please retype it.")


def check_name(raw: str) -> Checked:
    """The name with its spaces collapsed and in NFC, or why it is refused."""
    if len(raw) > MAX_NAME * 2:  # spaces that collapse may take it under; checked again below
        return None, _too_long(Reason.NAME_TOO_LONG, "name", MAX_NAME)
    if unusable(raw):
        return None, _odd(Reason.NAME_CHARACTERS, "name")
    name = unicodedata.normalize("NFC", " ".join(raw.split()))
    if not name:
        return None, Refusal(Reason.NAME_MISSING, "Please tell us your name.")
    if len(name) > MAX_NAME:
        return None, _too_long(Reason.NAME_TOO_LONG, "name", MAX_NAME)
    if not any(ch.isalpha() for ch in name):
        return None, Refusal(Reason.NAME_NO_LETTER, "A name needs at least one letter.")
    return name, None


NON_ASCII_LOCAL_PART = (
    "Our email service can only deliver to addresses written in Latin letters before the @ "
    "(the part after it may use any script). Please use another address, or choose a text "
    "message."
)
NO_AT = "An email address needs an @, like name@example.com."


def _which_part(value: str) -> Refusal:
    """Which side of the @ email-validator refused, found by asking it about each side alone.

    Its own sentence is never passed on: it is written for programmers, in English.
    """
    if value.count("@") > 1:
        return Refusal(Reason.EMAIL_TWO_AT, "An email address has only one @.")
    domain = value.rsplit("@", 1)[1]
    try:
        validate_email(f"a@{domain}", check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError:
        return Refusal(
            Reason.EMAIL_AFTER_AT,
            "The part after the @ doesn't look right: it should be like example.com.",
        )
    return Refusal(
        Reason.EMAIL_BEFORE_AT, "The part before the @ doesn't look right. Please check it."
    )


def check_email(raw: str, *, smtputf8: bool = False) -> Checked:
    """The address as email-validator normalises it (domain in Unicode), or why it is refused.

    ``smtputf8``: whether the channel that will carry it can deliver to a non-ASCII local
    part. The domain is never a reason to refuse: senders write it as IDNA punycode.
    """
    value = raw.strip()
    if len(value) > MAX_EMAIL:
        return None, _too_long(Reason.EMAIL_TOO_LONG, "email address", MAX_EMAIL)
    if unusable(value, allowed=frozenset()):
        return None, _odd(Reason.EMAIL_CHARACTERS, "email address")
    if not value:
        return None, Refusal(Reason.EMAIL_MISSING, "Please enter your email address.")
    if "@" not in value:
        return None, Refusal(Reason.EMAIL_NO_AT, NO_AT)
    try:
        result = validate_email(value, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError:
        return None, _which_part(value)
    if result.ascii_email is None and not smtputf8:
        return None, Refusal(Reason.EMAIL_LATIN_ONLY, NON_ASCII_LOCAL_PART)
    return str(result.normalized), None


def check_address_text(raw: str) -> Checked:
    """Only what makes any text unfit to be an address: its length, its characters, no @.

    For callers below the form (the records store) that must not store hostile text but
    leave the address's syntax and domain to the form and to the provider.
    """
    value = raw.strip()
    if len(value) > MAX_EMAIL:
        return None, _too_long(Reason.EMAIL_TOO_LONG, "email address", MAX_EMAIL)
    if unusable(value, allowed=frozenset()) or any(ch.isspace() for ch in value):
        return None, _odd(Reason.EMAIL_CHARACTERS, "email address")
    if "@" not in value:
        return None, Refusal(Reason.EMAIL_NO_AT, NO_AT)
    return value, None


def check_phone(raw: str, region: str, *, mobile: bool = True) -> Checked:
    """The number in E.164, or why it is refused; ``mobile``: it must be able to take an SMS."""
    value = raw.strip()
    if len(value) > MAX_PHONE:
        return None, _too_long(Reason.PHONE_TOO_LONG, "phone number", MAX_PHONE)
    if unusable(value, allowed=frozenset()):
        return None, _odd(Reason.PHONE_CHARACTERS, "phone number")
    if not value:
        return None, Refusal(Reason.PHONE_MISSING, "Please enter your mobile number.")
    try:
        number = phonenumbers.parse(value, region or None)
    except phonenumbers.NumberParseException:
        return None, Refusal(
            Reason.PHONE_NOT_A_NUMBER,
            "That doesn't look like a phone number. Use digits, and + for the country code.",
        )
    if not phonenumbers.is_possible_number(number):
        return None, Refusal(
            Reason.PHONE_LENGTH, "That phone number has too few or too many digits."
        )
    if mobile:
        if not phonenumbers.is_valid_number(number):
            return None, Refusal(
                Reason.PHONE_INVALID,
                "That phone number isn't valid. Check the country code and the digits.",
            )
        if phonenumbers.number_type(number) in NOT_FOR_SMS:
            return None, Refusal(
                Reason.PHONE_NOT_MOBILE,
                "Please use a mobile number: landlines can't receive photos.",
            )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def require(field: str, checked: Checked) -> str:
    """The clean value, or :class:`ContactRefused` naming the field."""
    value, problem = checked
    if problem is not None or value is None:
        raise ContactRefused(field, problem or f"the {field} is missing")
    return value
