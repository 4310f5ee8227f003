"""P7: nothing of one visitor reaches the next, whatever the next one taps, holds or pastes.

Two visitors through the real window. After the first one's session is wiped, every
widget of the window is walked for every place Qt keeps text (what it shows, its
accessible name, value and description, tooltips, an undo or redo step, a completer's
model, a selection) and the clipboard too; then the second visitor tries what a person
could: Ctrl+Z in each field, and the press-and-hold that is a right-click on a touchscreen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from booth.flow import State
from tests.ui.visitor import Visitor

NAME, EMAIL, PHONE = "ada lovelace", "ada.lovelace@example.com", "2015550123"
SECRETS = ("ada", "lovelace", "example.com", "5550123", "555 0123", "555-0123")


def traces(root: QWidget) -> list[str]:
    """Every string a widget under ``root`` holds, and a marker for each undo or redo step."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        found += [widget.statusTip(), widget.whatsThis(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.selectedText(), widget.displayText()]
            if widget.isUndoAvailable() or widget.isRedoAvailable():
                found.append(f"undo history in {widget.accessibleName()!r}")
            completer = widget.completer()
            if completer is not None and completer.model() is not None:
                model = completer.model()
                found += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            found.append(widget.toPlainText())
            document = widget.document()
            if document.isUndoAvailable() or document.isRedoAvailable():
                found.append(f"undo history in {widget.accessibleName()!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for r in range(model.rowCount()):
                found += [str(model.index(r, c).data()) for c in range(model.columnCount())]
    clipboard = QGuiApplication.clipboard()
    found.append(clipboard.text(QClipboard.Mode.Clipboard))
    if clipboard.supportsSelection():
        found.append(clipboard.text(QClipboard.Mode.Selection))
    return [text for text in found if text]


def leaks(root: QWidget) -> list[str]:
    joined = "\n".join(traces(root)).lower()
    hits = [s for s in SECRETS if re.search(rf"\b{re.escape(s)}\b", joined)]
    return hits + [t for t in traces(root) if t.startswith("undo history")]


def first_visitor_leaves(visitor: Visitor) -> None:
    visitor.reach_details()
    visitor.fill(NAME, email=EMAIL, phone=PHONE)
    d = visitor.window.details
    d.email.selectAll()
    d.email.copy()  # what Ctrl+C would do: the address is on the clipboard now
    assert QGuiApplication.clipboard().text() == EMAIL
    visitor.tap(d.send_button)
    visitor.wait_for(State.DONE)
    visitor.tap(visitor.window.done.finish_button)
    visitor.wait_for(State.ATTRACT)


def test_nothing_of_the_first_visitor_is_held_anywhere_in_the_window(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """P7: no text, undo step, completion, selection or clipboard content survives the wipe."""
    visitor = Visitor(qtbot, running_kiosk)
    first_visitor_leaves(visitor)
    assert leaks(visitor.window) == []


def test_the_next_visitor_cannot_undo_or_right_click_the_last_one_back(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """P7: Ctrl+Z and the standard context menu (Undo, Paste) bring nothing back."""
    visitor = Visitor(qtbot, running_kiosk)
    first_visitor_leaves(visitor)
    visitor.reach_details()
    d = visitor.window.details
    visitor.choose(email=True, sms=True)
    menus: list[str] = []

    def close_any_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            menus.append(popup.metaObject().className())
            popup.close()

    for field in (d.name, d.email, d.phone):
        visitor.tap(field)
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == "", f"Ctrl+Z brought back {field.text()!r}"
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == "", f"Ctrl+V pasted {field.text()!r}"
        # As the platform delivers them, to the window (a press-and-hold on a Windows
        # touchscreen is a right-click; the Menu key; a compositor's context-menu request).
        window = visitor.window
        handle = window.windowHandle()
        at = field.mapTo(window, field.rect().center())
        QTimer.singleShot(200, close_any_menu)  # a menu would block here until closed
        QTest.mouseClick(handle, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)
        qtbot.wait(250)
        QTimer.singleShot(200, close_any_menu)
        QTest.keyClick(handle, Qt.Key.Key_Menu)
        qtbot.wait(250)
        QTimer.singleShot(200, close_any_menu)
        QApplication.sendEvent(
            handle,
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, window.mapToGlobal(at)),
        )
        qtbot.wait(250)
    assert menus == [], "a context menu opened on a visitor field"
    assert leaks(visitor.window) == []
