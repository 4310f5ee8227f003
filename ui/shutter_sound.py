"""The optional shutter sound at the moment of capture (``flow.shutter_sound``, off by default).

Qt's sound classes (QSoundEffect) are in QtMultimedia, which PySide6-Essentials does not
ship: adding PySide6-Addons (hundreds of megabytes) for a 7 KB click is not worth it. The
click is played by the system's own player instead, the first of ``pw-play`` (PipeWire),
``paplay`` (PulseAudio) and ``aplay`` (ALSA) found, started and never waited for (the GUI
thread never waits on a device). Without any of them the kiosk stays silent: the flash on
screen is the cue that always shows.
"""

from __future__ import annotations

import logging
import shutil
import subprocess

from assets import SOUNDS

log = logging.getLogger(__name__)

PLAYERS = ("pw-play", "paplay", "aplay")
SHUTTER_WAV = SOUNDS / "shutter.wav"


def find_player() -> str | None:
    for name in PLAYERS:
        found = shutil.which(name)
        if found:
            return found
    return None


class ShutterSound:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.player = find_player() if enabled else None
        self.played = 0  # how many times a player was started (tests read it)
        if enabled and self.player is None:
            log.warning(
                "shutter sound is on, but no sound player (%s) is installed", ", ".join(PLAYERS)
            )

    def play(self) -> None:
        if not self.enabled or self.player is None:
            return
        args = [self.player, str(SHUTTER_WAV)]
        if self.player.endswith("aplay"):
            args.insert(1, "-q")
        try:
            subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as exc:
            log.warning("the shutter sound could not be played: %s", exc)
            return
        self.played += 1
