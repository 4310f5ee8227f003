"""The staff settings form, generated from the pydantic schema in kiosk/settings.py.

One row per setting: its name, an editor made for its type, the schema's description as
help text, and the validation message right under the field. Saving validates the whole
file first and writes it atomically (kiosk.admin_services.save_edits); nothing is written
while any field is wrong. Secrets are masked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
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

from kiosk.admin_services import (
    FieldSpec,
    save_edits,
    secret_hint,
    settings_fields,
    value_text,
)
from kiosk.settings import Settings
from ui.widgets.common import big_button, text_label

Editor = QLineEdit | QComboBox | QPushButton


class SettingsForm(QWidget):
    saved = Signal(object)  # the new Settings
    restart_requested = Signal()

    def __init__(
        self, settings: Settings, save_path_of: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._save_path_of = save_path_of
        self.can_restart = False  # set by the admin area when the kiosk can restart itself
        self.specs = settings_fields()
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body.setObjectName("transparent")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 24, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        row = 0
        section = ""
        for spec in self.specs:
            if spec.section != section:
                section = spec.section
                heading = text_label(spec.section_title, "subtitle")
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            name = text_label(spec.title, wrap=False)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            editor = self._editor(spec)
            self.editors[spec.key] = editor
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            limits = self._limits(spec)
            column.addWidget(text_label(spec.description + limits, "muted"))
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
        self.revert_button = big_button("Undo changes", self.load)
        self.save_button = big_button("Save settings", self.save, "primary")
        # Shown once something is saved: the kiosk starts again with the new settings
        # (a few seconds; the outbox and the records are on disk and carry on).
        self.restart_button = big_button("Restart to apply", self.restart_requested.emit)
        self.restart_button.setVisible(False)
        bottom.addWidget(self.restart_button)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        self.load()

    @staticmethod
    def _limits(spec: FieldSpec) -> str:
        if spec.minimum is not None and spec.maximum is not None:
            return f" ({spec.minimum:g} to {spec.maximum:g})"
        if spec.kind == "list":
            return " (separate with commas)"
        return ""

    def _editor(self, spec: FieldSpec) -> Editor:
        editor: Editor
        if spec.kind == "choice":
            editor = QComboBox()
            editor.addItems(list(spec.choices))
            editor.setMinimumHeight(64)
        elif spec.kind == "bool":
            editor = big_button("", role="toggle")
            editor.setCheckable(True)
            editor.toggled.connect(lambda on, b=editor: b.setText("On" if on else "Off"))
        else:
            editor = QLineEdit()
            if spec.secret:
                # A saved secret never comes back onto the screen: the field starts empty and
                # says whether one is set; typing replaces it, leaving it empty keeps it.
                editor.setEchoMode(QLineEdit.EchoMode.Password)
                editor.setProperty("secret", True)
        editor.setAccessibleName(spec.title)
        editor.setToolTip(spec.description)
        return editor

    def _text_of(self, spec: FieldSpec) -> str:
        editor = self.editors[spec.key]
        if isinstance(editor, QComboBox):
            return editor.currentText()
        if isinstance(editor, QPushButton):
            return "true" if editor.isChecked() else "false"
        if spec.secret and not editor.text():
            return value_text(self.settings, spec)  # left empty: keep the saved one
        return editor.text()

    def load(self) -> None:
        for spec in self.specs:
            editor, text = self.editors[spec.key], value_text(self.settings, spec)
            if isinstance(editor, QComboBox):
                editor.setCurrentText(text)
            elif isinstance(editor, QPushButton):
                editor.setChecked(text == "true")
                editor.setText("On" if text == "true" else "Off")
            elif spec.secret:
                editor.clear()
                editor.setPlaceholderText(f"{secret_hint(text)}: type to replace")
            else:
                editor.setText(text)
        self._show_errors({})
        self.status.setText("")

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
            self.status.setText("Nothing changed.")
            return
        new, errors = save_edits(self._save_path_of(), self.settings, edits)  # type: ignore[arg-type]
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
            self.status.setText(
                f"Not saved: {len(errors)} setting(s) need fixing (see the red notes)."
            )
            return
        self.settings = new
        self.load()  # secret fields empty again, their hints updated
        self.status.setText(
            f"Saved {len(edits)} change(s). They apply when the kiosk restarts: "
            "tap Restart to apply when no visitor is waiting."
        )
        self.restart_button.setVisible(self.can_restart)
        self.saved.emit(new)

    def save_one(self, key: str, text: str) -> str | None:
        """Save one setting chosen on another tab (the camera): None when saved, else why not.

        Other fields keep what staff may have typed but not saved yet.
        """
        new, errors = save_edits(self._save_path_of(), self.settings, {key: text})  # type: ignore[arg-type]
        if new is None:
            return errors.get(key) or "; ".join(errors.values())
        self.settings = new
        editor = self.editors.get(key)
        if isinstance(editor, QLineEdit):
            editor.setText(text)
        self.saved.emit(new)
        return None

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            editor = self.editors[key]
            editor.setProperty("invalid", bool(message))
            editor.style().unpolish(editor)
            editor.style().polish(editor)
