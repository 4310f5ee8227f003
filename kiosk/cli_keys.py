"""``photobooth-kiosk keys rotate|status``: the records key (P7).

``keys rotate`` seals every record and photo again with a new key while the kiosk keeps
running, in short batches; killed at any moment, running it again finishes the job
(``consent.rotation``). It prints a JSON summary; a place the kiosk cannot write (a
systemd credential, ``PHOTOBOOTH_KEY``) that still holds the old key is named on stderr
for the operator to replace. ``keys status`` prints where the key and the secrets are
found, never their values.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from booth.paths import DataLayout, resolve_data_dir
from consent.audit import default_actor
from consent.database import StorageError
from kiosk.logs import configure_logging


def add_keys_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    keys = sub.add_parser("keys", parents=[common], help="the records key: rotate, status")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    rotate = actions.add_parser(
        "rotate",
        parents=[common],
        help="seal every record and photo again with a new key (safe while the kiosk runs)",
    )
    rotate.add_argument(
        "--batch-size", type=int, default=200, metavar="N", help="rows per transaction"
    )
    rotate.add_argument(
        "--photo-batch", type=int, default=10, metavar="N", help="photo files per transaction"
    )
    rotate.add_argument(
        "--pause",
        type=float,
        default=0.05,
        metavar="SECONDS",
        help="pause between batches, for the kiosk's own writes",
    )
    rotate.set_defaults(func=_cmd_rotate)
    status = actions.add_parser(
        "status", parents=[common], help="where the key and the secrets are found (no values)"
    )
    status.set_defaults(func=_cmd_status)


def _layout(args: argparse.Namespace) -> DataLayout:
    layout = DataLayout(resolve_data_dir(args.data_dir))
    if not layout.database.exists():
        raise StorageError(
            f"no records file in {layout.root} (nothing recorded yet, or the wrong --data-dir)"
        )
    configure_logging(layout.logs, getattr(args, "verbose", False))
    return layout


def _cmd_rotate(args: argparse.Namespace) -> int:
    from booth.key_rotation import rotate_keys

    report = rotate_keys(
        _layout(args),
        actor=default_actor(),
        batch_rows=args.batch_size,
        batch_photos=args.photo_batch,
        pause_s=max(0.0, args.pause),
    )
    for place in report.stale_places:
        print(
            f"photobooth-kiosk: the {place} still holds the old key; replace it with the new "
            'one (docs/deployment.md, "Rotating the key")',
            file=sys.stderr,
        )
    print(
        json.dumps(
            {
                "key_id": report.key_id,
                "visits": report.visits,
                "photos": report.photos,
                "orphans_removed": report.orphans_removed,
                "resumed": report.resumed,
                "only_settled": report.only_settled,
            }
        )
    )
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from booth.key_rotation import key_status

    print(json.dumps(key_status(_layout(args)), indent=2))
    return 0
