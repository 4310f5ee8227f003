"""The ``photobooth-kiosk`` command line.

Every subcommand takes ``--data-dir`` (or ``PHOTOBOOTH_DATA_DIR``) and runs with the
umask 077, so nothing it writes is readable by group or others. Problems a
person can fix (a broken settings file, a full disk, a missing display) end
with one clear line on stderr and a non-zero exit, never a traceback; the
traceback of a real bug goes to the log file in the data folder.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from kiosk import __version__
from kiosk.terminal import safe_terminal

log = logging.getLogger("kiosk")

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USER = 2
PRIVATE_UMASK = 0o077


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for settings, records, photos and logs (default: $PHOTOBOOTH_DATA_DIR, "
        "else the platform's user data folder)",
    )
    parent.add_argument("-v", "--verbose", action="store_true", help="more detail in the log")
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(
        prog="photobooth-kiosk",
        description="In-store Digital Photo Booth kiosk.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"photobooth-kiosk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", parents=[common], help="start the kiosk")
    run.add_argument("--demo", action="store_true", help="demo camera, dry-run delivery, windowed")
    run.add_argument("--camera", metavar="SOURCE", help="webcam index, device path or video file")
    run.add_argument(
        "--windowed", action="store_true", help="a normal window instead of full screen"
    )
    run.add_argument(
        "--autopilot",
        type=int,
        metavar="N",
        help="drive N visitor sessions through the real UI, print a JSON summary, exit",
    )
    run.add_argument("--seed", type=int, default=0, help="autopilot: which fake visitors to use")
    run.add_argument("--kiosk-id", help="override the kiosk id from the settings")
    run.add_argument(
        "--check",
        action="store_true",
        help="only check the settings and the records file: one line, exit 0 or 2; no window",
    )
    run.set_defaults(func=_cmd_run)

    camera = sub.add_parser("camera", parents=[common], help="camera tools for staff")
    camera_sub = camera.add_subparsers(dest="camera_command", metavar="ACTION", required=True)
    check = camera_sub.add_parser(
        "check", parents=[common], help="open the camera and print what it granted (JSON)"
    )
    check.add_argument("--camera", metavar="SOURCE", help="instead of the configured source")
    check.add_argument("--seconds", type=float, default=2.0, help="how long to read frames")
    check.set_defaults(func=_cmd_camera_check)

    from kiosk.cli_central import add_central_parser

    add_central_parser(sub, common)
    from kiosk.cli_central import add_sync_parsers

    add_sync_parsers(sub, common)

    shots = sub.add_parser("screenshots", parents=[common], help="render every screen to PNG files")
    shots.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    shots.add_argument("--size", default="1920x1080", help="window size, WIDTHxHEIGHT")
    shots.set_defaults(func=_cmd_screenshots)

    from kiosk.cli_records import register_privacy_commands

    register_privacy_commands(sub, common)  # records, consent, audit, report, retention (issue #5)

    from kiosk.cli_outbox import add_outbox_parser

    add_outbox_parser(sub, common)  # outbox list/retry/drop/test-send (issue #4)

    from kiosk.cli_pins import add_pins_parser

    add_pins_parser(sub, common)  # pins setup-code/set/status (issue #15)

    from kiosk.cli_keys import add_keys_parser

    add_keys_parser(sub, common)  # keys rotate/status (issue #15)

    from kiosk.cli_doctor import add_doctor_parser

    add_doctor_parser(sub, common)  # doctor (issue #17)

    from kiosk.cli_provision import add_provision_parser

    add_provision_parser(sub, common)  # provision (issue #17)
    return parser


def _cmd_run(args: argparse.Namespace) -> int:
    from kiosk.gui_main import run_kiosk

    return run_kiosk(args)


def _cmd_camera_check(args: argparse.Namespace) -> int:
    from kiosk.camera_check import check_camera

    return check_camera(args)


def _cmd_screenshots(args: argparse.Namespace) -> int:
    from kiosk.screenshots import take_screenshots

    return take_screenshots(args)


def main(argv: Sequence[str] | None = None) -> int:
    # Every file and folder the kiosk makes is its own user's alone (P7): the records file,
    # its WAL, the logs, the photos, the dry-run messages, whatever a library writes.
    os.umask(PRIVATE_UMASK)
    with safe_terminal():  # nothing any command prints can act on the terminal (kiosk/terminal.py)
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.argv = list(argv) if argv is not None else sys.argv[1:]  # to start again (restart)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USER
    from booth.errors import SetupError
    from booth.settings import SettingsError
    from camera.sources import CameraUnavailable
    from consent.database import StorageError, storage_problem
    from consent.keys import KeyProblem
    from consent.notices import NoticeError
    from consent.subjects import LookupInputError
    from wire.bucket import BucketError
    from wire.postgres import CentralError
    from wire.sealing import SealError

    try:
        return int(args.func(args))
    except SettingsError as exc:
        print(f"photobooth-kiosk: the settings need fixing: {exc}", file=sys.stderr)
        return EXIT_USER
    except (
        SetupError,
        StorageError,
        KeyProblem,
        NoticeError,
        CameraUnavailable,
        CentralError,
        BucketError,
        SealError,
        LookupInputError,
    ) as exc:
        print(f"photobooth-kiosk: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        problem = storage_problem(exc)
        if problem is None:
            return _bug()
        # A full disk, a read-only folder: named with the file concerned, logged without trace.
        where = f" ({exc.filename})" if isinstance(exc, OSError) and exc.filename else ""
        log.info("stopped: %s%s", problem, where)
        print(f"photobooth-kiosk: {problem}{where}", file=sys.stderr)
        return EXIT_USER


def _bug() -> int:
    log.exception("unexpected error")
    print(
        "photobooth-kiosk: an unexpected error stopped the kiosk; details are in the log file "
        "in the data folder (logs/kiosk.log).",
        file=sys.stderr,
    )
    return EXIT_BUG
