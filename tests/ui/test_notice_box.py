"""The privacy notice box: every visitor meets it from its first line, and no line is cut.

A visitor who scrolled the notice used to leave it scrolled for the next one, who then met it
half way with the "18 or over" line cut off at the top; and the box cut its last visible line
in half whatever the position.
"""

from __future__ import annotations

import pytest

from booth.flow import State
from tests.conftest import open_kiosk, quick_settings
from tests.ui.visitor import Visitor
from ui.style import MIN_TARGET


def test_each_session_meets_the_notice_from_its_top(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """P7 spirit: where the last visitor left the notice is not shown to the next one."""
    visitor = Visitor(qtbot, running_kiosk)
    welcome = running_kiosk.window.welcome
    bar = welcome.notice_scroll.verticalScrollBar()
    visitor.tap(running_kiosk.window.attract.start_button)
    visitor.wait_for(State.WELCOME)
    visitor.tap(welcome.more_button)  # the full notice: longer than the box
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    assert bar.value() > 0
    visitor.tap(welcome.cancel_button)
    visitor.wait_for(State.ATTRACT)

    visitor.tap(running_kiosk.window.attract.start_button)
    visitor.wait_for(State.WELCOME)
    assert bar.value() == 0, "the next visitor starts at the notice's first line"
    assert welcome.more_button.text() == "Read the full notice", "and with the short notice"


@pytest.mark.parametrize("size", [(1280, 800), (1600, 900), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "fr", "he"])
def test_the_notice_box_shows_whole_lines(qtbot, layout, size, language):  # type: ignore[no-untyped-def]
    with open_kiosk(qtbot, layout, quick_settings(), size=size) as running:
        visitor = Visitor(qtbot, running)
        if language != "en":
            visitor.tap(running.window.attract.language_buttons[language])
        visitor.tap(running.window.attract.start_button)
        visitor.wait_for(State.WELCOME)
        welcome = running.window.welcome
        for full in (False, True):
            if full:
                visitor.tap(welcome.more_button)
            box, text = welcome.notice_scroll, welcome.notice_text
            bar = box.verticalScrollBar()
            line = box.line_height()

            def settled(box=box, text=text, bar=bar) -> bool:  # type: ignore[no-untyped-def]
                content = box.widget().height() - box.viewport().height()
                laid_out = text.height() == text.heightForWidth(text.width())
                return laid_out and bar.maximum() == max(0, content)

            qtbot.waitUntil(settled)
            assert box.viewport().height() % line == 0, "the box ends between two lines"
            assert text.height() % line == 0, "every line of the notice is one step high"
            if bar.maximum() > 0:
                bar.setValue(line + line // 2)  # a drag that stops inside a line
                assert bar.value() % line == 0, "scrolling stops between lines too"


def test_read_the_full_notice_looks_like_a_link_with_a_touch_sized_target(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    visitor.tap(running_kiosk.window.attract.start_button)
    visitor.wait_for(State.WELCOME)
    link = running_kiosk.window.welcome.more_button
    assert link.font().underline(), "underlined, like a link"
    assert link.palette().buttonText().color().name() == "#d4b47c", "in the accent colour"
    assert link.height() >= MIN_TARGET and link.width() >= MIN_TARGET
