"""Where the branding frame a setting names lives, checked before anyone relies on it.

``photo.frame`` holds a file name in the kiosk's frames folder (``assets/frames``) or an
absolute path; empty means no frame. The staff preview (the settings form's "Preview")
resolves the name typed in the form, saved or not, the way ``booth.app.photo_style`` does
at start, so what staff see is the frame visitors will get.
"""

from __future__ import annotations

from pathlib import Path

from assets import FRAMES
from camera.compose import OverlayError, load_overlay


class FrameNotUsable(ValueError):
    """The frame named cannot be used; the message says why, for staff."""


def frame_file(name: str) -> Path | None:
    """The frame's file (checked: it exists and is a readable image), or None for no frame.

    Blocking (reads the file): call it from the task runner, never on the GUI thread.
    """
    name = name.strip()
    if not name:
        return None
    path = Path(name) if Path(name).is_absolute() else FRAMES / name
    if not path.is_file():
        raise FrameNotUsable(f"The branding frame '{name}' was not found in {path.parent}.")
    try:
        load_overlay(path)
    except OverlayError as exc:
        raise FrameNotUsable(str(exc)) from None
    return path


def aspect_of(text: str) -> tuple[int, int] | None:
    """ "4:5" as (4, 5); anything else (an unfinished edit) as None: no crop."""
    width, _, height = text.strip().partition(":")
    if width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0:
        return int(width), int(height)
    return None
