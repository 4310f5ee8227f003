"""The kiosk opens one window: its own.

A widget shown before it has a parent becomes a top-level window of its own for a moment.
Under cage (Wayland) that was two empty windows mapped and destroyed before the kiosk's,
one of them a channel toggle of the details screen; on a desktop it is a flicker.
"""

from __future__ import annotations

import pytest

from tests.conftest import open_kiosk, quick_settings


@pytest.mark.parametrize("sms", [True, False], ids=["email and sms", "email only"])
def test_starting_the_kiosk_shows_no_window_but_the_kiosk_window(qtbot, layout, sms: bool) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.main_window import KioskWindow

    shown: list[str] = []

    class WindowShows(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
            ):
                shown.append(type(watched).__name__)
            return False

    app = QApplication.instance()
    watcher = WindowShows()
    app.installEventFilter(watcher)
    settings = quick_settings()
    settings = settings.model_copy(
        update={"delivery": settings.delivery.model_copy(update={"sms_enabled": sms})}
    )
    try:
        with open_kiosk(qtbot, layout, settings) as running:
            qtbot.waitExposed(running.window)
            details = running.window.details
            assert details.email_toggle.isVisibleTo(details)
            assert details.sms_toggle.isVisibleTo(details) == sms
    finally:
        app.removeEventFilter(watcher)
    assert shown == [KioskWindow.__name__]
