"""One table of names, addresses and numbers through every way contact data comes in (P5, P7).

The entry points: the details form (``booth.contact_form.check_form``), ``records
rectify`` on the command line (a real process), the manager's rectify service
(``booth.manager_services.rectify_person``, what the Records tab calls). The sync feed
takes no contact data in: head office sends down keyed hashes and visit ids only
(``sync.client`` pulls erasures), and what the feed pushes up was stored through these
entry points; the records store's own check is tested below the table.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from booth.contact_form import ContactInput, check_form
from booth.manager_services import RightsError, rectify_person
from booth.paths import DataLayout
from booth.records_file import open_records
from booth.settings import Settings
from consent.contact_rules import ContactRefused
from consent.records import visit_contact
from delivery.builtin_channels import BuiltinChannel as Channel
from tests.consent.helpers import cli, visit

PERSIAN = "علی\u200cرضا"  # Alireza: needs ZERO WIDTH NON-JOINER
SINHALA = "ශ්\u200dරී"  # Sri: needs ZERO WIDTH JOINER
HOSTILE_ESCAPES = "\x1b[2J\x1b[31mRita\x1b]0;pwned\x07"


@dataclass(frozen=True)
class Case:
    id: str
    field: str  # name | email | phone
    typed: str
    stored: str | None  # what is kept when accepted; None: refused
    says: str = ""  # words of the refusal every entry point shows


TABLE = [
    Case("persian-zwnj", "name", PERSIAN, PERSIAN),
    Case("sinhala-zwj", "name", SINHALA, SINHALA),
    Case("soft-hyphen", "name", "Zoë Bar\u00adtholomew", "Zoë Bar\u00adtholomew"),
    Case("idna-domain", "email", "user@bücher.de", "user@bücher.de"),
    Case("uk-mobile", "phone", "+44 7911 123456", "+447911123456"),
    Case("10000-chars", "name", "x" * 10_000, None, "at most 80 characters"),
    Case("81-chars", "name", "x" * 81, None, "at most 80 characters"),
    Case("nul", "name", "Ada\x00Lovelace", None, "characters we can't use"),
    Case("escapes", "name", HOSTILE_ESCAPES, None, "characters we can't use"),
    Case("bidi-override", "name", "Ada\u202eecalevoL", None, "characters we can't use"),
    Case("no-period", "email", "a@b", None, "The part after the @ doesn't look right"),
    Case("bcc-header", "email", "ada@example.com\r\nBcc: all@example.org", None, "can't use"),
    Case("non-ascii-local", "email", "δοκιμή@παράδειγμα.δοκιμή", None, "Latin letters"),
    Case("landline", "phone", "+44 20 7946 0018", None, "mobile number"),
]
BEFORE = {"name": "Ada Lovelace", "email": "ada@example.com", "phone": "+12015550123"}

Outcome = tuple[str | None, str]  # (what is stored now, what the person was told)


def through_the_form(layout: DataLayout, subject: str, case: Case) -> Outcome:
    typed = {**BEFORE, case.field: case.typed}
    form = ContactInput(**typed, channels=frozenset({Channel.EMAIL, Channel.SMS}))
    check = check_form(form, "US")
    if check.contact is None:
        return None, check.errors.get(case.field, json.dumps(check.errors))
    return getattr(check.contact, case.field), ""


def stored(layout: DataLayout, field: str) -> str | None:
    database = open_records(layout)
    try:
        (visit_id,) = [r[0] for r in database.conn.execute("SELECT id FROM visits")]
        value: str | None = getattr(visit_contact(database, visit_id), field)
        return value
    finally:
        database.close()


def through_the_command_line(layout: DataLayout, subject: str, case: Case) -> Outcome:
    if "\x00" in case.typed:
        pytest.skip("an argument cannot hold NUL: the operating system ends it there")
    result = cli(
        layout, "records", "rectify", "--subject", subject, f"--new-{case.field}", case.typed
    )
    lines = result.stderr.strip().splitlines()
    if result.returncode == 0:
        assert not lines, result.stderr
        return stored(layout, case.field), ""
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert stored(layout, case.field) == BEFORE[case.field], "nothing was changed"
    return None, lines[0]


def through_the_manager_screen(layout: DataLayout, subject: str, case: Case) -> Outcome:
    try:
        rectify_person(layout, Settings(), "test", subject, **{case.field: case.typed})
    except RightsError as exc:
        assert stored(layout, case.field) == BEFORE[case.field], "nothing was changed"
        return None, str(exc)
    return stored(layout, case.field), ""


ENTRY_POINTS: dict[str, Callable[[DataLayout, str, Case], Outcome]] = {
    "form": through_the_form,
    "cli-rectify": through_the_command_line,
    "manager-rectify": through_the_manager_screen,
}


@pytest.mark.parametrize("case", TABLE, ids=[c.id for c in TABLE])
@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_every_entry_point_accepts_and_refuses_the_same(
    layout: DataLayout, entry: str, case: Case
) -> None:
    """P5 rectification, P7: one rule for every way in. Names that need ZWNJ/ZWJ or a soft
    hyphen are accepted; hostile text is refused with the same clear words everywhere, and
    the length message names the real limit (80)."""
    visit(layout, *BEFORE.values())
    database = open_records(layout)
    subject = database.conn.execute("SELECT subject_id FROM visits").fetchone()[0]
    database.close()

    kept, told = ENTRY_POINTS[entry](layout, subject, case)

    if case.stored is None:
        assert kept is None, f"{entry} accepted {case.id}"
        assert case.says in told, told
        assert "160" not in told
    else:
        assert kept == case.stored, told


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "x" * 100_000),
        ("name", HOSTILE_ESCAPES),
        ("name", "Ada\x00Lovelace"),
        ("email", "ada@example.com\r\nBcc: all@example.org"),
        ("phone", "+1 201 555 0123\x1b[2J"),
    ],
    ids=["100000-chars", "escapes", "nul", "bcc-header", "escape-in-number"],
)
def test_the_records_store_refuses_hostile_text_from_any_caller(
    layout: DataLayout, field: str, value: str
) -> None:
    """P7: below the form, ``RecordsStore.submit`` refuses what no form would pass, so a
    script or a future screen cannot store it either (and no photo file is left)."""
    values = {**BEFORE, field: value}
    with pytest.raises(ContactRefused):
        visit(layout, values["name"], values["email"], values["phone"])
    assert not any(layout.photos.iterdir())


def test_a_lookup_with_hostile_text_is_refused_with_one_line(layout: DataLayout) -> None:
    """P5: what the manager types to find a person goes through the same character rules."""
    visit(layout, *BEFORE.values())
    for flag, value in (("--email", HOSTILE_ESCAPES + "@example.com"), ("--phone", "\x07" * 40)):
        result = cli(layout, "records", "find", flag, value)
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_an_international_domain_is_found_as_typed_or_as_punycode(layout: DataLayout) -> None:
    """P5 access: a visitor who typed ``bücher.de`` is found by either spelling of it."""
    visit(layout, "Ada Lovelace", "user@bücher.de", None)
    for typed in ("user@bücher.de", "USER@xn--bcher-kva.de"):
        result = cli(layout, "records", "find", "--email", typed)
        assert result.returncode == 0, result.stderr
