"""Render every screen to a PNG, by walking the real flow offscreen.

The pictures are made the same way a visitor meets the screens (demo camera,
real records file, dry-run delivery), in a throwaway data folder unless one
is given, so they show what the kiosk really draws. One file per screen,
named after it; the same screens again in every other offered language
(``welcome-he.png``), then the staff screens (``admin-*.png``), again in every other
language as a store set to it would show them (``admin-settings-he.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from booth.errors import SetupError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from booth.app import Kiosk
    from booth.paths import DataLayout
    from booth.settings import Settings
    from kiosk.autopilot import Autopilot
    from ui.main_window import KioskWindow
    from ui.screens.details import DetailsScreen
    from ui.widgets.preview_view import PreviewView


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

    from booth.flow import State
    from kiosk.autopilot import plan_for, tap, type_on, wait_until
    from kiosk.gui_main import prepare
    from kiosk.people import people
    from kiosk.qt_messages import route_qt_messages

    layout, settings = prepare(args, demo=True)
    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    kiosk, window, preview, pilot = _open_kiosk(layout, settings, width, height)
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
        tap(d.name)  # left: the unfinished address is judged now, not while it was typed
        shot("details-invalid")
        tap(d.email)
        d.email.end(False)  # the tap put the cursor mid-address; the ending goes at its end
        tap(d.keyboard.key("." + domain.split(".")[1]))
        tap(_phone_toggle(d))
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

    for language in _other_languages(settings):
        written += _render_language(layout, settings, out, width, height, language)
    written += _render_admin(layout, settings, out, width, height)
    for language in _other_languages(settings):
        written += _render_admin(layout, settings, out, width, height, language)

    # A camera lost during a session: a calm notice and no shutter, never a frozen frame;
    # then the attract screen, which rests (and starts nothing) until the camera is back.
    from booth.camera_control import camera_factory

    kiosk, window, preview, pilot = _open_kiosk(layout, settings, width, height)
    try:
        kiosk.controller.set_camera_wait_ms(600_000)
        tap(window.attract.start_button)
        tap(window.welcome.adult_button)
        pilot.wait_state(State.PREVIEW)
        missing = str(layout.cache / "no-such-camera.avi")
        kiosk.camera.worker.switch_source(camera_factory(missing, settings.camera))
        wait_until(lambda: preview.state == "unavailable", 20, "the camera to be reported missing")
        shot("camera-unavailable")
        tap(window.camera.cancel_button)
        pilot.wait_state(State.ATTRACT)
        shot("attract-resting")
    finally:
        kiosk.shutdown()
    # A kiosk that cannot open as configured keeps a closed screen up (kiosk/gui_main.py):
    # customers read one calm sentence; staff hold the corner for what to fix.
    from ui.screens.out_of_order import OutOfOrderWindow

    closed = OutOfOrderWindow(
        "",
        "photo.frame: the branding frame 'gold-frame.png' was not found in assets/frames",
        lambda: None,
    )
    closed.resize(width, height)
    closed.show()
    written.append(_grab(closed, out / "out-of-order.png"))
    closed.show_staff_detail()
    written.append(_grab(closed, out / "out-of-order-staff.png"))
    closed.close()
    for path in written:
        print(path)
    return 0


def _other_languages(settings: Settings) -> list[str]:
    from ui.i18n import available_languages

    return [lang for lang in available_languages(settings.flow.languages) if lang != "en"]


def _grab(window: QWidget, path: Path) -> Path:
    from kiosk.autopilot import pump

    for _ in range(3):
        pump(20)
    if not window.grab().save(str(path)):
        raise SetupError(f"could not write {path}")
    return path


def _render_language(
    layout: DataLayout, settings: Settings, out: Path, width: int, height: int, language: str
) -> list[Path]:
    """Every visitor screen once more, in ``language``: files named like ``welcome-he.png``."""
    from booth.flow import State
    from kiosk.autopilot import plan_for, tap, wait_until
    from kiosk.people import people

    kiosk, window, _preview, pilot = _open_kiosk(layout, settings, width, height)
    written: list[Path] = []

    def shot(name: str) -> None:
        written.append(_grab(window, out / f"{name}-{language}.png"))

    try:
        tap(window.attract.language_buttons[language])
        wait_until(lambda: window.attract.start_button.text() != "Touch to start", 5, "translation")
        shot("attract")
        tap(window.attract.start_button)
        pilot.wait_state(State.WELCOME)
        shot("welcome")
        tap(window.welcome.under_button)
        pilot.wait_state(State.UNDERAGE)
        shot("underage")
        tap(window.underage.ok_button)
        pilot.wait_state(State.ATTRACT)
        tap(window.attract.language_buttons[language])
        _reach_details(pilot, shots={"preview": shot, "countdown": shot, "review": shot})
        pilot.fill_details(plan_for(0, people(0)))
        tap(_phone_toggle(window.details))
        tap(window.details.phone)
        shot("details")
        tap(window.details.country_button)
        shot("details-country")
        tap(window.details.country_buttons[settings.delivery.default_region])
        kiosk.controller.set_idle_timeout_ms(settings.flow.still_there_s * 2000)
        kiosk.controller.note_activity()
        wait_until(window.still_there.isVisible, 30, "the still-there prompt")
        shot("still-there")
        tap(window.still_there.here_button)
        tap(_phone_toggle(window.details))
        kiosk.outbox_worker.stop()  # the network is "down": an honest "queued"
        tap(window.details.send_button)
        pilot.wait_state(State.SENDING)
        shot("sending")
        pilot.wait_state(State.DONE)
        shot("done-queued")
        tap(window.done.finish_button)
        pilot.wait_state(State.ATTRACT)
    finally:
        kiosk.shutdown()
        window.close()
    return written


def _render_admin(
    layout: DataLayout,
    settings: Settings,
    out: Path,
    width: int,
    height: int,
    language: str = "en",
) -> list[Path]:
    """The staff screens: the setup code, setup, PIN pad, settings (with a wrong value, then
    scrolled to the delivery credentials), health; then the manager's reset of the staff PIN
    (whose PIN, then a weak new one refused), the records search, one person, the outbox and the audit log; last, the
    area closed because the PIN record is gone (the file is put back afterwards).

    The admin area speaks the store's language (``flow.language``): another ``language``
    renders a store set to it, into files named like ``admin-settings-he.png``.
    """
    from PySide6.QtWidgets import QLineEdit

    from booth.admin_auth import Role
    from booth.app import build_kiosk
    from booth.pin_store import PinStore
    from kiosk.autopilot import pump, tap, wait_until
    from kiosk.people import people
    from ui.main_window import KioskWindow
    from ui.screens.admin.pin_page import Step

    if language != "en":
        flow = settings.flow.model_copy(update={"language": language})
        settings = settings.model_copy(update={"flow": flow})
    suffix = "" if language == "en" else f"-{language}"
    kiosk = build_kiosk(layout, settings, demo=True, time_scale=1.0)
    window = KioskWindow.for_kiosk(kiosk, leave_kiosk=lambda: None)
    window.resize(width, height)
    window.show()
    kiosk.start()
    area = window.admin
    assert area is not None
    written: list[Path] = []

    def shot(name: str) -> None:
        written.append(_grab(window, out / f"{name}{suffix}.png"))

    def enter(pin: str) -> None:
        wait_until(lambda: area.pad.keys["OK"].isEnabled(), 10, "the PIN pad")
        for digit in pin:
            tap(area.pad.keys[digit])

    try:
        # Provisioning, as `photobooth-kiosk pins setup-code` does it; then the corner.
        code = PinStore(layout).issue_setup_code(actor="screenshots", replace_pins=True)
        window.open_admin()
        wait_until(lambda: area.step is Step.SETUP_CODE, 10, "the setup code step")
        enter(code[:8])
        shot("admin-setup-code")
        enter(code[8:])
        tap(area.pad.keys["OK"])
        wait_until(lambda: area.step is Step.SETUP_STAFF, 10, "the staff PIN step")
        enter("2468")
        shot("admin-setup")
        tap(area.pad.keys["OK"])
        enter("2468")
        tap(area.pad.keys["OK"])
        wait_until(lambda: area.step is Step.SETUP_MANAGER, 10, "the manager PIN step")
        enter("13579")
        tap(area.pad.keys["OK"])
        enter("13579")
        tap(area.pad.keys["OK"])
        wait_until(lambda: area.step is Step.HOME, 10, "the admin area")
        # The manager resets the staff PIN; a run of digits is refused with its reason.
        tap(area.change_pin_button)
        tap(area.pin_page.role_buttons[Role.STAFF])
        enter("13579")
        shot("admin-change-pin-reset")
        tap(area.pad.keys["OK"])
        wait_until(lambda: area.step is Step.CHANGE_NEW, 10, "the new PIN step")
        enter("1234")
        tap(area.pad.keys["OK"])
        wait_until(lambda: area.pad.message.text() != "", 10, "the refusal")
        shot("admin-change-pin")
        tap(area.pad.cancel_button)
        wait_until(lambda: area.step is Step.HOME, 10, "the admin area")
        area.lock()
        window.open_admin()
        wait_until(lambda: area.step is Step.LOGIN, 10, "the PIN pad")
        enter("99")
        shot("admin-pin")
        enter("99")
        tap(area.pad.keys["OK"])
        wait_until(lambda: area.pad.message.text() != "", 10, "a wrong PIN")
        enter("2468")
        tap(area.pad.keys["OK"])
        wait_until(lambda: area.step is Step.HOME, 10, "the staff area")
        form = area.settings_form
        idle = form.editors["flow.idle_timeout_s"]
        assert isinstance(idle, QLineEdit)
        idle.setText("5")
        form.save()  # refused: the message is shown next to the field, nothing written
        wait_until(lambda: form.errors["flow.idle_timeout_s"].text() != "", 10, "the check")
        shot("admin-settings")
        form.load()
        # The delivery credentials (SendGrid, Twilio, the photo host) at the top of the view,
        # once the form is laid out again without the red note.
        pump(50)
        bar = form.scroll_area.verticalScrollBar()
        bar.setValue(form.headings["delivery.sendgrid"].y() - 8)
        shot("admin-settings-delivery")
        bar.setValue(0)
        area.tabs.setCurrentWidget(area.health)
        wait_until(lambda: area.health.camera_state == "live", 20, "the camera")
        area.health.last_health = None
        area.health.refresh()
        wait_until(lambda: area.health.last_health is not None, 10, "health")
        shot("admin-health")
        camera_tab = area.camera_tab
        if camera_tab is not None:
            area.tabs.setCurrentWidget(camera_tab)
            wait_until(lambda: camera_tab.list.count() > 0, 20, "the camera list")
            wait_until(lambda: camera_tab.granted.text() != "", 20, "the granted mode")

            def preview_fills_its_view() -> bool:
                # Frames already in flight were scaled for the visitor's preview; wait for
                # the first one made for this view.
                image = camera_tab.preview.current_image()
                view = camera_tab.preview
                return image is not None and (
                    image.width() >= view.width() - 2 or image.height() >= view.height() - 2
                )

            wait_until(preview_fills_its_view, 20, "the staff preview")
            shot("admin-camera")
        area.tabs.setCurrentWidget(area.delivery)
        area.delivery.email.setText("staff@aurelia.example")
        area.delivery.phone.setText("12")  # a mistyped number: the message names it
        tap(area.delivery.send_button)
        wait_until(lambda: len(area.delivery.result_labels) == 2, 10, "the test send")
        shot("admin-delivery")
        area.lock()
        # The manager's screens (#6): the first visitor of the walk above, found by email.
        window.open_admin()
        wait_until(lambda: area.step is Step.LOGIN, 10, "the PIN pad")
        tap(area.pin_page.role_buttons[Role.MANAGER])
        enter("13579")
        tap(area.pad.keys["OK"])
        wait_until(lambda: area.step is Step.HOME, 10, "the manager area")
        # Where data goes (endpoints, photo host, head office): the manager's to change, and
        # audited; staff saw the same fields read-only above.
        area.tabs.setCurrentWidget(area.settings_form)
        pump(50)
        bar = area.settings_form.scroll_area.verticalScrollBar()
        bar.setValue(area.settings_form.headings["delivery.sendgrid"].y() - 8)
        shot("admin-settings-manager")
        bar.setValue(0)
        records = area.records
        area.tabs.setCurrentWidget(records)
        records.search_page.search_field.setText(people(0)[0].email)
        records.search_page.keyboard.setVisible(True)
        shot("admin-records")
        records.search_page.keyboard.setVisible(False)
        tap(records.search_page.search_button)
        wait_until(lambda: records.document is not None, 10, "the person view")
        wait_until(
            lambda: all(
                label.pixmap() is not None and not label.pixmap().isNull()
                for label in records.thumbs.values()
            ),
            10,
            "the thumbnails",
        )
        shot("admin-person")
        area.tabs.setCurrentWidget(area.outbox)
        wait_until(lambda: area.outbox.refresh_button.isEnabled(), 10, "the outbox")
        shot("admin-outbox")
        area.tabs.setCurrentWidget(area.audit_tab)
        tap(area.audit_tab.verify_button)
        wait_until(lambda: area.audit_tab.verdict.text() != "", 10, "the audit check")
        wait_until(lambda: area.audit_tab.refresh_button.isEnabled(), 10, "the audit log")
        shot("admin-audit")
        area.lock()
        # The PIN record deleted: closed to staff, with how to provision again. Put back.
        pin_file = PinStore(layout).path
        kept = pin_file.read_bytes()
        pin_file.unlink()
        try:
            window.open_admin()
            wait_until(lambda: area.step is Step.CLOSED, 10, "the closed admin area")
            shot("admin-closed")
            area.lock()
        finally:
            pin_file.touch(mode=0o600)
            pin_file.write_bytes(kept)
    finally:
        kiosk.shutdown()
        window.close()
    return written


def _phone_toggle(details: DetailsScreen) -> QWidget:
    """The toggle of the first offered channel that sends to a mobile number: the shots show
    the phone field and its country selector."""
    from booth.channels import AddressKind

    name = next(n for n in details.offered if details.channels[n].address is AddressKind.PHONE)
    return details.toggles[name]


def _reach_details(pilot: Autopilot, shots: dict[str, Callable[[str], None]] | None = None) -> None:
    """Attract -> welcome -> preview -> countdown -> review -> details, photographing on the way."""
    from booth.flow import State
    from kiosk.autopilot import tap, wait_until

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


def _open_kiosk(
    layout: DataLayout,
    settings: Settings,
    width: int,
    height: int,
    camera_source: str | None = None,
) -> tuple[Kiosk, KioskWindow, PreviewView, Autopilot]:
    """A demo kiosk in a window of the given size, started, with an autopilot to drive it."""
    from booth.app import build_kiosk
    from kiosk.autopilot import Autopilot
    from ui.main_window import KioskWindow
    from ui.widgets.preview_view import PreviewView

    kiosk = build_kiosk(layout, settings, demo=True, camera_source=camera_source)
    window = KioskWindow.for_kiosk(kiosk, admin=False)
    preview = window.camera.preview
    assert isinstance(preview, PreviewView)
    window.resize(width, height)
    window.show()
    kiosk.start()
    return (
        kiosk,
        window,
        preview,
        Autopilot(window, preview_ready=lambda: not preview.shown_rect().isEmpty()),
    )
