"""The kiosk's event filter sits on the window's QWindow (issue #18: no frame passes it there),
and still sees what the platform delivers: every tap, touch and key keeps the session alive, and
in kiosk mode Escape never reaches a widget. The context menus: tests/ui/test_next_visitor.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class KeysAtWidgets(QObject):
    """Records the key presses Qt hands to any widget."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            self.keys.append(event.key())  # type: ignore[attr-defined]
        return False


def test_taps_touches_and_keys_on_the_window_count_as_activity(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    window = running_kiosk.window
    handle = window.windowHandle()
    assert handle is not None
    seen: list[str] = []
    window.events.on_activity = lambda: seen.append("activity")
    QTest.mouseClick(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(40, 40)
    )
    assert seen == ["activity"], "a click on the window is a visitor's activity"
    device = QTest.createTouchDevice()
    QTest.touchEvent(handle, device).press(0, QPoint(60, 60)).commit()
    QTest.touchEvent(handle, device).release(0, QPoint(60, 60)).commit()
    assert seen.count("activity") >= 2, "a touch is too"
    before = len(seen)
    QTest.keyClick(handle, Qt.Key.Key_A)
    assert len(seen) == before + 1, "and a key"


def test_in_kiosk_mode_escape_never_reaches_a_widget(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    window = running_kiosk.window
    handle = window.windowHandle()
    keys = KeysAtWidgets()
    QApplication.instance().installEventFilter(keys)
    window.events.guard_keys = True
    try:
        QTest.keyClick(handle, Qt.Key.Key_Escape)
        QTest.keyClick(handle, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(handle, Qt.Key.Key_B)
    finally:
        window.events.guard_keys = False
        QApplication.instance().removeEventFilter(keys)
    assert Qt.Key.Key_Escape not in keys.keys and Qt.Key.Key_Q not in keys.keys
    assert Qt.Key.Key_B in keys.keys, "other keys still reach the focused widget"
