"""The Records tab's first page: find a person by the email address or phone number they gave.

One match opens the person at once; several are listed to choose from, since two visitors can
give the same address and each is a separate person in the records. The search runs in the
task runner (``booth.manager_services.find_people``, audited), and a result that arrives after
the area was locked is dropped. The field has its own touch keyboard, shown on demand, so the
admin area's shared one does not cover the results.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from booth import manager_services as ms
from booth.paths import DataLayout
from booth.settings import Settings
from booth.tasks import Runner
from ui.screens.admin.admin_widgets import line, problem_text, relabel, set_message
from ui.widgets.common import big_button, retext, text_label
from ui.widgets.keyboard import OnScreenKeyboard


class RecordsSearch(QWidget):
    person_chosen = Signal(object)  # the person's document, from booth.manager_services
    busy_changed = Signal(bool)  # the whole tab waits while a search runs

    def __init__(
        self,
        layout_: DataLayout,
        settings: Callable[[], Settings],
        runner: Runner,
        actor: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = layout_
        self.settings = settings
        self.runner = runner
        self.actor = actor
        self.matches: list[dict[str, Any]] = []
        self.result_buttons: list[QPushButton] = []
        self._generation = 0  # results of a search from before the last reset are dropped

        search = QVBoxLayout(self)
        search.setContentsMargins(0, 0, 0, 0)
        self.search_intro = text_label("", "subtitle")
        search.addWidget(self.search_intro)
        row = QHBoxLayout()
        self.search_field = line()
        self.search_field.returnPressed.connect(self.search)
        row.addWidget(self.search_field, 1)
        self.search_button = big_button("", self.search, "primary")
        row.addWidget(self.search_button)
        self.keyboard_button = big_button("", self._toggle_keyboard)
        row.addWidget(self.keyboard_button)
        search.addLayout(row)
        self.search_message = text_label("")
        self.search_message.setVisible(False)
        search.addWidget(self.search_message)
        self.results = QVBoxLayout()
        search.addLayout(self.results)
        search.addStretch(1)
        self.search_field.setProperty("own_keyboard", True)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.search_field, "email")
        self.keyboard.setVisible(False)
        search.addWidget(self.keyboard)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.retranslate()

    def retranslate(self) -> None:
        retext(
            self.search_intro,
            self.tr("Find a person by the email address or mobile number they gave at the kiosk."),
        )
        relabel(
            self.search_field,
            self.tr("Email or phone, e.g. ada@example.com or +1 415 555 0100"),
            self.tr("Email or phone"),
        )
        retext(self.search_button, self.tr("Search"))
        retext(self.keyboard_button, self.tr("Keyboard"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- keyboard ------------------------------------------------------------------------------
    def _toggle_keyboard(self) -> None:
        self.keyboard.setVisible(not self.keyboard.isVisible())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is self.search_field:
            self.keyboard.attach(self.search_field, "email")

    # -- searching ---------------------------------------------------------------------------
    def search(self) -> None:
        text = self.search_field.text()
        if not text.strip():
            set_message(
                self.search_message, self.tr("Type an email address or phone number first."), False
            )
            return
        self.busy_changed.emit(True)
        set_message(self.search_message, self.tr("Searching…"))
        layout, settings, actor = self.data, self.settings(), self.actor()
        generation = self._generation
        self.runner.run(
            lambda: ms.find_people(layout, settings, actor, text),
            lambda documents: self._on_found(generation, documents),
            lambda error: self._on_search_failed(generation, error),
        )

    def _on_found(self, generation: int, documents: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return
        self.busy_changed.emit(False)
        self._clear_results()
        self.matches = documents
        if not documents:
            set_message(
                self.search_message, self.tr("Nobody found with that email or phone."), False
            )
            return
        if len(documents) == 1:
            set_message(self.search_message, "")
            self.person_chosen.emit(documents[0])
            return
        set_message(
            self.search_message,
            self.tr(
                "{n} people gave this. Choose one (each is a separate person in the records):"
            ).format(n=len(documents)),
        )
        for doc in documents:
            visits = doc["visits"]
            first = visits[0]["created_at"][:16].replace("T", " ") if visits else "-"
            button = big_button(
                self.tr("Person {id}: {n} visit(s), first on {first}").format(
                    id=doc["subject"]["id"][:8], n=len(visits), first=first
                ),
                functools.partial(self.person_chosen.emit, doc),
            )
            self.results.addWidget(button)
            self.result_buttons.append(button)

    def _on_search_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy_changed.emit(False)
        set_message(self.search_message, problem_text(error), False)

    def _clear_results(self) -> None:
        for button in self.result_buttons:
            button.deleteLater()
        self.result_buttons = []

    # -- state ---------------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.search_button.setEnabled(not busy)

    def say(self, text: str) -> None:
        """What happened on the person's page, said here once the tab is back on this one."""
        set_message(self.search_message, text)

    def reset(self) -> None:
        """On lock: the typed address, the matches and any late result are gone."""
        self._generation += 1
        self._clear_results()
        self.matches = []
        self.search_field.clear()
        set_message(self.search_message, "")
        self.keyboard.setVisible(False)
