"""Weak PINs are refused with the rule they broke (P7)."""

from __future__ import annotations

import pytest

from booth.pin_rules import Weakness, WeakPin, check_new_pin, weakness_of


@pytest.mark.parametrize(
    ("pin", "weakness"),
    [
        ("123", Weakness.FORMAT),
        ("123456789", Weakness.FORMAT),
        ("12a4", Weakness.FORMAT),
        ("٣٣٤٥", Weakness.FORMAT),  # Arabic-Indic digits: not on the pad
        ("1111", Weakness.REPEATED),
        ("0000", Weakness.REPEATED),
        ("1212", Weakness.REPEATED),
        ("123123", Weakness.REPEATED),
        ("1234", Weakness.SEQUENCE),
        ("4321", Weakness.SEQUENCE),
        ("7890", Weakness.SEQUENCE),
        ("98765", Weakness.SEQUENCE),
        ("2580", Weakness.KEYPAD),
        ("0852", Weakness.KEYPAD),
        ("1470", Weakness.KEYPAD),
        ("1379", Weakness.KEYPAD),
        ("9731", Weakness.KEYPAD),
        ("3197", Weakness.KEYPAD),
        ("147258", Weakness.KEYPAD),
        ("1004", Weakness.COMMON),
        ("2000", Weakness.COMMON),
        ("1122", Weakness.COMMON),
        ("112233", Weakness.COMMON),
    ],
)
def test_weak_pins_are_refused_with_their_reason(pin: str, weakness: Weakness) -> None:
    """P7: repeats, runs, keypad patterns and the most common PINs are refused, each named."""
    with pytest.raises(WeakPin) as refused:
        check_new_pin(pin)
    assert refused.value.weakness is weakness
    assert str(refused.value), "the terminal gets a sentence, not a code"


@pytest.mark.parametrize("pin", ["2468", "13579", "7305", "90817", "40516273"])
def test_ordinary_pins_are_accepted(pin: str) -> None:
    assert weakness_of(pin) is None
