"""The closed screen a kiosk shows when it cannot open as configured (issue #6)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.visitor import visible_texts
from ui.screens.out_of_order import OutOfOrderWindow


def test_it_says_what_to_fix_and_tries_again_on_a_tap(qtbot) -> None:  # type: ignore[no-untyped-def]
    tries: list[bool] = []
    window = OutOfOrderWindow(
        "", "photo.frame: 'gold.png' was not found", lambda: tries.append(True)
    )
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    texts = " ".join(visible_texts(window))
    assert "closed for a moment" in texts and "gold.png" in texts
    qtbot.mouseClick(window.try_again_button, Qt.MouseButton.LeftButton)
    assert tries == [True]
