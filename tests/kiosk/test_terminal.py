"""What the command line prints cannot act on the manager's terminal (P5, P7)."""

from __future__ import annotations

import json
import re

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.records import field_context
from kiosk.terminal import terminal_safe
from tests.consent.helpers import cli, visit

HOSTILE = "\x1b[2J\x1b[31mRita\x1b]0;pwned\x07 \u202eevil\x9b31m"
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def store_as_an_old_kiosk_would(layout: DataLayout, visit_id: str, name: str) -> None:
    """Before issue #16 rectify stored any text; such rows are still in records files."""
    database = open_records(layout)
    try:
        sealed = database.vault.seal(name, field_context(visit_id, "name"))
        database.conn.execute("UPDATE visits SET name_enc = ? WHERE id = ?", (sealed, visit_id))
    finally:
        database.close()


def test_control_characters_are_shown_escaped_and_names_keep_their_joiners() -> None:
    assert terminal_safe("a\x1b[2Jb\x07\n") == "a\\u001b[2Jb\\u0007\n"
    assert terminal_safe("\u202eabc\x9b") == "\\u202eabc\\u009b"
    persian = "علی\u200cرضا"
    assert terminal_safe(persian) == persian, "ZWNJ is part of the name, not a control"


def test_records_find_prints_no_raw_escape_even_for_data_already_stored(
    layout: DataLayout,
) -> None:
    """P5 access, P7: a stored escape sequence is shown, not obeyed; --json stays JSON and
    gives back exactly what is stored."""
    submitted = visit(layout, "Rita Hayworth", "rita@example.com", None)
    store_as_an_old_kiosk_would(layout, submitted.visit_id, HOSTILE)

    text = cli(layout, "records", "find", "--email", "rita@example.com")
    assert text.returncode == 0, text.stderr
    assert not RAW_CONTROL.search(text.stdout + text.stderr), repr(text.stdout)
    assert "\\u001b[2J" in text.stdout, "the manager can see what is there"

    as_json = cli(layout, "records", "find", "--email", "rita@example.com", "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert not RAW_CONTROL.search(as_json.stdout)
    (document,) = json.loads(as_json.stdout)
    assert document["visits"][0]["name"] == HOSTILE
