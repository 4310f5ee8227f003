"""The kiosk's one event filter: the idle clock, kiosk-mode keys, no context menus.

It is installed on the kiosk window's QWindow, not on the application. The platform's input
(touches, clicks, keys, context-menu requests) reaches the QWindow before Qt hands it to any
widget, so the filter still sees every tap and key. The events a preview frame causes (the
queued call that hands the picture label its pixmap, the update request, the paint) go to
widgets and never pass it.
An application event filter sees every event of every object, 30 to 150 frames a second, and
this one is Python: the GUI thread needed the interpreter lock for each of them, and waited
for it (in steps of the switch interval) while the outbox, a sweep or a sync ran Python on
another thread. That is how a preview stutters (issue #18, bench/preview.py). On the QWindow,
showing a frame runs no Python at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWindow
from PySide6.QtWidgets import QWidget

from ui.lockdown import is_blocked

__all__ = ["ACTIVITY_EVENTS", "KioskEvents"]

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
    }
)
_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})
_MOUSE = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
    }
)
_WATCHED = ACTIVITY_EVENTS | _KEYS | _MOUSE | {QEvent.Type.ContextMenu, QEvent.Type.KeyRelease}


class KioskEvents(QObject):
    """Installed on the kiosk window's QWindow by the window itself (``KioskWindow.events``).

    * ``on_activity``: called for any touch, click or key on the window (the idle clock);
    * ``guard_keys``: in kiosk mode, Escape, Ctrl+Q, Ctrl+W and Alt+F4 do nothing
      (see ui/lockdown.py);
    * no context menus: the standard ones (Undo, Paste, Select All) could bring back what the
      previous visitor typed, and on a Windows touchscreen a press-and-hold is a right-click
      (see ui/visitor_traces.py). The window drops the right button, the Menu key and the
      platform's context-menu requests, so no widget, made now or later, ever gets one.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.on_activity: Callable[[], None] | None = None
        self.guard_keys = False

    def watch(self, handle: QWindow | None) -> None:
        """Filter the window's QWindow (once it exists: Qt makes it when the window is shown)."""
        if handle is not None:
            handle.installEventFilter(self)  # installing twice keeps one

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if kind in ACTIVITY_EVENTS and self.on_activity is not None:
            self.on_activity()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in _MOUSE and isinstance(event, QMouseEvent):
            return event.button() == Qt.MouseButton.RightButton
        if isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Menu:
                return True
            if self.guard_keys and kind in _KEYS and is_blocked(event):
                event.accept()
                return True
        return False
