"""The manager's Outbox, Social export and Audit tabs.

Each draws what ``kiosk.manager_services`` returns and calls it through the task runner
(the same functions as ``photobooth-kiosk outbox retry|drop``, ``records export-consented``
and ``audit list|verify``). The outbox shows ids, channels, states and reasons, never an
address (P7). English only, like the other staff screens (not visitor texts).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consent.audit import AuditEntry, Verification
from consent.publishing import ConsentedPackage
from kiosk import manager_services as ms
from kiosk.paths import DataLayout
from kiosk.tasks import Runner
from ui.screens.admin.drives import apply_drive_choice, fill_drive_choices
from ui.screens.admin.records_tab import line, problem_text, set_message
from ui.widgets.common import big_button, text_label

STATUS_WORDS = {
    "failed": "failed (will not be retried by itself)",
    "dead": "dead letter (too old to send)",
    "retry": "waiting to retry",
    "restricted": "held: the person is restricted",
    "queued": "queued",
}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(72)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class OutboxTab(QWidget):
    """Deliveries that need the manager: failed, dead, waiting, held; Retry and Drop per row."""

    def __init__(
        self,
        layout_: DataLayout,
        runner: Runner,
        actor: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = layout_
        self.runner = runner
        self.actor = actor
        self.rows: list[dict[str, Any]] = []
        self.row_buttons: dict[str, dict[str, Any]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(
            text_label(
                "Deliveries that are not on their way. Retry sends one again; Drop gives up on it "
                "(the photo stays in the records until the retention rules remove it).",
            )
        )
        self.paused = text_label("")
        outer.addWidget(self.paused)
        self.message = text_label("")
        self.message.setVisible(False)
        outer.addWidget(self.message)
        self.table = _table(
            ["Delivery", "Channel", "State", "Tries", "Created (UTC)", "Reason", ""]
        )
        outer.addWidget(self.table, 1)
        self.refresh_button = big_button("Refresh", self.refresh)
        outer.addWidget(self.refresh_button)

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        layout = self.data
        self.runner.run(lambda: ms.outbox_view(layout), self.show_view, self._on_failed)

    def show_view(self, view: ms.OutboxView) -> None:
        self.refresh_button.setEnabled(True)
        self.rows = view.rows
        self.paused.setText(
            "Paused channels: "
            + "; ".join(
                f"{c['channel']} until {str(c['paused_until'])[:16].replace('T', ' ')} ({c['reason']})"
                for c in view.paused
            )
            if view.paused
            else "No channel is paused."
        )
        self.table.setRowCount(len(view.rows))
        self.row_buttons = {}
        for r, row in enumerate(view.rows):
            values = [
                row["id"][:8],
                row["channel"],
                STATUS_WORDS.get(row["status"], row["status"]),
                str(row["attempts"]),
                str(row["created_at"])[:16].replace("T", " "),
                row["last_error"] or "",
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
            cell = QWidget()
            buttons = QHBoxLayout(cell)
            buttons.setContentsMargins(4, 0, 4, 0)
            did = row["id"]
            retry = big_button(
                "Retry", functools.partial(self.change, did, True), accessible=f"Retry {did[:8]}"
            )
            drop = big_button(
                "Drop", functools.partial(self.change, did, False), accessible=f"Drop {did[:8]}"
            )
            retry.setVisible(row["status"] in ms.RETRYABLE)
            drop.setVisible(row["status"] in ms.DROPPABLE)
            buttons.addWidget(retry)
            buttons.addWidget(drop)
            self.row_buttons[did] = {"retry": retry, "drop": drop}
            self.table.setCellWidget(r, len(values), cell)
        if not view.rows:
            set_message(self.message, "Nothing waiting: every delivery is sent or on its way.")

    def change(self, delivery_id: str, retry: bool) -> None:
        layout, actor = self.data, self.actor()
        for buttons in self.row_buttons.values():
            for button in buttons.values():
                button.setEnabled(False)

        def done(changed: bool) -> None:
            word = "queued again" if retry else "dropped"
            if changed:
                set_message(self.message, f"Delivery {delivery_id[:8]} {word}.")
            else:
                set_message(
                    self.message,
                    f"Delivery {delivery_id[:8]} could not be {word} (it changed meanwhile).",
                    False,
                )
            self.refresh()

        def failed(error: BaseException) -> None:
            set_message(self.message, problem_text(error), False)
            self.refresh()

        self.runner.run(lambda: ms.retry_or_drop(layout, actor, delivery_id, retry), done, failed)

    def _on_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        set_message(self.message, problem_text(error), False)

    def reset(self) -> None:
        self.table.setRowCount(0)
        self.rows = []
        self.row_buttons = {}
        set_message(self.message, "")


class SocialExportTab(QWidget):
    """The social team's package: consented photos, manifest and take-downs, to a folder or drive."""

    def __init__(
        self,
        layout_: DataLayout,
        runner: Runner,
        actor: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = layout_
        self.runner = runner
        self.actor = actor
        self.package: ConsentedPackage | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(
            text_label(
                "Hand the social team the photos they may publish: every photo with an active "
                "publish consent, the proof of each consent (manifest.json), and the photos they "
                "must take down (takedown.json). No names, emails or phone numbers are included.",
            )
        )
        outer.addWidget(text_label("Where to write it", "fieldLabel", wrap=False))
        self.folder = line("Folder or USB drive", "Export folder")
        outer.addWidget(self.folder)
        row = QHBoxLayout()
        self.drives = QComboBox()
        self.drives.setAccessibleName("Removable drives")
        self.drives.activated.connect(self._on_drive_chosen)
        row.addWidget(self.drives, 1)
        self.find_drives_button = big_button("Look for drives again", self.refresh)
        row.addWidget(self.find_drives_button)
        outer.addLayout(row)
        self.export_button = big_button("Write the package", self.export, "primary")
        outer.addWidget(self.export_button)
        self.result = text_label("")
        self.result.setVisible(False)
        outer.addWidget(self.result)
        outer.addStretch(1)

    def refresh(self) -> None:
        fill_drive_choices(self.drives, self.folder, self.data.root)

    def _on_drive_chosen(self, index: int) -> None:
        apply_drive_choice(self.drives, self.folder, self.data.root, index)

    def export(self) -> None:
        folder = self.folder.text().strip()
        layout, actor = self.data, self.actor()
        self.export_button.setEnabled(False)
        set_message(self.result, "Writing the package…")

        def work() -> ConsentedPackage:
            if folder == str(layout.root / "exports"):
                (layout.root / "exports").mkdir(mode=0o700, exist_ok=True)
            return ms.social_export(layout, actor, folder)

        self.runner.run(work, self.show_package, self._on_failed)

    def show_package(self, package: ConsentedPackage) -> None:
        self.export_button.setEnabled(True)
        self.package = package
        set_message(
            self.result,
            f"Written to {package.folder}\n"
            f"{package.photos} photo(s) may be published ({package.new} new since the last package); "
            f"{package.takedowns} to take down.",
        )

    def _on_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        set_message(self.result, problem_text(error), False)

    def reset(self) -> None:
        self.package = None
        set_message(self.result, "")


class AuditTab(QWidget):
    """The latest audit entries and the hash-chain check."""

    LIMIT = 200

    def __init__(
        self,
        layout_: DataLayout,
        runner: Runner,
        actor: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = layout_
        self.runner = runner
        self.actor = actor
        self.entries: list[AuditEntry] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(
            text_label(
                f"Every admin and privacy action, newest first (the last {self.LIMIT}). "
                "Verify checks that no entry was removed or changed."
            ),
            1,
        )
        self.refresh_button = big_button("Refresh", self.refresh)
        self.verify_button = big_button("Verify", self.verify, "primary")
        top.addWidget(self.refresh_button)
        top.addWidget(self.verify_button)
        outer.addLayout(top)
        self.verdict = text_label("")
        self.verdict.setVisible(False)
        outer.addWidget(self.verdict)
        self.table = _table(["Time (UTC)", "Who", "Action", "Outcome", "Person"])
        self.table.verticalHeader().setDefaultSectionSize(48)
        outer.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        layout, actor = self.data, self.actor()
        self.runner.run(
            lambda: ms.audit_entries(layout, actor, self.LIMIT), self.show_entries, self._on_failed
        )

    def show_entries(self, entries: list[AuditEntry]) -> None:
        self.refresh_button.setEnabled(True)
        self.entries = entries
        newest_first = list(reversed(entries))
        self.table.setRowCount(len(newest_first))
        for r, e in enumerate(newest_first):
            values = [
                e.created_at[:19].replace("T", " "),
                e.actor,
                e.action,
                e.outcome,
                (e.subject_id or "")[:8],
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        layout, actor = self.data, self.actor()
        self.runner.run(lambda: ms.audit_verify(layout, actor), self.show_verdict, self._on_failed)

    def show_verdict(self, result: Verification) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            set_message(
                self.verdict,
                f"OK: the audit log is intact ({result.entries} entries, chain head "
                f"{result.head[:16]}).",
            )
        else:
            set_message(
                self.verdict,
                f"BROKEN: the audit log has been tampered with: {result.problem}. "
                "Tell head office; do not delete anything.",
                False,
            )
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        set_message(self.verdict, problem_text(error), False)

    def reset(self) -> None:
        self.table.setRowCount(0)
        self.entries = []
        set_message(self.verdict, "")
