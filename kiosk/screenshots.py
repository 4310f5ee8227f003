"""Render every screen to a PNG, by walking the real flow offscreen.

The pictures are made the same way a visitor meets the screens (demo camera,
real records file, dry-run delivery), in a throwaway data folder unless one
is given, so they show what the kiosk really draws. One file per screen,
named after it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.app import SetupError

if TYPE_CHECKING:
    from kiosk.autopilot import Autopilot


def take_screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise SetupError(f"--size must look like 1920x1080, not {args.size!r}") from None
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.data_dir:
        return _render(args, out, width, height)
    with tempfile.TemporaryDirectory(prefix="photobooth-shots-") as tmp:
        args.data_dir = tmp
        return _render(args, out, width, height)


def _render(args: argparse.Namespace, out: Path, width: int, height: int) -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_kiosk
    from kiosk.autopilot import Autopilot, plan_for, tap, type_on, wait_until
    from kiosk.flow import State
    from kiosk.gui_main import prepare
    from kiosk.people import people
    from kiosk.qt_messages import route_qt_messages
    from ui.main_window import KioskWindow
    from ui.widgets.preview_view import PreviewView

    layout, settings = prepare(args, demo=True)
    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    kiosk = build_kiosk(layout, settings, demo=True, time_scale=1.0)
    preview = PreviewView(kiosk.camera.worker)
    window = KioskWindow(kiosk.controller, preview)
    window.resize(width, height)
    window.show()
    kiosk.start()
    pilot = Autopilot(window, preview_ready=lambda: preview.current_image() is not None)
    written: list[Path] = []

    def shot(name: str) -> None:
        app.processEvents()
        path = out / f"{name}.png"
        if not window.grab().save(str(path)):
            raise SetupError(f"could not write {path}")
        written.append(path)

    try:
        shot("attract")
        tap(window.attract.start_button)
        pilot.wait_state(State.WELCOME)
        shot("welcome")
        tap(window.welcome.under_button)
        pilot.wait_state(State.UNDERAGE)
        shot("underage")
        tap(window.underage.ok_button)
        pilot.wait_state(State.ATTRACT)

        person = people(0)[0]
        _reach_details(pilot)
        d = window.details
        tap(d.name)
        type_on(d.keyboard, person.name.lower())
        tap(d.email)
        local, domain = person.email.split("@")
        type_on(d.keyboard, f"{local}@{domain.split('.')[0]}")
        shot("details-invalid")
        tap(d.keyboard.key("." + domain.split(".")[1]))
        tap(d.sms_toggle)
        tap(d.phone)
        type_on(d.keyboard, person.typed_phone)
        tap(d.publish)
        shot("details")
        tap(d.send_button)
        pilot.wait_state(State.DONE)
        shot("done")
        tap(window.done.finish_button)
        pilot.wait_state(State.ATTRACT)

        # A second visitor while the network is "down": the outbox is stopped, so the
        # kiosk must say honestly that the photo is queued.
        kiosk.outbox_worker.stop()
        _reach_details(pilot, shots={"preview": shot, "countdown": shot, "review": shot})
        pilot.fill_details(plan_for(1, people(0)))
        tap(d.send_button)
        pilot.wait_state(State.SENDING)
        shot("sending")
        pilot.wait_state(State.DONE)
        shot("done-queued")
    finally:
        kiosk.shutdown()
        window.close()

    # A kiosk whose camera is missing: a calm notice and no shutter, never a frozen frame.
    missing = layout.cache / "no-such-camera.avi"
    kiosk = build_kiosk(layout, settings, demo=True, camera_source=str(missing))
    preview = PreviewView(kiosk.camera.worker)
    window = KioskWindow(kiosk.controller, preview)
    window.resize(width, height)
    window.show()
    kiosk.start()
    pilot = Autopilot(window, preview_ready=lambda: preview.current_image() is not None)
    try:
        tap(window.attract.start_button)
        tap(window.welcome.adult_button)
        pilot.wait_state(State.PREVIEW)
        wait_until(lambda: preview.state == "unavailable", 20, "the camera to be reported missing")
        shot("camera-unavailable")
    finally:
        kiosk.shutdown()
    for path in written:
        print(path)
    return 0


def _reach_details(pilot: Autopilot, shots: dict[str, Callable[[str], None]] | None = None) -> None:
    """Attract -> welcome -> preview -> countdown -> review -> details, photographing on the way."""
    from kiosk.autopilot import tap, wait_until
    from kiosk.flow import State

    shots = shots or {}
    w = pilot.window
    tap(w.attract.start_button)
    pilot.wait_state(State.WELCOME)
    tap(w.welcome.adult_button)
    pilot.wait_state(State.PREVIEW)
    wait_until(
        lambda: pilot.preview_ready() and w.camera.shutter.isEnabled(), 20, "the camera preview"
    )
    if "preview" in shots:
        shots["preview"]("preview")
    tap(w.camera.shutter)
    if "countdown" in shots:
        wait_until(lambda: w.camera.countdown.text() == "2", 5, "the countdown")
        shots["countdown"]("countdown")
    pilot.wait_state(State.REVIEW)
    if "review" in shots:
        shots["review"]("review")
    tap(w.review.keep_button)
    pilot.wait_state(State.DETAILS)
