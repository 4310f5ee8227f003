"""What every visitor screen has: a way to forget the visitor, its texts, and the reach mode."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QSpacerItem, QWidget

from ui.screen_geometry import ScreenGeometry
from ui.widgets.store_logo import StoreLogo

REACH_FRACTION = 0.4  # reach mode keeps the upper 40% of the screen free of controls


def arrange_buttons(row: QBoxLayout, geometry: ScreenGeometry) -> None:
    """A pair of big buttons: side by side, or one above the other on a portrait screen."""
    row.setDirection(
        QBoxLayout.Direction.TopToBottom if geometry.portrait else QBoxLayout.Direction.LeftToRight
    )


class Screen(QWidget):
    """A full-window page. ``reset`` must drop everything a visitor typed or saw.

    Texts are set in ``retranslate``, which runs once at construction and again whenever
    the visitor's language changes (Qt sends every widget a ``LanguageChange`` event).
    """

    reach_fraction = REACH_FRACTION

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reach = False
        self._reach_spacer: QSpacerItem | None = None
        self.geometry_now = ScreenGeometry()

    def reset(self) -> None:
        """Forget the current visitor. Called on every return to the attract screen."""

    def on_enter(self) -> None:
        """The screen has just become visible for the current state."""

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    # -- size and shape ------------------------------------------------------------------
    @property
    def reach_spacer(self) -> QSpacerItem | None:
        return self._reach_spacer

    def set_geometry(self, geometry: ScreenGeometry) -> None:
        """The window's scale or shape changed (margins and spacing are already scaled)."""
        self.geometry_now = geometry
        for logo in self.findChildren(StoreLogo):
            logo.set_geometry(geometry)
        self.arrange(geometry)

    def arrange(self, geometry: ScreenGeometry) -> None:
        """Screens with a portrait arrangement of their own rearrange themselves here."""

    # -- language ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reach mode --------------------------------------------------------------------
    @property
    def reach(self) -> bool:
        return self._reach

    def set_reach(self, on: bool) -> None:
        """Push every control into the lower part of the screen (a visitor in a wheelchair)."""
        self._reach = on
        self._apply_reach()

    def reach_height(self) -> int:
        """The spacer's height: with the layout's top margin, ``reach_fraction`` of the screen."""
        if not self._reach:
            return 0
        layout = self.layout()
        margin = layout.contentsMargins().top() if layout is not None else 0
        return max(0, int(self.height() * self.reach_fraction) - margin)

    def _apply_reach(self) -> None:
        layout = self.layout()
        if not isinstance(layout, QBoxLayout):
            return
        if self._reach_spacer is None:
            if not self._reach:
                return
            self._reach_spacer = QSpacerItem(
                0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
            )
            layout.insertItem(0, self._reach_spacer)
        height = self.reach_height()
        if self._reach_spacer.sizeHint().height() != height:
            self._reach_spacer.changeSize(
                0, height, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
            )
            layout.invalidate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_reach()
