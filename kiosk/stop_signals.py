"""Stop the kiosk cleanly on SIGTERM (``systemctl stop``, a supervisor) and SIGINT (Ctrl+C).

Left to Python's defaults, SIGTERM kills the process on the spot (the worker threads do not
stop, the log does not say why, and ``dev.py demo`` ends with status 241, that is -15), and
SIGINT raises KeyboardInterrupt only when Python code next runs, inside whatever Qt slot that
happens to be, where it is logged as a bug and the kiosk carries on.

A Python signal handler only runs when the interpreter gets control, and while Qt's event
loop waits for events it does not. So the C-level handler writes the signal's number to a
socket (``signal.set_wakeup_fd``) that a QSocketNotifier watches: the event loop wakes up,
Python runs the handler, and the handler asks the loop to end with status 0. After the loop
the kiosk stops its threads as on any other exit (gui_main.run_kiosk) and logs a clean
shutdown. A second signal while stopping changes nothing.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StopSignals(QObject):
    """While it lives, SIGTERM and SIGINT call ``stop`` once, from the GUI thread."""

    def __init__(self, stop: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = stop
        self._stopping = False
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, self._handle) for sig in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        # Python has already run the handler by the time this slot runs; only empty the socket.
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if self._stopping:
            return
        self._stopping = True
        log.info("stopping on %s", signal.Signals(signum).name)
        self._stop()

    def close(self) -> None:
        """Give the signals back to whatever handled them before (for tests and re-runs)."""
        self._notifier.setEnabled(False)
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
