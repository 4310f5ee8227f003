"""``photobooth-kiosk doctor``: one line per check of an installed kiosk, exit 2 if any failed.

The checks live in ``booth/doctor/``; this prints them, for a person (``STATUS  name:
what to fix``) or for head office (``--json``: one object with every check).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from booth.paths import DataLayout, resolve_data_dir
from booth.version import installed_version

EXIT_OK = 0
EXIT_FAILED = 2
LABELS = {"ok": "ok", "fail": "FAIL", "skip": "skip", "unknown": "unknown"}


def add_doctor_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    doctor = sub.add_parser(
        "doctor",
        parents=[common],
        help="check this installed kiosk: one line per check with what to fix; exit 2 if any fails",
    )
    doctor.add_argument("--json", action="store_true", help="one JSON object (for head office)")
    doctor.add_argument("--camera", metavar="SOURCE", help="check this camera, not camera.source")
    doctor.add_argument(
        "--camera-timeout",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="how long the camera may take to answer",
    )
    doctor.set_defaults(func=_cmd_doctor)


def _cmd_doctor(args: argparse.Namespace) -> int:
    from booth.doctor import DoctorOptions

    layout = DataLayout(resolve_data_dir(args.data_dir))
    options = DoctorOptions(camera=args.camera, camera_timeout_s=max(1.0, args.camera_timeout))
    return print_doctor(layout, options, as_json=args.json)


def print_doctor(layout: DataLayout, options: Any, *, as_json: bool = False) -> int:
    """Run every check and print it; the exit status (also ``provision``'s last step)."""
    from booth.doctor import any_failed, run_checks

    checks = run_checks(layout, options)
    failed = any_failed(checks)
    if as_json:
        report = {
            "ok": not failed,
            "version": installed_version(),
            "data_dir": str(layout.root),
            "checks": [check.as_dict() for check in checks],
        }
        print(json.dumps(report))
    else:
        width = max(len(label) for label in LABELS.values())
        for check in checks:
            print(f"{LABELS[check.status.value]:<{width}}  {check.name}: {check.message}")
    return EXIT_FAILED if failed else EXIT_OK
