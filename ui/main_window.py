"""The kiosk window: a stack of screens that follows the flow's state.

It decides nothing. On each state change it shows the screen for that state;
on every return to the attract screen it asks every screen to forget the
visitor, so nothing one person typed or saw is left for the next. It also
carries the visitor's language (translator and layout direction) and reach mode
to every screen, and the "Still there?" prompt above them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLayout, QStackedLayout, QWidget

from booth.app import Kiosk
from booth.controller import FlowController
from booth.flow import State
from booth.staff_alerts import StaffAlert
from ui.i18n import switcher
from ui.kiosk_events import KioskEvents
from ui.screen_geometry import ScreenGeometry, geometry_for, scale_layouts
from ui.screens.admin.admin_area import AdminArea, AdminContext
from ui.screens.attract import AttractScreen
from ui.screens.base import Screen
from ui.screens.camera_screen import CameraScreen
from ui.screens.details import DetailsScreen
from ui.screens.done import DoneScreen
from ui.screens.review import ReviewScreen
from ui.screens.sending import SendingScreen
from ui.screens.underage import UnderageScreen
from ui.screens.welcome import WelcomeScreen
from ui.style import Theme, style_sheet, theme_for
from ui.visitor_traces import clear_clipboard, forget_visitor
from ui.widgets.still_there import StillThereOverlay

STAFF_ALERTS_EVERY_MS = 30_000


class KioskWindow(QWidget):
    # Emitted from any thread (the outbox's alert callback); Qt queues it onto the GUI thread.
    staff_alert_raised = Signal()

    def __init__(
        self,
        controller: FlowController,
        preview: QWidget,
        admin: AdminContext | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(controller.settings.store.store_name)
        branding = controller.settings.branding
        self.theme: Theme = theme_for(branding.accent_colour, branding.font)
        self.geometry_now: ScreenGeometry | None = None  # until the first resize
        self.setStyleSheet(style_sheet(1.0, self.theme))
        self.controller = controller
        self.kiosk_mode = False  # set by the launcher when full screen; see ui/lockdown.py
        self._close_allowed = False
        switcher().apply(controller.language)
        self.attract = AttractScreen(controller)
        self.welcome = WelcomeScreen(controller)
        self.underage = UnderageScreen(controller)
        self.camera = CameraScreen(controller, preview)
        self.review = ReviewScreen(controller)
        self.details = DetailsScreen(controller)
        self.sending = SendingScreen(controller.settings.branding.logo)
        self.done = DoneScreen(controller)
        self.screens: dict[State, Screen] = {
            State.ATTRACT: self.attract,
            State.WELCOME: self.welcome,
            State.UNDERAGE: self.underage,
            State.PREVIEW: self.camera,
            State.COUNTDOWN: self.camera,
            State.CAPTURING: self.camera,
            State.REVIEW: self.review,
            State.DETAILS: self.details,
            State.SENDING: self.sending,
            State.DONE: self.done,
        }
        self.stack = QStackedLayout(self)
        # The window takes the size it is given (the screen's, under cage) and the screens fit
        # themselves into it (ui/screen_geometry.py), instead of the screens' minimum widths
        # forcing a window wider than a 1366x768 or a portrait screen.
        self.stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for screen in self.visitor_screens():
            self.stack.addWidget(screen)
        # The one event filter (the idle clock, kiosk-mode keys, no context menus), on this
        # window's QWindow once it exists (showEvent): there it sees every touch and key, and
        # none of the preview's frames; see its module.
        self.events = KioskEvents(self)
        self.admin: AdminArea | None = None
        if admin is not None:
            self.admin = AdminArea(admin)
            self.stack.addWidget(self.admin)
            self.attract.admin_requested.connect(self.open_admin)
            self.admin.closed.connect(self._on_admin_closed)
        self._alerts_pending = False
        self._alerts_timer = QTimer(self)
        self._alerts_timer.setInterval(STAFF_ALERTS_EVERY_MS)
        self._alerts_timer.timeout.connect(self.refresh_staff_alerts)
        self.staff_alert_raised.connect(self.refresh_staff_alerts)
        if admin is not None and admin.staff_alerts is not None:
            self._alerts_timer.start()
            QTimer.singleShot(0, self.refresh_staff_alerts)
        self.still_there = StillThereOverlay(controller, self)
        controller.state_changed.connect(self._on_controller_state_changed)
        controller.session_wiped.connect(self._on_controller_session_wiped)
        controller.language_changed.connect(self._on_controller_language_changed)
        controller.reach_changed.connect(self._on_controller_reach_changed)

    @classmethod
    def for_kiosk(
        cls,
        kiosk: Kiosk,
        *,
        admin: bool = True,
        leave_kiosk: Callable[[], None] | None = None,
        **admin_extra: Any,
    ) -> KioskWindow:
        """The window of a built kiosk, wired the way ``photobooth-kiosk run`` uses it."""
        from ui.widgets.preview_view import PreviewView

        context = AdminContext.for_kiosk(kiosk, leave_kiosk, **admin_extra) if admin else None
        window = cls(kiosk.controller, PreviewView(kiosk.camera.worker), context)
        if admin:
            # A paused channel or a lost camera shows at once, not at the next periodic check.
            kiosk.outbox_worker.on_alert = lambda _channel, _why: window.staff_alert_raised.emit()
            kiosk.camera.worker.state_changed.connect(window.refresh_staff_alerts)
        return window

    def visitor_screens(self) -> list[Screen]:
        return list(dict.fromkeys(self.screens.values()))

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def _on_controller_state_changed(self, state: State) -> None:
        if self.admin is not None and self.stack.currentWidget() is self.admin:
            # The attract screen forgot a passer-by's choices while staff were signed in:
            # staff stay where they are; closing the admin area shows the visitor screen.
            return
        self._show_state(state)

    def _show_state(self, state: State) -> None:
        screen = self.screens[state]
        self.stack.setCurrentWidget(screen)
        screen.on_enter()

    def open_admin(self) -> None:
        """The hidden corner was held: the PIN page (sign-in, setup with the code, or closed)."""
        if self.admin is None or self.controller.state is not State.ATTRACT:
            return
        self.stack.setCurrentWidget(self.admin)
        self.admin.open()

    def _on_admin_closed(self) -> None:
        # The staff area spoke the store's language; the visitor screens speak the visitor's.
        switcher().apply(self.controller.language)
        self._show_state(self.controller.state)

    def _on_controller_session_wiped(self) -> None:
        for screen in self.visitor_screens():
            screen.reset()
            forget_visitor(screen)
        clear_clipboard()

    def _on_controller_language_changed(self, language: str) -> None:
        if self.admin is not None and self.stack.currentWidget() is self.admin:
            return  # the staff area keeps the store's language; closing it applies this one
        switcher().apply(language)

    def _on_controller_reach_changed(self, on: bool) -> None:
        for screen in self.visitor_screens():
            screen.set_reach(on)

    # -- staff alerts ----------------------------------------------------------------
    def refresh_staff_alerts(self) -> None:
        """Ask again now (the outbox paused a channel, the camera went away) or on the timer."""
        if self.admin is None or self._alerts_pending:
            return
        gather = self.admin.context.staff_alerts
        if gather is None:
            return
        self._alerts_pending = True
        self.admin.context.runner.run(gather, self._show_staff_alerts, self._on_alerts_failed)

    def _show_staff_alerts(self, alerts: list[StaffAlert]) -> None:
        self._alerts_pending = False
        self.attract.show_staff_alerts([alert.short for alert in alerts])
        if self.admin is not None:
            self.admin.show_alerts(alerts)

    def _on_alerts_failed(self, _error: BaseException) -> None:
        self._alerts_pending = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.events.watch(self.windowHandle())  # Qt made the QWindow just before showing

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.apply_geometry(geometry_for(event.size().width(), event.size().height()))
        super().resizeEvent(event)
        self.still_there.setGeometry(self.rect())

    def apply_geometry(self, geometry: ScreenGeometry) -> None:
        """Scale the style sheet and the screens' spacing to the window, and turn the screens
        to portrait or landscape: only when the scale or the shape changes."""
        if geometry == self.geometry_now:
            return
        self.geometry_now = geometry
        self.setStyleSheet(style_sheet(geometry.scale, self.theme))
        for screen in self.visitor_screens():
            scale_layouts(screen, geometry, skip=screen.reach_spacer)
            screen.set_geometry(geometry)
        scale_layouts(self.still_there, geometry)
        self.still_there.set_scale(geometry.scale)

    # -- lock-down -------------------------------------------------------------------
    def allow_close(self) -> None:
        """Only the manager's "leave kiosk mode" calls this."""
        self._close_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode and not self._close_allowed:
            event.ignore()  # Alt+F4 or a window manager's close: not from a kiosk
            return
        super().closeEvent(event)
