"""The manager's Records tab: find a person, see what is held, act on their rights (P3, P5, P7).

Two pages, each its own module: the search (``records_search.py``) and the person
(``person_view.py``: the visit cards, with the rights actions of ``rights_actions.py`` beside
them). This tab only moves between them and keeps what spans both: while a search or an action
runs nothing else can start, an action that changed the person shows them again from the
records, and an erasure returns to the search saying what went. Locking the admin area clears
both pages and drops late results: no personal data stays on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from booth import manager_services as ms
from booth.paths import DataLayout
from booth.settings import Settings
from booth.tasks import Runner
from ui.screens.admin.admin_widgets import problem_text
from ui.screens.admin.person_view import PersonView
from ui.screens.admin.records_search import RecordsSearch
from ui.screens.admin.rights_actions import RightsActions


class RecordsTab(QWidget):
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
        self._generation = 0  # a person read again after a reset is not shown
        self.pages = QStackedLayout(self)
        self.search_page = RecordsSearch(layout_, settings, runner, actor)
        self.search_page.person_chosen.connect(self.show_person)
        self.search_page.busy_changed.connect(self._busy)
        self.pages.addWidget(self.search_page)
        self.person_page = PersonView(layout_, settings, runner, actor)
        self.person_page.back_requested.connect(self.back)
        self.rights: RightsActions = self.person_page.rights
        self.rights.busy_changed.connect(self._busy)
        self.rights.changed.connect(self._reload)
        self.rights.erased.connect(self._on_erased)
        self.pages.addWidget(self.person_page)

    # -- what the tests and the screenshots read ----------------------------------------------
    @property
    def document(self) -> dict[str, Any] | None:
        """The person shown, as ``booth.manager_services`` returned them; None on the search."""
        return self.person_page.document

    @property
    def thumbs(self) -> dict[str, QLabel]:
        return self.person_page.thumbs

    # -- moving between the pages ---------------------------------------------------------------
    def show_person(self, document: dict[str, Any]) -> None:
        self.person_page.set_person(document)
        self.pages.setCurrentWidget(self.person_page)

    def back(self) -> None:
        self.person_page.clear()
        self.pages.setCurrentWidget(self.search_page)

    def _reload(self, subject: str, text: str) -> None:
        layout, settings, actor = self.data, self.settings(), self.actor()
        generation = self._generation

        def shown(document: dict[str, Any]) -> None:
            if generation == self._generation:
                self.show_person(document)
                self.person_page.say(text)

        self.runner.run(
            lambda: ms.person(layout, settings, actor, subject),
            shown,
            lambda error: self.person_page.say(f"{text} ({problem_text(error)})"),
        )

    def _on_erased(self, text: str) -> None:
        self.back()
        self.search_page.say(text)

    # -- state ---------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.search_page.set_busy(busy)
        self.person_page.set_busy(busy)

    def reset(self) -> None:
        """On lock: nothing of anyone stays on screen, and late results are dropped."""
        self._generation += 1
        self._busy(False)
        self.back()
        self.search_page.reset()
        self.person_page.reset()
