"""The idle screen that invites the next visitor; the whole screen is one big target.

It also holds the visitor's own choices before they start: the language (each one named
in its own words) and the "easy reach" mode that brings every control into the lower part
of the screen. A hidden three-second press in the top-left corner asks for the staff PIN.

While the camera is away the booth "rests": the screen says so and a tap starts nothing, so no
visitor answers the 18+ question only to wait for a camera that is not there. A session the
camera left behind comes back here with an apology (booth.controller, CAMERA_WAIT_MS).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout

from booth.controller import FlowController
from ui import channel_words
from ui.i18n import available_languages, native_name
from ui.screen_geometry import ScreenGeometry, design_min_width
from ui.screens.base import Screen
from ui.widgets.common import big_button, retext, text_label
from ui.widgets.store_logo import StoreLogo

ADMIN_CORNER_PX = 120  # the hidden corner, top-left of the window whatever the language
ADMIN_HOLD_MS = 3000
LOGO_PX = 140  # the logo's height at 1600x900 and up

log = logging.getLogger(__name__)


class AttractScreen(Screen):
    admin_requested = Signal()  # the hidden corner was held long enough

    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        self._admin_hold = QTimer(self)
        self._admin_hold.setSingleShot(True)
        self._admin_hold.setInterval(ADMIN_HOLD_MS)
        self._admin_hold.timeout.connect(self.admin_requested)
        self._press_in_corner = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 100, 120, 48)
        # Staff alerts (booth/staff_alerts.py): a channel or the disk, never a visitor's data.
        self.staff_note = text_label("", "error", wrap=False)
        self.staff_note.setVisible(False)
        layout.addWidget(self.staff_note, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        # The store's logo (branding.logo), if it has one, above its name.
        self.logo = StoreLogo(controller.settings.branding.logo, LOGO_PX)
        layout.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.store = text_label(
            controller.settings.store.store_name.upper(), "subtitle", center=True
        )
        layout.addWidget(self.store)
        layout.addSpacing(24)
        self.title = text_label("", "title", center=True)
        layout.addWidget(self.title)
        layout.addSpacing(16)
        # After a session the camera ended: sorry, and nothing of the visitor was kept.
        self.apology = text_label("", "subtitle", center=True)
        self.apology.setVisible(False)
        layout.addWidget(self.apology)
        self.subtitle = text_label("", "muted", center=True)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)
        self.start_button = big_button("", self.controller.start, "primary")
        design_min_width(self.start_button, 520)
        # Hidden while the booth rests, without the rest of the screen moving.
        policy = self.start_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.start_button.setSizePolicy(policy)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.footer = text_label("", "muted", center=True)
        layout.addWidget(self.footer)
        layout.addSpacing(24)

        # Languages on the left, easy reach on the right; in portrait, easy reach goes under
        # the languages (three language buttons and it do not fit across a 720 px screen).
        self.choices = choices = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        choices.setSpacing(16)
        languages_row = QHBoxLayout()
        languages_row.setSpacing(16)
        self.language_buttons: dict[str, QPushButton] = {}
        languages = available_languages(controller.settings.flow.languages)
        for code in languages if len(languages) > 1 else []:
            button = big_button(native_name(code), role="toggle")
            button.setCheckable(True)
            design_min_width(button, 200)
            # Each name is written in its own language and script, whatever is shown around it.
            button.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, c=code: self.controller.set_language(c))
            self.language_buttons[code] = button
            languages_row.addWidget(button)
        languages_row.addStretch(1)
        choices.addLayout(languages_row, 1)
        self.reach_button = big_button("", self._on_reach_clicked, "toggle")
        self.reach_button.setCheckable(True)
        choices.addWidget(self.reach_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addLayout(choices)

        controller.language_changed.connect(self._show_language)
        controller.reach_changed.connect(self.reach_button.setChecked)
        # Bound methods, not lambdas: Qt drops them with this screen, and the controller may
        # outlive the window (tests, the screenshot tool).
        controller.camera_ready_changed.connect(self._on_camera_changed)
        controller.camera_apology_changed.connect(self._on_camera_changed)
        self._show_language()
        self.retranslate()

    def retranslate(self) -> None:
        if getattr(self, "_staff_shorts", None):
            self.show_staff_alerts(self._staff_shorts)
        resting = not self.controller.camera_ready
        if resting:
            retext(self.title, self.tr("The photo booth is resting"))
            retext(self.subtitle, self.tr("Please come back in a few minutes."))
        else:
            retext(self.title, self.tr("Take your photo with us"))
            retext(self.subtitle, self.tr("It's free, and we'll send it straight to your phone."))
        retext(self.start_button, self.tr("Touch to start"))
        self.start_button.setVisible(not resting)
        sorry = self.controller.camera_apology
        retext(
            self.apology,
            self.tr("Sorry, the camera stopped working. Nothing you gave us was kept.")
            if sorry
            else "",
        )
        self.apology.setVisible(sorry)
        contact = self.controller.settings.store.privacy_contact
        retext(
            self.footer,
            self.tr("For adults 18 and over. Privacy questions: {contact}").format(contact=contact),
        )
        retext(
            self.reach_button,
            "♿  " + self.tr("Easy reach"),
            self.tr("Easy reach: bring every button into the lower part of the screen"),
        )
        for code, button in self.language_buttons.items():
            button.setAccessibleName(self.tr("Language: {name}").format(name=native_name(code)))

    def arrange(self, geometry: ScreenGeometry) -> None:
        self.choices.setDirection(
            QBoxLayout.Direction.TopToBottom
            if geometry.portrait
            else QBoxLayout.Direction.LeftToRight
        )
        side = geometry.px(48 if geometry.portrait else 120)
        outer = self.layout()
        assert outer is not None
        outer.setContentsMargins(side, geometry.px(100), side, geometry.px(48))

    def show_staff_alerts(self, shorts: list[str]) -> None:
        """A quiet corner note for staff walking past; the admin area has the detail.

        The notes are booth.staff_alerts' English short forms, shown in the screen's language;
        a paused channel's note is the one the channel declares (``ui.channel_words``).
        """
        words = {
            "Camera unavailable": self.tr("Camera unavailable"),
            "Disk almost full": self.tr("Disk almost full"),
            "Head office settings ignored": self.tr("Head office settings ignored"),
        }
        self._staff_shorts = list(shorts)  # said again after a language change
        notes = " · ".join(words.get(short) or channel_words.paused_note(short) for short in shorts)
        self.staff_note.setText(
            "⚠ " + self.tr("{notes} (staff: see the admin area)").format(notes=notes)
        )
        self.staff_note.setVisible(bool(shorts))

    def _on_camera_changed(self, _flag: bool) -> None:
        self.retranslate()

    def _show_language(self, *_: object) -> None:
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.controller.language)

    def _on_reach_clicked(self) -> None:
        self.controller.set_reach(self.reach_button.isChecked())

    # -- the whole screen starts; the hidden corner, held, asks for the PIN -----------------
    def _in_corner(self, position: QPointF) -> bool:
        return position.x() < ADMIN_CORNER_PX and position.y() < ADMIN_CORNER_PX

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._in_corner(event.position()):
            self._press_in_corner = True
            self._admin_hold.start()
            return
        self.controller.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._press_in_corner:
            self._press_in_corner = False
            if self._admin_hold.isActive():
                self._admin_hold.stop()
                self.controller.start()  # a short tap in the corner is a tap like any other

    def reset(self) -> None:
        self._admin_hold.stop()
        self._press_in_corner = False
        self._show_language()
        self.retranslate()
