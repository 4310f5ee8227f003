"""What the visitor sees of their photo: the part the photo keeps while posing, a steady
countdown with a flash at capture, the whole photo on review, and a thumbnail afterwards."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from booth.flow import State
from tests.conftest import open_kiosk, quick_settings
from tests.ui.visitor import Visitor

PHOTO_ASPECT = 4 / 5


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def aspect(rect: QRect) -> float:
    return rect.width() / rect.height()


def wait_for_preview(qtbot, running) -> None:  # type: ignore[no-untyped-def]
    camera = running.window.camera
    qtbot.waitUntil(
        lambda: running.preview.current_image() is not None and camera.shutter.isEnabled(),
        timeout=15_000,
    )


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768)])
def test_the_preview_shows_only_the_part_the_photo_keeps(qtbot, layout, size):  # type: ignore[no-untyped-def]
    with open_kiosk(qtbot, layout, quick_settings(), size=size) as running:
        visitor = Visitor(qtbot, running)
        visitor.start_and_confirm_adult()
        wait_for_preview(qtbot, running)
        preview = running.preview
        # The worker sends frames sized for the crop; wait for one made for this view.
        qtbot.waitUntil(
            lambda: (
                abs(preview.shown_rect().height() - preview.height()) <= 2
                or abs(preview.shown_rect().width() - preview.width()) <= 2
            ),
            timeout=10_000,
        )
        shown = preview.shown_rect().toAlignedRect()
        assert aspect(shown) == pytest.approx(PHOTO_ASPECT, abs=0.01)
        # As large as fits: it fills the preview's height (or its width, on a narrow screen).
        assert shown.height() >= preview.height() - 2 or shown.width() >= preview.width() - 2
        # Nothing of the frame outside the kept part: the bands beside it are plain background.
        picture = preview.grab().toImage()
        ratio = picture.width() / preview.width()
        y = int(shown.center().y() * ratio)
        if shown.left() > 4:
            assert picture.pixelColor(int((shown.left() - 3) * ratio), y) == QColor("#111111")
        assert picture.pixelColor(int(shown.center().x() * ratio), y) != QColor("#111111")


def test_before_the_camera_answers_the_preview_waits_in_the_photos_shape(qtbot):  # type: ignore[no-untyped-def]
    """The empty panel shown until the first frame has the shape the picture will have: the
    photo's 4:5 crop, else the camera size the settings ask for; never a 16:9 guess."""
    from ui.widgets.preview_view import PANEL, PreviewView

    view = PreviewView()  # no camera at all: nothing ever answers
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.set_camera_size(1280, 960)
    waiting = view.placeholder_rect().toAlignedRect()
    assert aspect(waiting) == pytest.approx(4 / 3, abs=0.01), "the camera's own shape"
    view.set_crop_aspect(4, 5)
    waiting = view.placeholder_rect().toAlignedRect()
    assert aspect(waiting) == pytest.approx(PHOTO_ASPECT, abs=0.01)
    assert waiting.height() == 500 and waiting.center().x() in (499, 500)
    picture = view.grab().toImage()
    ratio = picture.width() / view.width()
    middle = int(250 * ratio)
    assert picture.pixelColor(int(500 * ratio), middle) == PANEL
    assert picture.pixelColor(int((waiting.left() - 3) * ratio), middle) == QColor("#111111")
    assert view.shown_rect().isEmpty(), "no picture yet"


def test_the_countdown_keeps_the_preview_still_shows_only_the_count_and_flashes(qtbot, layout):  # type: ignore[no-untyped-def]
    with open_kiosk(qtbot, layout, quick_settings(countdown_s=3)) as running:
        visitor = Visitor(qtbot, running)
        camera = running.window.camera
        controller = running.controller
        flashes: list[tuple[bool, QRect]] = []
        controller.state_changed.connect(
            lambda state: (
                flashes.append((camera.flash.isVisible(), camera.flash.geometry()))
                if state is State.CAPTURING
                else None
            )
        )
        visitor.start_and_confirm_adult()
        wait_for_preview(qtbot, running)
        before = running.preview.geometry()
        assert camera.hint.isVisible()
        # Nothing is drawn over the live picture before the count (an empty label over it
        # would be painted again with every frame).
        assert not camera.countdown.isVisible()
        visitor.tap(camera.shutter)
        visitor.wait_for(State.COUNTDOWN)
        controller._countdown.stop()  # hold the count still while looking
        settle()
        assert running.preview.geometry() == before, "the preview moved when the count started"
        assert not camera.hint.isVisible(), "'press the button' is still on screen"
        assert not camera.shutter.isVisible()
        assert camera.countdown.text() == "3"
        assert camera.countdown.isVisible()
        assert camera.countdown.geometry().intersects(running.preview.geometry())
        controller._countdown.start()
        visitor.wait_for(State.REVIEW)
        assert flashes, "the capture happened"
        visible, rect = flashes[0]
        assert visible, "no flash at the moment of capture"
        assert rect.contains(running.preview.geometry())


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 800)])
def test_review_shows_the_whole_photo_frame_included(qtbot, layout, size):  # type: ignore[no-untyped-def]
    with open_kiosk(qtbot, layout, quick_settings(), size=size) as running:
        visitor = Visitor(qtbot, running)
        visitor.start_and_confirm_adult()
        visitor.take_photo()
        settle()
        photo = running.window.review.photo
        sent = QImage.fromData(running.controller.flow.session.photo.jpeg)
        shown = photo.shown_rect()
        # The whole photo: its own shape, inside the widget, nothing cut off at any edge.
        assert aspect(shown) == pytest.approx(sent.width() / sent.height(), abs=0.01)
        assert photo.rect().contains(shown)
        # And as large as the screen allows: it touches the top and bottom (or the sides).
        assert shown.height() >= photo.height() - 1 or shown.width() >= photo.width() - 1


def test_the_chosen_photo_is_shown_small_on_details_and_done_then_forgotten(qtbot, layout):  # type: ignore[no-untyped-def]
    with open_kiosk(qtbot, layout, quick_settings()) as running:
        visitor = Visitor(qtbot, running)
        window = running.window
        visitor.reach_details()
        thumb = window.details.thumbnail
        assert thumb.isVisible() and thumb.has_photo()
        assert aspect(thumb.shown_rect()) == pytest.approx(PHOTO_ASPECT, abs=0.03)
        visitor.fill("Ana", email="ana@example.com")
        visitor.tap(window.details.send_button)
        visitor.wait_for(State.DONE, timeout=20_000)
        assert window.done.thumbnail.isVisible() and window.done.thumbnail.has_photo()
        visitor.tap(window.done.finish_button)
        visitor.wait_for(State.ATTRACT)
        assert not window.details.thumbnail.has_photo()
        assert not window.done.thumbnail.has_photo()


def test_the_shutter_sound_is_off_by_default_and_plays_through_the_system_player(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.shutter_sound import SHUTTER_WAV, ShutterSound

    assert SHUTTER_WAV.is_file()
    heard = tmp_path / "heard"
    player = tmp_path / "bin" / "aplay"  # a stand-in for ALSA's player: notes what it was given
    player.parent.mkdir()
    player.write_text(f'#!/bin/sh\necho "$@" > {heard}\n')
    player.chmod(player.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{player.parent}{os.pathsep}{os.environ['PATH']}")
    off = ShutterSound(enabled=False)
    off.play()
    assert off.played == 0 and not heard.exists()
    on = ShutterSound(enabled=True)
    on.play()
    assert on.played == 1
    qtbot.waitUntil(heard.exists, timeout=5_000)
    assert str(SHUTTER_WAV) in heard.read_text()


def test_the_theme_colours_every_visitor_screen_and_shows_the_logo(qtbot, layout, tmp_path):  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    picture = QImage(400, 100, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ffffff"))
    assert picture.save(str(logo))
    settings = quick_settings()
    branding = settings.branding.model_copy(
        update={"accent_colour": "#7fb8e6", "logo": str(logo), "font": "DejaVu Sans"}
    )
    settings = settings.model_copy(update={"branding": branding})
    with open_kiosk(qtbot, layout, settings) as running:
        window = running.window
        settle()
        assert "#7fb8e6" in window.styleSheet() and "'DejaVu Sans'" in window.styleSheet()
        start = window.attract.start_button
        face = start.grab().toImage()
        centre = face.pixelColor(face.width() // 8, face.height() // 2)
        assert centre == QColor("#7fb8e6"), "the start button takes the accent colour"
        assert window.attract.logo.isVisible()
        assert window.attract.logo.pixmap().height() > 0
        # The store's logo on every visitor screen, small in the headers, not only on attract.
        attract_height = window.attract.logo.pixmap().height()
        for screen in (window.welcome, window.camera, window.review, window.details, window.done):
            assert not screen.logo.isHidden(), type(screen).__name__
            assert 0 < screen.logo.pixmap().height() < attract_height
