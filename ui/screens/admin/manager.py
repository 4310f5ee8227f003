"""The manager's Outbox, Social export and Audit tabs.

Each draws what ``booth.manager_services`` returns and calls it through the task runner
(the same functions as ``photobooth-kiosk outbox retry|drop``, ``records export-consented``
and ``audit list|verify``). The outbox shows ids, channels, states and reasons, never an
address (P7). The tabs' own words are translated (``tr``); the services' messages stay English.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
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

from booth import manager_services as ms
from booth.manager_services import AuditEntry, ConsentedPackage, Verification
from booth.paths import DataLayout
from booth.tasks import Runner
from ui.screens.admin.admin_widgets import (
    line,
    outbox_state,
    problem_text,
    relabel,
    set_message,
)
from ui.screens.admin.drives import apply_drive_choice, fill_drive_choices, retitle_drive_choices
from ui.widgets.common import big_button, retext, text_label


class _Retranslated(QWidget):
    """A tab whose texts are set in ``retranslate``, again on every change of language."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _table(columns: int) -> QTableWidget:
    """A read-only table; its headers are set in the tab's ``retranslate``."""
    table = QTableWidget(0, columns)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(72)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class OutboxTab(_Retranslated):
    """Deliveries that need the manager: failed, dead, waiting, held; Retry and Drop per row."""

    _keep_message = False  # see refresh()

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
        self._paused: list[dict[str, Any]] | None = None  # as last shown
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.intro = text_label("")
        outer.addWidget(self.intro)
        self.paused = text_label("")
        outer.addWidget(self.paused)
        self.message = text_label("")
        self.message.setVisible(False)
        outer.addWidget(self.message)
        self.table = _table(7)
        outer.addWidget(self.table, 1)
        self.refresh_button = big_button("", self.refresh)
        outer.addWidget(self.refresh_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Deliveries that are not on their way. Retry sends one again; Drop gives up on it "
                "(the photo stays in the records until the retention rules remove it)."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Delivery"),
                self.tr("Channel"),
                self.tr("State"),
                self.tr("Tries"),
                self.tr("Created (UTC)"),
                self.tr("Reason"),
                "",
            ]
        )
        retext(self.refresh_button, self.tr("Refresh"))
        self._show_paused()
        for r, row in enumerate(self.rows):
            item = self.table.item(r, 2)
            if item is not None:
                item.setText(outbox_state(row["status"]))
        for did, buttons in self.row_buttons.items():
            retext(buttons["retry"], self.tr("Retry"), self.tr("Retry {id}").format(id=did[:8]))
            retext(buttons["drop"], self.tr("Drop"), self.tr("Drop {id}").format(id=did[:8]))

    def _show_paused(self) -> None:
        if self._paused is None:
            self.paused.setText("")
            return
        self.paused.setText(
            self.tr("Paused channels: {list}").format(
                list="; ".join(
                    self.tr("{channel} until {time} ({reason})").format(
                        channel=c["channel"],
                        time=str(c["paused_until"])[:16].replace("T", " "),
                        reason=c["reason"],
                    )
                    for c in self._paused
                )
            )
            if self._paused
            else self.tr("No channel is paused.")
        )

    def refresh(self, keep_message: bool = False) -> None:
        """``keep_message``: the manager's own action just said what happened ("queued
        again"); the list that follows must not replace it with "Nothing waiting" when the
        retried delivery was sent meanwhile."""
        self._keep_message = keep_message
        self.refresh_button.setEnabled(False)
        layout = self.data
        self.runner.run(lambda: ms.outbox_view(layout), self.show_view, self._on_failed)

    def show_view(self, view: ms.OutboxView) -> None:
        self.refresh_button.setEnabled(True)
        self.rows = view.rows
        self._paused = list(view.paused)
        self._show_paused()
        self.table.setRowCount(len(view.rows))
        self.row_buttons = {}
        for r, row in enumerate(view.rows):
            values = [
                row["id"][:8],
                row["channel"],
                outbox_state(row["status"]),
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
                self.tr("Retry"),
                functools.partial(self.change, did, True),
                accessible=self.tr("Retry {id}").format(id=did[:8]),
            )
            drop = big_button(
                self.tr("Drop"),
                functools.partial(self.change, did, False),
                accessible=self.tr("Drop {id}").format(id=did[:8]),
            )
            retry.setVisible(row["status"] in ms.RETRYABLE)
            drop.setVisible(row["status"] in ms.DROPPABLE)
            buttons.addWidget(retry)
            buttons.addWidget(drop)
            self.row_buttons[did] = {"retry": retry, "drop": drop}
            self.table.setCellWidget(r, len(values), cell)
        if not view.rows and not self._keep_message:
            set_message(
                self.message, self.tr("Nothing waiting: every delivery is sent or on its way.")
            )
        self._keep_message = False

    def change(self, delivery_id: str, retry: bool) -> None:
        layout, actor = self.data, self.actor()
        for buttons in self.row_buttons.values():
            for button in buttons.values():
                button.setEnabled(False)

        def done(changed: bool) -> None:
            short = delivery_id[:8]
            if changed and retry:
                set_message(self.message, self.tr("Delivery {id} queued again.").format(id=short))
            elif changed:
                set_message(self.message, self.tr("Delivery {id} dropped.").format(id=short))
            else:
                set_message(
                    self.message,
                    (
                        self.tr("Delivery {id} could not be queued again (it changed meanwhile).")
                        if retry
                        else self.tr("Delivery {id} could not be dropped (it changed meanwhile).")
                    ).format(id=short),
                    False,
                )
            self.refresh(keep_message=True)

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
        self._paused = None
        self.paused.setText("")
        set_message(self.message, "")


class SocialExportTab(_Retranslated):
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
        self.intro = text_label("")
        outer.addWidget(self.intro)
        self.where = text_label("", "fieldLabel", wrap=False)
        outer.addWidget(self.where)
        self.folder = line(keyboard="email")
        outer.addWidget(self.folder)
        row = QHBoxLayout()
        self.drives = QComboBox()
        self.drives.activated.connect(self._on_drive_chosen)
        row.addWidget(self.drives, 1)
        self.find_drives_button = big_button("", self.refresh)
        row.addWidget(self.find_drives_button)
        outer.addLayout(row)
        self.export_button = big_button("", self.export, "primary")
        outer.addWidget(self.export_button)
        self.result = text_label("")
        self.result.setVisible(False)
        outer.addWidget(self.result)
        outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Hand the social team the photos they may publish: every photo with an active "
                "publish consent, the proof of each consent (manifest.json), and the photos they "
                "must take down (takedown.json). No names, emails or phone numbers are included."
            )
        )
        self.where.setText(self.tr("Where to write it"))
        relabel(self.folder, self.tr("Folder or USB drive"), self.tr("Export folder"))
        self.drives.setAccessibleName(self.tr("Removable drives"))
        retitle_drive_choices(self.drives)
        retext(self.find_drives_button, self.tr("Look for drives again"))
        retext(self.export_button, self.tr("Write the package"))
        if self.package is not None:
            self._show_package()

    def refresh(self) -> None:
        fill_drive_choices(self.drives, self.folder, self.data.root)

    def _on_drive_chosen(self, index: int) -> None:
        apply_drive_choice(self.drives, self.folder, self.data.root, index)

    def export(self) -> None:
        folder = self.folder.text().strip()
        layout, actor = self.data, self.actor()
        self.export_button.setEnabled(False)
        set_message(self.result, self.tr("Writing the package…"))

        def work() -> ConsentedPackage:
            if folder == str(layout.root / "exports"):
                (layout.root / "exports").mkdir(mode=0o700, exist_ok=True)
            return ms.social_export(layout, actor, folder)

        self.runner.run(work, self.show_package, self._on_failed)

    def show_package(self, package: ConsentedPackage) -> None:
        self.export_button.setEnabled(True)
        self.package = package
        self._show_package()

    def _show_package(self) -> None:
        package = self.package
        assert package is not None
        set_message(
            self.result,
            self.tr("Written to {folder}").format(folder=package.folder)
            + "\n"
            + self.tr(
                "{photos} photo(s) may be published ({new} new since the last package); "
                "{takedowns} to take down."
            ).format(photos=package.photos, new=package.new, takedowns=package.takedowns),
        )

    def _on_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.package = None
        set_message(self.result, problem_text(error), False)

    def reset(self) -> None:
        self.package = None
        set_message(self.result, "")


class AuditTab(_Retranslated):
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
        self.verification: Verification | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.intro = text_label("")
        top.addWidget(self.intro, 1)
        self.refresh_button = big_button("", self.refresh)
        self.verify_button = big_button("", self.verify, "primary")
        top.addWidget(self.refresh_button)
        top.addWidget(self.verify_button)
        outer.addLayout(top)
        self.verdict = text_label("")
        self.verdict.setVisible(False)
        outer.addWidget(self.verdict)
        self.table = _table(5)
        self.table.verticalHeader().setDefaultSectionSize(48)
        outer.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Every admin and privacy action, newest first (the last {limit}). "
                "Verify checks that no entry was removed or changed."
            ).format(limit=self.LIMIT)
        )
        retext(self.refresh_button, self.tr("Refresh"))
        retext(self.verify_button, self.tr("Verify"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time (UTC)"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Outcome"),
                self.tr("Person"),
            ]
        )
        if self.verification is not None:
            self._show_verdict()

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
        self.verification = result
        self._show_verdict()
        self.refresh()

    def _show_verdict(self) -> None:
        result = self.verification
        assert result is not None
        if result.ok:
            set_message(
                self.verdict,
                self.tr("OK: the audit log is intact ({n} entries, chain head {head}).").format(
                    n=result.entries, head=result.head[:16]
                ),
            )
        else:
            set_message(
                self.verdict,
                self.tr(
                    "BROKEN: the audit log has been tampered with: {problem}. "
                    "Tell head office; do not delete anything."
                ).format(problem=result.problem),
                False,
            )

    def _on_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        self.verification = None
        set_message(self.verdict, problem_text(error), False)

    def reset(self) -> None:
        self.table.setRowCount(0)
        self.entries = []
        self.verification = None
        set_message(self.verdict, "")
