"""The "Still there?" prompt: a visible countdown before the walk-away wipe."""

from __future__ import annotations

from booth.flow import State
from tests.ui.visitor import Visitor


def test_prompt_counts_down_and_a_tap_keeps_the_session(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    controller = running_kiosk.controller
    overlay = visitor.window.still_there
    visitor.reach_details()
    visitor.fill("ada lovelace", email="ada@example.com")
    controller.set_idle_timeout_ms(4000)  # prompt for the last 2 s
    controller.note_activity()
    qtbot.waitUntil(overlay.isVisible, timeout=5000)
    assert overlay.count.text() in {"1", "2"}
    assert overlay.count.text() in overlay.body.text()
    assert overlay.geometry() == visitor.window.rect(), "the prompt covers the whole screen"
    visitor.tap(overlay.here_button)
    assert not overlay.isVisible()
    assert controller.state is State.DETAILS
    assert visitor.window.details.name.text() == "Ada Lovelace", "the session was kept"


def test_prompt_shows_every_second_then_the_session_is_wiped(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """P7 spirit: a visitor who walks away leaves nothing, after a visible warning."""
    visitor = Visitor(qtbot, running_kiosk)
    controller = running_kiosk.controller
    visitor.start_and_confirm_adult()
    seen: list[int] = []
    controller.idle_warning.connect(seen.append)
    controller.set_idle_timeout_ms(6000)  # 3 s of quiet, then a 3 s prompt
    controller.note_activity()
    visitor.wait_for(State.ATTRACT, timeout=10_000)
    assert seen[:3] == [3, 2, 1], seen
    assert not visitor.window.still_there.isVisible()


def test_prompt_length_comes_from_the_settings(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    controller = running_kiosk.controller
    assert controller.settings.flow.still_there_s == 10
    controller.set_idle_timeout_ms(60_000)
    assert controller._idle.interval() == 50_000 and controller._walkaway.interval() == 10_000
    controller.set_idle_timeout_ms(8_000)
    assert controller._idle.interval() == 4_000, "a short timeout gives the prompt half of it"
