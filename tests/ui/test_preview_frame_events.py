"""The live preview in the kiosk's own window costs the GUI thread as few events per frame as Qt
allows: the queued call that hands the picture label its pixmap, the update request, the paint;
and none of them passes the kiosk's event filter.

The filter is Python (ui/kiosk_events.py), and Python on the GUI thread may wait for the
interpreter lock while the kiosk's background work runs: a filter that saw the frames' events
was one more chance per event for the visitor's preview to stutter (issue #18). It sits on the
window's QWindow, where the platform's input arrives and no frame passes. Things that once added
events to every frame: the filter on the application, a label drawn over the preview (the empty
countdown), a picture label that asked its parent to lay out again with each pixmap.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from booth.flow import State
from tests.conftest import open_kiosk, quick_settings
from tests.ui.visitor import Visitor
from ui.kiosk_events import KioskEvents


class EventCount(QObject):
    """Counts the events the GUI thread delivers, by type and receiver."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[tuple[str, str]] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen[(event.type().name, watched.objectName() or type(watched).__name__)] += 1
        return False


def test_each_preview_frame_is_three_events_none_through_the_kiosks_filter(
    qtbot, layout, monkeypatch
):  # type: ignore[no-untyped-def]
    filtered: Counter[str] = Counter()  # every call of the kiosk's own (Python) event filter
    original = KioskEvents.eventFilter

    def counting(self: KioskEvents, watched: QObject, event: QEvent) -> bool:
        filtered[event.type().name] += 1
        return original(self, watched, event)

    monkeypatch.setattr(KioskEvents, "eventFilter", counting)
    with open_kiosk(qtbot, layout, quick_settings()) as running:
        visitor = Visitor(qtbot, running)
        visitor.start_and_confirm_adult()
        camera = running.window.camera
        qtbot.waitUntil(
            lambda: running.preview.current_image() is not None and camera.shutter.isEnabled(),
            timeout=15_000,
        )
        assert running.controller.state is State.PREVIEW
        count = EventCount()
        QApplication.instance().installEventFilter(count)
        filtered.clear()
        try:
            qtbot.waitUntil(
                lambda: count.seen[("MetaCall", "previewPicture")] >= 30, timeout=15_000
            )
        finally:
            QApplication.instance().removeEventFilter(count)
        frames = count.seen[("MetaCall", "previewPicture")]
        # The kiosk's Python filter runs for none of the frames' events (it ran 3 times a frame
        # on the application).
        assert sum(filtered.values()) / frames < 0.2, filtered
        # Timers are the kiosk's clocks, event loops the test's own waiting: not the frames'.
        per_frame = {
            key: n / frames
            for key, n in count.seen.items()
            if key[0] != "Timer" and key[1] != "QEventLoop"
        }
        assert per_frame.get(("Paint", "previewPicture"), 0) <= 1.1, per_frame
        assert per_frame.get(("LayoutRequest", "PreviewView"), 0) < 0.2, per_frame
        painted = {key[1] for key, rate in per_frame.items() if key[0] == "Paint" and rate > 0.5}
        assert painted == {"previewPicture"}, f"drawn again with every frame: {painted}"
        assert sum(per_frame.values()) <= 3.6, per_frame
