"""The manager's Records tab: find a person, see what is held, act on their rights (P3, P5, P7).

Search by email or phone; one match opens the person, several list them to choose from.
The person view shows each visit (date, store and kiosk, what they gave), the photo as a
thumbnail (decrypted and scaled in the task runner, never on the GUI thread), each consent
with its notice version and state, and each delivery. The actions call
``booth.manager_services`` (the same ``SubjectRights`` as ``photobooth-kiosk records``),
through the task runner, and say on screen what happened. Erasing needs the word ERASE
typed first. Locking the admin area clears the view: no personal data stays on screen.
The tab's own words are translated (``tr``); what the services refuse with stays English.
"""

from __future__ import annotations

import functools
import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from booth import manager_services as ms
from booth.paths import DataLayout
from booth.settings import Settings
from booth.tasks import Runner
from ui.i18n import QT_TRANSLATE_NOOP
from ui.screens.admin.admin_widgets import (
    delivery_state,
    line,
    problem_text,
    relabel,
    scroll_gap,
    set_message,
)
from ui.screens.admin.drives import apply_drive_choice, fill_drive_choices, retitle_drive_choices
from ui.widgets.common import big_button, card, retext, text_label
from ui.widgets.keyboard import OnScreenKeyboard

log = logging.getLogger(__name__)

THUMB = 150

# The purposes of a consent (consent/notices.py).
PURPOSES = {
    "delivery": QT_TRANSLATE_NOOP("RecordsTab", "delivery"),
    "publish_social": QT_TRANSLATE_NOOP("RecordsTab", "publish social"),
}


def thumbnail(jpeg: bytes | None, size: int = THUMB) -> QImage | None:
    """Runs in the task runner: a QImage may be built off the GUI thread, a QPixmap may not."""
    if not jpeg:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(jpeg)) as opened:
            picture = opened.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    picture.thumbnail((size, size))
    data = picture.tobytes()
    width, height = picture.size
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def _load_thumbnail(layout: DataLayout, visit_id: str) -> QImage | None:
    return thumbnail(ms.photo_bytes(layout, visit_id))


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
        self.document: dict[str, Any] | None = None
        self.matches: list[dict[str, Any]] = []
        self.thumbs: dict[str, QLabel] = {}
        self._generation = 0  # results for a view that was left are dropped
        self._active_publish = False
        self.pages = QStackedLayout(self)

        # -- the search page --
        self.search_page = QWidget()
        search = QVBoxLayout(self.search_page)
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
        self.result_buttons: list[QPushButton] = []
        search.addStretch(1)
        self.search_field.setProperty("own_keyboard", True)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.search_field, "email")
        self.keyboard.setVisible(False)
        search.addWidget(self.keyboard)
        self.pages.addWidget(self.search_page)

        # -- the person page --
        self.person_page = QWidget()
        page = QVBoxLayout(self.person_page)
        page.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = big_button("", self.back)
        top.addWidget(self.back_button)
        self.person_title = text_label("", "subtitle")
        top.addWidget(self.person_title, 1)
        page.addLayout(top)
        self.message = text_label("")
        self.message.setVisible(False)
        page.addWidget(self.message)
        body = QHBoxLayout()
        self.visits_area = QScrollArea()
        self.visits_area.setWidgetResizable(True)
        self.visits_body = QWidget()
        self.visits_body.setObjectName("transparent")
        self.visits_layout = QVBoxLayout(self.visits_body)
        self.visits_area.setWidget(self.visits_body)
        body.addWidget(self.visits_area, 3)
        actions_area = QScrollArea()
        actions_area.setWidgetResizable(True)
        actions = QWidget()
        actions.setObjectName("transparent")
        self.actions_layout = QVBoxLayout(actions)
        self.sections: list[tuple[QLabel, QLabel]] = []
        self._build_actions()
        actions_area.setWidget(actions)
        body.addWidget(actions_area, 2)
        page.addLayout(body, 1)
        self.pages.addWidget(self.person_page)

        self.buttons: list[QPushButton] = [
            self.export_button,
            self.rectify_button,
            self.withdraw_button,
            self.restrict_button,
            self.hold_button,
            self.erase_button,
            self.back_button,
        ]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._fit_scroll_gaps()
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------------
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
        retext(self.back_button, self.tr("Back to search"))
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
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._fit_scroll_gaps()
        super().changeEvent(event)

    def _fit_scroll_gaps(self) -> None:
        scroll_gap(self.visits_layout, self, 16)
        scroll_gap(self.actions_layout, self, 16)

    # -- building the actions ---------------------------------------------------------------
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

    def _build_actions(self) -> None:
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
        self._busy(True)
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
        self._busy(False)
        self._clear_results()
        self.matches = documents
        if not documents:
            set_message(
                self.search_message, self.tr("Nobody found with that email or phone."), False
            )
            return
        if len(documents) == 1:
            set_message(self.search_message, "")
            self.show_person(documents[0])
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
                functools.partial(self.show_person, doc),
            )
            self.results.addWidget(button)
            self.result_buttons.append(button)

    def _on_search_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        set_message(self.search_message, problem_text(error), False)

    def _clear_results(self) -> None:
        for button in self.result_buttons:
            button.deleteLater()
        self.result_buttons = []

    # -- the person view -------------------------------------------------------------------
    def show_person(self, document: dict[str, Any]) -> None:
        self.document = document
        visits = document["visits"]
        self._active_publish = any(
            c["purpose"] == ms.PUBLISH and c["state"] == "active"
            for v in visits
            for c in v["consents"]
        )
        self._show_subject_state()
        self.withdraw_button.setEnabled(self._active_publish)
        self._fill_visits(visits)
        self._fill_drives()
        self.pages.setCurrentWidget(self.person_page)

    def _show_subject_state(self) -> None:
        """The person's title and the buttons that depend on their state, in the current words."""
        if self.document is None:
            retext(self.restrict_button, self.tr("Restrict"))
            retext(self.hold_button, self.tr("Place legal hold"))
            retext(self.withdraw_button, self.tr("Withdraw publish consent"))
            return
        subject = self.document["subject"]
        visits = self.document["visits"]
        self.person_title.setText(
            self.tr("Person {id}: {n} visit(s)").format(id=subject["id"][:8], n=len(visits))
            + self._flags_text(subject)
        )
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

    def _flags_text(self, subject: dict[str, Any]) -> str:
        flags = []
        if subject["restricted_at"]:
            flags.append(
                self.tr("RESTRICTED since {date}").format(date=subject["restricted_at"][:10])
            )
        if subject["legal_hold"]:
            hold = subject["legal_hold"]
            flags.append(
                self.tr("LEGAL HOLD since {date} ({reason})").format(
                    date=hold["since"][:10], reason=hold["reason"]
                )
            )
        return ("  ·  " + "  ·  ".join(flags)) if flags else ""

    def _fill_visits(self, visits: list[dict[str, Any]]) -> None:
        while self.visits_layout.count():
            item = self.visits_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.thumbs = {}
        generation = self._generation
        layout = self.data
        for visit in visits:
            self.visits_layout.addWidget(self._visit_card(visit))
            if visit["photo"]:
                vid = visit["id"]
                self.runner.run(
                    functools.partial(_load_thumbnail, layout, vid),
                    functools.partial(self._on_thumbnail, generation, vid),
                    functools.partial(self._on_thumbnail_failed, generation, vid),
                )
        self.visits_layout.addStretch(1)

    def _visit_card(self, visit: dict[str, Any]) -> QFrame:
        box = card()
        grid = QGridLayout(box)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setHorizontalSpacing(20)
        thumb = QLabel(self.tr("no photo") if not visit["photo"] else self.tr("loading photo…"))
        thumb.setFixedSize(THUMB, THUMB)
        thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thumb.setAccessibleName(self.tr("Photo"))
        self.thumbs[visit["id"]] = thumb
        grid.addWidget(thumb, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)
        when = visit["created_at"][:16].replace("T", " ")
        grid.addWidget(
            text_label(
                self.tr("{when} UTC  ·  store {store}, kiosk {kiosk}").format(
                    when=when, store=visit["store_id"], kiosk=visit["kiosk_id"]
                ),
                "fieldLabel",
            ),
            0,
            1,
        )
        if visit["data_removed_at"]:
            given = self.tr("Personal data removed on {date} (retention).").format(
                date=visit["data_removed_at"][:10]
            )
        else:
            given = self.tr("Name: {name}   Email: {email}   Phone: {phone}").format(
                name=visit["name"] or "-", email=visit["email"] or "-", phone=visit["phone"] or "-"
            )
        grid.addWidget(text_label(given), 1, 1)
        consents = "\n".join(
            self.tr("{purpose}: {state}  (notice {id} v{version}, {language})").format(
                purpose=self._purpose(c["purpose"]),
                state=self._consent_state(c),
                id=c["notice"]["id"],
                version=c["notice"]["version"],
                language=c["notice"]["language"],
            )
            for c in visit["consents"]
        )
        grid.addWidget(
            text_label(self.tr("Consents:") + "\n" + (consents or self.tr("none recorded"))), 2, 1
        )
        sent = ", ".join(
            f"{d['channel']}: {delivery_state(d['status'])}" for d in visit["deliveries"]
        )
        grid.addWidget(
            text_label(self.tr("Deliveries: {list}").format(list=sent or self.tr("none"))), 3, 1
        )
        grid.setColumnStretch(1, 1)
        return box

    @staticmethod
    def _purpose(purpose: str) -> str:
        word = PURPOSES.get(purpose)
        return QCoreApplication.translate("RecordsTab", word) if word else purpose.replace("_", " ")

    def _consent_state(self, consent: dict[str, Any]) -> str:
        if consent["state"] == "withdrawn" and consent["withdrawn_at"]:
            return self.tr("withdrawn {date} ({channel})").format(
                date=consent["withdrawn_at"][:10], channel=consent["withdrawal_channel"]
            )
        words = {"active": self.tr("given"), "not_given": self.tr("not given (box left unticked)")}
        return words.get(consent["state"], str(consent["state"]))

    def _on_thumbnail_failed(self, generation: int, visit_id: str, _error: BaseException) -> None:
        self._on_thumbnail(generation, visit_id, None)

    def _on_thumbnail(self, generation: int, visit_id: str, image: QImage | None) -> None:
        label = self.thumbs.get(visit_id)
        if generation != self._generation or label is None:
            return
        if image is None:
            label.setText(self.tr("photo unreadable"))
            return
        label.setPixmap(QPixmap.fromImage(image))

    def _fill_drives(self) -> None:
        fill_drive_choices(self.drives, self.export_folder, self.data.root)

    def _on_drive_chosen(self, index: int) -> None:
        apply_drive_choice(self.drives, self.export_folder, self.data.root, index)

    # -- the actions -------------------------------------------------------------------------
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
        self._busy(True)
        set_message(self.message, self.tr("Working…"))

        def succeeded(result: Any) -> None:
            if generation != self._generation:
                return
            self._busy(False)
            text = done(result)
            if reload:
                self._reload(subject, text)
            else:
                set_message(self.message, text)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._busy(False)
            set_message(self.message, problem_text(error), False)

        self.runner.run(lambda: work(layout, settings, actor, subject), succeeded, failed)

    def _reload(self, subject: str, text: str) -> None:
        layout, settings, actor = self.data, self.settings(), self.actor()
        generation = self._generation

        def shown(document: dict[str, Any]) -> None:
            if generation == self._generation:
                self.show_person(document)
                set_message(self.message, text)

        self.runner.run(
            lambda: ms.person(layout, settings, actor, subject),
            shown,
            lambda error: set_message(self.message, f"{text} ({problem_text(error)})"),
        )

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
            set_message(
                self.message, self.tr("Fill in at least one corrected detail first."), False
            )
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
            self._act(
                lambda lay, s, a, subj: ms.release_person(lay, s, a, subj),
                lambda _r: self.tr("Legal hold released."),
            )
            return
        reason = self.hold_reason.text()

        def done(_result: None) -> str:
            self.hold_reason.clear()
            return self.tr("Legal hold placed: nothing of theirs will be deleted until released.")

        self._act(lambda lay, s, a, subj: ms.hold_person(lay, s, a, subj, reason), done)

    def _update_erase_button(self, text: str) -> None:
        self.erase_button.setEnabled(ms.erase_confirmed(text) and self.document is not None)

    def erase(self) -> None:
        confirmation = self.erase_confirm.text()

        def done(result: Any) -> str:
            self.erase_confirm.clear()
            self.back()
            text = self.tr(
                "Erased: {visits} visit(s), {photos} photo(s), "
                "{deliveries} delivery record(s), {copies} copy file(s)."
            ).format(
                visits=result.visits,
                photos=result.photos,
                deliveries=result.deliveries,
                copies=result.copies,
            )
            set_message(self.search_message, text)
            return text

        self._act(
            lambda lay, s, a, subj: ms.erase_person(lay, s, a, subj, confirmation),
            done,
            reload=False,
        )

    # -- state ---------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.search_button.setEnabled(not busy)
        for button in getattr(self, "buttons", []):
            button.setEnabled(not busy)
        if not busy:
            self._update_erase_button(self.erase_confirm.text())
            if self.document is not None:
                self.withdraw_button.setEnabled(self._active_publish)

    def back(self) -> None:
        self.document = None
        self._fill_visits([])
        self.erase_confirm.clear()
        set_message(self.message, "")
        self.pages.setCurrentWidget(self.search_page)

    def reset(self) -> None:
        """On lock: nothing of anyone stays on screen, and late results are dropped."""
        self._generation += 1
        self._busy(False)
        self.back()
        self._clear_results()
        self.matches = []
        self.search_field.clear()
        for edit in (self.new_name, self.new_email, self.new_phone, self.hold_reason):
            edit.clear()
        self.export_folder.clear()
        set_message(self.search_message, "")
        self.keyboard.setVisible(False)
