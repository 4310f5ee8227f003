"""``photobooth-kiosk camera check``: what the camera really granted, for staff.

A webcam may ignore the requested resolution, frame rate or format; staff
need to see what they actually got before a store opens. The check opens the
configured source (or ``--camera``), reads frames for a moment and prints the
granted values and the measured frame rate as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import time

from camera.sources import CameraUnavailable, open_source
from kiosk.gui_main import prepare


def check_camera(args: argparse.Namespace) -> int:
    _layout, settings = prepare(args, demo=False)
    cam = settings.camera
    spec = args.camera or cam.source
    source = open_source(
        spec, width=cam.width, height=cam.height, fps=cam.fps, loop=True, realtime=True
    )
    try:
        info = source.open()
        frames, started = 0, time.monotonic()
        while time.monotonic() - started < args.seconds:
            if source.read() is None:
                raise CameraUnavailable(f"{spec} stopped giving frames after {frames}")
            frames += 1
        elapsed = time.monotonic() - started
    finally:
        source.close()
    report = {
        "source": spec,
        "backend": info.backend,
        "requested": {"width": cam.width, "height": cam.height, "fps": cam.fps},
        "granted": {
            "width": info.width,
            "height": info.height,
            "fps": info.fps,
            "fourcc": info.fourcc,
        },
        "measured_fps": round(frames / elapsed, 1) if elapsed > 0 else 0.0,
    }
    print(json.dumps(report))
    return 0
