"""The staff's Delivery tab: "Test connection" and "Test send" for the saved settings.

Both call booth.delivery_checks (the same functions as ``photobooth-kiosk outbox
test-connection`` and ``test-send``) in the task runner: they wait on the network, and
the touchscreen must not. They use the settings as last saved, so staff can try new
credentials before restarting the kiosk to put them to work. The staff address typed
here is never written to the records or the logs; the audit entry says only what was
tested and whether it worked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from booth.channels import enabled_channels
from booth.delivery_checks import CheckResult, check_connections, send_tests
from booth.paths import DataLayout
from booth.provider_config import ProviderHooks
from booth.settings import Settings
from booth.tasks import Runner
from ui import channel_words
from ui.screens.admin.admin_widgets import line, relabel
from ui.widgets.common import big_button, retext, text_label

Audit = Callable[[str, str, dict[str, object]], None]  # action, outcome, details


class DeliveryTab(QWidget):
    def __init__(
        self,
        layout_: DataLayout,
        settings: Callable[[], Settings],
        runner: Runner,
        audit: Audit,
        hooks: ProviderHooks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = layout_
        self.settings = settings
        self.runner = runner
        self.audit = audit
        self.hooks = hooks
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 16, 0, 0)
        outer.setSpacing(16)
        self.mode = text_label("")
        outer.addWidget(self.mode)
        self.connection_button = big_button("", self.test_connection, "primary")
        connection_row = QHBoxLayout()
        connection_row.addWidget(self.connection_button)
        self.connection_note = text_label("")
        connection_row.addWidget(self.connection_note, 1)
        outer.addLayout(connection_row)

        send_box = QGridLayout()
        send_box.setHorizontalSpacing(16)
        self.send_title = text_label("", "subtitle")
        send_box.addWidget(self.send_title, 0, 0, 1, 3)
        self.email = line(keyboard="email")
        self.phone = line(keyboard="phone")
        self.email_label = text_label("", "fieldLabel", wrap=False)
        self.phone_label = text_label("", "fieldLabel", wrap=False)
        send_box.addWidget(self.email_label, 1, 0)
        send_box.addWidget(self.email, 1, 1)
        send_box.addWidget(self.phone_label, 2, 0)
        send_box.addWidget(self.phone, 2, 1)
        self.send_button = big_button("", self.test_send)
        send_box.addWidget(self.send_button, 1, 2, 2, 1)
        send_box.setColumnStretch(1, 1)
        outer.addLayout(send_box)

        self.results_title = text_label("", "subtitle")
        outer.addWidget(self.results_title)
        self.results_box = QVBoxLayout()
        self.results_box.setSpacing(8)
        outer.addLayout(self.results_box)
        self.result_labels: list[QLabel] = []
        outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.connection_button, self.tr("Test connection"))
        self.connection_note.setText(
            self.tr("Asks each provider whether it accepts the kiosk's keys. Sends nothing.")
        )
        self.send_title.setText(self.tr("Send a test card to yourself:"))
        # The examples are addresses, the same in every language.
        relabel(self.email, "staff.name@store.example", self.tr("Your email address for the test"))
        relabel(self.phone, "+1 201 555 0123", self.tr("Your mobile phone number for the test"))
        self.email_label.setText(self.tr("Email"))
        self.phone_label.setText(self.tr("Mobile"))
        retext(self.send_button, self.tr("Send test"))
        self.results_title.setText(self.tr("Results"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        settings = self.settings()
        if settings.delivery.mode != "live":
            self.mode.setText(
                self.tr(
                    "Dry run: messages are written to the data folder and nothing leaves the "
                    "kiosk. Switch delivery mode to live in Settings to send for real."
                )
            )
            return
        phrases = [channel_words.live(c.words) for c in enabled_channels(settings)]
        channels = phrases[0] if phrases else self.tr("no channel switched on")
        for phrase in phrases[1:]:
            channels = self.tr("{first} and {then}").format(first=channels, then=phrase)
        self.mode.setText(
            self.tr("Live: {channels}. The tests use the settings as last saved.").format(
                channels=channels
            )
        )

    def reset(self) -> None:
        """Locking the area clears what staff typed and what the providers answered."""
        self.email.clear()
        self.phone.clear()
        self.show_results([])

    def _busy(self, busy: bool, what: str = "") -> None:
        self.connection_button.setEnabled(not busy)
        self.send_button.setEnabled(not busy)
        if busy:
            self.show_results([])
            self.result_labels.append(text_label(what, "muted"))
            self.results_box.addWidget(self.result_labels[-1])

    def test_connection(self) -> None:
        self.refresh()
        self._busy(True, self.tr("Asking the providers…"))
        settings, layout, hooks = self.settings(), self.data, self.hooks
        self.runner.run(
            lambda: check_connections(settings, layout, hooks),
            lambda results: self._done("admin.test_connection", results),
            self._failed,
        )

    def test_send(self) -> None:
        self.refresh()
        self._busy(True, self.tr("Sending…"))
        settings, layout, hooks = self.settings(), self.data, self.hooks
        email, phone = self.email.text(), self.phone.text()
        self.runner.run(
            lambda: send_tests(settings, layout, email, phone, hooks),
            lambda results: self._done("admin.test_send", results),
            self._failed,
        )

    def _done(self, action: str, results: list[CheckResult]) -> None:
        self._busy(False)
        self.show_results(results)
        ok = all(r.ok for r in results)
        self.audit(
            action,
            "ok" if ok else "failed",
            {r.part: ("ok" if r.ok else "failed") for r in results},
        )

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.show_results(
            [
                CheckResult(
                    self.tr("Test"),
                    False,
                    self.tr("The test could not run ({error}).").format(error=type(error).__name__),
                )
            ]
        )

    def show_results(self, results: list[CheckResult]) -> None:
        for label in self.result_labels:
            self.results_box.removeWidget(label)
            label.deleteLater()
        self.result_labels = []
        for result in results:
            mark = "✓" if result.ok else "✗"
            label = text_label(
                f"{mark}  {result.part}: {result.message}", "success" if result.ok else "error"
            )
            label.setAccessibleName(
                (self.tr("{part}: works") if result.ok else self.tr("{part}: problem")).format(
                    part=result.part
                )
            )
            self.result_labels.append(label)
            self.results_box.addWidget(label)
