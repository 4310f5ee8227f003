"""One way to run blocking work off the GUI thread.

Compositing a photo, committing a visit or building an export must never make
the touchscreen stutter. ``TaskRunner.run`` executes a function on Qt's thread
pool and calls ``on_success`` or ``on_failure`` back on the GUI thread, through
a queued signal. Nothing inside the function may touch a widget.
``ImmediateTaskRunner`` runs the same calls synchronously, for tests that want
determinism rather than threads.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import Shiboken

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class Runner(Protocol):
    def run(self, fn: Callable[[], Any], on_success: Success, on_failure: Failure) -> None: ...


class _Handoff(QObject):
    """Lives on the GUI thread; its signals cross back from the pool thread as queued calls."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_success: Success, on_failure: Failure, done: Callable[[_Handoff], None]
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._done = done
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            if _receiver_alive(self._on_success):
                self._on_success(result)
        finally:
            self._done(self)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        try:
            if _receiver_alive(self._on_failure):
                self._on_failure(error)
        finally:
            self._done(self)


def _receiver_alive(callback: Callable[..., None]) -> bool:
    """A result that arrives after its screen was closed (the window deleted) has no one to tell.

    Qt drops a queued call to a deleted receiver by itself; a Python bound method keeps
    only the wrapper alive, so the same rule is applied here.
    """
    receiver = getattr(callback, "__self__", None)
    return not isinstance(receiver, QObject) or Shiboken.isValid(receiver)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], handoff: _Handoff) -> None:
        super().__init__()
        self._fn = fn
        self._handoff = handoff

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # reported on the GUI thread, never swallowed
            self._handoff.failed.emit(exc)
        else:
            self._handoff.succeeded.emit(result)


class TaskRunner:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._in_flight: set[_Handoff] = set()

    def run(self, fn: Callable[[], Any], on_success: Success, on_failure: Failure) -> None:
        handoff = _Handoff(on_success, on_failure, self._in_flight.discard)
        self._in_flight.add(handoff)
        self.pool.start(_Job(fn, handoff))

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        return self.pool.waitForDone(timeout_ms)


class ImmediateTaskRunner:
    def run(self, fn: Callable[[], Any], on_success: Success, on_failure: Failure) -> None:
        try:
            result = fn()
        except BaseException as exc:
            on_failure(exc)
        else:
            on_success(result)


# How long a thread that wants the interpreter lock waits before asking the holder to let go.
# Python's default, 5 ms, is what the GUI thread waits (in steps) whenever a background thread
# (the outbox, a retention sweep, a sync) runs Python while a camera frame is due: a dropped
# frame. bench/preview.py measured the preview with the kiosk's background work running:
# see README, "Tests and benchmarks".
SWITCH_INTERVAL_S = 0.001


def tune_interpreter(interval_s: float = SWITCH_INTERVAL_S) -> None:
    """Make the interpreter hand its lock over sooner, so the GUI thread never waits long."""
    sys.setswitchinterval(interval_s)


def freeze_startup_objects() -> None:
    """Keep the cyclic garbage collector's full passes short once the kiosk is up.

    A full pass walks every object the process holds, and after start-up that is hundreds of
    thousands (modules, Qt wrappers, the screens): bench/preview.py saw 73 ms passes on the
    GUI thread, a dozen dropped frames at once. What exists when the kiosk has started lives
    as long as the kiosk, so it is moved out of the collector's sight (``gc.freeze``); the
    passes then walk only what the visitors' sessions create.
    """
    gc.collect()
    gc.freeze()


def thaw_startup_objects() -> None:
    """Undo ``freeze_startup_objects`` when the kiosk stops, so what it leaves can be collected
    (a test run starts and stops many kiosks in one process)."""
    gc.unfreeze()
