"""``photobooth-kiosk pins setup-code | set | status``: the staff PINs from the terminal (P7).

* ``setup-code`` is provisioning: it prints a one-time code, once, that the hidden corner asks
  for before anyone chooses the PINs. It refuses while valid PINs are set unless told to
  replace them (``--replace``: nobody remembers the manager PIN).
* ``set --role staff|manager [--by manager]`` changes a PIN with the current one (or resets
  the staff PIN with the manager's). Every PIN is read with ``getpass``: never echoed, never
  an argument (which would land in the shell's history and the process list).
* ``status`` says whether the admin area can be opened, and how to provision it if not.

The rules, the record and the audit entries are booth.pin_store's, as for the screens.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from booth.admin_auth import Role
from booth.paths import DataLayout, resolve_data_dir
from booth.pin_record import PinState
from booth.pin_rules import PinError, check_new_pin
from booth.pin_setup_code import shown
from booth.pin_store import CLOSED_MESSAGES, PinStore
from consent.audit import default_actor
from kiosk.logs import configure_logging

EXIT_OK, EXIT_USER = 0, 2


def add_pins_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    pins = sub.add_parser("pins", parents=[common], help="staff and manager PINs")
    actions = pins.add_subparsers(dest="pins_command", metavar="ACTION", required=True)
    code = actions.add_parser(
        "setup-code",
        parents=[common],
        help="provisioning: print a one-time code the hidden corner asks for before PINs are chosen",
    )
    code.add_argument(
        "--replace",
        action="store_true",
        help="the PINs are set but the manager PIN is lost: they stop working until new ones "
        "are chosen with the code",
    )
    code.set_defaults(func=_cmd_setup_code)
    change = actions.add_parser(
        "set", parents=[common], help="change a PIN (asks for the current one, then the new twice)"
    )
    change.add_argument("--role", required=True, choices=[r.value for r in Role])
    change.add_argument(
        "--by",
        choices=[r.value for r in Role],
        help="whose current PIN authorises it (default: the role's own; the manager resets staff's)",
    )
    change.set_defaults(func=_cmd_set)
    status = actions.add_parser(
        "status", parents=[common], help="can the admin area be opened? lockouts per role"
    )
    status.set_defaults(func=_cmd_status)


def _layout(args: argparse.Namespace, create: bool = False) -> DataLayout:
    """The data folder; only provisioning makes it (a typo in --data-dir must not)."""
    layout = DataLayout(resolve_data_dir(args.data_dir))
    if create:
        layout.create()
    if layout.logs.is_dir():
        configure_logging(layout.logs, getattr(args, "verbose", False))
    return layout


def _fail(message: str) -> int:
    print(f"photobooth-kiosk: {message}", file=sys.stderr)
    return EXIT_USER


def _where(layout: DataLayout) -> str:
    return f"(data folder {layout.root}: add --data-dir {layout.root} where it is not the default)"


def _cmd_setup_code(args: argparse.Namespace) -> int:
    layout = _layout(args, create=True)
    try:
        code = PinStore(layout).issue_setup_code(
            actor=default_actor("cli"), replace_pins=args.replace
        )
    except PinError as exc:
        return _fail(str(exc))
    print(f"Setup code: {shown(code)}")
    print(
        "Shown this once. At the kiosk, hold the top-left corner of the attract screen for "
        "3 seconds, type this code, then choose the staff PIN and the manager PIN. The code "
        "works once; running this command again replaces it."
    )
    if args.replace:
        print("The current PINs no longer open the admin area: new ones are chosen with the code.")
    return EXIT_OK


def _cmd_set(args: argparse.Namespace) -> int:
    layout = _layout(args)
    role = Role(args.role)
    by = Role(args.by) if args.by else role
    if not layout.database.exists():
        return _fail(f"{CLOSED_MESSAGES[PinState.NOT_PROVISIONED]} {_where(layout)}")
    asked = f"Current {by.value} PIN: " if by is role else f"{by.value.capitalize()} PIN: "
    current = getpass.getpass(asked)
    new = getpass.getpass(f"New {role.value} PIN: ")
    try:
        check_new_pin(new)
    except PinError as exc:
        return _fail(f"{exc} Nothing was changed.")
    if getpass.getpass(f"New {role.value} PIN again: ") != new:
        return _fail("The two new PINs were not the same. Nothing was changed.")
    try:
        PinStore(layout).change_pin(
            role, new, by=by, current_pin=current, actor=default_actor("cli")
        )
    except PinError as exc:
        return _fail(f"{exc} {_where(layout)}")
    done = "changed" if by is role else f"reset with the {by.value} PIN"
    print(f"The {role.value} PIN was {done}.")
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    layout = _layout(args)
    if not layout.database.exists():
        print(f"{CLOSED_MESSAGES[PinState.NOT_PROVISIONED]} {_where(layout)}")
        return EXIT_USER
    status = PinStore(layout).status()
    if status.state is not PinState.READY:
        print(f"{CLOSED_MESSAGES[status.state]} {_where(layout)}")
        return EXIT_USER
    print("PINs: staff and manager set; the PIN record is intact.")
    for role in Role:
        wait, failures = status.locked_for[role], status.failures[role]
        if wait > 0:
            line = f"locked for {int(wait + 0.999)} s more ({failures} wrong PINs in a row)"
        elif failures:
            line = f"not locked ({failures} wrong PINs in a row)"
        else:
            line = "not locked"
        print(f"{role.value}: {line}")
    return EXIT_OK
