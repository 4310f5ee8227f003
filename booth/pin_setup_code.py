"""The one-time setup code: the only way to choose PINs at the corner (P7).

Choosing the first PINs makes someone manager, so it cannot hang on something anyone with
the data folder can arrange (deleting a file). It happens during provisioning: whoever
installs the kiosk runs ``photobooth-kiosk pins setup-code`` on it (or the provisioning
command calls ``PinStore.issue_setup_code``), which prints a 12-digit code once; the corner
asks for that code before anyone sets a PIN, and the code is spent when both PINs are saved.

Only a peppered scrypt hash of the code is kept, in the records file's ``meta`` table
(``admin_pins_setup``), never the code. 10**12 codes at one scrypt run per guess cannot be
worked through at a touchscreen, so a wrong code does not lock anything. Issuing a new code
voids the last one; while valid PINs are set a code is issued only when asked to replace
them (a manager PIN nobody remembers).
"""

from __future__ import annotations

import json
import secrets

from booth.pin_record import hash_secret, secret_matches
from consent.database import Database

META_KEY = "admin_pins_setup"
CODE_DIGITS = 12


def new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def shown(code: str) -> str:
    """The code as printed and on the pad: groups of four, easier to read out and type."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalised(typed: str) -> str:
    return "".join(ch for ch in typed if ch.isascii() and ch.isdigit())


def pending(database: Database) -> bool:
    row = database.conn.execute("SELECT 1 FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    return row is not None


def store(database: Database, code: str) -> None:
    """Keep the new code's hash (inside the caller's transaction), voiding any earlier one."""
    stored = json.dumps(hash_secret(code, database.vault), sort_keys=True)
    database.conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (META_KEY, stored),
    )


def matches(database: Database, typed: str) -> bool:
    row = database.conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    if row is None:
        return False
    code = normalised(typed)
    return len(code) == CODE_DIGITS and secret_matches(code, json.loads(row[0]), database.vault)


def spend(database: Database) -> None:
    database.conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
