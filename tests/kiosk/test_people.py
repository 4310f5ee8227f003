"""The autopilot's fake visitors: deterministic, fictional, and shared across kiosks by seed."""

from __future__ import annotations

from booth.contact_form import check_email, check_phone
from kiosk.people import visitors


def test_same_seed_same_kiosk_same_visitors() -> None:
    assert visitors(7, "a", 20) == visitors(7, "a", 20)


def test_two_kiosks_with_one_seed_meet_some_of_the_same_people() -> None:
    a, b = set(visitors(3, "a", 40)), set(visitors(3, "b", 40))
    assert a & b, "returning customers across stores"
    assert a != b


def test_fake_contacts_pass_the_kiosk_form() -> None:
    for person in visitors(0, "k", 30):
        assert check_email(person.email)[1] is None
        assert check_phone(person.typed_phone, "US") == (person.phone, None)
