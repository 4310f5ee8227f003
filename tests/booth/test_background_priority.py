"""The kiosk's background work gives way to the live preview (issue #18).

On a two-core kiosk PC the outbox, the retention sweeps, the sync and the composing process
compete with the camera and GUI threads; bench/preview.py measures the effect on the preview.
These tests prove the mechanism on the real kiosk: what runs in the background runs at a lower
OS priority than the threads that show the preview, and the start-up objects are kept out of
the garbage collector's full passes while the kiosk runs.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from pathlib import Path

import pytest

from booth.background_priority import BACKGROUND_NICE_STEP, start_at_background_priority
from booth.paths import DataLayout
from tests.conftest import open_kiosk, quick_settings

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="threads have nice values of their own on Linux"
)


def _nice_of(tid: int) -> int:
    return os.getpriority(os.PRIO_PROCESS, tid)


def _composing_processes() -> list[int]:
    """This process's children that multiprocessing spawned as workers (not its resource
    tracker, which serves every process pool alike)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == os.getpid() and b"spawn_main" in cmdline:
            pids.append(int(entry.name))
    return pids


def test_what_a_background_start_starts_runs_below_its_caller() -> None:
    own = _nice_of(threading.get_native_id())
    seen: dict[str, int] = {}
    release = threading.Event()

    def work(name: str) -> None:
        seen[name] = _nice_of(threading.get_native_id())
        # A thread the background thread starts later inherits its priority too.
        if name == "first":
            later = threading.Thread(target=work, args=("later",))
            later.start()
            later.join()
        release.wait(5)

    first = threading.Thread(target=work, args=("first",))
    start_at_background_priority(first.start)
    release.set()
    first.join(5)
    assert seen == {
        "first": min(19, own + BACKGROUND_NICE_STEP),
        "later": min(19, own + BACKGROUND_NICE_STEP),
    }
    assert _nice_of(threading.get_native_id()) == own  # the caller keeps its priority


def test_a_failing_background_start_reports_its_error_to_the_caller() -> None:
    def start() -> None:
        raise RuntimeError("the outbox could not open its file")

    with pytest.raises(RuntimeError, match="could not open its file"):
        start_at_background_priority(start)


def test_the_kiosks_background_work_runs_below_the_preview(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gui = _nice_of(threading.get_native_id())
    earlier = set(_composing_processes())  # another test's pool, still closing
    with open_kiosk(qtbot, DataLayout(tmp_path / "data"), quick_settings()) as running:
        qtbot.waitUntil(lambda: running.preview.state == "live", timeout=10_000)
        background = {
            t.name: _nice_of(t.native_id)
            for t in threading.enumerate()
            if t.native_id is not None
            and (t.name.startswith("outbox-worker") or t.name == "retention-sweep")
        }
        assert "outbox-worker-0" in background and "retention-sweep" in background
        assert all(nice > gui for nice in background.values()), background
        # The camera thread, which decodes every frame, keeps the GUI's priority.
        camera = [
            int(task.name)
            for task in Path(f"/proc/{os.getpid()}/task").iterdir()
            if (task / "comm").read_text().strip() == "camera"
        ]
        assert camera and all(_nice_of(tid) == gui for tid in camera)

        def composing() -> set[int]:
            return set(_composing_processes()) - earlier

        qtbot.waitUntil(lambda: bool(composing()), timeout=20_000)
        assert all(_nice_of(pid) > gui for pid in composing())
        # The start-up objects are out of the collector's full passes while the kiosk runs...
        assert gc.get_freeze_count() > 10_000
    # ...and can be collected again once it has stopped.
    assert gc.get_freeze_count() == 0
