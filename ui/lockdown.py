"""Kiosk mode: the keys that would close or leave the app do nothing.

The app cannot block the operating system's own keys (Ctrl+Alt+Del, the Windows key,
switching virtual terminals); that half is the compositor's or the OS's job, see
docs/deployment.md (cage on Linux, Assigned Access or Shell Launcher on Windows).
What the app can do: swallow Escape, Ctrl+Q, Ctrl+W and Alt+F4 before any widget sees them
(``is_blocked``, applied by the kiosk window's event filter on its QWindow, where the key
arrives from the platform: ui/kiosk_events.py; the kiosk defines no shortcuts, which Qt would
try first), and refuse the window's close event (KioskWindow.closeEvent)
unless the manager left kiosk mode with their PIN.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

BLOCKED = {
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
}
MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_blocked(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & MODIFIERS
    return (Qt.Key(event.key()), Qt.KeyboardModifier(modifiers.value)) in BLOCKED
