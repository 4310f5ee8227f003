"""Compose photos in a separate process, so composing never holds the interpreter lock.

Cropping, branding and encoding a photo takes 100-200 ms, and parts of it (Pillow's glue, the
MMS size search) run as Python while holding the interpreter lock. In the kiosk's process that
competes with the GUI thread, which then waits in steps of the switch interval: a stutter in the
live preview while the previous visitor's photo is being composed (bench/preview.py shows it).
In a process of its own, composing costs the kiosk's process only a copy of the frame into
shared memory (numpy releases the lock for it) and a wait on a pipe.

The worker process is started with "spawn" (never fork: the kiosk has Qt and camera threads),
once, early, and kept. If it dies the photo is composed in this process instead and a new
worker is started for the next one: a visitor never loses a photo to the optimisation.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.shared_memory import SharedMemory

import numpy as np
import numpy.typing as npt

from camera.compose import ComposedPhoto, PhotoStyle, compose_photo

__all__ = ["PhotoComposer"]

log = logging.getLogger(__name__)


def _ready() -> bool:
    return True


def _start_worker(parent_pid: int, nice: int | None) -> None:
    """In the worker process, first: take the kiosk's background priority, watch the kiosk."""
    if nice is not None and hasattr(os, "setpriority"):
        try:
            if os.getpriority(os.PRIO_PROCESS, 0) < nice:
                os.setpriority(os.PRIO_PROCESS, 0, nice)
        except OSError:
            pass  # composing at the kiosk's own priority is slower for the preview, not wrong
    _watch_parent(parent_pid)


def _watch_parent(parent_pid: int) -> None:
    """In the worker process: leave when the kiosk is gone, even after a kill -9 or a crash.

    The worker holds both ends of its own task queue, so it never sees the kiosk close it.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _compose_shared(name: str, shape: tuple[int, int, int], style: PhotoStyle) -> ComposedPhoto:
    """In the worker process: read the frame from shared memory and compose it."""
    memory = SharedMemory(name=name)
    try:
        frame: npt.NDArray[np.uint8] = np.ndarray(shape, np.uint8, buffer=memory.buf)
        return compose_photo(frame, style)
    finally:
        del frame
        memory.close()


class PhotoComposer:
    """``compose(frame, style)`` with the work done in a separate process (or in this one).

    ``nice``: the worker process's nice value (the kiosk gives its background priority, so
    composing never takes a core from the live preview; booth.background_priority).
    """

    def __init__(self, *, separate_process: bool = True, nice: int | None = None) -> None:
        self._separate = separate_process
        self._nice = nice
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Start the worker process now (returns at once), so the first photo does not wait."""
        if self._separate:
            self._executor().submit(_ready)

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=context,
                    initializer=_start_worker,
                    initargs=(os.getpid(), self._nice),
                )
            return self._pool

    def compose(self, frame: npt.NDArray[np.uint8], style: PhotoStyle) -> ComposedPhoto:
        """Compose one photo; blocks the calling (worker) thread, never the interpreter lock."""
        if not self._separate:
            return compose_photo(frame, style)
        if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
            raise ValueError(f"expected an HxWx3 uint8 BGR frame, got {frame.shape}")
        memory = SharedMemory(create=True, size=frame.nbytes)
        try:
            shared: npt.NDArray[np.uint8] = np.ndarray(frame.shape, np.uint8, buffer=memory.buf)
            np.copyto(shared, frame)  # one memcpy, done with the interpreter lock released
            del shared
            shape = (int(frame.shape[0]), int(frame.shape[1]), int(frame.shape[2]))
            try:
                future: Future[ComposedPhoto] = self._executor().submit(
                    _compose_shared, memory.name, shape, style
                )
                return future.result()
            except (BrokenProcessPool, OSError):
                # The process died (or could not start): this photo is composed here.
                log.warning("the composing process failed; composing this photo in-process")
                self._discard_pool()
                return compose_photo(frame, style)
        finally:
            memory.close()
            memory.unlink()

    def _discard_pool(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the worker process (at kiosk shutdown)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
