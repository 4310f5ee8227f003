"""The files the kiosk reads at run time, found in one place.

Privacy notices, message templates, branding frames, compiled translations and icons
are package data of this package, so the wheel and the sdist carry them and an
installed kiosk finds them where a clone does: beside this file. Every module that
reads one takes its folder from here instead of working it out from its own location
(``parent.parent / "assets"`` found nothing once the code sat in site-packages without
them, and the installed kiosk stopped with "no privacy notice found": issue #17).

The files are opened by path (Qt loads the translations and the check-mark icon from
a file name), which is why they are plain paths and not ``importlib.resources``
traversables: pip always installs a wheel unzipped, so the two are the same files.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
NOTICES = ROOT / "notices"  # notices/<language>/<id>-<version>.json (P9)
MESSAGES = ROOT / "messages"  # messages/<language>/{email.html,email.txt,sms.txt,...}
FRAMES = ROOT / "frames"  # branding frames; photo.frame names one of them
I18N = ROOT / "i18n"  # kiosk_<language>.qm, and the .ts sources in a clone
ICONS = ROOT / "icons"
SOUNDS = ROOT / "sounds"  # sounds/shutter.wav, played at capture when flow.shutter_sound is on

__all__ = ["FRAMES", "I18N", "ICONS", "MESSAGES", "NOTICES", "ROOT", "SOUNDS"]
