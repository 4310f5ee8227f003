"""The closed screen a kiosk shows when it cannot open as configured (issues #6, #18).

Customers read one calm sentence in the store's language; the validation text and the file
path are for staff, behind the same hidden corner as the attract screen's.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from booth.settings import SettingsError, load_settings
from booth.settings_hints import store_language_hint
from kiosk.gui_main import problem_text
from tests.ui.visitor import visible_texts
from ui.i18n import switcher
from ui.screens.out_of_order import OutOfOrderWindow


def broken_settings(folder: Path, language: str) -> Path:
    path = folder / "settings.json"
    path.write_text(json.dumps({"flow": {"language": language, "idle_timeout_s": "soon"}}))
    return path


def real_problem(path: Path) -> str:
    try:
        load_settings(path)
    except SettingsError as exc:
        return problem_text(exc)
    raise AssertionError("the settings should not load")


def open_closed_screen(qtbot, problem: str, tries: list[bool]) -> OutOfOrderWindow:  # type: ignore[no-untyped-def]
    window = OutOfOrderWindow("", problem, lambda: tries.append(True))
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    return window


def hold_the_corner(qtbot, window: OutOfOrderWindow) -> None:  # type: ignore[no-untyped-def]
    window._staff_hold.setInterval(50)  # three seconds in the shop
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.waitUntil(window.staff_box.isVisible, timeout=3000)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def test_customers_read_a_calm_sentence_and_staff_find_the_detail_behind_the_corner(
    qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    problem = real_problem(broken_settings(tmp_path, "en"))
    assert "idle_timeout_s" in problem  # what staff need, as the command line says it
    tries: list[bool] = []
    window = open_closed_screen(qtbot, problem, tries)
    customer = " ".join(t for t in visible_texts(window) if t)
    shown = [w.text() for w in window.findChildren(type(window.title)) if w.isVisible()]
    assert "closed for a moment" in customer
    assert "Input should be" in problem  # pydantic's own words, for staff only
    for text in shown:
        assert (
            "idle_timeout_s" not in text and "Input should" not in text and "settings" not in text
        )
    assert all("docs/" not in text and ".md" not in text for text in shown), "no file path"
    assert not window.try_again_button.isVisible()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(800, 450))
    assert not window.staff_box.isVisible(), "a tap elsewhere shows nothing more"

    hold_the_corner(qtbot, window)
    assert window.problem.isVisible() and "idle_timeout_s" in window.problem.text()
    qtbot.mouseClick(window.try_again_button, Qt.MouseButton.LeftButton)
    assert tries == [True]
    qtbot.mouseClick(window.hide_button, Qt.MouseButton.LeftButton)
    assert not window.staff_box.isVisible()


def test_the_closed_screen_speaks_the_store_language_of_a_broken_settings_file(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    path = broken_settings(tmp_path, "he")
    assert store_language_hint(path) == "he"
    assert store_language_hint(tmp_path / "missing.json") == "en"
    (tmp_path / "garbled.json").write_text("{not json")
    assert store_language_hint(tmp_path / "garbled.json") == "en"
    switcher().apply(store_language_hint(path))
    window = open_closed_screen(qtbot, real_problem(path), [])
    assert window.title.text() == "עמדת הצילום סגורה לרגע"
