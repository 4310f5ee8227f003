"""A disk that fills up under a visitor's submit: told on screen, written to the log (P7)."""

from __future__ import annotations

import errno
import logging

import pytest

from booth.flow import State
from consent.photos import PhotoStore
from tests.ui.visitor import Visitor

NAME, EMAIL = "ada lovelace", "ada.lovelace@example.com"


def test_a_full_disk_at_submit_is_logged_without_the_visitors_data(  # type: ignore[no-untyped-def]
    qtbot, running_kiosk, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """P7: staff find the failure in the log when the visitor tells them; no name or address
    is written, and nothing half-saved is left."""

    def full(self: PhotoStore, visit_id: str, jpeg: bytes) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PhotoStore, "write", full)
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    visitor.fill(NAME, email=EMAIL)
    with caplog.at_level(logging.INFO):
        visitor.tap(visitor.window.details.send_button)
        visitor.wait_for(State.DETAILS)
        qtbot.waitUntil(
            lambda: any("not saved" in r.getMessage() for r in caplog.records), timeout=5000
        )
    (record,) = [r for r in caplog.records if "not saved" in r.getMessage()]
    assert record.levelno == logging.ERROR and "storage is full" in record.getMessage()
    for r in caplog.records:
        assert "lovelace" not in r.getMessage().lower()
    assert not any(running_kiosk.layout.photos.iterdir())
