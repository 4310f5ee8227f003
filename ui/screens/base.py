"""What every visitor screen has: a way to forget the visitor."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Screen(QWidget):
    """A full-window page. ``reset`` must drop everything a visitor typed or saw."""

    def reset(self) -> None:
        """Forget the current visitor. Called on every return to the attract screen."""

    def on_enter(self) -> None:
        """The screen has just become visible for the current state."""
