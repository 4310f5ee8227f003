"""Name, where to send the photo, and the optional publish permission.

The publish box starts unticked on every visit and is never needed to send the
photo (P2). There is one toggle per registered delivery channel (``booth.channels``),
shown where the settings offer it, in the channel's own words; the address fields
follow what the chosen channels send to. Each field gets the keyboard made for it:
a name layout with accented letters, an email layout, and a phone keypad with a
country selector whose choice is the region phonenumbers reads the number in.
Messages next to the fields come from :mod:`booth.contact_form`, the same rules the
command line uses, said in the product's own words and the visitor's language
(:mod:`ui.contact_words` maps each refusal's reason code to a text).

A field is judged when the visitor leaves it or presses Send, never while they are still
typing ("12345" is not wrong, only unfinished); once judged, a fix clears the message as
soon as it is typed. Every error line keeps its space whether it shows or not, so nothing
below it (the publish box) moves under a finger. Cancel throws the photo and the details
away, so it asks first.
"""

from __future__ import annotations

from functools import partial

import phonenumbers
from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from booth.channels import AddressKind, all_channels, enabled_channels
from booth.contact_form import ContactInput
from booth.controller import FlowController
from ui import channel_words
from ui.contact_words import refusal_text
from ui.i18n import translate_message
from ui.screen_geometry import ScreenGeometry, design_min_width
from ui.screens.base import Screen
from ui.widgets.common import big_button, card, retext, text_label, wrap_to_width
from ui.widgets.confirm import ConfirmOverlay
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.photo_view import PhotoView
from ui.widgets.store_logo import StoreLogo

THUMB_W, THUMB_H = 68, 85  # designed pixels, the photo's 4:5 (it keeps its shape inside)

# Focus lost to another window or a popup: the visitor has not left the field.
NOT_LEAVING = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


def calling_code(region: str) -> str:
    """ "+1 US": the country calling code and the region, no flag (flags are not countries).

    The left-to-right mark keeps "+1" reading as "+1" on a right-to-left screen.
    """
    return f"\u200e+{phonenumbers.country_code_for_region(region)} {region}"


def country_name(region: str) -> str:
    """The country's own name for itself (Deutschland, ישראל), whatever the screen language."""
    territory = QLocale.codeToTerritory(region)
    return QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName() or region


class DetailsScreen(Screen):
    # In reach mode this screen keeps a smaller band free: it has the most controls.
    reach_fraction = 0.18

    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        settings = controller.settings
        delivery = settings.delivery
        self.regions = list(dict.fromkeys([delivery.default_region, *delivery.phone_regions]))
        self.region = delivery.default_region
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(20)

        self._outer = outer
        self._top = top = QHBoxLayout()
        # The photo being sent, small, beside the question of where to send it.
        self.logo = StoreLogo(settings.branding.logo)
        top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        self.thumbnail = PhotoView()
        self.thumbnail.setAccessibleName("photo")
        top.addWidget(self.thumbnail)
        self.title = text_label("", "formTitle")
        top.addWidget(self.title, 1)
        self.back_button = big_button("", controller.back, "quiet")
        self.cancel_button = big_button("", self._on_cancel_clicked, "quiet")
        top.addStretch(0)
        top.addWidget(self.back_button)
        top.addWidget(self.cancel_button)
        outer.addLayout(top)
        self.banner = text_label("", "error")
        self.banner.hide()
        self._banner_message = ""
        outer.addWidget(self.banner)

        # The form beside the keyboard; in portrait, the form above the keyboard.
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(40)
        outer.addLayout(columns, 1)

        form = QVBoxLayout()
        form.setSpacing(6)
        columns.addLayout(form, 5)

        toggles = QHBoxLayout()
        toggles.setSpacing(20)
        self.channels = {channel.name: channel for channel in all_channels()}
        self.offered = [channel.name for channel in enabled_channels(settings)]
        self.toggles: dict[str, QPushButton] = {}
        for name in self.channels:
            toggle = self.toggles[name] = self._toggle(name in self.offered)
            # Also ``<channel>_toggle`` (email_toggle, sms_toggle): what tests and tools tap.
            setattr(self, f"{name}_toggle", toggle)
            toggles.addWidget(toggle)
        self.channels_label = text_label("", "fieldLabel")
        form.addWidget(self.channels_label)
        form.addLayout(toggles)
        self.channels_error = text_label("", "error")
        form.addWidget(self.channels_error)
        # Fields judged so far: left by the visitor, or all of them on Send.
        self._judged: set[str] = set()

        self.name = self._field("name", Qt.InputMethodHint.ImhNoPredictiveText)
        self.email = self._field(
            "email",
            Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase,
        )
        self.phone = self._field("phone", Qt.InputMethodHint.ImhDialableCharactersOnly)
        # Addresses and numbers read left to right in every language.
        for field in (self.email, self.phone):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.country_button = big_button("", self._on_country_clicked, "toggle")
        design_min_width(self.country_button, 150)
        self.country_button.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._slots: dict[str, QStackedLayout] = {}
        for key, field in (("name", self.name), ("email", self.email), ("phone", self.phone)):
            row = QWidget()
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 4, 0, 0)
            row_layout.setSpacing(2)
            self.labels[key] = text_label("", "fieldLabel")
            # The field's error takes the place of its label (one line, red), so showing or
            # clearing it moves nothing: the publish box stays where the finger aims.
            error = text_label("", "error", wrap=False)
            error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            for text in (self.labels[key], error):  # both sit on the field, whatever the slot
                text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            slot = QWidget()
            slot_stack = QStackedLayout(slot)
            slot_stack.addWidget(self.labels[key])
            slot_stack.addWidget(error)
            self._slots[key] = slot_stack
            row_layout.addWidget(slot)
            if key == "phone":
                line = QHBoxLayout()
                line.setSpacing(12)
                line.addWidget(self.country_button)
                line.addWidget(field, 1)
                row_layout.addLayout(line)
            else:
                row_layout.addWidget(field)
            self.errors[key] = error
            self.rows[key] = row
            form.addWidget(row)

        publish_box = card()
        publish_layout = QHBoxLayout(publish_box)
        publish_layout.setContentsMargins(24, 16, 24, 16)
        self.publish = QCheckBox()
        self.publish.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.publish.setMinimumHeight(64)
        self.publish_text = text_label("")
        self.publish_text.mousePressEvent = lambda _e: self.publish.toggle()  # type: ignore[method-assign]
        publish_layout.addWidget(self.publish, 0, Qt.AlignmentFlag.AlignTop)
        publish_layout.addWidget(self.publish_text, 1)
        form.addSpacing(8)
        form.addWidget(publish_box)
        form.addStretch(1)

        side = QVBoxLayout()
        side.setSpacing(24)
        columns.addLayout(side, 6)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.set_languages(settings.flow.languages)
        self.countries = self._build_country_list()
        self.side_stack = QStackedLayout()
        holder = QWidget()
        holder.setLayout(self.side_stack)
        self.side_stack.addWidget(self.keyboard)
        self.side_stack.addWidget(self.countries)
        self.side_stack.currentChanged.connect(self._on_side_page_changed)
        self._on_side_page_changed(0)
        side.addWidget(holder)
        side.addStretch(1)
        self.hint = text_label("", "muted", center=True)
        side.addWidget(self.hint)
        self.send_button = big_button("", self._on_send_clicked, "primary")
        side.addWidget(self.send_button)
        # No contact details at all: the photo's link as a QR code (P1), where staff offer it.
        self.qr_button = big_button("", controller.pickup_by_qr, "quiet")
        self.qr_button.setVisible(controller.qr_pickup_available)
        side.addWidget(self.qr_button)

        for field in (self.name, self.email, self.phone):
            field.textChanged.connect(self._revalidate)
        for toggle in self.toggles.values():
            toggle.toggled.connect(self._revalidate)
        controller.photo_ready.connect(self.thumbnail.show_image)
        controller.submit_failed.connect(self._on_controller_submit_failed)
        # Asked before Cancel throws the photo and the details away.
        self.cancel_confirm = ConfirmOverlay(self, controller.cancel)
        controller.language_changed.connect(lambda _language: self.retranslate())
        self.reset()

    # -- building ----------------------------------------------------------
    def _toggle(self, enabled: bool) -> QPushButton:
        button = big_button("", role="toggle")
        button.setCheckable(True)
        # Only ever hide here: showing a widget that has no parent yet opens it as a window
        # of its own for a moment (under cage, two empty toplevels before the kiosk's own).
        if not enabled:
            button.hide()
        return button

    def _field(self, layout: str, hints: Qt.InputMethodHint) -> QLineEdit:
        field = QLineEdit()
        field.setInputMethodHints(hints)
        field.setMaxLength(400)  # long enough that over-long input gets a message, not a silent cut
        field.setProperty("keyboard", layout)
        field.installEventFilter(self)
        return field

    def _build_country_list(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.country_buttons: dict[str, QPushButton] = {}
        self.country_grid = grid
        for region in self.regions:
            button = big_button("", partial(self._choose_region, region), "toggle")
            button.setCheckable(True)
            button.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.country_buttons[region] = button
        self._lay_out_countries(2, two_lines=False)
        return page

    def _lay_out_countries(self, columns: int, two_lines: bool) -> None:
        """Two columns; on a narrow screen the code above the country's name."""
        grid = self.country_grid
        gap = "\n" if two_lines else "   "
        for region, button in self.country_buttons.items():
            button.setText(f"{calling_code(region)}{gap}{country_name(region)}")
            button.setAccessibleName(f"{calling_code(region)} {country_name(region)}")
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        for i, button in enumerate(self.country_buttons.values()):
            grid.addWidget(button, i // columns, i % columns)  # moves it if already there
        grid.setRowStretch((len(self.regions) + columns - 1) // columns, 1)

    def arrange(self, geometry: ScreenGeometry) -> None:
        self.thumbnail.set_thumbnail_size(geometry.px(THUMB_W), geometry.px(THUMB_H))
        portrait = geometry.portrait
        # The question on its own line under Back and Cancel in portrait (it wrapped to three).
        self._top.removeWidget(self.title)
        self._outer.removeWidget(self.title)
        if portrait:
            below = next(
                i
                for i in range(self._outer.count())
                if (item := self._outer.itemAt(i)) is not None and item.layout() is self._top
            )
            self._outer.insertWidget(below + 1, self.title)
        else:
            self._top.insertWidget(self._top.indexOf(self.thumbnail) + 1, self.title, 1)
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.columns.setStretch(0, 0 if portrait else 6)
        self.columns.setStretch(1, 1 if portrait else 5)
        # Two columns of countries: on one line each where the longest fits twice across.
        self._lay_out_countries(2, two_lines=False)
        widest = max(button.sizeHint().width() for button in self.country_buttons.values())
        if 2 * widest + geometry.px(10) > self._side_width():
            self._lay_out_countries(2, two_lines=True)
        self._fit_side_texts()

    def _side_width(self) -> int:
        """About how wide the keyboard's column is (all of the screen in portrait)."""
        geometry = self.geometry_now
        width = self.window().width()
        return (width if geometry.portrait else width * 5 // 11) - geometry.px(96)

    def _fit_side_texts(self) -> None:
        wrap_to_width(self.qr_button, self._side_width())

    def _on_side_page_changed(self, _index: int) -> None:
        # The page not shown does not count towards the screen's height (the country list
        # is taller than the keyboard, and in portrait the form above needs the room).
        for page in (self.keyboard, self.countries):
            shown = page is self.side_stack.currentWidget()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self._close_countries()
            self.keyboard.attach(watched, str(watched.property("keyboard")))
        elif (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() not in NOT_LEAVING
            and isinstance(watched, QLineEdit)
        ):
            # Left: now it is finished and may be judged (not while the screen goes away).
            key = {self.name: "name", self.email: "email", self.phone: "phone"}.get(watched)
            if key is not None and self.isVisible() and watched.text().strip():
                self._judged.add(key)
                self._revalidate()
        return super().eventFilter(watched, event)

    # -- texts -------------------------------------------------------------------
    def retranslate(self) -> None:
        notice = self.controller.notice_text()
        retext(self.title, self.tr("Where should we send your photo?"))
        self.thumbnail.setAccessibleName(self.tr("Your photo"))
        retext(self.back_button, self.tr("Back"))
        retext(self.cancel_button, self.tr("Cancel"))
        for name, toggle in self.toggles.items():
            retext(toggle, channel_words.choice(self.channels[name].words))
        retext(self.channels_label, self.tr("Send it by (choose one or both)"))
        retext(self.qr_button, self.tr("No contact details? Show me a QR code instead"))
        names = {
            "name": self.tr("Your name"),
            "email": self.tr("Email address"),
            "phone": self.tr("Mobile number"),
        }
        for key, text in names.items():
            field = getattr(self, key)
            field.setPlaceholderText(text)
            field.setAccessibleName(text)
        retext(self.labels["name"], names["name"])
        retext(self.labels["email"], names["email"])
        retext(self.labels["phone"], self.tr("Mobile number (pick the country, or start with +)"))
        retext(
            self.country_button,
            calling_code(self.region),
            self.tr("Country of the mobile number: {country}").format(
                country=country_name(self.region)
            ),
        )
        self.publish_text.setText(notice.publish_consent)
        self.publish.setAccessibleName(self.tr("Allow publishing on social media (optional)"))
        retext(self.send_button, self.tr("Send my photo"))
        self.cancel_confirm.set_texts(
            self.tr("Start over?"),
            self.tr("Your photo and the details you typed will be deleted."),
            self.tr("Keep going"),
            self.tr("Yes, start over"),
        )
        self.keyboard.set_language(self.controller.language)
        self._fit_side_texts()
        if self._banner_message:
            self.banner.setText(translate_message(self._banner_message))
        self._revalidate()

    # -- country selector ----------------------------------------------------------
    def _on_country_clicked(self) -> None:
        if self.side_stack.currentWidget() is self.countries:
            self._close_countries()
            return
        for region, button in self.country_buttons.items():
            button.setChecked(region == self.region)
        self.side_stack.setCurrentWidget(self.countries)
        self.country_button.setChecked(True)

    def _choose_region(self, region: str) -> None:
        self.region = region
        self._close_countries()
        self.phone.setFocus()
        self.keyboard.attach(self.phone, "phone")
        self.retranslate()

    def _close_countries(self) -> None:
        self.side_stack.setCurrentWidget(self.keyboard)
        self.country_button.setChecked(False)

    # -- state ---------------------------------------------------------------
    def chosen(self) -> list[str]:
        """The channels ticked among those offered, in their order."""
        return [name for name in self.offered if self.toggles[name].isChecked()]

    def needed(self) -> set[AddressKind]:
        """The addresses the chosen channels send to."""
        return {self.channels[name].address for name in self.chosen()}

    def form(self) -> ContactInput:
        needed = self.needed()
        return ContactInput(
            name=self.name.text(),
            email=self.email.text() if AddressKind.EMAIL in needed else "",
            phone=self.phone.text() if AddressKind.PHONE in needed else "",
            channels=frozenset(self.chosen()),
            publish=self.publish.isChecked(),
            region=self.region,
        )

    def _revalidate(self) -> None:
        form = self.form()
        needed = self.needed()
        for kind in AddressKind:
            self.rows[kind].setVisible(kind in needed)
        check = self.controller.check(form)
        typed = {"name": form.name, "email": form.email, "phone": form.phone}
        for key, label in self.errors.items():
            # Only about a field the visitor has left (or sent): never while it is being typed.
            if key not in check.errors:
                self._judged.discard(key)  # fixed: the next slip waits until it is left again
            refusal = check.errors.get(key) if key in self._judged else None
            message = refusal_text(refusal) if refusal is not None else ""
            label.setText(message)
            self._slots[key].setCurrentWidget(label if message else self.labels[key])
            field = getattr(self, key)
            field.setProperty("invalid", bool(message))
            field.style().unpolish(field)
            field.style().polish(field)
        channels = check.errors.get("channels")
        self.channels_error.setText(refusal_text(channels) if channels is not None else "")
        self.channels_error.setVisible(bool(self.channels_error.text()))
        missing = [
            k for k in ("name", "email", "phone") if k in check.errors and not typed[k].strip()
        ]
        hints = {
            ("name",): self.tr("To send, please enter your name."),
            ("email",): self.tr("To send, please enter your email address."),
            ("phone",): self.tr("To send, please enter your mobile number."),
            ("name", "email"): self.tr("To send, please enter your name and your email address."),
            ("name", "phone"): self.tr("To send, please enter your name and your mobile number."),
            ("email", "phone"): self.tr(
                "To send, please enter your email address and your mobile number."
            ),
            ("name", "email", "phone"): self.tr(
                "To send, please enter your name, your email address and your mobile number."
            ),
        }
        self.hint.setText(hints.get(tuple(missing), ""))

    def is_complete(self) -> bool:
        """Whether Send would send: every chosen address and the name pass the rules."""
        return self.controller.check(self.form()).ok

    def _on_send_clicked(self) -> None:
        """Send judges every field; with a problem, it says so and goes to the first one."""
        self.banner.hide()
        self._banner_message = ""
        check = self.controller.check(self.form())
        if not check.ok:
            self._judged.update(("name", "email", "phone"))
            self._revalidate()
            for key in ("name", "email", "phone"):
                if key in check.errors and self.rows[key].isVisible():
                    field = getattr(self, key)
                    field.setFocus()
                    self.keyboard.attach(field, str(field.property("keyboard")))
                    break
            return
        self.controller.submit(self.form())

    def _on_cancel_clicked(self) -> None:
        self.cancel_confirm.ask()

    def _on_controller_submit_failed(self, message: str) -> None:
        self._banner_message = message
        self.banner.setText(translate_message(message))
        self.banner.show()

    def on_enter(self) -> None:
        if not self.name.text():
            self.name.setFocus()
            self.keyboard.attach(self.name, "name")

    def reset(self) -> None:
        for field in (self.name, self.email, self.phone):
            field.setText("")  # not clear(): that one is undoable (see ui/visitor_traces.py)
        self.publish.setChecked(False)
        settings = self.controller.settings.delivery
        self.region = settings.default_region
        self._close_countries()
        # The first channel offered starts chosen; the visitor adds or swaps the others.
        for name, toggle in self.toggles.items():
            toggle.setChecked(name in self.offered[:1])
        self.thumbnail.clear()
        self.banner.hide()
        self.banner.setText("")
        self._banner_message = ""
        self._judged.clear()
        self.cancel_confirm.hide()
        self.keyboard.attach(self.name, "name")
        self.retranslate()
