"""Getting in (hidden gesture, setup code, PIN, lockout), the staff screens, lock-down (P7)."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from booth.admin_auth import Role
from booth.flow import State
from booth.pin_store import PinStore
from booth.settings_tree import put
from tests.support.pins import MANAGER, STAFF, provision
from ui.screens.admin.admin_area import Step


def type_pin(qtbot, area, pin: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: area.pad.keys["OK"].isEnabled(), timeout=5000)
    for digit in pin:
        qtbot.mouseClick(area.pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.pad.keys["OK"], Qt.MouseButton.LeftButton)


def audit_actions(layout) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    with sqlite3.connect(layout.database) as conn:
        return [
            tuple(r)
            for r in conn.execute("select action, actor, outcome from audit_log order by seq")
        ]


def choose_role(qtbot, area, role: Role) -> None:  # type: ignore[no-untyped-def]
    """Sign-in names the role: the pad starts on staff."""
    qtbot.waitUntil(lambda: area.step is Step.LOGIN, timeout=5000)
    qtbot.mouseClick(area.pin_page.role_buttons[role], Qt.MouseButton.LeftButton)
    assert area.pin_page.role is role


def sign_in(qtbot, window, pin: str) -> None:  # type: ignore[no-untyped-def]
    """The hidden corner, the role (manager for the manager's PIN), the PIN, the home page."""
    hold_corner(qtbot, window)
    choose_role(qtbot, window.admin, Role.MANAGER if pin == MANAGER else Role.STAFF)
    type_pin(qtbot, window.admin, pin)
    qtbot.waitUntil(lambda: window.admin.step is Step.HOME, timeout=5000)


def with_saved(path, changes: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Write settings.json with these values (dotted keys), as staff would have saved them."""
    from booth.settings import Settings, load_settings, save_settings

    raw = load_settings(path).model_dump(mode="json")
    for dotted, value in changes.items():
        put(raw, dotted, value)
    save_settings(path, Settings.model_validate(raw))


def saved_secret(path, field: str) -> str:  # type: ignore[no-untyped-def]
    """A secret as the settings hold it after a save: from the credential store, not the file."""
    from booth.settings import load_settings

    node = load_settings(path)
    for part in field.split("."):
        node = getattr(node, part)
    return str(node)


def assert_every_tab_fits(window, area) -> None:  # type: ignore[no-untyped-def]
    """No tab may widen the window past 1600x900, nor hide a tab behind scroll arrows."""
    tabs = area.tabs
    assert tabs.count() == 8
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        name = tabs.tabText(index)
        assert (window.width(), window.height()) == (1600, 900), f"{name} resized the window"
        assert tabs.widget(index).minimumSizeHint().width() <= tabs.width(), name
    assert tabs.tabBar().sizeHint().width() <= tabs.width(), "every tab title is visible"


def save(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    """Save, and wait for the task runner to check and write (the screen never waits)."""
    form.status.setText("")
    form.save()
    qtbot.waitUntil(lambda: form.status.text() != "", timeout=10_000)


def hold_corner(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The hidden gesture, until the area has read the PIN record's state."""
    qtbot.mousePress(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.admin, timeout=5000)
    qtbot.mouseRelease(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.waitUntil(lambda: window.admin.step is not Step.CHECKING, timeout=5000)


def set_up(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    """The kiosk provisioned: setup code issued and both PINs chosen with it."""
    provision(kiosk.layout)


def test_hidden_corner_setup_with_the_code_then_manager_area(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    """P7: no default PIN; the PINs are chosen at the corner only with the one-time setup
    code from provisioning, both typed twice, and saved together."""
    window = admin_kiosk.window
    area = window.admin
    code = PinStore(admin_kiosk.layout).issue_setup_code(actor="cli:installer")
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert admin_kiosk.controller.state is State.WELCOME, "a short tap in the corner just starts"
    admin_kiosk.controller.cancel()
    hold_corner(qtbot, window)
    assert area.step is Step.SETUP_CODE
    type_pin(qtbot, area, "000000000000")
    qtbot.waitUntil(lambda: "not the setup code" in area.pad.message.text(), timeout=5000)
    assert area.step is Step.SETUP_CODE
    type_pin(qtbot, area, code)
    qtbot.waitUntil(lambda: area.step is Step.SETUP_STAFF, timeout=5000)
    type_pin(qtbot, area, STAFF)
    assert area.step is Step.CONFIRM_STAFF
    type_pin(qtbot, area, "2469")
    assert area.step is Step.SETUP_STAFF and "not the same" in area.pad.message.text()
    type_pin(qtbot, area, STAFF)
    type_pin(qtbot, area, STAFF)
    assert area.step is Step.SETUP_MANAGER
    type_pin(qtbot, area, STAFF)
    assert "different" in area.pad.message.text()
    type_pin(qtbot, area, MANAGER)
    type_pin(qtbot, area, MANAGER)
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    assert area.session.role is Role.MANAGER
    assert area.leave_button.isVisible()
    assert PinStore(admin_kiosk.layout).status().state.value == "ready"
    qtbot.mouseClick(area.lock_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.attract
    # The lock's entry is written in the task runner: wait for it, not for a count.
    qtbot.waitUntil(
        lambda: "admin.lock" in [a[0] for a in audit_actions(admin_kiosk.layout)], timeout=5000
    )
    actions = [a[0] for a in audit_actions(admin_kiosk.layout)]
    assert actions.count("admin.pin_set") == 2 and "admin.lock" in actions
    assert "admin.setup_code_issued" in actions
    hold_corner(qtbot, window)
    assert area.step is Step.LOGIN, "the code is spent: next time it is the PIN pad"


def test_staff_pin_opens_settings_and_health_but_not_the_way_out(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    hold_corner(qtbot, window)
    assert area.step is Step.LOGIN
    type_pin(qtbot, area, STAFF)
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    assert area.session.role is Role.STAFF
    assert not area.leave_button.isVisible(), "only the manager can leave kiosk mode"
    qtbot.waitUntil(lambda: "waiting" in area.health.values["outbox"].text(), timeout=5000)
    assert "GiB free" in area.health.values["disk"].text()
    qtbot.waitUntil(lambda: area.health.values["camera"].text() == "live", timeout=15_000)
    assert "fps" in area.health.values["granted"].text()
    qtbot.waitUntil(
        lambda: ("admin.sign_in", "kiosk-admin:staff", "ok") in audit_actions(admin_kiosk.layout),
        timeout=5000,
    )


def test_settings_are_validated_next_to_the_field_and_saved_atomically(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, STAFF)
    form = area.settings_form
    path = admin_kiosk.layout.settings_file
    before = path.read_text()
    form.editors["flow.idle_timeout_s"].setText("5")
    form.editors["delivery.default_region"].setText("zz")
    save(qtbot, form)
    assert "Use a number of 10 or more." in form.errors["flow.idle_timeout_s"].text()
    region_error = form.errors["delivery.default_region"].text()
    assert region_error == "'zz' is not a country's two-letter code, such as US, GB or FR."
    assert "phonenumbers" not in region_error, "no library's name in front of staff"
    assert form.errors["flow.idle_timeout_s"].isVisible()
    assert not form.errors["flow.countdown_s"].isVisible()
    assert path.read_text() == before, "nothing is written while a field is wrong"
    form.editors["flow.idle_timeout_s"].setText("90")
    form.editors["delivery.default_region"].setText("gb")
    save(qtbot, form)
    saved = json.loads(path.read_text())
    assert saved["flow"]["idle_timeout_s"] == 90 and saved["delivery"]["default_region"] == "GB"
    assert saved["flow"]["countdown_s"] == 1, "untouched settings are kept as they were"
    assert [p.name for p in path.parent.glob(".settings-*")] == [], "no temp file left behind"
    assert not form.errors["flow.idle_timeout_s"].isVisible()
    qtbot.waitUntil(
        lambda: any(a[0] == "admin.settings_saved" for a in audit_actions(admin_kiosk.layout)),
        timeout=5000,
    )


def test_saved_secrets_never_come_back_onto_the_screen(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    """P7: staff may replace a key, never read it: a saved secret is shown as "saved, ends in"."""
    from booth.settings import load_settings

    key = "SG.aaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbWXYZ"
    path = admin_kiosk.layout.settings_file
    with_saved(
        path,
        {
            "delivery.sendgrid.api_key": key,
            "central.dsn": "postgresql://kiosk:pa55word@hq.example/central",
        },
    )
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    area.settings_form.settings = load_settings(path)
    sign_in(qtbot, window, STAFF)
    form = area.settings_form
    form.load()
    api_key, dsn = form.editors["delivery.sendgrid.api_key"], form.editors["central.dsn"]
    assert api_key.text() == "" and dsn.text() == "", "the field starts empty"
    assert api_key.placeholderText() == "saved, ends in …WXYZ: type to replace"
    assert dsn.placeholderText().startswith("saved"), "a DSN carries a password: masked too"
    assert "pa55word" not in dsn.placeholderText()
    form.editors["flow.countdown_s"].setText("4")
    save(qtbot, form)
    saved = json.loads(path.read_text())
    assert saved_secret(path, "delivery.sendgrid.api_key") == key, "left empty: the key is kept"
    assert saved["delivery"]["sendgrid"]["api_key"] == "", "kept outside the data folder"
    assert saved["flow"]["countdown_s"] == 4
    api_key.setText("SG.new-key-typed-by-staff-0001")
    save(qtbot, form)
    assert saved_secret(path, "delivery.sendgrid.api_key").endswith("0001")
    assert "0001" not in path.read_text()
    assert api_key.text() == "" and api_key.placeholderText().startswith("saved, ends in …0001")


def test_saved_settings_offer_a_restart_that_locks_the_area_first(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    restarts: list[bool] = []
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    area.context.restart = lambda: restarts.append(True)
    area.settings_form.can_restart = True
    sign_in(qtbot, window, STAFF)
    form = area.settings_form
    assert not form.restart_button.isVisible(), "nothing saved, nothing to apply"
    form.editors["flow.countdown_s"].setText("5")
    save(qtbot, form)
    assert form.restart_button.isVisible() and "apply when the kiosk restarts" in form.status.text()
    qtbot.mouseClick(form.restart_button, Qt.MouseButton.LeftButton)
    assert restarts == [True]
    assert window.stack.currentWidget() is window.attract, "no admin screen left open"
    qtbot.waitUntil(
        lambda: ("admin.restart", "kiosk-admin:staff", "ok") in audit_actions(admin_kiosk.layout),
        timeout=5000,
    )


def test_wrong_pins_lock_the_pad(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    """P7: five wrong PINs lock the pad; the lockout is audited."""
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    hold_corner(qtbot, window)
    for left in (4, 3, 2, 1):
        type_pin(qtbot, area, "9999")
        qtbot.waitUntil(
            lambda left=left: f"{left} tries left" in area.pad.message.text(), timeout=5000
        )
    type_pin(qtbot, area, "9999")
    qtbot.waitUntil(lambda: "locked for 30 s" in area.pad.message.text(), timeout=5000)
    type_pin(qtbot, area, STAFF)
    qtbot.waitUntil(lambda: "Try again in" in area.pad.message.text(), timeout=5000)
    assert area.session is None
    qtbot.waitUntil(
        lambda: (
            ("admin.lockout", "kiosk-admin:unknown", "locked") in audit_actions(admin_kiosk.layout)
        ),
        timeout=5000,
    )


def test_admin_area_locks_itself_when_idle(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, MANAGER)
    assert area.session.idle_s == 120, "two minutes, as promised"
    area.session.idle_s = 0.5
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=5000)
    assert area.session is None


def test_manager_leaves_kiosk_mode_only_with_the_pin(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    window.kiosk_mode = True
    guard = window.events  # the window's event filter, as kiosk/gui_main.py sets it
    guard.guard_keys = True
    try:
        for key, modifiers in (
            (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        ):
            event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
            assert guard.eventFilter(window, event), f"{key} is swallowed"
        assert not guard.eventFilter(
            window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        )
        close = QCloseEvent()
        window.closeEvent(close)
        assert not close.isAccepted(), "Alt+F4 / a close request is refused in kiosk mode"
        area = window.admin
        sign_in(qtbot, window, MANAGER)
        qtbot.mouseClick(area.leave_button, Qt.MouseButton.LeftButton)
        assert window.left_kiosk == [True]
    finally:
        guard.guard_keys = False
        window.kiosk_mode = False


def test_staff_test_send_from_the_delivery_tab_and_lock_clears_it(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    """Staff check delivery without the command line; the next person sees nothing of it (P7)."""
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, STAFF)
    area.tabs.setCurrentWidget(area.delivery)
    assert area.delivery.mode.text().startswith("Dry run")
    qtbot.mouseClick(area.delivery.email, Qt.MouseButton.LeftButton)
    assert area.keyboard.isVisible() and area.keyboard.layout_name == "email"
    qtbot.keyClicks(area.delivery.email, "staff@store.example")
    qtbot.mouseClick(area.delivery.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.delivery.result_labels[0].text().startswith("✓"), timeout=5000)
    outbox = admin_kiosk.layout.dry_run_outbox
    assert any("staff@store.example" in p.read_text(errors="ignore") for p in outbox.glob("*.eml"))
    qtbot.mouseClick(area.lock_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, STAFF)
    assert area.delivery.email.text() == "" and area.delivery.result_labels == []
    qtbot.waitUntil(
        lambda: ("admin.test_send", "kiosk-admin:staff", "ok") in audit_actions(admin_kiosk.layout),
        timeout=5000,
    )


def test_staff_try_a_camera_live_keep_it_and_a_trial_ends_at_lock(qtbot, admin_kiosk, tmp_path):  # type: ignore[no-untyped-def]
    """Camera tab: tap a camera to see it live with what it granted; keep saves camera.source."""
    from camera.discovery import CameraChoice
    from tests.camera.conftest import write_split_video

    usb = write_split_video(tmp_path / "usb-camera.avi", 20)
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    control = admin_kiosk.kiosk.camera_control
    demo = control.in_use
    # The only stand-in: the machine's device list (no webcam here); the video is opened for real.
    control.discover = lambda: [CameraChoice(str(usb), "USB Camera (/dev/video2)")]
    sign_in(qtbot, window, STAFF)
    tab = area.camera_tab
    area.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.list.count() == 2, timeout=5000)
    labels = [tab.list.item(i).text() for i in range(2)]
    assert labels == ["In use now: Demo video (no camera)", "USB Camera (/dev/video2)"], labels
    assert not tab.keep_button.isEnabled(), "nothing on trial yet"
    qtbot.waitUntil(lambda: tab.preview.current_image() is not None, timeout=15_000)
    rect = tab.list.visualItemRect(tab.list.item(1))
    qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.granted.text().startswith("Granted: 320×240"), timeout=15_000)
    qtbot.waitUntil(
        lambda: area.health.values["granted"].text().startswith("320×240"), timeout=5000
    )
    qtbot.waitUntil(lambda: tab.preview.current_image() is not None, timeout=5000)
    assert tab.keep_button.isEnabled()
    qtbot.mouseClick(tab.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in tab.message.text(), timeout=10_000)
    saved = json.loads(admin_kiosk.layout.settings_file.read_text())
    assert saved["camera"]["source"] == str(usb)
    assert area.settings_form.editors["camera.source"].text() == str(usb)
    assert control.in_use == str(usb) and "Saved" in tab.message.text()
    # A trial left open when the area locks goes back to the camera in use.
    control.try_camera(demo)
    qtbot.waitUntil(lambda: not tab.granted.text().startswith("Granted: 320×240"), timeout=15_000)
    qtbot.mouseClick(area.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.granted.text().startswith("Granted: 320×240"), timeout=15_000)
    assert control.trying is None
    assert json.loads(admin_kiosk.layout.settings_file.read_text())["camera"]["source"] == str(usb)


def test_every_admin_tab_fits_a_1600_by_900_screen(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    """No tab may widen the window past the screen, nor hide a tab behind scroll arrows."""
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, MANAGER)
    assert_every_tab_fits(window, area)


def test_settings_that_would_keep_the_kiosk_closed_are_refused_at_the_field(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    """A frame that is not there, or live email without a key, would close the booth at the
    next restart with nobody able to reopen it from the screen: refused before saving."""
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, STAFF)
    form = area.settings_form
    path = admin_kiosk.layout.settings_file
    before = path.read_text()
    form.editors["photo.frame"].setText("gold-frame.png")
    form.editors["delivery.mode"].setCurrentText("live")
    save(qtbot, form)
    assert "gold-frame.png" in form.errors["photo.frame"].text()
    assert "SendGrid API key" in form.errors["delivery.sendgrid.api_key"].text()
    assert path.read_text() == before, "nothing written"


def test_a_blank_secret_keeps_the_key_and_lock_drops_unsaved_edits(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    """P7: what one staff member half-typed is not saved by the next person who signs in."""
    from booth.settings import load_settings

    path = admin_kiosk.layout.settings_file
    key = "SG.kept-key-0123456789abcdef"
    with_saved(path, {"delivery.sendgrid.api_key": key})
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    area.settings_form.settings = load_settings(path)
    sign_in(qtbot, window, STAFF)
    form = area.settings_form
    form.editors["delivery.sendgrid.api_key"].setText("  ")  # a stray space is not a new key
    form.editors["flow.countdown_s"].setText("4")
    save(qtbot, form)
    assert saved_secret(path, "delivery.sendgrid.api_key") == key
    # Someone starts typing a new key and walks away; the next person only changes the countdown.
    form.editors["delivery.sendgrid.api_key"].setText("SG.half-typ")
    qtbot.mouseClick(area.lock_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, STAFF)
    assert form.editors["delivery.sendgrid.api_key"].text() == ""
    form.editors["flow.countdown_s"].setText("5")
    save(qtbot, form)
    saved = json.loads(path.read_text())
    assert saved_secret(path, "delivery.sendgrid.api_key") == key
    assert saved["flow"]["countdown_s"] == 5


def test_a_settings_file_that_cannot_be_written_is_said_and_nothing_is_lost(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, STAFF)
    form = area.settings_form
    blocked = admin_kiosk.layout.root / "settings-as-folder"
    (blocked / "inside").mkdir(parents=True)
    form._save_path_of = lambda: blocked  # a folder where the file should be: the rename fails
    form.editors["flow.countdown_s"].setText("4")
    save(qtbot, form)
    assert form.status.text().startswith("Not saved: the settings file could not be written")
    assert form.editors["flow.countdown_s"].text() == "4", "what staff typed is kept"


def test_a_saved_secret_can_be_removed_and_undo_keeps_it(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    from booth.settings import load_settings

    path = admin_kiosk.layout.settings_file
    with_saved(path, {"delivery.twilio.auth_token": "0123456789abcdef0123"})
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    area.settings_form.settings = load_settings(path)
    sign_in(qtbot, window, STAFF)
    form = area.settings_form
    form.load()
    remove = form.remove_buttons["delivery.twilio.auth_token"]
    assert remove.isVisibleTo(form) and not form.remove_buttons[
        "delivery.sendgrid.api_key"
    ].isVisibleTo(form)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    field = form.editors["delivery.twilio.auth_token"]
    assert field.placeholderText() == "removed when you save"
    qtbot.mouseClick(form.revert_button, Qt.MouseButton.LeftButton)  # Undo changes
    assert form.edits() == {}, "undo keeps the token"
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    save(qtbot, form)
    assert saved_secret(path, "delivery.twilio.auth_token") == ""
    assert not remove.isVisibleTo(form) and field.placeholderText().startswith("not set")


def test_p7_p8_staff_see_where_data_goes_read_only_and_a_forced_edit_is_refused(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    """Issue #15: staff pointed the SendGrid API URL at their own server. On the real form the
    providers' endpoints, the photo host and head office's DSN are read-only to staff, with
    no keyboard and no Remove; text forced into them anyway is refused by the services."""
    from booth.protected_settings import STAFF_REFUSAL
    from booth.settings import load_settings

    path = admin_kiosk.layout.settings_file
    with_saved(path, {"central.dsn": "postgresql://kiosk:pa55word@hq.example/central"})
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    area.settings_form.settings = load_settings(path)
    sign_in(qtbot, window, STAFF)
    form = area.settings_form
    form.load()
    keys = ("delivery.sendgrid.api_base", "delivery.media_host.endpoint_url", "central.dsn")
    for key in keys:
        editor = form.editors[key]
        assert editor.isReadOnly(), key
        assert "Only the manager can change this" in form.help_labels[key].text()
        qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
        assert not area.keyboard.isVisible(), "no keyboard for a field staff cannot change"
    assert not form.editors["delivery.sendgrid.api_key"].isReadOnly(), "keys: still staff's"
    assert not form.remove_buttons["central.dsn"].isVisibleTo(form)
    before = path.read_text()
    form.editors["delivery.sendgrid.api_base"].setText("http://203.0.113.7/v3")
    form.editors["delivery.media_host.endpoint_url"].setText("https://s3.attacker.example")
    form.editors["central.dsn"].setText("host=db.attacker.example password=x")
    form.editors["flow.countdown_s"].setText("5")
    save(qtbot, form)
    for key in keys:
        assert form.errors[key].text() == STAFF_REFUSAL, key
    assert path.read_text() == before, "nothing written"
    assert load_settings(path).central.dsn == "postgresql://kiosk:pa55word@hq.example/central"


def test_p7_p8_the_manager_changes_the_api_url_audited_without_the_value_staff_then_cannot(
    qtbot, admin_kiosk
):  # type: ignore[no-untyped-def]
    """The manager may point SendGrid at its EU endpoint (https only); the audit log says which
    field, who and when, never the URL; the next staff session sees it read-only again."""
    from booth.protected_settings import AUDIT_ACTION

    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, MANAGER)
    form = area.settings_form
    api_base = form.editors["delivery.sendgrid.api_base"]
    assert not api_base.isReadOnly()
    assert "recorded in the audit log" in form.help_labels["delivery.sendgrid.api_base"].text()
    path = admin_kiosk.layout.settings_file
    before = path.read_text()
    api_base.setText("http://mail.attacker.example/v3")
    save(qtbot, form)
    assert form.errors["delivery.sendgrid.api_base"].text().startswith("must start with https://")
    assert path.read_text() == before
    api_base.setText("https://api.eu.sendgrid.com/v3")
    save(qtbot, form)
    assert json.loads(path.read_text())["delivery"]["sendgrid"]["api_base"] == (
        "https://api.eu.sendgrid.com/v3"
    )
    with sqlite3.connect(admin_kiosk.layout.database) as conn:
        rows = conn.execute(
            "SELECT actor, details, created_at FROM audit_log WHERE action = ?", (AUDIT_ACTION,)
        ).fetchall()
        everything = json.dumps(conn.execute("SELECT * FROM audit_log").fetchall())
    assert [(actor, json.loads(details)["field"]) for actor, details, _at in rows] == [
        ("kiosk-admin:manager", "delivery.sendgrid.api_base")
    ]
    assert rows[0][2], "when"
    assert "sendgrid.com" not in everything and "attacker" not in everything
    qtbot.mouseClick(area.lock_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, STAFF)
    assert api_base.isReadOnly() and api_base.text() == "https://api.eu.sendgrid.com/v3"
