"""Say when the attract screen can take a tap: for ``bench/startup.py``, and for supervisors.

"Started" is not the moment the process exists, nor the moment ``show()`` returns: a
visitor can tap once the window is on screen with the attract screen in front and the
event loop free to deliver the tap. With ``PHOTOBOOTH_READY_LINE=1`` in the environment
the kiosk prints one line, ``photobooth-kiosk: ready``, at that moment: from a zero
timer, which Qt runs only once the loop has handled what was already queued (the show
and the first layout), checked again until the window is visible on the attract screen.
Without the variable nothing is printed and nothing is scheduled.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer

from booth.flow import State
from ui.main_window import KioskWindow

ENV = "PHOTOBOOTH_READY_LINE"
LINE = "photobooth-kiosk: ready"
RETRY_MS = 5


def announce_ready_when_idle(window: KioskWindow) -> None:
    if os.environ.get(ENV) != "1":
        return

    def check() -> None:
        on_attract = window.controller.state is State.ATTRACT
        if window.isVisible() and on_attract and window.stack.currentWidget() is window.attract:
            print(LINE, file=sys.stdout, flush=True)
        else:
            QTimer.singleShot(RETRY_MS, check)

    QTimer.singleShot(0, check)
