"""``photobooth-kiosk outbox list | retry ID | drop ID | test-connection | test-send``: the manager's delivery tools.

The list shows ids, channels, states and reasons: never an address or a name (P7).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from booth.manager_services import change_delivery
from booth.paths import DataLayout, resolve_data_dir
from booth.records_file import open_outbox
from consent.audit import default_actor
from consent.delivery_status import DeliveryStatus
from delivery.outbox import Outbox


def add_outbox_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    outbox = sub.add_parser("outbox", parents=[common], help="deliveries: list, retry, drop")
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="deliveries and their state")
    listing.add_argument(
        "--status",
        action="append",
        default=[],
        help="only this state (repeatable): "
        + ", ".join(s for s in DeliveryStatus if s is not DeliveryStatus.PAUSED),
    )
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(func=_cmd_list)
    for name, help_text in (
        ("retry", "send a failed, dead or dropped delivery again"),
        ("drop", "never attempt this delivery again"),
    ):
        action = actions.add_parser(name, parents=[common], help=help_text)
        action.add_argument("delivery_id", metavar="ID")
        action.set_defaults(func=_cmd_retry if name == "retry" else _cmd_drop)
    check = actions.add_parser(
        "test-connection",
        parents=[common],
        help="staff test: can each enabled channel reach its provider? (sends nothing)",
    )
    check.set_defaults(func=_cmd_test_connection)
    test = actions.add_parser(
        "test-send",
        parents=[common],
        help="staff test: send a test card to your own address and/or mobile number",
    )
    test.add_argument("--email", default="", help="your address: gets a test email")
    test.add_argument("--phone", default="", help="your mobile number: gets a test text message")
    test.add_argument(
        "--sandbox",
        action="store_true",
        help="SendGrid checks the email but delivers nothing",
    )
    test.set_defaults(func=_cmd_test_send)


def _outbox(args: argparse.Namespace) -> Outbox:
    layout = DataLayout(resolve_data_dir(args.data_dir))
    if not layout.database.exists():
        from booth.errors import SetupError

        raise SetupError(f"no records file in {layout.root}")
    return open_outbox(layout)


def _cmd_list(args: argparse.Namespace) -> int:
    outbox = _outbox(args)
    try:
        rows = outbox.rows(args.status, args.limit)
        for row in rows:
            if args.json:
                print(json.dumps(row, ensure_ascii=False))
            else:
                reason = f"  {row['last_error']}" if row["last_error"] else ""
                extra = f" ({row['provider_status']})" if row["provider_status"] else ""
                print(
                    f"{row['id']}  {row['channel']:<5} {row['status']:<10}{extra} "
                    f"attempts={row['attempts']} created={row['created_at'][:19]}{reason}"
                )
        for channel in outbox.channels():
            if channel["paused_until"] and not args.json:
                print(
                    f"channel {channel['channel']} paused until {channel['paused_until'][:19]}: {channel['reason']}"
                )
    finally:
        outbox.database.close()
    return 0


def _change(args: argparse.Namespace, retry: bool) -> int:
    outbox = _outbox(args)
    try:
        done = change_delivery(outbox, args.delivery_id, retry, default_actor("cli"))
    finally:
        outbox.database.close()
    if not done:
        print(
            f"photobooth-kiosk: no delivery {args.delivery_id} that can be {'retried' if retry else 'dropped'}"
        )
        return 2
    print(f"{args.delivery_id} {'queued again' if retry else 'dropped'}")
    return 0


def _cmd_retry(args: argparse.Namespace) -> int:
    return _change(args, retry=True)


def _cmd_drop(args: argparse.Namespace) -> int:
    return _change(args, retry=False)


def _print_results(results: list[Any]) -> int:
    for result in results:
        print(f"{result.part}: {'OK' if result.ok else 'FAILED'}: {result.message}")
    return 0 if all(result.ok for result in results) else 2


def _cmd_test_connection(args: argparse.Namespace) -> int:
    from booth.delivery_checks import check_connections
    from booth.settings import load_settings

    layout = DataLayout(resolve_data_dir(args.data_dir))
    return _print_results(check_connections(load_settings(layout.settings_file), layout))


def _cmd_test_send(args: argparse.Namespace) -> int:
    """Straight to the providers, not through the outbox: staff's address is not a visitor's."""
    from booth.delivery_checks import send_tests
    from booth.settings import load_settings

    layout = DataLayout(resolve_data_dir(args.data_dir))
    settings = load_settings(layout.settings_file)
    return _print_results(
        send_tests(settings, layout, args.email, args.phone, sandbox=args.sandbox)
    )
