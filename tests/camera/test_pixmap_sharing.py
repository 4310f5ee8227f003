"""camera.pixmap_sharing reads Qt's own count of a pixmap's users: the camera worker relies on
it to send the screen no more frames than it shows (issue #18)."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QPixmapCache
from PySide6.QtWidgets import QLabel

from camera.pixmap_sharing import SHARING_KNOWN, pixmap_shared


class Sender(QObject):
    frame = Signal(QPixmap)


def _pixmap(level: int) -> QPixmap:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(level)
    return QPixmap.fromImage(image)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux kiosk's Qt")
def test_the_count_is_found_on_linux() -> None:
    assert SHARING_KNOWN


@pytest.mark.skipif(not SHARING_KNOWN, reason="the worker falls back to asking the GUI")
def test_a_pixmap_is_shared_while_queued_or_on_a_label_and_free_after(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    sender = Sender()
    sender.frame.connect(label.setPixmap, Qt.ConnectionType.QueuedConnection)
    pixmap = _pixmap(1)
    assert not pixmap_shared(pixmap), "only this copy"
    sender.frame.emit(pixmap)
    assert pixmap_shared(pixmap), "the queued call holds a copy"
    qtbot.waitUntil(lambda: label.pixmap().cacheKey() == pixmap.cacheKey(), timeout=2000)
    assert pixmap_shared(pixmap), "the label holds it"
    label.setPixmap(_pixmap(2))
    QPixmapCache.clear()  # what QLabel's QIcon drew stays there until pushed out
    assert not pixmap_shared(pixmap), "replaced on the label and gone from the cache"
    assert not pixmap_shared(QPixmap())
