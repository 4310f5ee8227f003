"""The kiosk's one application event filter: the idle clock, kiosk-mode keys, no context menus.

An application event filter sees every event of every object on the GUI thread, including the
ones each preview frame causes (the queued call that hands the picture label its pixmap, the
update request, the paint of the label and of anything drawn over it), 30 to 150 times a second.
A filter written in Python runs Python for each of them, so the GUI thread needs the interpreter
lock for each: while the outbox, a sweep or a sync runs Python on another thread, each such call
can wait a switch interval, which is how a preview stutters (issue #18, bench/preview.py). The
kiosk had three such filters (activity, kiosk-mode keys, context menus), three calls per event;
this one filter does all three jobs in one call, and returns on its first test for the events it
does not care about (all of a frame's).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
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
_WATCHED = ACTIVITY_EVENTS | _KEYS | {QEvent.Type.ContextMenu}


class KioskEvents(QObject):
    """Installed once on the application by the kiosk window (``KioskWindow.events``).

    * ``on_activity``: called for any touch, click or key anywhere in the app (the idle clock);
    * ``guard_keys``: in kiosk mode, Escape, Ctrl+Q, Ctrl+W and Alt+F4 do nothing
      (see ui/lockdown.py);
    * context-menu requests for the window's widgets are swallowed: the standard menus (Undo,
      Paste, Select All) could bring back what the previous visitor typed, and on a Windows
      touchscreen a press-and-hold is a right-click (see ui/visitor_traces.py). Installed on
      the application rather than on each widget, so widgets created later are covered too.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.on_activity: Callable[[], None] | None = None
        self.guard_keys = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False  # every event a preview frame causes ends here
        if kind in ACTIVITY_EVENTS and self.on_activity is not None:
            self.on_activity()
        if kind == QEvent.Type.ContextMenu:
            return isinstance(watched, QWidget) and watched.window() is self._window
        if self.guard_keys and kind in _KEYS and isinstance(event, QKeyEvent) and is_blocked(event):
            event.accept()
            return True
        return False
