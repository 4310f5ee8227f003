"""Every visitor screen, at every supported size, in every language: nothing cut, nothing small.

The walk goes through the real flow (demo camera, real records file, dry-run delivery) and
at each screen resizes the window through the supported sizes: 1366x768, 1280x800 and
1920x1080 landscape, 1080x1920 portrait, and 720x1280 (a portrait output under cage, which
forces the window to the screen). At each size it checks what a visitor would notice:

- the window is the size asked (a screen's minimum size must not widen it);
- every visible text fits its label, button or check box, wrapped at its width, and the
  widget lies inside the window and inside its parent;
- every touch target is at least ``TOUCH_MIN_PX`` square (README, "Screen sizes").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from booth.flow import State
from tests.conftest import open_kiosk, quick_settings
from tests.ui.visitor import Visitor
from ui.screen_geometry import TOUCH_MIN_PX

SIZES = [(1366, 768), (1280, 800), (1920, 1080), (1080, 1920), (720, 1280)]
LANGUAGES = ["en", "fr", "he"]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _text_problem(widget: QWidget) -> str:
    """Why the widget's text does not fit in it, or ''."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return ""
        area = widget.contentsRect()
        metrics = widget.fontMetrics()
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            widest = metrics.boundingRect(
                QRect(0, 0, area.width(), 100_000), int(Qt.TextFlag.TextWordWrap), text
            ).width()
            if needed > widget.height() + 1:
                return f"needs {needed} px of height, has {widget.height()}"
            if widest > area.width() + 1:
                return f"a word needs {widest} px of width, has {area.width()}"
            return ""
        needed_size = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, text).size()
        if needed_size.width() > area.width() + 1 or needed_size.height() > area.height() + 1:
            return f"needs {needed_size.toTuple()}, has {area.size().toTuple()}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            return f"needs {hint.toTuple()}, has {widget.size().toTuple()}"
    return ""


def problems(window: QWidget, screen: QWidget, where: str) -> list[str]:
    found: list[str] = []
    whole = window.rect()
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            continue
        name = f"{where}: {type(widget).__name__} {widget.accessibleName() or widget.objectName() or getattr(widget, 'text', lambda: '')()!r}"
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not whole.contains(rect):
            found.append(f"{name} lies outside the window: {rect.getRect()}")
        parent = widget.parentWidget()
        if (
            parent is not None
            and not _in_scroll_area(widget, screen)
            and not parent.rect().contains(widget.geometry())
        ):
            found.append(f"{name} sticks out of its parent: {widget.geometry().getRect()}")
        if isinstance(widget, (QAbstractButton, QLineEdit)):
            least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
            if widget.height() < least.height() - 1:
                found.append(f"{name} is squeezed to {widget.height()} px, needs {least.height()}")
        why = _text_problem(widget)
        if why:
            found.append(f"{name} is clipped: {why}")
        if isinstance(widget, (QAbstractButton, QLineEdit)) and (
            widget.width() < TOUCH_MIN_PX or widget.height() < TOUCH_MIN_PX
        ):
            found.append(f"{name} is a {widget.width()}x{widget.height()} px target")
    found += _overlaps(screen, where)
    return found


def _overlaps(screen: QWidget, where: str) -> list[str]:
    """Texts and controls drawn over one another (a squeezed row lets its children overlap)."""
    shown = [
        w
        for w in screen.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit))
        and w.isVisible()
        and not w.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        and not _in_scroll_area(w, screen)
    ]
    found = []
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            if a.parentWidget() is not b.parentWidget():
                continue
            overlap = a.geometry().intersected(b.geometry())
            if overlap.width() > 2 and overlap.height() > 2:
                names = f"{a.accessibleName() or a.objectName()!r} and {b.accessibleName() or b.objectName()!r}"
                found.append(f"{where}: {names} overlap by {overlap.width()}x{overlap.height()} px")
    return found


class Walk:
    """Resizes the window through every size at each screen and collects what is wrong."""

    def __init__(self, window: QWidget, language: str) -> None:
        self.window = window
        self.language = language
        self.found: list[str] = []
        self.seen: set[str] = set()

    def check(self, name: str, screen: QWidget) -> None:
        self.seen.add(name)
        for width, height in SIZES:
            self.window.resize(width, height)
            settle()
            where = f"{name} {width}x{height} {self.language}"
            if self.window.size().toTuple() != (width, height):
                self.found.append(f"{where}: the window is {self.window.size().toTuple()}")
                continue
            self.found += problems(self.window, screen, where)
        self.window.resize(*SIZES[0])
        settle()


def walk_every_screen(qtbot, running, language: str) -> Walk:  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running)
    window = running.window
    controller = running.controller
    walk = Walk(window, language)
    if language != "en":
        visitor.tap(window.attract.language_buttons[language])
    walk.check("attract", window.attract)
    visitor.tap(window.attract.start_button)
    visitor.wait_for(State.WELCOME)
    walk.check("welcome", window.welcome)
    visitor.tap(window.welcome.under_button)
    visitor.wait_for(State.UNDERAGE)
    walk.check("underage", window.underage)
    visitor.tap(window.underage.ok_button)
    visitor.wait_for(State.ATTRACT)
    if language != "en":
        visitor.tap(window.attract.language_buttons[language])
    visitor.start_and_confirm_adult()
    camera = window.camera
    qtbot.waitUntil(
        lambda: running.preview.current_image() is not None and camera.shutter.isEnabled(),
        timeout=15_000,
    )
    walk.check("preview", camera)
    visitor.tap(camera.shutter)
    visitor.wait_for(State.COUNTDOWN)
    controller._countdown.stop()  # held still while the sizes are checked, then let go
    walk.check("countdown", camera)
    controller._countdown.start()
    visitor.wait_for(State.REVIEW)
    walk.check("review", window.review)
    visitor.tap(window.review.keep_button)
    visitor.wait_for(State.DETAILS)
    details = window.details
    # As on a kiosk that offers QR pickup (tests/ui/test_qr_pickup.py has the real one): the
    # longest side column, under the keyboard.
    details.qr_button.setVisible(True)
    visitor.choose(email=True, sms=True)
    walk.check("details-empty", details)
    visitor.tap(details.name)
    visitor.type("ana maria")
    visitor.tap(details.email)
    visitor.type("ana@")  # unfinished: its message shows under the field
    visitor.tap(details.phone)
    visitor.type("555")
    visitor.tap(details.publish)
    walk.check("details-typed", details)
    controller.idle_warning.emit(9)  # what the controller says before a walk-away wipe
    walk.check("still-there", window.still_there)
    controller.idle_warning_ended.emit()
    visitor.tap(details.country_button)
    walk.check("details-country", details)
    visitor.tap(details.country_buttons[details.region])
    running.kiosk.outbox_worker.stop()  # the network is "down": the done screen says "queued"
    details.email.setText("ana@example.com")
    details.phone.setText("")
    visitor.choose(email=True, sms=False)
    visitor.tap(details.send_button)
    visitor.wait_for(State.SENDING)
    walk.check("sending", window.sending)
    visitor.wait_for(State.DONE)
    walk.check("done", window.done)
    # Back to the start, so no timer of this visit fires after the window is gone.
    visitor.tap(window.done.finish_button)
    visitor.wait_for(State.ATTRACT)
    return walk


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_visitor_screen_fits_every_size(qtbot, layout, language):  # type: ignore[no-untyped-def]
    settings = quick_settings(countdown_s=3)
    with open_kiosk(qtbot, layout, settings, size=SIZES[0]) as running:
        walk = walk_every_screen(qtbot, running, language)
    assert len(walk.seen) == 12
    assert not walk.found, f"{len(walk.found)} problems:\n" + "\n".join(walk.found[:60])


def test_the_qr_pickup_done_screen_fits_every_size(qtbot, layout):  # type: ignore[no-untyped-def]
    from booth.visit_state import Outcome

    with open_kiosk(qtbot, layout, quick_settings(), size=SIZES[0]) as running:
        window = running.window
        photo = QImage(864, 1080, QImage.Format.Format_RGB32)
        photo.fill(QColor("#806070"))
        code = QImage(376, 376, QImage.Format.Format_RGB32)  # segno's 8 px a module, 47 modules
        code.fill(QColor("#ffffff"))
        # What the controller says after a QR pickup: the photo, then the link as a code.
        running.controller.photo_ready.emit(photo)
        running.controller.outcome_ready.emit(Outcome("", {}, qr_image=code, link_days=30))
        window.stack.setCurrentWidget(window.done)
        walk = Walk(window, "en")
        walk.check("done-qr", window.done)
        assert window.done.qr.isVisible()
    assert not walk.found, "\n".join(walk.found)


def test_the_closed_screen_fits_every_size(qtbot):  # type: ignore[no-untyped-def]
    from ui.screens.out_of_order import OutOfOrderWindow

    closed = OutOfOrderWindow(
        "Aurelia", "photo.frame: the branding frame 'gold-frame.png' was not found", lambda: None
    )
    qtbot.addWidget(closed)
    closed.show()
    found: list[str] = []
    for width, height in SIZES:
        closed.resize(width, height)
        settle()
        where = f"out-of-order {width}x{height}"
        if closed.size().toTuple() != (width, height):
            found.append(f"{where}: the window is {closed.size().toTuple()}")
            continue
        found += problems(closed, closed, where)
    assert not found, "\n".join(found)
