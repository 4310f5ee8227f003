"""``photobooth-kiosk outbox list | retry ID | drop ID | test-send``: the manager's delivery tools.

The list shows ids, channels, states and reasons: never an address or a name (P7).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from consent.audit import default_actor
from consent.database import Database
from consent.photos import PhotoStore
from delivery.outbox import Outbox
from kiosk.manager_services import change_delivery
from kiosk.paths import DataLayout, resolve_data_dir


def add_outbox_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    outbox = sub.add_parser("outbox", parents=[common], help="deliveries: list, retry, drop")
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="deliveries and their state")
    listing.add_argument(
        "--status",
        action="append",
        default=[],
        help="only this state (repeatable): "
        "queued, retry, sending, sent, failed, dead, dropped, restricted, expired",
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
    test = actions.add_parser(
        "test-send",
        parents=[common],
        help="staff test: SendGrid sandbox email (delivers nothing) and/or a real text message",
    )
    test.add_argument("--email", help="address for the sandboxed email")
    test.add_argument("--phone", help="number (E.164) that gets a real test message")
    test.set_defaults(func=_cmd_test_send)


def _outbox(args: argparse.Namespace) -> Outbox:
    layout = DataLayout(resolve_data_dir(args.data_dir))
    if not layout.database.exists():
        from kiosk.app import SetupError

        raise SetupError(f"no records file in {layout.root}")
    return Outbox(Database(layout.database), PhotoStore(layout.photos))


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


def _cmd_test_send(args: argparse.Namespace) -> int:
    """Straight to the providers, not through the outbox: staff's address is not a visitor's."""
    import io

    from PIL import Image

    from delivery.channels import DeliveryJob, SendError
    from delivery.media_host import S3MediaHost
    from delivery.sendgrid_email import SendGridEmailSender
    from delivery.twilio_sms import TwilioSmsSender
    from kiosk.delivery_setup import (
        media_host_config,
        sendgrid_config,
        store_voice,
        twilio_config,
    )
    from kiosk.settings import load_settings

    layout = DataLayout(resolve_data_dir(args.data_dir))
    settings = load_settings(layout.settings_file)
    buffer = io.BytesIO()
    Image.new("RGB", (400, 500), (176, 141, 87)).save(buffer, "JPEG")
    photo = buffer.getvalue()
    voice = store_voice(settings)
    status = 0
    try:
        if args.email:
            sender = SendGridEmailSender(sendgrid_config(settings, sandbox=True), voice)
            job = DeliveryJob(
                "test-send", "test-send", "email", "Staff", args.email, None, photo, "en"
            )
            print(f"email (sandbox): accepted, id {sender.send(job).provider_id}")
        if args.phone:
            host_config = media_host_config(settings)
            host = S3MediaHost(host_config) if host_config else None
            sms = TwilioSmsSender(twilio_config(settings), voice, host)
            key = host.new_key() if host else None
            job = DeliveryJob(
                "test-send", "test-send", "sms", "Staff", None, args.phone, photo, "en", key
            )
            receipt = sms.send(job)
            print(f"text message: accepted, sid {receipt.provider_id} ({receipt.provider_status})")
    except SendError as exc:
        print(f"photobooth-kiosk: test send failed: {exc}")
        status = 2
    return status
