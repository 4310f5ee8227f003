"""``photobooth-kiosk camera check``: what the camera really granted, for staff.

A webcam may ignore the requested resolution, frame rate or format; staff
need to see what they actually got before a store opens. The check opens the
configured source (or ``--camera``), reads frames for a moment and prints the
granted values and the measured frame rate as one JSON object
(``booth/camera_probe.py``, which the doctor uses too).
"""

from __future__ import annotations

import argparse
import json

from booth.camera_probe import probe_camera
from kiosk.gui_main import prepare


def check_camera(args: argparse.Namespace) -> int:
    _layout, settings = prepare(args, demo=False)
    spec = args.camera or settings.camera.source
    print(json.dumps(probe_camera(spec, settings.camera, args.seconds).as_dict()))
    return 0
