"""Never a dead end: the booth rests while the camera is away, and a waiting visitor is let go.

The camera is the real path (OpenCV on a video file through the camera thread). "Unplugged"
is a source that does not open, reached the way staff or a lost device reach it: the worker's
``switch_source`` to a file that is not there; "plugged back" is the switch to the demo video.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from booth.camera_control import camera_factory
from booth.flow import State
from camera.demo_video import ensure_demo_video
from tests.conftest import open_kiosk, quick_settings
from tests.ui.visitor import Visitor

WAIT_MS = 15_000


def unplug(running) -> None:  # type: ignore[no-untyped-def]
    kiosk = running.kiosk
    gone = str(running.layout.cache / "unplugged.avi")
    kiosk.camera.worker.switch_source(camera_factory(gone, kiosk.settings.camera))


def plug_back(running) -> None:  # type: ignore[no-untyped-def]
    kiosk = running.kiosk
    video = str(ensure_demo_video(running.layout.cache))
    kiosk.camera.worker.switch_source(camera_factory(video, kiosk.settings.camera))


def tap_attract(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A tap in the middle of the attract screen, away from every button and the corner."""
    attract = window.attract
    qtbot.mouseClick(attract, Qt.MouseButton.LeftButton, pos=QPoint(attract.width() // 2, 140))


def test_attract_rests_while_the_camera_is_missing_and_opens_when_it_is_back(qtbot, layout):  # type: ignore[no-untyped-def]
    gone = str(layout.cache / "no-camera-here.avi")
    with open_kiosk(qtbot, layout, quick_settings(), camera_source=gone) as running:
        window, controller = running.window, running.controller
        attract = window.attract
        qtbot.waitUntil(lambda: not controller.camera_ready, timeout=WAIT_MS)
        assert attract.title.text() == "The photo booth is resting"
        assert not attract.start_button.isVisible(), "no 'Touch to start' while resting"
        tap_attract(qtbot, window)
        qtbot.mouseClick(attract.title, Qt.MouseButton.LeftButton)
        assert controller.state is State.ATTRACT, "a tap starts no session while resting"

        plug_back(running)
        qtbot.waitUntil(lambda: controller.camera_ready, timeout=WAIT_MS)
        assert attract.start_button.isVisible()
        assert attract.start_button.text() == "Touch to start"
        assert attract.title.text() == "Take your photo with us"
        Visitor(qtbot, running).start_and_confirm_adult()
        Visitor(qtbot, running).take_photo()


def test_resting_is_said_in_the_store_language(qtbot, layout):  # type: ignore[no-untyped-def]
    gone = str(layout.cache / "no-camera-here.avi")
    settings = quick_settings(language="fr")
    with open_kiosk(qtbot, layout, settings, camera_source=gone) as running:
        qtbot.waitUntil(lambda: not running.controller.camera_ready, timeout=WAIT_MS)
        assert running.window.attract.title.text() == "Le photomaton fait une pause"


def test_a_visitor_waiting_for_the_camera_goes_back_to_attract_with_an_apology(
    qtbot, running_kiosk
):  # type: ignore[no-untyped-def]
    """P7: the session the camera ended is wiped: language, reach and the 18+ answer are gone."""
    visitor = Visitor(qtbot, running_kiosk)
    window, controller = running_kiosk.window, running_kiosk.controller
    attract = window.attract
    controller.set_camera_wait_ms(300)  # CAMERA_WAIT_MS (20 s) in the shop
    visitor.tap(attract.language_buttons["he"])
    visitor.start_and_confirm_adult()
    assert controller.language == "he"

    unplug(running_kiosk)
    visitor.wait_for(State.ATTRACT, timeout=WAIT_MS)
    assert controller.language == "en", "the store's language is back"
    assert controller.flow.session.retakes_used == 0 and controller.flow.session.photo is None
    assert attract.apology.isVisible()
    assert attract.apology.text() == (
        "Sorry, the camera stopped working. Nothing you gave us was kept."
    )
    assert attract.title.text() == "The photo booth is resting"
    tap_attract(qtbot, window)
    assert controller.state is State.ATTRACT

    plug_back(running_kiosk)
    qtbot.waitUntil(lambda: controller.camera_ready, timeout=WAIT_MS)
    assert not attract.apology.isVisible(), "the apology leaves with the fault"
    assert attract.start_button.isVisible()


def test_a_camera_that_comes_back_in_time_keeps_the_session(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    controller = running_kiosk.controller
    controller.set_camera_wait_ms(600_000)
    visitor.start_and_confirm_adult()
    unplug(running_kiosk)
    qtbot.waitUntil(lambda: not controller.camera_ready, timeout=WAIT_MS)
    assert "reconnecting" in running_kiosk.window.camera.message.text()
    plug_back(running_kiosk)
    qtbot.waitUntil(lambda: controller.camera_ready, timeout=WAIT_MS)
    assert controller.state is State.PREVIEW
    visitor.take_photo()


def test_a_visitor_with_the_photo_is_not_sent_away_by_the_camera(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    controller = running_kiosk.controller
    controller.set_camera_wait_ms(1)
    visitor.reach_details()
    unplug(running_kiosk)
    qtbot.waitUntil(lambda: not controller.camera_ready, timeout=WAIT_MS)
    assert not controller.flow.waiting_for_camera, "the photo is taken: no wait, no wipe"
    assert controller.state is State.DETAILS
