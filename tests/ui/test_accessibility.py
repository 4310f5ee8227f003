"""Accessibility: contrast of the colour pairs, target sizes, accessible names, reach mode."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from ui import style


def _luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


PAIRS = {
    "text on the page": (style.INK, style.BACKGROUND),
    "secondary text on the page": (style.MUTED, style.BACKGROUND),
    "subtitle on the page": (style.GOLD, style.BACKGROUND),
    "error on the page": (style.ERROR, style.BACKGROUND),
    "success on the page": (style.SUCCESS, style.BACKGROUND),
    "text on a card": (style.INK, style.SURFACE),
    "secondary text on a card": (style.MUTED, style.SURFACE),
    "error on a card": (style.ERROR, style.SURFACE),
    "button text": (style.INK, style.SURFACE_HIGH),
    "primary button text": (style.ON_GOLD, style.GOLD),
    "pressed button text": (style.ON_GOLD, style.GOLD_DARK),
    "quiet button text": (style.MUTED, style.BACKGROUND),
    "link on a card": (style.GOLD, style.SURFACE),
    "key text": (style.INK, style.SURFACE_HIGH),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_text_contrast_is_at_least_4_5(name: str) -> None:
    foreground, background = PAIRS[name]
    ratio = contrast(foreground, background)
    assert ratio >= 4.5, f"{name}: {foreground} on {background} is {ratio:.2f}:1"


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def controls(screen: QWidget) -> list[QWidget]:
    found = [*screen.findChildren(QAbstractButton), *screen.findChildren(QLineEdit)]
    return [w for w in found if w.isVisibleTo(screen) and w.isVisible()]


def show_each_screen(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    shown = []
    for screen in window.visitor_screens():
        window.stack.setCurrentWidget(screen)
        QApplication.processEvents()
        shown.append(screen)
    return shown


def test_every_visitor_control_is_big_enough_and_named(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    window = running_kiosk.window
    details = window.details
    details.sms_toggle.setChecked(True)  # the phone row and its country button are visible too
    seen = 0
    for screen in window.visitor_screens():
        window.stack.setCurrentWidget(screen)
        QApplication.processEvents()
        for control in controls(screen):
            label = f"{type(screen).__name__}: {control.accessibleName() or control.objectName()!r}"
            assert control.accessibleName().strip(), f"{label} has no accessible name"
            assert control.height() >= style.MIN_TARGET, f"{label} is {control.height()} px high"
            assert control.width() >= 44, f"{label} is {control.width()} px wide"
            seen += 1
    # The country list, the still-there prompt and the accented keys are controls too.
    details._on_country_clicked()
    details.keyboard.set_layout("accents")
    window.stack.setCurrentWidget(details)
    QApplication.processEvents()
    for control in [*controls(details.countries), *controls(details.keyboard)]:
        assert control.accessibleName().strip()
        assert control.height() >= style.MIN_TARGET
        seen += 1
    assert seen > 50


@pytest.mark.parametrize(
    "size", [(1920, 1080), (1600, 900), (1366, 768), (1280, 800), (1080, 1920), (720, 1280)]
)
def test_reach_mode_brings_every_control_into_the_lower_part(qtbot, running_kiosk, size):  # type: ignore[no-untyped-def]
    from ui.screen_geometry import TOUCH_MIN_PX, geometry_for

    # Designed sizes at 1600x900 and up; on a smaller screen, the touch minimum (README).
    least = style.MIN_TARGET if geometry_for(*size).scale == 1 else TOUCH_MIN_PX
    window = running_kiosk.window
    window.resize(*size)
    controller = running_kiosk.controller
    controller.set_reach(True)
    window.details.sms_toggle.setChecked(True)
    for screen in window.visitor_screens():
        window.stack.setCurrentWidget(screen)
        QApplication.processEvents()
        assert window.height() == size[1], f"{type(screen).__name__} does not fit in reach mode"
        limit = window.height() * (screen.reach_fraction - 0.02)
        for control in controls(screen):
            top = control.mapTo(window, control.rect().topLeft()).y()
            bottom = control.mapTo(window, control.rect().bottomLeft()).y()
            name = f"{type(screen).__name__}: {control.accessibleName()!r}"
            assert top >= limit, f"{name} starts at {top}px, above the reach line {limit:.0f}px"
            assert bottom <= window.height(), f"{name} is cut off at the bottom"
            assert control.height() >= least, f"{name} shrank to {control.height()} px"


def test_reach_mode_is_chosen_on_attract_and_wiped_with_the_session(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    from booth.flow import State
    from tests.ui.visitor import Visitor

    visitor = Visitor(qtbot, running_kiosk)
    attract = visitor.window.attract
    visitor.tap(attract.reach_button)
    assert running_kiosk.controller.reach and visitor.window.welcome.reach
    visitor.tap(attract.start_button)
    visitor.wait_for(State.WELCOME)
    visitor.tap(visitor.window.welcome.cancel_button)
    visitor.wait_for(State.ATTRACT)
    assert not running_kiosk.controller.reach
    assert not attract.reach_button.isChecked()
    assert not any(screen.reach for screen in visitor.window.visitor_screens())
