"""The staff settings form, generated from the pydantic schema in booth/settings.py.

One row per setting: its name, an editor made for its type, the schema's description as
help text, and the validation message right under the field. Saving validates the whole
file first and writes it atomically (booth.admin_services.save_edits); nothing is written
while any field is wrong. Secrets are masked.

The fields the schema marks ``protected`` (where visitors' data and the keys are sent: the
providers' endpoints, the photo host, head office's connection) are read-only to staff and
say so; the manager may edit them, and is told that each change is audited. The role only
decides what the screen offers: booth.admin_services.save_edits refuses a staff edit of
them on its own, and writes the audit entry (P7, P8).

Headings, names and descriptions come from the schema, in English; the form shows them in the
admin area's language, as the catalogue translates them under ``settings_texts.CONTEXT`` (that
module is generated from the schema by ``python -m ui.i18n_tools``). The form's own words
(buttons, limits, On/Off, the status line) are its own ``tr``; the validation messages
(pydantic's) stay English.
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from booth.admin_auth import Role
from booth.admin_services import (
    FieldSpec,
    save_edits,
    secret_hint,
    settings_fields,
    value_text,
)
from booth.protected_settings import may_change
from booth.settings import Settings
from booth.tasks import ImmediateTaskRunner, Runner
from ui.screens.admin.admin_widgets import scroll_gap
from ui.screens.admin.frame_preview import FramePreview
from ui.screens.admin.settings_texts import CONTEXT
from ui.widgets.common import big_button, retext, text_label

log = logging.getLogger(__name__)

Editor = QLineEdit | QComboBox | QPushButton
FRAME_KEY, ASPECT_KEY = "photo.frame", "photo.aspect"


def _isolated(text: str) -> str:
    """Right-to-left words after an English sentence keep their own order (a Unicode isolate)."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return "\u2068" + text + "\u2069"
    return text


def schema_text(text: str) -> str:
    """A heading, name or description from the schema, in the language shown."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


class SettingsForm(QWidget):
    saved = Signal(object)  # the new Settings
    restart_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        save_path_of: Callable[[], object],
        runner: Runner | None = None,
        parent: QWidget | None = None,
        *,
        locks: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # Fields head office's profile locks (key -> group): read-only for every role, and
        # booth.admin_services.save_edits refuses them on its own.
        self.locks: dict[str, str] = dict(locks or {})
        self._save_path_of = save_path_of
        # Checking and writing (with fsync) happen in the task runner: the screen never waits.
        self.runner: Runner = runner or ImmediateTaskRunner()
        self.can_restart = False  # set by the admin area when the kiosk can restart itself
        self.role = Role.STAFF  # who is signed in (set_role); the lowest role until told
        self.specs = settings_fields()
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.help_labels: dict[str, QLabel] = {}
        self.name_labels: dict[str, QLabel] = {}
        self.headings: dict[str, QLabel] = {}  # section -> its heading
        self.remove_buttons: dict[str, QPushButton] = {}  # secret key -> its Remove button
        self._removed: set[str] = set()  # secrets marked for removal at the next Save
        self._status_text: Callable[[], str] = str  # the status line, in the current language
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body.setObjectName("transparent")
        self.grid = grid = QGridLayout(body)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        row = 0
        section = ""
        for spec in self.specs:
            if spec.section != section:
                section = spec.section
                heading = text_label("", "subtitle")
                self.headings[section] = heading
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            name = text_label("", wrap=False)
            self.name_labels[spec.key] = name
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            editor = self._editor(spec)
            self.editors[spec.key] = editor
            column = QVBoxLayout()
            column.setSpacing(2)
            if spec.secret:
                # The only way to take a saved secret away (moving it to an environment
                # variable, say): marked here, gone at Save, and Undo changes keeps it.
                line_row = QHBoxLayout()
                line_row.addWidget(editor, 1)
                remove = big_button("", functools.partial(self._mark_removed, spec.key))
                self.remove_buttons[spec.key] = remove
                line_row.addWidget(remove)
                column.addLayout(line_row)
            elif spec.key == FRAME_KEY:
                # The frame typed here, on the camera's live picture, before anyone saves it.
                line_row = QHBoxLayout()
                line_row.addWidget(editor, 1)
                self.preview_button = big_button("", self._on_preview_clicked)
                line_row.addWidget(self.preview_button)
                column.addLayout(line_row)
            else:
                column.addWidget(editor)
            help_label = text_label("", "muted")
            self.help_labels[spec.key] = help_label
            column.addWidget(help_label)
            error = text_label("", "error")
            error.hide()
            self.errors[spec.key] = error
            column.addWidget(error)
            grid.addLayout(column, row, 1)
            row += 1
        grid.setColumnStretch(1, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        self.status = text_label("", "muted")
        bottom.addWidget(self.status, 1)
        self.revert_button = big_button("", self.load)
        self.save_button = big_button("", self.save, "primary")
        # Shown once something is saved: the kiosk starts again with the new settings
        # (a few seconds; the outbox and the records are on disk and carry on).
        self.restart_button = big_button("", self.restart_requested.emit)
        self.restart_button.setVisible(False)
        bottom.addWidget(self.restart_button)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        # The camera's latest picture, where the kiosk has a camera (set by the admin area).
        self.live_image: Callable[[], QImage | None] = lambda: None
        self.frame_preview = FramePreview(self, self.runner, lambda: self.live_image())
        self.load()
        self._apply_role()
        scroll_gap(self.grid, self, 24)
        self._leave_room_right_to_left()
        self.retranslate()

    def _leave_room_right_to_left(self) -> None:
        """Qt draws a wrapped right-to-left line up to a space's width past its label's left
        edge, cutting the last letters off: the help texts keep that much room on the left."""
        left = 8 if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else 0
        for label in self.help_labels.values():
            label.setContentsMargins(left, 0, 0, 0)

    def retranslate(self) -> None:
        retext(self.revert_button, self.tr("Undo changes"))
        retext(self.save_button, self.tr("Save settings"))
        retext(self.restart_button, self.tr("Restart to apply"))
        retext(
            self.preview_button,
            self.tr("Preview"),
            self.tr("Preview the branding frame on a live photo"),
        )
        for spec in self.specs:
            self.headings[spec.section].setText(schema_text(spec.section_title))
            title, description = schema_text(spec.title), schema_text(spec.description)
            self.name_labels[spec.key].setText(title)
            note = self._protection_note(spec)
            self.help_labels[spec.key].setText(description + self._limits(spec) + note)
            editor = self.editors[spec.key]
            editor.setAccessibleName(title)
            editor.setToolTip(description + note)
            if isinstance(editor, QPushButton):
                editor.setText(self._on_off(editor.isChecked()))
            elif isinstance(editor, QLineEdit) and spec.secret:
                editor.setPlaceholderText(self._secret_placeholder(spec))
                retext(
                    self.remove_buttons[spec.key],
                    self.tr("Remove"),
                    self.tr("Remove the saved {title}").format(title=title),
                )
        self.status.setText(self._status_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            scroll_gap(self.grid, self, 24)
            self._leave_room_right_to_left()
        super().changeEvent(event)

    def _limits(self, spec: FieldSpec) -> str:
        """The limits, after the schema's description (an isolate keeps them whole in English)."""
        if spec.minimum is not None and spec.maximum is not None:
            limits = self.tr("({minimum} to {maximum})").format(
                minimum=f"{spec.minimum:g}", maximum=f"{spec.maximum:g}"
            )
        elif spec.kind == "list":
            limits = self.tr("(list them with a comma between each)")
        else:
            return ""
        return " " + _isolated(limits.replace(" ", "\u00a0"))  # kept on one line

    def locked(self, spec: FieldSpec) -> bool:
        """A field head office locks, or a protected field the signed-in role may not change:
        shown, never editable."""
        return spec.key in self.locks or (spec.protected and not may_change(self.role))

    def _protection_note(self, spec: FieldSpec) -> str:
        if spec.key in self.locks:
            return "\n" + self.tr(
                "Set by head office (group {group}): this kiosk cannot change it."
            ).format(group=self.locks[spec.key])
        if not spec.protected:
            return ""
        if self.locked(spec):
            return "\n" + self.tr(
                "Only the manager can change this: it decides where data is sent."
            )
        return "\n" + self.tr("Each change of this setting is recorded in the audit log.")

    def set_role(self, role: Role) -> None:
        """Who is signed in: the protected fields open to the manager, read-only to staff.
        Unsaved edits are dropped, so nothing typed under one role is saved under another."""
        if role is self.role:
            return
        self.role = role
        self.load()
        self._apply_role()
        self.retranslate()

    def _apply_role(self) -> None:
        for spec in self.specs:
            if not (spec.protected or spec.key in self.locks):
                continue
            locked, editor = self.locked(spec), self.editors[spec.key]
            if isinstance(editor, QLineEdit):
                editor.setReadOnly(locked)
                editor.setFocusPolicy(
                    Qt.FocusPolicy.NoFocus if locked else Qt.FocusPolicy.StrongFocus
                )
            else:
                editor.setEnabled(not locked)
            remove = self.remove_buttons.get(spec.key)
            if remove is not None:
                remove.setVisible(not locked and bool(value_text(self.settings, spec)))

    def _on_off(self, on: bool) -> str:
        return self.tr("On") if on else self.tr("Off")

    def _on_preview_clicked(self) -> None:
        by_key = {spec.key: spec for spec in self.specs}
        self.frame_preview.show_for(
            self._text_of(by_key[FRAME_KEY]), self._text_of(by_key[ASPECT_KEY])
        )

    def _mark_removed(self, key: str) -> None:
        self._removed.add(key)
        editor = self.editors[key]
        assert isinstance(editor, QLineEdit)
        editor.clear()
        editor.setPlaceholderText(self.tr("removed when you save"))

    def _secret_placeholder(self, spec: FieldSpec) -> str:
        """What is saved, never the secret: booth.admin_services.secret_hint, in these words."""
        if spec.key in self._removed:
            return self.tr("removed when you save")
        hint = secret_hint(value_text(self.settings, spec))
        if hint == "not set":
            hint = self.tr("not set")
        elif hint == "saved":
            hint = self.tr("saved")
        elif hint.startswith("saved, ends in …"):
            hint = self.tr("saved, ends in …{last}").format(last=hint[-4:])
        if self.locked(spec):
            return hint  # read-only here: nothing to type
        return self.tr("{hint}: type to replace").format(hint=hint)

    def _set_status(self, text: Callable[[], str]) -> None:
        self._status_text = text
        self.status.setText(text())

    def _editor(self, spec: FieldSpec) -> Editor:
        editor: Editor
        if spec.kind == "choice":
            editor = QComboBox()
            editor.addItems(list(spec.choices))
            editor.setMinimumHeight(64)
        elif spec.kind == "bool":
            editor = big_button("", role="toggle")
            editor.setCheckable(True)
            editor.toggled.connect(lambda on, b=editor: b.setText(self._on_off(on)))
        else:
            editor = QLineEdit()
            if spec.secret:
                # A saved secret never comes back onto the screen: the field starts empty and
                # says whether one is set; typing replaces it, leaving it empty keeps it.
                editor.setEchoMode(QLineEdit.EchoMode.Password)
                editor.setProperty("secret", True)
        return editor

    def _text_of(self, spec: FieldSpec) -> str:
        editor = self.editors[spec.key]
        if isinstance(editor, QComboBox):
            return editor.currentText()
        if isinstance(editor, QPushButton):
            return "true" if editor.isChecked() else "false"
        if spec.secret and not editor.text().strip():
            if spec.key in self._removed:
                return ""
            return value_text(self.settings, spec)  # left empty (or blank): keep the saved one
        return editor.text()

    def load(self) -> None:
        self._removed.clear()
        for spec in self.specs:
            editor, text = self.editors[spec.key], value_text(self.settings, spec)
            if isinstance(editor, QComboBox):
                editor.setCurrentText(text)
            elif isinstance(editor, QPushButton):
                editor.setChecked(text == "true")
                editor.setText(self._on_off(text == "true"))
            elif spec.secret:
                editor.clear()
                editor.setPlaceholderText(self._secret_placeholder(spec))
                self.remove_buttons[spec.key].setVisible(bool(text) and not self.locked(spec))
            else:
                editor.setText(text)
        self._show_errors({})
        self._set_status(str)

    def edits(self) -> dict[str, str]:
        """Only what staff changed: a setting left alone is written back exactly as it was."""
        return {
            spec.key: self._text_of(spec)
            for spec in self.specs
            if self._text_of(spec) != value_text(self.settings, spec)
        }

    def save(self) -> None:
        edits = self.edits()
        if not edits:
            self._set_status(lambda: self.tr("Nothing changed."))
            return
        self.save_button.setEnabled(False)
        path, current, role = self._save_path_of(), self.settings, self.role
        self.runner.run(
            lambda: save_edits(path, current, edits, role=role),  # type: ignore[arg-type]
            lambda result: self._on_saved(edits, result),
            self._on_save_failed,
        )

    def _on_saved(
        self, edits: dict[str, str], result: tuple[Settings | None, dict[str, str]]
    ) -> None:
        self.save_button.setEnabled(True)
        new, errors = result
        self._show_errors(errors)
        if new is None:
            first = (
                next(key for key in self.editors if key in errors)
                if any(key in errors for key in self.editors)
                else None
            )
            if first is not None:  # bring the first wrong field and its note into view
                self.scroll_area.ensureWidgetVisible(self.errors[first], 50, 120)
                self.editors[first].setFocus()
            wrong = len(errors)
            self._set_status(
                lambda: self.tr(
                    "Not saved: {n} setting(s) need fixing (see the red notes)."
                ).format(n=wrong)
            )
            return
        self.settings = new
        self.load()  # secret fields empty again, their hints updated
        changed = len(edits)
        self._set_status(
            lambda: self.tr(
                "Saved {n} change(s). They apply when the kiosk restarts: "
                "tap Restart to apply when no visitor is waiting."
            ).format(n=changed)
        )
        self.restart_button.setVisible(self.can_restart)
        self.saved.emit(new)

    def _on_save_failed(self, error: BaseException) -> None:
        """The file could not be written (a full disk, a read-only folder): nothing changed."""
        self.save_button.setEnabled(True)
        log.error("settings not saved: %s", type(error).__name__)
        reason = getattr(error, "strerror", None) or type(error).__name__
        self._set_status(
            lambda: self.tr("Not saved: the settings file could not be written ({reason}).").format(
                reason=reason
            )
        )

    def save_one(self, key: str, text: str, done: Callable[[str | None], None]) -> None:
        """Save one setting chosen on another tab (the camera); ``done`` gets None when saved,
        else why not. Other fields keep what staff may have typed but not saved yet."""
        path, current, role = self._save_path_of(), self.settings, self.role

        def finished(result: tuple[Settings | None, dict[str, str]]) -> None:
            new, errors = result
            if new is None:
                done(errors.get(key) or "; ".join(errors.values()))
                return
            self.settings = new
            editor = self.editors.get(key)
            if isinstance(editor, QLineEdit):
                editor.setText(text)
            self.saved.emit(new)
            done(None)

        self.runner.run(
            lambda: save_edits(path, current, {key: text}, role=role),  # type: ignore[arg-type]
            finished,
            lambda error: done(type(error).__name__),
        )

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            editor = self.editors[key]
            editor.setProperty("invalid", bool(message))
            editor.style().unpolish(editor)
            editor.style().polish(editor)
