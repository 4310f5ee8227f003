"""UI test helpers: every test starts and ends in English, left to right."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.i18n import switcher

    yield
    switcher().apply("en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def admin_kiosk(request, qtbot, layout):  # type: ignore[no-untyped-def]
    """The real kiosk with its admin area, as ``photobooth-kiosk run`` builds it.

    The store's language (``flow.language``) is English unless a test asks for another with
    ``@pytest.mark.parametrize("admin_kiosk", ["he"], indirect=True)``.
    """
    from booth.app import build_kiosk
    from booth.settings import save_settings
    from tests.conftest import RunningKiosk, quick_settings
    from ui.main_window import KioskWindow

    settings = quick_settings(language=getattr(request, "param", "en"))
    save_settings(layout.settings_file, settings)
    kiosk = build_kiosk(layout, settings, demo=True)
    left: list[bool] = []
    window = KioskWindow.for_kiosk(kiosk, leave_kiosk=lambda: left.append(True))
    preview = window.camera.preview
    window.left_kiosk = left  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.events.on_activity = kiosk.controller.note_activity  # as kiosk/gui_main.py does
    window.resize(1600, 900)
    window.show()
    kiosk.start()
    try:
        yield RunningKiosk(kiosk, window, preview, layout)
    finally:
        window.events.on_activity = None
        if window.admin is not None:
            window.admin._watch(False)
        assert kiosk.shutdown(), "a worker thread did not stop"
