"""The attract screen speaks the store's language to whoever walks up next.

A passer-by who picks Hebrew (or easy reach) on the attract screen and walks away used to
leave the screen that way for good: attract has no session to time out. Now the same idle
time brings the store's defaults back, as every session end does.
"""

from __future__ import annotations

from booth.flow import State
from tests.conftest import open_kiosk, quick_settings
from tests.ui.visitor import Visitor


def test_a_language_left_on_attract_goes_back_to_the_store_language(qtbot, layout):  # type: ignore[no-untyped-def]
    with open_kiosk(qtbot, layout, quick_settings(language="fr")) as running:
        visitor = Visitor(qtbot, running)
        attract, controller = running.window.attract, running.controller
        french = attract.start_button.text()
        assert french != "Touch to start"
        controller.set_idle_timeout_ms(400)  # settings.flow.idle_timeout_s in the shop
        visitor.tap(attract.language_buttons["he"])
        visitor.tap(attract.reach_button)
        assert attract.start_button.text() == "געו כדי להתחיל"
        qtbot.waitUntil(lambda: controller.language == "fr", timeout=5000)
        assert attract.start_button.text() == french
        assert attract.language_buttons["fr"].isChecked()
        assert not attract.language_buttons["he"].isChecked()
        assert not controller.reach and not attract.reach_button.isChecked()
        assert controller.state is State.ATTRACT


def test_a_started_session_keeps_the_language_until_it_ends(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    attract, controller = running_kiosk.window.attract, running_kiosk.controller
    visitor.tap(attract.language_buttons["fr"])
    visitor.tap(attract.start_button)
    visitor.wait_for(State.WELCOME)
    controller.set_idle_timeout_ms(600_000)
    assert controller.language == "fr", "starting keeps the visitor's language"
    visitor.tap(running_kiosk.window.welcome.cancel_button)
    visitor.wait_for(State.ATTRACT)
    assert controller.language == "en", "and the session's end gives the store's back"
