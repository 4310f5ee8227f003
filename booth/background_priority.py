"""The kiosk's background work runs at a lower OS priority than the preview and the screens.

A kiosk PC has two cores. The camera thread decodes every frame, and the GUI thread shows it and
answers touches; meanwhile the outbox sends, a retention sweep weighs expired visits, a sync
uploads a batch and a photo is composed. At one priority the scheduler shares the cores fairly,
so a frame that is due waits behind a sweep: bench/preview.py measured the preview's 99th
percentile almost halved when the background work ran at nice 10 (issue #18). Background work
loses nothing by it: it gets every cycle the preview leaves, which on a kiosk is most of them.

On Linux the nice value belongs to each thread, and a new thread (or process) starts with the
value of the thread that created it. So the background services are started from a short-lived
thread that has lowered its own priority first: every thread they start, and the threads those
start later, run at background priority without the services knowing of it. Where the platform
has no per-thread nice value (Windows), nothing changes.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable

__all__ = ["BACKGROUND_NICE_STEP", "background_nice", "start_at_background_priority"]

log = logging.getLogger(__name__)

# Ten steps down: under CFS a nice-10 thread weighs about a tenth of a nice-0 one, so when
# both want a core the preview gets it at once, yet the background still finishes promptly.
BACKGROUND_NICE_STEP = 10
_LOWEST = 19
_PER_THREAD = sys.platform.startswith("linux") and hasattr(os, "setpriority")


def background_nice() -> int | None:
    """The nice value background work should have: ten steps below the calling thread's
    (None where threads have no nice value of their own)."""
    if not _PER_THREAD:
        return None
    own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    return min(_LOWEST, own + BACKGROUND_NICE_STEP)


def lower_this_thread(nice: int) -> None:
    """Move the calling thread down to ``nice``; never up (that needs privileges)."""
    if not _PER_THREAD:
        return
    tid = threading.get_native_id()
    try:
        if os.getpriority(os.PRIO_PROCESS, tid) < nice:
            os.setpriority(os.PRIO_PROCESS, tid, nice)
    except OSError as error:  # a sandbox may forbid it: slower background, nothing lost
        log.warning("could not lower the background work's priority: %s", error)


def start_at_background_priority(start: Callable[[], None]) -> None:
    """Call ``start`` (which starts threads or processes) so that what it starts runs at
    background priority. Returns when ``start`` has returned; its exception is raised here."""
    nice = background_nice()
    if nice is None:
        start()
        return
    failures: list[BaseException] = []

    def starter() -> None:
        lower_this_thread(nice)
        try:
            start()
        except BaseException as error:  # raised again on the caller's thread
            failures.append(error)

    thread = threading.Thread(target=starter, name="background-start")
    thread.start()
    thread.join()
    if failures:
        raise failures[0]
