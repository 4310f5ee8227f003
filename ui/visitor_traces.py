"""What Qt keeps of a visitor beyond what a screen shows, and the one call that forgets it (P7).

A screen's ``reset()`` empties what it draws. Qt keeps more: a line edit's undo and
redo history (``clear()`` is undoable, so Ctrl+Z or the standard context menu's Undo
brings the previous visitor's address back), a selection, the clipboard and the X11
selection, a completer's model. :func:`forget_visitor` walks every widget under a root,
so a field added later is covered without anyone remembering to. The kiosk window's event
filter (ui/kiosk_events.py) keeps the standard menus (Undo, Paste, Select All) off the
kiosk entirely: on a Windows touchscreen a press-and-hold is a right-click.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def forget_visitor(root: QWidget) -> None:
    """Drop every undo step, selection and completion under ``root``; keep the text shown."""
    for field in root.findChildren(QLineEdit):
        # setText(), unlike clear(), starts a new undo history: nothing to bring back.
        field.setText(field.text())
        field.setModified(False)
        field.setCompleter(None)  # type: ignore[arg-type]  # None removes it; the stub says no
    edits: list[QTextEdit | QPlainTextEdit] = [
        *root.findChildren(QTextEdit),
        *root.findChildren(QPlainTextEdit),
    ]
    for edit in edits:
        edit.document().clearUndoRedoStacks()
        cursor = edit.textCursor()
        cursor.clearSelection()
        edit.setTextCursor(cursor)


def clear_clipboard() -> None:
    """Whatever was copied (Ctrl+C on a field) is not there for the next person to paste."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
