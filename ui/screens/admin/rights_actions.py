"""What the manager can do for the person shown: the rights of P5, one titled group each.

Export (a zip for the person), rectify, withdraw the publish consent, restrict, legal hold and
erase each call ``booth.manager_services`` (the same ``SubjectRights`` as ``photobooth-kiosk
records``) through the task runner, audited there; the screen only says what happened. Erasing
needs the word ERASE typed first, and the service checks it again. While one action runs the
whole tab waits (``busy_changed``), so no second action starts on a person being changed. The
words are translated; what the services refuse with stays English.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from booth import manager_services as ms
from booth.paths import DataLayout
from booth.settings import Settings
from booth.tasks import Runner
from ui.screens.admin.admin_widgets import line, problem_text, relabel
from ui.screens.admin.drives import apply_drive_choice, fill_drive_choices, retitle_drive_choices
from ui.widgets.common import big_button, retext, text_label


class RightsActions(QWidget):
    busy_changed = Signal(bool)  # the whole tab waits while an action runs
    said = Signal(str, bool)  # what happened, for the person's page; False when it failed
    changed = Signal(str, str)  # subject id, what was done: the person is shown again, fresh
    erased = Signal(str)  # what was removed: the person is gone, back to the search

    def __init__(
        self,
        layout_: DataLayout,
        settings: Callable[[], Settings],
        runner: Runner,
        actor: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transparent")
        self.data = layout_
        self.settings = settings
        self.runner = runner
        self.actor = actor
        self.document: dict[str, Any] | None = None
        self._active_publish = False
        self._generation = 0  # results for a person no longer shown after a reset are dropped
        self.actions_layout = QVBoxLayout(self)
        self.sections: list[tuple[QLabel, QLabel]] = []
        self._build()
        self.buttons: list[QPushButton] = [
            self.export_button,
            self.rectify_button,
            self.withdraw_button,
            self.restrict_button,
            self.hold_button,
            self.erase_button,
        ]
        self.retranslate()

    # -- building ------------------------------------------------------------------------------
    def _section(self) -> QVBoxLayout:
        """A titled group of actions; its title and explanation are set in ``retranslate``."""
        box = QVBoxLayout()
        box.setSpacing(8)
        title = text_label("", "fieldLabel", wrap=False)
        explanation = text_label("")
        box.addWidget(title)
        box.addWidget(explanation)
        self.sections.append((title, explanation))
        self.actions_layout.addLayout(box)
        self.actions_layout.addSpacing(18)
        return box

    def _build(self) -> None:
        box = self._section()
        self.export_folder = line(keyboard="email")
        box.addWidget(self.export_folder)
        self.drives = QComboBox()
        self.drives.activated.connect(self._on_drive_chosen)
        box.addWidget(self.drives)
        self.export_button = big_button("", self.export)
        box.addWidget(self.export_button)

        box = self._section()
        self.new_name = line(keyboard="name")
        self.new_email = line(keyboard="email")
        self.new_phone = line(keyboard="phone")
        for edit in (self.new_name, self.new_email, self.new_phone):
            box.addWidget(edit)
        self.rectify_button = big_button("", self.rectify)
        box.addWidget(self.rectify_button)

        box = self._section()
        self.withdraw_button = big_button("", self.withdraw)
        box.addWidget(self.withdraw_button)

        box = self._section()
        self.restrict_button = big_button("", self.toggle_restrict)
        box.addWidget(self.restrict_button)

        box = self._section()
        self.hold_reason = line(keyboard="name")
        box.addWidget(self.hold_reason)
        self.hold_button = big_button("", self.toggle_hold)
        box.addWidget(self.hold_button)

        box = self._section()
        self.erase_confirm = line(keyboard="email")
        self.erase_confirm.textChanged.connect(self._update_erase_button)
        box.addWidget(self.erase_confirm)
        self.erase_button = big_button("", self.erase, "primary")
        self.erase_button.setEnabled(False)
        box.addWidget(self.erase_button)
        self.actions_layout.addStretch(1)

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        sections = [
            (
                self.tr("Export"),
                self.tr("A zip of everything held about the person, for them to keep."),
            ),
            (
                self.tr("Correct their details"),
                self.tr("Fill only what changes; empty fields stay as they are."),
            ),
            (
                self.tr("Publishing"),
                self.tr("Stop the social team using their photos; they get a take-down notice."),
            ),
            (
                self.tr("Restrict"),
                self.tr("Nothing of theirs is sent, published or synced until you lift it."),
            ),
            (
                self.tr("Legal hold"),
                self.tr("Nothing of theirs is deleted (not even by erasure) until released."),
            ),
            (
                self.tr("Erase"),
                self.tr(
                    "Removes every visit, photo, consent record and delivery of this person, "
                    "and every copy. It cannot be undone. Type {word} to confirm."
                ).format(word=ms.ERASE_WORD),
            ),
        ]
        for (title_label, explanation_label), (title, explanation) in zip(
            self.sections, sections, strict=True
        ):
            title_label.setText(title)
            explanation_label.setText(explanation)
        relabel(self.export_folder, self.tr("Folder for the zip"), self.tr("Export folder"))
        self.drives.setAccessibleName(self.tr("Removable drives"))
        retitle_drive_choices(self.drives)
        retext(self.export_button, self.tr("Export"))
        relabel(self.new_name, self.tr("Correct name"), self.tr("Correct name"))
        relabel(self.new_email, self.tr("Correct email"), self.tr("Correct email"))
        relabel(self.new_phone, self.tr("Correct phone"), self.tr("Correct phone"))
        retext(self.rectify_button, self.tr("Save corrections"))
        relabel(
            self.hold_reason,
            self.tr("Case reference (no personal data)"),
            self.tr("Legal hold reason"),
        )
        relabel(
            self.erase_confirm,
            self.tr("Type {word}").format(word=ms.ERASE_WORD),
            self.tr("Erase confirmation"),
        )
        retext(self.erase_button, self.tr("Erase this person"))
        self._show_subject_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_subject_state(self) -> None:
        """The buttons that depend on the person's state, in the current words."""
        if self.document is None:
            retext(self.restrict_button, self.tr("Restrict"))
            retext(self.hold_button, self.tr("Place legal hold"))
            retext(self.withdraw_button, self.tr("Withdraw publish consent"))
            return
        subject = self.document["subject"]
        restricted = bool(subject["restricted_at"])
        held = subject["legal_hold"] is not None
        retext(
            self.restrict_button,
            self.tr("Lift the restriction") if restricted else self.tr("Restrict"),
        )
        retext(
            self.hold_button,
            self.tr("Release the legal hold") if held else self.tr("Place legal hold"),
        )
        self.hold_reason.setVisible(not held)
        retext(
            self.withdraw_button,
            self.tr("Withdraw publish consent")
            if self._active_publish
            else self.tr("No active publish consent"),
        )

    # -- the person acted on -------------------------------------------------------------------
    def set_person(self, document: dict[str, Any]) -> None:
        self.document = document
        self._active_publish = any(
            c["purpose"] == ms.PUBLISH and c["state"] == "active"
            for v in document["visits"]
            for c in v["consents"]
        )
        self._show_subject_state()
        self.withdraw_button.setEnabled(self._active_publish)
        fill_drive_choices(self.drives, self.export_folder, self.data.root)

    def _on_drive_chosen(self, index: int) -> None:
        apply_drive_choice(self.drives, self.export_folder, self.data.root, index)

    def _subject(self) -> str:
        assert self.document is not None
        return str(self.document["subject"]["id"])

    def _act(
        self,
        work: Callable[[DataLayout, Settings, str, str], Any],
        done: Callable[[Any], str],
        reload: bool = True,
    ) -> None:
        if self.document is None:
            return
        subject = self._subject()
        layout, settings, actor = self.data, self.settings(), self.actor()
        generation = self._generation
        self.busy_changed.emit(True)
        self.said.emit(self.tr("Working…"), True)

        def succeeded(result: Any) -> None:
            if generation != self._generation:
                return
            self.busy_changed.emit(False)
            text = done(result)
            if reload:
                self.changed.emit(subject, text)
            else:
                self.said.emit(text, True)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self.busy_changed.emit(False)
            self.said.emit(problem_text(error), False)

        self.runner.run(lambda: work(layout, settings, actor, subject), succeeded, failed)

    # -- the actions ---------------------------------------------------------------------------
    def export(self) -> None:
        folder = self.export_folder.text().strip()
        if folder == str(self.data.root / "exports"):
            (self.data.root / "exports").mkdir(mode=0o700, exist_ok=True)
        self._act(
            lambda lay, s, a, subj: ms.export_person(lay, s, a, subj, Path(folder)),
            lambda result: self.tr("Exported with {n} photo(s) to {path}").format(
                n=result[1], path=result[0]
            ),
            reload=False,
        )

    def rectify(self) -> None:
        name, email, phone = (e.text() for e in (self.new_name, self.new_email, self.new_phone))
        if not (name.strip() or email.strip() or phone.strip()):
            self.said.emit(self.tr("Fill in at least one corrected detail first."), False)
            return

        def done(changed: int) -> str:
            for edit in (self.new_name, self.new_email, self.new_phone):
                edit.clear()
            return self.tr("Corrected on {n} visit(s).").format(n=changed)

        self._act(
            lambda lay, s, a, subj: ms.rectify_person(
                lay, s, a, subj, name=name, email=email, phone=phone
            ),
            done,
        )

    def withdraw(self) -> None:
        self._act(
            lambda lay, s, a, subj: ms.withdraw_publish(lay, s, a, subj, "admin-screen"),
            lambda visits: (
                self.tr(
                    "Publish consent withdrawn on {n} visit(s); the next social export "
                    "lists their photos for take-down."
                ).format(n=len(visits))
                if visits
                else self.tr("There was no active publish consent; nothing changed.")
            ),
        )

    def toggle_restrict(self) -> None:
        assert self.document is not None
        lift = bool(self.document["subject"]["restricted_at"])
        self._act(
            lambda lay, s, a, subj: ms.restrict_person(lay, s, a, subj, lift),
            lambda n: (
                self.tr("Restriction lifted; {n} delivery(ies) back in the queue.").format(n=n)
                if lift
                else self.tr(
                    "Restricted: nothing is sent, published or synced; {n} delivery(ies) held."
                ).format(n=n)
            ),
        )

    def toggle_hold(self) -> None:
        assert self.document is not None
        if self.document["subject"]["legal_hold"] is not None:
            self._act(lambda lay, s, a, subj: ms.release_person(lay, s, a, subj), self._released)
            return
        reason = self.hold_reason.text()

        def done(_result: None) -> str:
            self.hold_reason.clear()
            return self.tr("Legal hold placed: nothing of theirs will be deleted until released.")

        self._act(lambda lay, s, a, subj: ms.hold_person(lay, s, a, subj, reason), done)

    def _released(self, standing: list[str]) -> str:
        """The store's hold is lifted; head office's own holds stay (only it releases them)."""
        if standing:
            return self.tr(
                "The store's legal hold is released. Head office still holds this person "
                "({reasons}); only head office can release that."
            ).format(reasons="; ".join(standing))
        return self.tr("Legal hold released.")

    def _update_erase_button(self, text: str) -> None:
        self.erase_button.setEnabled(ms.erase_confirmed(text) and self.document is not None)

    def erase(self) -> None:
        confirmation = self.erase_confirm.text()

        def done(result: Any) -> str:
            self.erase_confirm.clear()
            text = self.tr(
                "Erased: {visits} visit(s), {photos} photo(s), "
                "{deliveries} delivery record(s), {copies} copy file(s)."
            ).format(
                visits=result.visits,
                photos=result.photos,
                deliveries=result.deliveries,
                copies=result.copies,
            )
            self.erased.emit(text)
            return text

        self._act(
            lambda lay, s, a, subj: ms.erase_person(lay, s, a, subj, confirmation),
            done,
            reload=False,
        )

    # -- state ---------------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not busy)
        if not busy:
            self._update_erase_button(self.erase_confirm.text())
            if self.document is not None:
                self.withdraw_button.setEnabled(self._active_publish)

    def clear(self) -> None:
        """Back to the search: no person to act on, and no ERASE left typed for the next one."""
        self.document = None
        self.erase_confirm.clear()

    def reset(self) -> None:
        """On lock: late results are dropped and nothing typed about anyone stays."""
        self._generation += 1
        for edit in (self.new_name, self.new_email, self.new_phone, self.hold_reason):
            edit.clear()
        self.export_folder.clear()
