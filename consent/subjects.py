"""Who a record is about, without saying who: pseudonymous subjects and keyed lookups.

A subject is a random UUID. Visits point at it and carry an HMAC of the
normalised email (lower-cased) and phone (E.164), so the manager can find a
person by what they typed without the records file holding a searchable
address. The same person coming back with the same email or phone joins the
same subject, so one request reaches all their visits.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from consent import contact_rules as rules
from consent.crypto import Vault

EMAIL = "email"
PHONE = "phone"


class LookupInputError(ValueError):
    """What was typed is not an email address or phone number we can look up."""


def normalise_email(raw: str) -> str:
    value = raw.strip().lower()
    if "@" not in value or value.startswith("@") or value.endswith("@") or " " in value:
        raise LookupInputError(f"'{raw}' is not an email address")
    return value


def normalise_phone(raw: str, default_region: str = "US") -> str:
    try:
        number = phonenumbers.parse(raw.strip(), default_region)
    except phonenumbers.NumberParseException:
        raise LookupInputError(f"'{raw}' is not a phone number") from None
    if not phonenumbers.is_possible_number(number):
        raise LookupInputError(f"'{raw}' is not a phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _typed(raw: str, what: str, limit: int) -> str:
    """What the manager typed, refused with a clear message if it cannot be a real value."""
    value = raw.strip()
    if len(value) > limit:
        raise LookupInputError(f"that {what} is too long (at most {limit} characters)")
    if rules.unusable(value, allowed=frozenset()):
        raise LookupInputError(f"that {what} contains control or invisible characters")
    return value


def lookup_email(raw: str) -> str:
    """The key a typed address is looked up by: what the form would have stored, lower-cased.

    A domain typed as punycode (``xn--bcher-kva.de``) finds the visitor who typed
    ``bücher.de``: email-validator gives both the same Unicode form. An address the form
    would refuse today is still looked up as typed, so records stored before a rule
    existed can be found, corrected and erased.
    """
    value = _typed(raw, "email address", rules.MAX_EMAIL)
    with contextlib.suppress(EmailNotValidError):
        value = validate_email(value, check_deliverability=False, allow_smtputf8=True).normalized
    return normalise_email(value)


def lookup_phone(raw: str, default_region: str) -> str:
    return normalise_phone(_typed(raw, "phone number", rules.MAX_PHONE), default_region)


@dataclass(frozen=True)
class Identifier:
    """One way to name a person: an email, a phone number, or a subject id."""

    kind: str  # email | phone | subject
    value: str

    @classmethod
    def parse(
        cls,
        *,
        email: str | None = None,
        phone: str | None = None,
        subject: str | None = None,
        default_region: str = "US",
    ) -> Identifier:
        given = [(k, v) for k, v in (("email", email), ("phone", phone), ("subject", subject)) if v]
        if len(given) != 1:
            raise LookupInputError("name the person by exactly one of --email, --phone, --subject")
        kind, value = given[0]
        assert value is not None
        if kind == EMAIL:
            return cls(EMAIL, lookup_email(value))
        if kind == PHONE:
            return cls(PHONE, lookup_phone(value, default_region))
        return cls("subject", _typed(value, "subject id", 64))

    def describe(self) -> str:
        """For messages on screen; never written to a log or the audit log."""
        return f"{self.kind} {self.value}"


def subject_ids(conn: sqlite3.Connection, vault: Vault, ident: Identifier) -> list[str]:
    """Every subject the identifier matches (normally one; two means ambiguous)."""
    if ident.kind == "subject":
        row = conn.execute("SELECT id FROM subjects WHERE id = ?", (ident.value,)).fetchone()
        return [row[0]] if row else []
    column = "email_hash" if ident.kind == EMAIL else "phone_hash"
    rows = conn.execute(
        f"SELECT DISTINCT subject_id FROM visits WHERE {column} = ? ORDER BY subject_id",
        (vault.lookup_hash(ident.kind, ident.value),),
    ).fetchall()
    return [r[0] for r in rows if r[0]]


def match_subject(
    conn: sqlite3.Connection, vault: Vault, email: str | None, phone: str | None
) -> str | None:
    """The subject a new visit belongs to: same email first, else same phone."""
    for kind, value in ((EMAIL, email), (PHONE, phone)):
        if not value:
            continue
        column = "email_hash" if kind == EMAIL else "phone_hash"
        row = conn.execute(
            f"SELECT subject_id FROM visits WHERE {column} = ? AND subject_id IS NOT NULL LIMIT 1",
            (vault.lookup_hash(kind, value),),
        ).fetchone()
        if row:
            return str(row[0])
    return None
