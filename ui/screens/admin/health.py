"""The health panel: camera, disk, outbox backlog, paused channels, last retention sweep.

The camera's state and what it granted arrive by signal from the camera worker; the
disk and database figures are read in the task runner, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.admin_services import Health, health_snapshot
from kiosk.paths import DataLayout
from kiosk.tasks import Runner
from ui.widgets.common import big_button, text_label

GIB = 1024**3
LOW_DISK_BYTES = 2 * GIB


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
        self.camera_granted = ""
        self.camera_worker = camera_worker
        if camera_worker is not None:
            camera_worker.state_changed.connect(self._on_camera_state_changed)
            camera_worker.error_occurred.connect(self._on_camera_error_occurred)
            camera_worker.camera_opened.connect(self._on_camera_opened)
            info = getattr(getattr(camera_worker, "source", None), "info", None)
            if info is not None:
                self._on_camera_opened(info)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(18)
        self.values: dict[str, QLabel] = {}
        for row, (key, title) in enumerate(
            [
                ("camera", "Camera"),
                ("granted", "Camera granted"),
                ("camera_error", "Last camera problem"),
                ("disk", "Disk space (data folder)"),
                ("outbox", "Outbox"),
                ("paused", "Paused channels"),
                ("sweep", "Last retention sweep"),
                ("sync", "Head office sync"),
            ]
        ):
            grid.addWidget(text_label(title, "fieldLabel", wrap=False), row, 0)
            self.values[key] = text_label("…")
            grid.addWidget(self.values[key], row, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.refresh_button = big_button("Refresh", self.refresh)
        outer.addWidget(self.refresh_button)
        self._show_camera()

    def _on_camera_state_changed(self, state: str) -> None:
        self.camera_state = state
        self._show_camera()

    def _on_camera_error_occurred(self, _message: str) -> None:
        # A bound slot, so the call is queued onto the GUI thread (a lambda would run on the camera's).
        self._show_camera()

    def _on_camera_opened(self, info: Any) -> None:
        self.camera_granted = (
            f"{info.width}×{info.height} at {info.fps:.0f} fps ({info.backend}, {info.fourcc})"
        )
        self._show_camera()

    def _show_camera(self) -> None:
        words = {
            "live": "live",
            "starting": "starting",
            "unavailable": "UNAVAILABLE (reconnecting)",
            "stopped": "stopped",
        }
        self.values["camera"].setText(words.get(self.camera_state, self.camera_state))
        self.values["granted"].setText(self.camera_granted or "not opened yet")
        last_error = getattr(self.camera_worker, "last_error", None)
        self.values["camera_error"].setText(last_error or "none since start")

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.runner.run(lambda: health_snapshot(self.data), self.show_health, self._on_failed)
        paused = [
            f"{name} until {h.paused_until:%H:%M} ({h.last_error})"
            for name, h in sorted(self.channel_health().items())
            if getattr(h, "paused_until", None) is not None
        ]
        self.values["paused"].setText("; ".join(paused) if paused else "none")
        self.values["sync"].setText(self.sync_status())

    def show_health(self, health: Health) -> None:
        self.refresh_button.setEnabled(True)
        free = health.disk_free / GIB
        warning = "  LOW: free some space" if health.disk_free < LOW_DISK_BYTES else ""
        self.values["disk"].setText(
            f"{free:.1f} GiB free of {health.disk_total / GIB:.0f} GiB{warning}"
        )
        if health.problem:
            self.values["outbox"].setText(health.problem)
        else:
            counts = ", ".join(f"{n} {status}" for status, n in sorted(health.outbox.items()))
            self.values["outbox"].setText(
                f"{health.backlog} waiting" + (f" ({counts})" if counts else "")
            )
        self.values["sweep"].setText(health.last_sweep or "none yet")

    def _on_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.values["outbox"].setText(f"could not check: {type(error).__name__}")
