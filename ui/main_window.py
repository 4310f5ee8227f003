"""The kiosk window: a stack of screens that follows the flow's state.

It decides nothing. On each state change it shows the screen for that state;
on every return to the attract screen it asks every screen to forget the
visitor, so nothing one person typed or saw is left for the next.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStackedLayout, QWidget

from kiosk.controller import FlowController
from kiosk.flow import State
from ui.screens.attract import AttractScreen
from ui.screens.base import Screen
from ui.screens.camera_screen import CameraScreen
from ui.screens.details import DetailsScreen
from ui.screens.done import DoneScreen
from ui.screens.review import ReviewScreen
from ui.screens.sending import SendingScreen
from ui.screens.underage import UnderageScreen
from ui.screens.welcome import WelcomeScreen
from ui.style import STYLE_SHEET

ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
}


class KioskWindow(QWidget):
    def __init__(self, controller: FlowController, preview: QWidget) -> None:
        super().__init__()
        self.setWindowTitle(controller.settings.store.store_name)
        self.setStyleSheet(STYLE_SHEET)
        self.controller = controller
        self.attract = AttractScreen(controller)
        self.welcome = WelcomeScreen(controller)
        self.underage = UnderageScreen(controller)
        self.camera = CameraScreen(controller, preview)
        self.review = ReviewScreen(controller)
        self.details = DetailsScreen(controller)
        self.sending = SendingScreen()
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
        for screen in dict.fromkeys(self.screens.values()):
            self.stack.addWidget(screen)
        controller.state_changed.connect(self._on_controller_state_changed)
        controller.session_wiped.connect(self._on_controller_session_wiped)

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def _on_controller_state_changed(self, state: State) -> None:
        screen = self.screens[state]
        self.stack.setCurrentWidget(screen)
        screen.on_enter()

    def _on_controller_session_wiped(self) -> None:
        for screen in dict.fromkeys(self.screens.values()):
            screen.reset()


class ActivityWatcher(QObject):
    """Any touch, click or key anywhere in the app restarts the idle clock."""

    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.controller.note_activity()
        return False
