"""Name, where to send the photo, and the optional publish permission.

The publish box starts unticked on every visit and is never needed to send the
photo (P2). Each field gets the keyboard made for it. Messages next to the
fields come from :mod:`kiosk.contact_form`, the same rules the command line
uses; the Send button stays disabled until the form passes them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consent.notices import PUBLISH_SOCIAL
from kiosk.contact_form import Channel, ContactInput
from kiosk.controller import FlowController
from ui.screens.base import Screen
from ui.widgets.common import big_button, card, text_label
from ui.widgets.keyboard import OnScreenKeyboard


class DetailsScreen(Screen):
    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        settings = controller.settings
        notice = controller.services.notice
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(20)

        top = QHBoxLayout()
        top.addWidget(text_label("Where should we send your photo?", "title"), 1)
        top.addWidget(big_button("Back", controller.back, "quiet"))
        top.addWidget(big_button("Cancel", controller.cancel, "quiet"))
        outer.addLayout(top)
        self.banner = text_label("", "error")
        self.banner.hide()
        outer.addWidget(self.banner)

        columns = QHBoxLayout()
        columns.setSpacing(40)
        outer.addLayout(columns, 1)

        form = QVBoxLayout()
        form.setSpacing(6)
        columns.addLayout(form, 5)

        toggles = QHBoxLayout()
        toggles.setSpacing(20)
        self.email_toggle = self._toggle("Email", settings.delivery.email_enabled)
        self.sms_toggle = self._toggle("Text message", settings.delivery.sms_enabled)
        toggles.addWidget(self.email_toggle)
        toggles.addWidget(self.sms_toggle)
        form.addWidget(text_label("Send it by (choose one or both)", "fieldLabel"))
        form.addLayout(toggles)
        self.channels_error = text_label("", "error")
        form.addWidget(self.channels_error)

        self.name = self._field("Your name", "name", Qt.InputMethodHint.ImhNoPredictiveText)
        self.email = self._field(
            "Email address",
            "email",
            Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase,
        )
        self.phone = self._field(
            "Mobile number", "phone", Qt.InputMethodHint.ImhDialableCharactersOnly
        )
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        for key, field, label in (
            ("name", self.name, "Your name"),
            ("email", self.email, "Email address"),
            (
                "phone",
                self.phone,
                f"Mobile number (starting with + if not from {settings.delivery.default_region})",
            ),
        ):
            row = QWidget()
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 4, 0, 0)
            row_layout.setSpacing(2)
            row_layout.addWidget(text_label(label, "fieldLabel"))
            row_layout.addWidget(field)
            error = text_label("", "error")
            row_layout.addWidget(error)
            self.errors[key] = error
            self.rows[key] = row
            form.addWidget(row)

        publish_box = card()
        publish_layout = QHBoxLayout(publish_box)
        publish_layout.setContentsMargins(24, 16, 24, 16)
        self.publish = QCheckBox()
        self.publish.setAccessibleName("Allow publishing on social media (optional)")
        self.publish.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.publish_text = text_label(
            notice.wording(
                PUBLISH_SOCIAL,
                store=settings.store.store_name,
                privacy_contact=settings.store.privacy_contact,
            )
        )
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
        side.addWidget(self.keyboard)
        side.addStretch(1)
        self.hint = text_label("", "muted", center=True)
        side.addWidget(self.hint)
        self.send_button = big_button("Send my photo", self._on_send_clicked, "primary")
        side.addWidget(self.send_button)

        for field in (self.name, self.email, self.phone):
            field.textChanged.connect(self._revalidate)
        for toggle in (self.email_toggle, self.sms_toggle):
            toggle.toggled.connect(self._revalidate)
        controller.submit_failed.connect(self._on_controller_submit_failed)
        self.reset()

    # -- building ----------------------------------------------------------
    def _toggle(self, text: str, enabled: bool) -> QPushButton:
        button = big_button(text, role="toggle")
        button.setCheckable(True)
        button.setVisible(enabled)
        return button

    def _field(self, placeholder: str, layout: str, hints: Qt.InputMethodHint) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder)
        field.setInputMethodHints(hints)
        field.setMaxLength(400)  # long enough that over-long input gets a message, not a silent cut
        field.setProperty("keyboard", layout)
        field.installEventFilter(self)
        return field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.keyboard.attach(watched, str(watched.property("keyboard")))
        return super().eventFilter(watched, event)

    # -- state ---------------------------------------------------------------
    def form(self) -> ContactInput:
        delivery = self.controller.settings.delivery
        channels = set()
        if self.email_toggle.isChecked() and delivery.email_enabled:
            channels.add(Channel.EMAIL)
        if self.sms_toggle.isChecked() and delivery.sms_enabled:
            channels.add(Channel.SMS)
        return ContactInput(
            name=self.name.text(),
            email=self.email.text() if Channel.EMAIL in channels else "",
            phone=self.phone.text() if Channel.SMS in channels else "",
            channels=frozenset(channels),
            publish=self.publish.isChecked(),
        )

    def _revalidate(self) -> None:
        form = self.form()
        self.rows["email"].setVisible(Channel.EMAIL in form.channels)
        self.rows["phone"].setVisible(Channel.SMS in form.channels)
        check = self.controller.check(form)
        typed = {"name": form.name, "email": form.email, "phone": form.phone}
        for key, label in self.errors.items():
            # Only speak up about a field once something has been typed into it.
            message = check.errors.get(key, "") if typed[key].strip() else ""
            label.setText(message)
            label.setVisible(bool(message))
            field = getattr(self, key)
            field.setProperty("invalid", bool(message))
            field.style().unpolish(field)
            field.style().polish(field)
        self.channels_error.setText(check.errors.get("channels", ""))
        self.channels_error.setVisible(bool(self.channels_error.text()))
        self.send_button.setEnabled(check.ok)
        missing = [
            k for k in ("name", "email", "phone") if k in check.errors and not typed[k].strip()
        ]
        names = {"name": "your name", "email": "your email address", "phone": "your mobile number"}
        self.hint.setText(
            "To send, please enter " + " and ".join(names[k] for k in missing) + "."
            if missing
            else ""
        )

    def _on_send_clicked(self) -> None:
        self.banner.hide()
        self.controller.submit(self.form())

    def _on_controller_submit_failed(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def on_enter(self) -> None:
        if not self.name.text():
            self.name.setFocus()
            self.keyboard.attach(self.name, "name")

    def reset(self) -> None:
        for field in (self.name, self.email, self.phone):
            field.clear()
        self.publish.setChecked(False)
        settings = self.controller.settings.delivery
        self.email_toggle.setChecked(settings.email_enabled)
        self.sms_toggle.setChecked(False if settings.email_enabled else settings.sms_enabled)
        self.banner.hide()
        self.banner.setText("")
        self.keyboard.attach(self.name, "name")
        self._revalidate()
