"""What the details form accepts and refuses, with the message a visitor reads."""

from __future__ import annotations

import pytest

from booth.contact_form import ContactInput, Reason, check_form, check_name, check_phone
from delivery.builtin_channels import BuiltinChannel as Channel

EMAIL = frozenset({Channel.EMAIL})
SMS = frozenset({Channel.SMS})


def test_name_is_trimmed_and_inner_spaces_collapsed() -> None:
    assert check_name("   Ada    Lovelace  ") == ("Ada Lovelace", None)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "tell us your name"),
        ("   ", "tell us your name"),
        ("x" * 81, "too long"),
        ("Ada\x00Lovelace", "characters we can't use"),
        ("Ada\u202eLovelace", "characters we can't use"),
        ("12345", "at least one letter"),
    ],
)
def test_bad_names_get_a_specific_message(raw: str, fragment: str) -> None:
    name, error = check_name(raw)
    assert name is None and error is not None and fragment in error


@pytest.mark.parametrize(
    ("raw", "fragment", "reason"),
    [
        ("ada.example.com", "needs an @", Reason.EMAIL_NO_AT),
        ("ada@example", "after the @", Reason.EMAIL_AFTER_AT),
        ("ada@exa mple.com", "after the @", Reason.EMAIL_AFTER_AT),
        (".ada@example.com", "before the @", Reason.EMAIL_BEFORE_AT),
        ("ada@@example.com", "only one @", Reason.EMAIL_TWO_AT),
        ("a" * 250 + "@example.com", "too long", Reason.EMAIL_TOO_LONG),
    ],
)
def test_bad_email_addresses_get_a_specific_message(
    raw: str, fragment: str, reason: Reason
) -> None:
    """Which side of the @ is wrong, in our words: never email-validator's own sentence."""
    check = check_form(ContactInput(name="Ada", email=raw, channels=EMAIL), "US")
    assert not check.ok
    assert fragment in check.errors["email"]
    assert check.errors["email"].reason is reason
    assert "@-sign" not in check.errors["email"] and "period" not in check.errors["email"]


def test_plus_addressing_and_an_apostrophe_are_accepted() -> None:
    check = check_form(
        ContactInput(name="Siobhán O'Brien", email="o'brien+tag@example.com", channels=EMAIL),
        "US",
    )
    assert check.contact is not None and check.contact.email == "o'brien+tag@example.com"


def test_email_is_normalised_without_a_network_lookup() -> None:
    check = check_form(ContactInput(name="Ada", email="Ada@Example.COM", channels=EMAIL), "US")
    assert check.contact is not None and check.contact.email == "Ada@example.com"


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("(201) 555-0123", "US", "+12015550123"),
        ("+44 7911 123456", "US", "+447911123456"),
        ("07911 123456", "GB", "+447911123456"),
    ],
)
def test_phone_numbers_use_the_default_region_and_come_out_e164(
    raw: str, region: str, expected: str
) -> None:
    assert check_phone(raw, region) == (expected, None)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("12345", "digits"),
        ("hello", "doesn't look like a phone number"),
        ("+1 999 555 0123", "isn't valid"),
    ],
)
def test_bad_phone_numbers_get_a_specific_message(raw: str, fragment: str) -> None:
    check = check_form(ContactInput(name="Ada", phone=raw, channels=SMS), "US")
    assert fragment in check.errors["phone"]


def test_a_delivery_channel_is_required() -> None:
    check = check_form(ContactInput(name="Ada", email="ada@example.com"), "US")
    assert "Choose how" in check.errors["channels"]


def test_only_the_chosen_channel_is_kept() -> None:
    """P1: a number typed but not chosen for delivery is not collected."""
    form = ContactInput(name="Ada", email="ada@example.com", phone="", channels=EMAIL)
    contact = check_form(form, "US").contact
    assert contact is not None and contact.phone is None and contact.channels == (Channel.EMAIL,)


def test_publish_consent_is_never_required() -> None:
    """P2: delivery works with the publish box unticked."""
    contact = check_form(
        ContactInput(name="Ada", email="ada@example.com", channels=EMAIL), "US"
    ).contact
    assert contact is not None and contact.publish is False
