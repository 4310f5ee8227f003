"""What a new staff or manager PIN must not be (P7).

A PIN of 4 to 8 digits has at most 10**8 values, and people do not pick them evenly: a
handful of PINs (1234, 1111, 0000, 2580 …) open a large share of pads. Someone at the
corner gets five tries before the pad locks, so refusing the PINs that would be tried
first is what makes those five tries worth little. Refused, each with its own reason so
the screen and the command line can say which rule was hit:

* repeats: one digit or one block over and over (1111, 1212, 123123);
* runs of consecutive digits, up or down, wrapping past 9 (1234, 4321, 7890);
* patterns on the keypad's face (2580 down the middle, 1470 down the left and onto 0,
  the four corners 1379 in any order, a few well-known longer walks);
* the most common PINs in published studies of leaked PIN lists.

Plain Python, no Qt: the messages are English for the command line; the screens translate
by :class:`Weakness`.
"""

from __future__ import annotations

import enum
import itertools

MIN_PIN, MAX_PIN = 4, 8

KEYPAD_PATTERNS = frozenset(
    {
        # down a column and onto the 0 beneath it, and back up
        "2580", "0852", "1470", "0741", "3690", "0963",
        # longer walks along rows and columns
        "147258", "258369", "147258369", "789456", "789456123", "741852", "852963", "741852963",
        # the two diagonals, crossed
        "159357", "357159", "159753", "951357",
    }
)  # fmt: skip
CORNERS = frozenset("1379")
COMMON_PINS = frozenset(
    {
        # among the twenty most used four-digit PINs and not caught by a rule above
        "1004", "2000", "2001", "1122", "1998", "1999", "5683", "0007",
        # the same for six and eight digits
        "112233", "123321", "123654", "520520", "11223344",
    }
)  # fmt: skip


class Weakness(enum.StrEnum):
    """Why a PIN was refused."""

    FORMAT = "format"
    REPEATED = "repeated"
    SEQUENCE = "sequence"
    KEYPAD = "keypad"
    COMMON = "common"
    SAME_AS_OTHER = "same_as_other"


MESSAGES = {
    Weakness.FORMAT: f"A PIN is {MIN_PIN} to {MAX_PIN} digits.",
    Weakness.REPEATED: "That PIN repeats itself (like 1111 or 1212): choose another.",
    Weakness.SEQUENCE: "That PIN is a run of digits (like 1234 or 4321): choose another.",
    Weakness.KEYPAD: "That PIN is a pattern on the keypad (like 2580 or 1379): choose another.",
    Weakness.COMMON: "That PIN is one of the most common PINs: choose another.",
    Weakness.SAME_AS_OTHER: "The staff and manager PINs must be different.",
}


class PinError(Exception):
    """Something about PINs the person at the pad or the terminal must be told."""


class WeakPin(PinError):
    """A PIN that cannot be set; ``weakness`` says which rule it broke."""

    def __init__(self, weakness: Weakness) -> None:
        super().__init__(MESSAGES[weakness])
        self.weakness = weakness


def check_new_pin(pin: str) -> None:
    """Raise :class:`WeakPin` unless ``pin`` may become a staff or manager PIN."""
    weakness = weakness_of(pin)
    if weakness is not None:
        raise WeakPin(weakness)


def weakness_of(pin: str) -> Weakness | None:
    if not (pin.isascii() and pin.isdigit() and MIN_PIN <= len(pin) <= MAX_PIN):
        return Weakness.FORMAT
    if _repeats(pin):
        return Weakness.REPEATED
    if _is_run(pin):
        return Weakness.SEQUENCE
    if pin in KEYPAD_PATTERNS or (len(pin) == 4 and set(pin) == CORNERS):
        return Weakness.KEYPAD
    if pin in COMMON_PINS:
        return Weakness.COMMON
    return None


def _repeats(pin: str) -> bool:
    """One block, written out more than once: 1111, 1212, 123123, 12341234."""
    return any(
        len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size)
        for size in range(1, len(pin) // 2 + 1)
    )


def _is_run(pin: str) -> bool:
    """Every digit one more (or every digit one less) than the one before, 9 wrapping to 0."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return steps in ({1}, {9})
