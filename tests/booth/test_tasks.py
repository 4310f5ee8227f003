"""The task runner hands results back on the GUI thread, and only to someone still there."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from shiboken6 import Shiboken

from booth.tasks import TaskRunner


class Screen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def show_result(self, result: object) -> None:
        self.setObjectName(f"showing {result}")  # touches the Qt object, as a screen would
        self.results.append(result)

    def show_failure(self, error: BaseException) -> None:
        self.setObjectName(f"showing {error}")
        self.results.append(error)


def test_a_result_comes_back_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = Screen()
    threads: list[threading.Thread] = []
    runner = TaskRunner()
    runner.run(
        lambda: threads.append(threading.current_thread()) or 42,
        screen.show_result,
        screen.show_failure,
    )
    qtbot.waitUntil(lambda: screen.results == [42])
    assert threads[0] is not threading.main_thread()


def test_a_result_for_a_closed_screen_is_dropped_not_raised(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A staff-alerts check that finished after its window closed used to raise in the next test."""
    screen = Screen()
    release = threading.Event()
    runner = TaskRunner()
    runner.run(lambda: release.wait(5) and "late", screen.show_result, screen.show_failure)
    runner.run(lambda: 1 / 0, screen.show_result, screen.show_failure)
    Shiboken.delete(screen)  # the window is gone before the work is done
    release.set()
    assert runner.wait_idle()
    qtbot.wait(50)  # the queued hand-offs are delivered now; nothing may raise
    assert not Shiboken.isValid(screen)
