"""The staff area: the way in (pin_page.py), then the settings, camera, delivery and health tabs.

The manager also sees Records, Outbox, Social export and Audit (records_tab.py, manager.py),
which call booth.manager_services, the same functions as the command line.

The hidden gesture on the attract screen opens this page on the PIN page
(``pin_page.PinPage``): sign-in by role, the setup with the one-time setup code, or why the
area is closed. Inside, "Change PIN" goes back to that page for the current PIN and the new
one twice (the manager picks their own PIN or staff's there). The session locks itself
after two minutes without a touch. Every sign-in, failure, lockout and save goes to the audit log
through booth.admin_services.record_admin_action, off the GUI thread; PIN changes are
audited by booth.pin_store in the same transaction as the change.

The area speaks the store's language (``flow.language``), whatever the visitor on the
attract screen chose: ``open`` applies it, and the window gives the visitor's back on close.
Every widget here sets its texts in ``retranslate`` (run again on Qt's ``LanguageChange``);
setting titles and descriptions come from the schema through ``settings_texts.py``; what
the Qt-free services say (PIN rules, check results, a provider's refusal) stays English.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from booth.admin_auth import AdminSession, Permission, Role
from booth.admin_services import head_office_locks, record_admin_action
from booth.app import Kiosk
from booth.camera_control import CameraControl
from booth.channels import channel_named
from booth.paths import DataLayout
from booth.pin_store import PinStore
from booth.provider_config import ProviderHooks
from booth.settings import Settings
from booth.staff_alerts import StaffAlert, local_time
from booth.staff_alerts import gather as gather_alerts
from booth.tasks import Runner
from ui import channel_words
from ui.i18n import switcher
from ui.screens.admin.camera_tab import CameraTab
from ui.screens.admin.delivery_tab import DeliveryTab
from ui.screens.admin.health import HealthPanel
from ui.screens.admin.manager import AuditTab, OutboxTab, SocialExportTab
from ui.screens.admin.pin_page import PinPage, Step
from ui.screens.admin.records_tab import RecordsTab
from ui.screens.admin.settings_form import SettingsForm
from ui.screens.base import Screen
from ui.visitor_traces import clear_clipboard, forget_visitor
from ui.widgets.common import big_button, retext, text_label
from ui.widgets.keyboard import OnScreenKeyboard

log = logging.getLogger(__name__)

IDLE_CHECK_MS = 1000
GAP = 16  # px kept between a field and the keyboard below it
ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}


@dataclass
class AdminContext:
    """What the admin screens need from the running kiosk."""

    layout: DataLayout
    settings: Settings
    runner: Runner
    camera_worker: Any = None
    channel_health: Callable[[], dict[str, Any]] = field(default=dict)
    sync_status: Callable[[], str] = field(default=lambda: "not enrolled with head office")
    leave_kiosk: Callable[[], None] | None = None  # manager only; None where there is no kiosk mode
    pins: PinStore | None = None
    provider_hooks: ProviderHooks | None = None  # tests point the delivery checks at 127.0.0.1
    staff_alerts: Callable[[], list[StaffAlert]] | None = None  # blocking: run in the runner
    camera_control: CameraControl | None = None  # the Camera tab; None: no tab
    restart: Callable[[], None] | None = None  # start again with the saved settings
    # Settings head office's profile locks (key -> group): read-only in the form. None: read
    # once here from the data folder's profile.json (booth.settings_profile).
    head_office_locks: dict[str, str] | None = None

    def __post_init__(self) -> None:
        if self.pins is None:
            self.pins = PinStore(self.layout)
        if self.head_office_locks is None:
            self.head_office_locks = head_office_locks(self.layout)

    @classmethod
    def for_kiosk(
        cls, kiosk: Kiosk, leave_kiosk: Callable[[], None] | None, **extra: Any
    ) -> AdminContext:
        """The admin area of a running kiosk: its threads' health, its sync, its alerts."""
        worker = kiosk.camera.worker

        def alerts() -> list[StaffAlert]:
            return gather_alerts(
                kiosk.layout.root,
                lambda: dict(kiosk.outbox_worker.health),
                lambda: worker.state,
                kiosk.records_problem,
            )

        return cls(
            layout=kiosk.layout,
            settings=kiosk.settings,
            runner=kiosk.controller.runner,
            camera_worker=worker,
            channel_health=lambda: dict(kiosk.outbox_worker.health),
            sync_status=kiosk.sync_status,
            leave_kiosk=leave_kiosk,
            staff_alerts=alerts,
            camera_control=kiosk.camera_control,
            **extra,
        )


class AdminArea(Screen):
    closed = Signal()  # back to the visitors

    def __init__(self, context: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        assert context.pins is not None
        self.pins: PinStore = context.pins
        self.session: AdminSession | None = None
        self._idle = QTimer(self)
        self._idle.setInterval(IDLE_CHECK_MS)
        self._idle.timeout.connect(self._check_idle)
        self._watching = False

        self.pages = QStackedLayout(self)
        # -- the way in --
        self.pin_page = PinPage(
            self.pins,
            context.runner,
            lambda action, actor, outcome, details: self._audit(
                action, actor=actor, outcome=outcome, details=details
            ),
        )
        self.pad = self.pin_page.pad
        self.pages.addWidget(self.pin_page)
        # -- the home page --
        self.home = QWidget()
        home_layout = QVBoxLayout(self.home)
        home_layout.setContentsMargins(48, 32, 48, 32)
        top = QHBoxLayout()
        self.heading = text_label("", "title")
        top.addWidget(self.heading, 1)
        self.change_pin_button = big_button("", self._on_change_pin_clicked)
        self.leave_button = big_button("", self._on_leave_clicked)
        self.lock_button = big_button("", self.lock, "primary")
        for button in (self.change_pin_button, self.leave_button, self.lock_button):
            top.addWidget(button)
        home_layout.addLayout(top)
        self.pin_notice = text_label("", "subtitle")  # "The staff PIN was changed."
        self.pin_notice.setVisible(False)
        home_layout.addWidget(self.pin_notice)
        self.alerts = text_label("", "error")
        self.alerts.setVisible(False)
        home_layout.addWidget(self.alerts)
        self.tabs = QTabWidget()
        # Eight tabs must fit a 1600 px screen without scroll arrows hiding the last one
        # (tests/ui/test_admin.py checks it).
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { min-width: 96px; padding: 0 18px; }")
        self.settings_form = SettingsForm(
            context.settings,
            lambda: context.layout.settings_file,
            context.runner,
            locks=context.head_office_locks,
        )
        if context.camera_worker is not None:
            self.settings_form.live_image = context.camera_worker.latest_image
        self.health = HealthPanel(
            context.layout,
            context.runner,
            context.camera_worker,
            context.channel_health,
            sync_status=context.sync_status,
        )
        self.delivery = DeliveryTab(
            context.layout,
            lambda: self.settings_form.settings,
            context.runner,
            lambda action, outcome, details: self._audit(action, outcome=outcome, details=details),
            context.provider_hooks,
        )
        self.camera_tab: CameraTab | None = None
        self.tabs.addTab(self.settings_form, "")
        if context.camera_control is not None:
            self.camera_tab = CameraTab(
                context.camera_control,
                context.camera_worker,
                context.runner,
                lambda spec, done: self.settings_form.save_one("camera.source", spec, done),
            )
            self.tabs.addTab(self.camera_tab, "")
        self.tabs.addTab(self.delivery, "")
        self.tabs.addTab(self.health, "")
        # The manager's tabs (#6): hidden from staff, cleared on lock.
        actor = self._actor
        self.records = RecordsTab(context.layout, lambda: context.settings, context.runner, actor)
        self.outbox = OutboxTab(context.layout, context.runner, actor)
        self.social_export = SocialExportTab(context.layout, context.runner, actor)
        self.audit_tab = AuditTab(context.layout, context.runner, actor)
        self.manager_tabs: list[tuple[QWidget, Permission]] = [
            (self.records, Permission.RECORDS),
            (self.outbox, Permission.RECORDS),
            (self.social_export, Permission.EXPORTS),
            (self.audit_tab, Permission.AUDIT),
        ]
        for tab in (self.records, self.outbox, self.social_export, self.audit_tab):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._clear_manager_tabs()
        home_layout.addWidget(self.tabs, 1)
        # One touch keyboard for every text field of the admin area (rectify, hold reason, the
        # typed ERASE, folders): a kiosk has no hardware keyboard. Fields with their own
        # keyboard (the records search) set the "own_keyboard" property.
        # It floats over the foot of the page (not in the layout: the page keeps its size) and
        # scrolls the field into view above itself; where the field cannot scroll, it sits just
        # under the tabs instead. Never over the title, the tabs or Lock; it has a close key.
        self.keyboard = OnScreenKeyboard(self.home, closable=True)
        self.keyboard.set_languages(context.settings.flow.languages)
        self.keyboard.setAutoFillBackground(True)
        self.keyboard.setVisible(False)
        self.pages.addWidget(self.home)

        self.pin_page.signed_in.connect(self._on_signed_in)
        self.pin_page.set_up.connect(self._on_set_up)
        self.pin_page.changed.connect(self._on_pin_changed)
        self.pin_page.left.connect(self.lock)
        self.settings_form.saved.connect(self._on_settings_saved)
        self.settings_form.can_restart = context.restart is not None
        self.settings_form.restart_requested.connect(self._on_restart_requested)
        self.retranslate()

    def retranslate(self) -> None:
        if getattr(self, "_alerts", None):
            self.show_alerts(self._alerts)
        retext(self.change_pin_button, self.tr("Change PIN"))
        retext(self.leave_button, self.tr("Leave kiosk mode"))
        retext(self.lock_button, self.tr("Lock"))
        titles: list[tuple[QWidget | None, str]] = [
            (self.settings_form, self.tr("Settings")),
            (self.camera_tab, self.tr("Camera")),
            (self.delivery, self.tr("Delivery")),
            (self.health, self.tr("Health")),
            (self.records, self.tr("Records")),
            (self.outbox, self.tr("Outbox")),
            (self.social_export, self.tr("Social export")),
            (self.audit_tab, self.tr("Audit")),
        ]
        for tab, title in titles:
            if tab is not None:
                self.tabs.setTabText(self.tabs.indexOf(tab), title)
        if self.session is not None:
            self.heading.setText(self._role_title(self.session.role))
        self.pin_page.retranslate()

    def _role_title(self, role: Role) -> str:
        return self.tr("Manager") if role is Role.MANAGER else self.tr("Staff")

    def show_alerts(self, alerts: list[StaffAlert]) -> None:
        """Each alert's whole story, in the language shown; a provider's reason stays English."""
        self._alerts = list(alerts)  # said again after a language change
        lines = []
        for alert in alerts:
            text = alert.detail  # an alert this screen has no words for: as the kiosk said it
            if alert.kind == "channel_paused" and alert.until is not None:
                channel = channel_named(alert.channel)
                if channel is not None:
                    paused = channel_words.paused_until(channel.words)
                    reason = alert.reason
                    if QApplication.isRightToLeft():
                        reason = "\u2068" + reason + "\u2069"  # English keeps its own order
                    what_to_do = self.tr(
                        "Photos wait in the outbox; fix the setting, "
                        "then use Delivery > Test connection."
                    )
                    when = local_time(alert.until)
                    text = f"{paused.format(time=when, reason=reason)} {what_to_do}"
            elif alert.kind == "camera_unavailable":
                text = self.tr(
                    "The camera is not delivering pictures; the kiosk keeps trying to reconnect. "
                    "Check the cable, or choose another camera in Settings."
                )
            elif alert.kind == "profile_refused":
                text = self.tr(
                    "The settings profile head office sent was ignored ({reason}). "
                    "The kiosk keeps its last good settings; tell head office."
                ).format(reason=alert.reason)
            elif alert.kind == "disk_low":
                text = self.tr(
                    "Only {gib} GiB left for photos and records. Free some space on the kiosk's disk."
                ).format(gib=f"{alert.disk_free / 1024**3:.1f}")
            lines.append(f"⚠ {text}")
        # Qt draws a wrapped right-to-left line up to a space's width past the label's left edge.
        self.alerts.setContentsMargins(8 if QApplication.isRightToLeft() else 0, 0, 0, 0)
        self.alerts.setText("\n".join(lines))
        self.alerts.setVisible(bool(alerts))

    # -- opening and closing ------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return Step.HOME if self.pages.currentWidget() is self.home else self.pin_page.step

    def open(self) -> None:
        """Called by the hidden gesture: the PIN page, which first reads the PIN record's state.

        The area shows in the store's own language, not the one the last visitor chose; the
        window puts the visitor's language back when the area closes.
        """
        self.session = None
        switcher().apply(self.context.settings.flow.language)
        self.retranslate()
        self._pad_quiet = 0
        self.pages.setCurrentWidget(self.pin_page)
        self.pin_page.open()
        self._watch(True)

    def lock(self) -> None:
        """Leave the admin area; the next person needs a PIN again."""
        if self.session is not None:
            self._audit("admin.lock", details={"idle": not self.session.active})
            self.session.end()
        self.session = None
        self.pin_page.reset()
        self.pin_notice.setVisible(False)
        self._clear_manager_tabs()
        self._watch(False)
        self.closed.emit()

    def reset(self) -> None:
        self.session = None
        self.pin_page.reset()
        self.keyboard.setVisible(False)
        self._clear_manager_tabs()

    def _on_field_tapped(self, field: QWidget) -> None:
        """A tap on a text field brings the keyboard made for it; a tap elsewhere puts it away."""
        if (
            isinstance(field, QLineEdit)
            and not field.isReadOnly()
            and not field.property("own_keyboard")
        ):
            # The admin fields name their keyboard (their texts are translated); the settings
            # form's fields are named after their setting, in English.
            hint = f"{field.accessibleName()} {field.placeholderText()}".lower()
            layout = str(field.property("keyboard") or "") or (
                "phone"
                if "phone" in hint
                else "email"
                if "email" in hint
                else "name"
                if ("name" in hint or "reason" in hint)
                else "email"
            )
            self.keyboard.attach(field, layout)
            self._place_keyboard(field)
        elif not self.keyboard.isAncestorOf(field) and field is not self.keyboard:
            self.keyboard.setVisible(False)

    def _place_keyboard(self, field: QWidget) -> None:
        """At the foot, with the field scrolled above it; else just under the tabs."""
        keyboard, home = self.keyboard, self.home
        layout = home.layout()
        assert layout is not None
        area = home.rect().marginsRemoved(layout.contentsMargins())
        height = keyboard.sizeHint().height()
        bar = self.tabs.tabBar()
        floor = bar.mapTo(home, bar.rect().bottomLeft()).y() + 8
        foot = max(floor, home.height() - height - 8)
        keyboard.setGeometry(area.left(), foot, area.width(), height)
        keyboard.setVisible(True)
        keyboard.raise_()

        def bottom() -> int:
            return field.mapTo(home, field.rect().bottomLeft()).y() + GAP

        scroll = field.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if isinstance(scroll, QScrollArea) and bottom() > foot:
            scrollbar = scroll.verticalScrollBar()
            scrollbar.setValue(scrollbar.value() + bottom() - foot)
        if bottom() > foot:
            keyboard.move(area.left(), floor)  # the field cannot move up: the keyboard does

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        assert app is not None
        if on and not self._watching:
            app.installEventFilter(self)
            self._idle.start()
        elif not on and self._watching:
            app.removeEventFilter(self)
            self._idle.stop()
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._pad_quiet = 0
            if self.session is not None:
                self.session.touch()
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWidget)
            and self.home.isAncestorOf(watched)
        ):
            self._on_field_tapped(watched)
        return False

    def _check_idle(self) -> None:
        if self.session is not None and not self.session.active:
            self.lock()
        elif (
            self.pages.currentWidget() is self.pin_page
            and self.isVisible()
            and self.pad.pin == ""
            and self._pad_idle()
        ):
            self.lock()  # a pad left open also closes, so visitors never meet it

    def _pad_idle(self) -> bool:
        self._pad_quiet = getattr(self, "_pad_quiet", 0) + IDLE_CHECK_MS
        return self._pad_quiet >= 60_000

    # -- in and out of the PIN page ------------------------------------------------------------
    def _go_home(self, notice: str = "") -> None:
        assert self.session is not None
        self._pad_quiet = 0
        self.heading.setText(self._role_title(self.session.role))
        self.leave_button.setVisible(
            self.session.may(Permission.LEAVE_KIOSK) and self.context.leave_kiosk is not None
        )
        for tab, permission in self.manager_tabs:
            self.tabs.setTabVisible(self.tabs.indexOf(tab), self.session.may(permission))
        self.settings_form.set_role(self.session.role)  # staff: where data goes is read-only
        self.pin_notice.setText(notice)
        self.pin_notice.setVisible(bool(notice))
        if self.pages.currentWidget() is not self.home:
            self.tabs.setCurrentWidget(self.settings_form)
            # Each sign-in starts at the top of every page, not where the last person left it.
            for area in self.tabs.findChildren(QScrollArea):
                area.verticalScrollBar().setValue(0)
                area.horizontalScrollBar().setValue(0)
            self.keyboard.setVisible(False)
            self.pages.setCurrentWidget(self.home)
            self.health.refresh()

    def _on_signed_in(self, role: Role) -> None:
        self.session = AdminSession(role)
        self._audit("admin.sign_in")
        self._go_home()

    def _on_set_up(self) -> None:
        """Both PINs chosen with the setup code: whoever did it is the manager now."""
        self.session = AdminSession(Role.MANAGER)
        self._go_home()

    def _on_change_pin_clicked(self) -> None:
        if self.session is None or not self.session.active:
            return
        self.keyboard.setVisible(False)
        self._pad_quiet = 0
        self.pin_page.start_change(self.session.role)
        self.pages.setCurrentWidget(self.pin_page)

    def _on_pin_changed(self, notice: str) -> None:
        if self.session is None:
            return
        self._go_home(notice)

    # -- the manager's tabs -------------------------------------------------------------------
    def _actor(self) -> str:
        return self.session.actor if self.session is not None else "kiosk-admin:unknown"

    def manager_tab_visible(self, tab: QWidget) -> bool:
        return self.tabs.isTabVisible(self.tabs.indexOf(tab))

    def _on_tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab is self.delivery:
            self.delivery.refresh()
        if tab is self.camera_tab and self.camera_tab is not None and self.session is not None:
            self.camera_tab.scan()
        if tab is None or self.session is None or not self.manager_tab_visible(tab):
            return
        if tab is self.outbox:
            self.outbox.refresh()
        elif tab is self.social_export:
            self.social_export.refresh()
        elif tab is self.audit_tab:
            self.audit_tab.refresh()

    def _clear_manager_tabs(self) -> None:
        """Nothing of anyone stays on screen for the next person who opens the area."""
        self.delivery.reset()
        # Unsaved edits (a half-typed key among them) would otherwise wait, masked, for the
        # next person's Save. The next person is staff until a PIN says otherwise.
        self.settings_form.load()
        self.settings_form.set_role(Role.STAFF)
        if self.camera_tab is not None:
            self.camera_tab.reset()
        for tab, _permission in self.manager_tabs:
            reset = getattr(tab, "reset", None)
            if reset is not None:
                reset()
            self.tabs.setTabVisible(self.tabs.indexOf(tab), False)
        forget_visitor(self)  # a searched address must not come back with Ctrl+Z either
        clear_clipboard()

    # -- actions ------------------------------------------------------------------------------
    def _on_settings_saved(self, settings: Settings) -> None:
        # A change of a protected field has its own entry, written by save_edits with the save.
        self._audit("admin.settings_saved")

    def _on_restart_requested(self) -> None:
        if self.session is None or self.context.restart is None:
            return
        self._audit("admin.restart")
        restart = self.context.restart
        # The audit entry is written in the task runner; the shutdown waits for it.
        self.lock()
        restart()

    def _on_leave_clicked(self) -> None:
        if self.session is None or not self.session.may(Permission.LEAVE_KIOSK):
            return
        self._audit("admin.leave_kiosk")
        if self.context.leave_kiosk is not None:
            self.context.leave_kiosk()

    def _audit(
        self,
        action: str,
        *,
        actor: str | None = None,
        outcome: str = "ok",
        details: dict[str, Any] | None = None,
    ) -> None:
        who = actor or (self.session.actor if self.session is not None else "kiosk-admin:unknown")
        layout = self.context.layout
        self.context.runner.run(
            lambda: record_admin_action(layout, action, who, outcome, details),
            lambda _result: None,
            lambda error: log.error("audit entry %s not written: %s", action, type(error).__name__),
        )
