"""The staff screens: a keyboard that covers nothing and closes, the health panel's last sweep,
and a settings form that starts at the top for each person (issue #18)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from consent.clock import utcnow
from tests.support.pins import MANAGER, STAFF
from tests.ui.test_admin import set_up, sign_in


def rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def test_admin_keyboard_covers_no_title_tab_or_lock_and_closes(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, MANAGER)
    form = area.settings_form
    # The last text field of the form: the one a keyboard at the foot would cover.
    field = [e for e in form.editors.values() if isinstance(e, QLineEdit) and not e.isReadOnly()][
        -1
    ]
    form.scroll_area.ensureWidgetVisible(field)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(area.keyboard.isVisible, timeout=2000)
    keyboard = rect_in(area.keyboard, window)
    for covered in (area.heading, area.lock_button, area.change_pin_button, area.tabs.tabBar()):
        assert not keyboard.intersects(rect_in(covered, window)), covered.accessibleName()
    viewport = rect_in(form.scroll_area.viewport(), window)
    qtbot.waitUntil(lambda: viewport.contains(rect_in(field, window).center()), timeout=2000)
    assert not keyboard.intersects(rect_in(field, window)), "the field stays in view"
    assert window.height() == 900, "the keyboard floats: the page keeps its size"
    close = area.keyboard.key("close")
    assert close.isVisible() and close.accessibleName() == "Close keyboard"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not area.keyboard.isVisible()


def test_health_shows_the_last_sweep_after_a_sweep(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    """A sweep with nothing to remove is a sweep too: Health said "none yet" after one (P4)."""
    from booth.privacy import open_sweep

    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sweep = open_sweep(admin_kiosk.layout, admin_kiosk.kiosk.settings, "test:retention")
    # An hour ahead, so the kiosk's own sweep at start cannot be the later one.
    moment = utcnow() + timedelta(hours=1)
    try:
        report = sweep.run(now=moment)
    finally:
        sweep.database.close()
    assert not any(c.done for c in report.categories.values()), "nothing was due"
    sign_in(qtbot, window, STAFF)
    area.tabs.setCurrentWidget(area.health)
    area.health.refresh()
    value = area.health.values["sweep"]
    qtbot.waitUntil(lambda: value.text() not in ("…", "none yet"), timeout=5000)
    assert value.text() == f"{moment.astimezone():%Y-%m-%d %H:%M}"


def test_settings_start_at_the_top_at_each_sign_in(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, MANAGER)
    bar = area.settings_form.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    qtbot.mouseClick(area.lock_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, STAFF)
    assert area.tabs.currentWidget() is area.settings_form
    assert bar.value() == 0, "the manager's place in the form does not carry to staff"


def test_the_frame_is_painted_over_the_photo_cropped_to_its_aspect(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    from booth.frames import frame_file
    from ui.screens.admin.frame_preview import framed

    grey = QImage(1280, 720, QImage.Format.Format_RGB32)
    grey.fill(QColor(128, 128, 128))
    photo = framed(grey, frame_file("default.png"), (4, 5))
    assert (photo.width(), photo.height()) == (576, 720), "cropped to 4:5 like a visitor's photo"
    assert photo.pixelColor(288, 360) == QColor(128, 128, 128), "the middle stays the photo"
    assert photo.pixelColor(288, 710) != QColor(128, 128, 128), "the frame's band is painted"


def test_staff_preview_the_branding_frame_on_a_live_photo(qtbot, admin_kiosk):  # type: ignore[no-untyped-def]
    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    sign_in(qtbot, window, STAFF)
    form = area.settings_form
    worker = admin_kiosk.kiosk.camera.worker
    qtbot.waitUntil(lambda: worker.latest_image() is not None, timeout=10_000)
    form.editors["photo.frame"].setText("default.png")
    form.editors["photo.aspect"].setText("1:1")
    form.scroll_area.ensureWidgetVisible(form.preview_button)
    qtbot.mouseClick(form.preview_button, Qt.MouseButton.LeftButton)
    preview = form.frame_preview
    assert preview.isVisible()
    qtbot.waitUntil(lambda: preview.image is not None, timeout=5000)
    assert preview.image.width() == preview.image.height(), "the aspect typed in the form"
    assert not preview.picture.pixmap().isNull()
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    # A name that is not a frame says so, in words staff can act on.
    form.editors["photo.frame"].setText("gold-frame.png")
    qtbot.mouseClick(form.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gold-frame.png" in preview.message.text(), timeout=5000)
    assert preview.image is None
