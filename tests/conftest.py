"""Shared fixtures: every test gets its own data folder and an offscreen Qt platform.

Tests never touch a real user folder: PHOTOBOOTH_DATA_DIR and XDG_CONFIG_HOME (where
the keys and secrets are kept) are pointed at temporary folders for the whole
session, and each kiosk fixture gets its own data folder. Plain http to this computer
(the local provider stand-ins) is allowed for the session, nowhere else.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PHOTOBOOTH_DATA_DIR"] = tempfile.mkdtemp(prefix="photobooth-tests-")
# Keys and secrets: files in a config folder of the session's own, one per data folder;
# never the user's real config folder, OS keyring or a service's systemd credentials.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="photobooth-tests-config-")
os.environ["PHOTOBOOTH_KEY_BACKEND"] = "file"
os.environ.pop("PHOTOBOOTH_KEY", None)
os.environ.pop("PHOTOBOOTH_KEY_FILE", None)
os.environ.pop("PHOTOBOOTH_KEY_DIR", None)
os.environ.pop("CREDENTIALS_DIRECTORY", None)
# Prism, moto and PostgreSQL listen on http://127.0.0.1 without TLS: allowed for the session
# (booth/endpoint_rules.py), and inherited by every subprocess started with a copy of the
# environment. Tests of the refusal take it away with monkeypatch.
os.environ["PHOTOBOOTH_ALLOW_LOOPBACK_HTTP"] = "1"

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from booth.paths import DataLayout
from booth.settings import Settings, save_settings

# A real PostgreSQL and S3 on 127.0.0.1 for tests/sync and tests/headoffice; started only
# when a test asks for them.
pytest_plugins = ["tests.support.central"]


@pytest.fixture
def layout(tmp_path: Path) -> DataLayout:
    return DataLayout(tmp_path / "data").create()


def quick_settings(**flow: object) -> Settings:
    """Defaults, with a one-second countdown so flow tests stay quick."""
    settings = Settings()
    return settings.model_copy(
        update={"flow": settings.flow.model_copy(update={"countdown_s": 1, **flow})}
    )


@dataclass
class RunningKiosk:
    kiosk: object
    window: object
    preview: object
    layout: DataLayout

    @property
    def controller(self):  # type: ignore[no-untyped-def]
        return self.window.controller  # type: ignore[attr-defined]


@contextmanager
def open_kiosk(  # type: ignore[no-untyped-def]
    qtbot,
    layout: DataLayout,
    settings: Settings,
    size: tuple[int, int] = (1920, 1080),
    camera_source: str | None = None,
    admin: bool = False,
) -> Iterator[RunningKiosk]:
    """The real kiosk: demo camera through cv2.VideoCapture, real records file, dry-run outbox
    (or the providers the settings name)."""
    from booth.app import build_kiosk
    from ui.main_window import KioskWindow

    save_settings(layout.settings_file, settings)
    kiosk = build_kiosk(layout, settings, demo=True, camera_source=camera_source)
    window = KioskWindow.for_kiosk(kiosk, admin=admin)
    preview = window.camera.preview
    qtbot.addWidget(window)
    window.events.on_activity = kiosk.controller.note_activity  # as kiosk/gui_main.py does
    window.resize(*size)
    window.show()
    kiosk.start()
    try:
        yield RunningKiosk(kiosk, window, preview, layout)
    finally:
        window.events.on_activity = None
        assert kiosk.shutdown(), "a worker thread did not stop"


@pytest.fixture
def running_kiosk(qtbot, layout: DataLayout) -> Iterator[RunningKiosk]:  # type: ignore[no-untyped-def]
    with open_kiosk(qtbot, layout, quick_settings()) as running:
        yield running
