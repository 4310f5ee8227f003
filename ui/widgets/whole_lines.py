"""A scroll area for running text that always ends on whole lines.

The privacy notice box used to cut its last visible line in half (the box is as tall as the
layout leaves, not as tall as the text's lines), which reads as a rendering fault and hides
half a sentence. Here the visible height is rounded down to a whole number of lines (the
rest becomes an empty margin under the text) and scrolling moves line by line, so the top
and the bottom of the box fall between lines whatever the screen size, language or position.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QScrollArea


class WholeLinesScrollArea(QScrollArea):
    """Shows ``text``'s lines whole: the viewport is a multiple of its line height."""

    def __init__(self, text: QLabel) -> None:
        super().__init__()
        self._text = text
        self._snapping = False
        self._measured_for = ""
        self._line = 1
        self.verticalScrollBar().valueChanged.connect(self._snap_scroll)
        text.installEventFilter(self)  # its font arrives with the style sheet, after this

    def line_height(self) -> int:
        """The step from one line to the next as the label lays them out (whole pixels).

        Not ``QFontMetrics.lineSpacing()``: the label's text document rounds each line up
        (30.25 px of DejaVu Sans at 26 px is a 31 px step), and a box sized on the font's own
        figure drifts by a pixel a line until its last line is cut again.
        """
        font = self._text.font()
        key = font.key()
        if key != self._measured_for:
            one, two = (_document_height(font, text) for text in ("x", "x\nx"))
            self._measured_for, self._line = key, max(1, round(two - one))
        return self._line

    def visible_lines(self) -> int:
        return self.viewport().height() // self.line_height()

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_whole_lines()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._text and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
        ):
            self._fit_whole_lines()
        return False

    def _fit_whole_lines(self) -> None:
        line = self.line_height()
        available = max(0, self.height() - 2 * self.frameWidth())
        spare = available % line if available >= line else 0
        if self.viewportMargins().bottom() != spare:
            self.setViewportMargins(0, 0, 0, spare)

    def _snap_scroll(self, value: int) -> None:
        """Any scroll (a drag of the bar, a wheel, a page) stops on a line boundary."""
        if self._snapping:
            return
        bar = self.verticalScrollBar()
        line = self.line_height()
        snapped = min(bar.maximum(), round(value / line) * line)
        if snapped != value and value != bar.maximum():
            self._snapping = True
            try:
                bar.setValue(snapped)
            finally:
                self._snapping = False


def _document_height(font: QFont, text: str) -> float:
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setPlainText(text)
    return float(document.size().height())
