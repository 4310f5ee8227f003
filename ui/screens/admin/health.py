"""The health panel: camera, disk, outbox backlog, paused channels, last retention sweep.

The camera's state and what it granted arrive by signal from the camera worker; the
disk and database figures are read in the task runner, never on the GUI thread. What the
panel last learnt is kept, so a change of language shows it again in the new words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from booth.admin_services import Health, health_snapshot
from booth.paths import DataLayout
from booth.staff_alerts import local_time
from booth.tasks import Runner
from ui.screens.admin.admin_widgets import delivery_state
from ui.widgets.common import big_button, retext, text_label

GIB = 1024**3
LOW_DISK_BYTES = 2 * GIB
ROWS = ["camera", "granted", "camera_error", "disk", "outbox", "paused", "sweep", "sync"]


def sweep_time(stored: str) -> str:
    """The audit log's UTC time on the store's clock, as staff read it: "2026-12-06 16:00"."""
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    return f"{moment.astimezone():%Y-%m-%d} {local_time(moment)}"


class HealthPanel(QWidget):
    def __init__(
        self,
        layout_: DataLayout,
        runner: Runner,
        camera_worker: Any = None,
        channel_health: Callable[[], dict[str, Any]] | None = None,
        parent: QWidget | None = None,
        sync_status: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = layout_
        self.runner = runner
        self.channel_health = channel_health or dict
        self.sync_status = sync_status or (lambda: "not enrolled with head office")
        self.camera_state = getattr(camera_worker, "state", "") or "unknown"
        self.camera_info: Any = None
        self.camera_worker = camera_worker
        self.last_health: Health | None = None
        self._failure = ""  # the kind of error of the last failed check
        self._paused: list[tuple[str, Any]] = []
        self._checked_channels = False
        self.titles: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(18)
        for row, key in enumerate(ROWS):
            self.titles[key] = text_label("", "fieldLabel", wrap=False)
            grid.addWidget(self.titles[key], row, 0)
            self.values[key] = text_label("…")
            grid.addWidget(self.values[key], row, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.refresh_button = big_button("", self.refresh)
        outer.addWidget(self.refresh_button)
        if camera_worker is not None:
            camera_worker.state_changed.connect(self._on_camera_state_changed)
            camera_worker.error_occurred.connect(self._on_camera_error_occurred)
            camera_worker.camera_opened.connect(self._on_camera_opened)
            info = getattr(getattr(camera_worker, "source", None), "info", None)
            if info is not None:
                self.camera_info = info
        self.retranslate()

    @property
    def camera_granted(self) -> str:
        info = self.camera_info
        if info is None:
            return ""
        return self.tr("{width}×{height} at {fps} fps ({backend}, {fourcc})").format(
            width=info.width,
            height=info.height,
            fps=f"{info.fps:.0f}",
            backend=info.backend,
            fourcc=info.fourcc,
        )

    def retranslate(self) -> None:
        titles = {
            "camera": self.tr("Camera"),
            "granted": self.tr("Camera granted"),
            "camera_error": self.tr("Last camera problem"),
            "disk": self.tr("Disk space (data folder)"),
            "outbox": self.tr("Outbox"),
            "paused": self.tr("Paused channels"),
            "sweep": self.tr("Last retention sweep"),
            "sync": self.tr("Head office sync"),
        }
        for key, title in titles.items():
            self.titles[key].setText(title)
        retext(self.refresh_button, self.tr("Refresh"))
        self._show_camera()
        if self._checked_channels:
            self._show_channels()
        if self.last_health is not None:
            self._show_health()
        if self._failure:
            self._show_failure()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_camera_state_changed(self, state: str) -> None:
        self.camera_state = state
        self._show_camera()

    def _on_camera_error_occurred(self, _message: str) -> None:
        # A bound slot, so the call is queued onto the GUI thread (a lambda would run on the camera's).
        self._show_camera()

    def _on_camera_opened(self, info: Any) -> None:
        self.camera_info = info
        self._show_camera()

    def _show_camera(self) -> None:
        words = {
            "live": self.tr("live"),
            "starting": self.tr("starting"),
            "unavailable": self.tr("UNAVAILABLE (reconnecting)"),
            "stopped": self.tr("stopped"),
            "unknown": self.tr("unknown"),
        }
        self.values["camera"].setText(words.get(self.camera_state, self.camera_state))
        self.values["granted"].setText(self.camera_granted or self.tr("not opened yet"))
        last_error = getattr(self.camera_worker, "last_error", None)
        self.values["camera_error"].setText(last_error or self.tr("none since start"))

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.runner.run(lambda: health_snapshot(self.data), self.show_health, self._on_failed)
        self._paused = [
            (name, h)
            for name, h in sorted(self.channel_health().items())
            if getattr(h, "paused_until", None) is not None
        ]
        self._checked_channels = True
        self._show_channels()

    def _show_channels(self) -> None:
        paused = [
            self.tr("{channel} until {time} ({reason})").format(
                channel=name, time=local_time(h.paused_until), reason=h.last_error
            )
            for name, h in self._paused
        ]
        self.values["paused"].setText("; ".join(paused) if paused else self.tr("none"))
        self.values["sync"].setText(self.sync_status())

    def show_health(self, health: Health) -> None:
        self.refresh_button.setEnabled(True)
        self.last_health = health
        self._failure = ""
        self._show_health()

    def _show_health(self) -> None:
        health = self.last_health
        assert health is not None
        disk = self.tr("{free} GiB free of {total} GiB").format(
            free=f"{health.disk_free / GIB:.1f}", total=f"{health.disk_total / GIB:.0f}"
        )
        if health.disk_free < LOW_DISK_BYTES:
            disk += "  " + self.tr("LOW: free some space")
        self.values["disk"].setText(disk)
        if health.problem:
            self.values["outbox"].setText(health.problem)
        else:
            waiting = self.tr("{n} waiting").format(n=health.backlog)
            counts = ", ".join(
                self.tr("{n} {state}").format(n=n, state=delivery_state(status))
                for status, n in sorted(health.outbox.items())
            )
            self.values["outbox"].setText(waiting + (f" ({counts})" if counts else ""))
        self.values["sweep"].setText(
            sweep_time(health.last_sweep) if health.last_sweep else self.tr("none yet")
        )

    def _on_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self._failure = type(error).__name__
        self._show_failure()

    def _show_failure(self) -> None:
        self.values["outbox"].setText(
            self.tr("could not check: {error}").format(error=self._failure)
        )
