"""The Records tab's person page: what is held about one person, beside what can be done.

On the left a card per visit: date, store and kiosk, what they gave (or that retention removed
it), each consent with its notice version and state, each delivery. The photo is a thumbnail
decrypted and scaled in the task runner, never on the GUI thread; one that arrives after the
view was left or the area locked is dropped. On the right the rights actions
(``rights_actions.py``), and above both one message line that says what the last one did.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from booth import manager_services as ms
from booth.paths import DataLayout
from booth.settings import Settings
from booth.tasks import Runner
from ui.i18n import QT_TRANSLATE_NOOP
from ui.screens.admin.admin_widgets import delivery_state, scroll_gap, set_message
from ui.screens.admin.rights_actions import RightsActions
from ui.widgets.common import big_button, card, retext, text_label

THUMB = 150

# The purposes of a consent (consent/notices.py).
PURPOSES = {
    "delivery": QT_TRANSLATE_NOOP("PersonView", "delivery"),
    "publish_social": QT_TRANSLATE_NOOP("PersonView", "publish social"),
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


class PersonView(QWidget):
    back_requested = Signal()

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
        self.runner = runner
        self.document: dict[str, Any] | None = None
        self.thumbs: dict[str, QLabel] = {}
        self._generation = 0  # thumbnails for a view left by a reset are dropped

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = big_button("", self.back_requested.emit)
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
        self.rights = RightsActions(layout_, settings, runner, actor)
        self.rights.said.connect(self.say)
        actions_area.setWidget(self.rights)
        body.addWidget(actions_area, 2)
        page.addLayout(body, 1)

        self._fit_scroll_gaps()
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        retext(self.back_button, self.tr("Back to search"))
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._fit_scroll_gaps()
        super().changeEvent(event)

    def _fit_scroll_gaps(self) -> None:
        scroll_gap(self.visits_layout, self, 16)
        scroll_gap(self.rights.actions_layout, self, 16)

    def _show_title(self) -> None:
        if self.document is None:
            return
        subject = self.document["subject"]
        visits = self.document["visits"]
        self.person_title.setText(
            self.tr("Person {id}: {n} visit(s)").format(id=subject["id"][:8], n=len(visits))
            + self._flags_text(subject)
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

    # -- the person ----------------------------------------------------------------------------
    def set_person(self, document: dict[str, Any]) -> None:
        self.document = document
        self.rights.set_person(document)
        self._show_title()
        self._fill_visits(document["visits"])

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
        return QCoreApplication.translate("PersonView", word) if word else purpose.replace("_", " ")

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

    # -- state ---------------------------------------------------------------------------------
    def say(self, text: str, ok: bool = True) -> None:
        set_message(self.message, text, ok)

    def set_busy(self, busy: bool) -> None:
        self.back_button.setEnabled(not busy)
        self.rights.set_busy(busy)

    def clear(self) -> None:
        """Nobody shown: the cards, their photos and the last message go."""
        self.document = None
        self.rights.clear()
        self._fill_visits([])
        set_message(self.message, "")

    def reset(self) -> None:
        """On lock: late thumbnails and action results are dropped, nothing typed stays."""
        self._generation += 1
        self.rights.reset()
