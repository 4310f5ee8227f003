"""Drive complete visitor sessions through the real window, as a person would.

Every step is a simulated tap on the widget a visitor would touch: the start
button, the 18+ answer, the shutter, the keys of the on-screen keyboards, the
publish box, Send, Finish. The camera path, the records file and the outbox
are the real ones. The autopilot is the project's smoke and soak test: it runs
from a fresh install with no display (offscreen platform).

Visitors take each registered delivery channel in turn (email, then text
message), and alternate between ticking and not ticking the publish box, so
every combination is exercised.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from booth.channels import AddressKind, all_channels, channel_named
from booth.controller import FlowController
from booth.flow import State
from kiosk.people import FakePerson, visitors
from ui.main_window import KioskWindow
from ui.widgets.keyboard import OnScreenKeyboard


class AutopilotError(Exception):
    """The kiosk did not reach the screen the autopilot expected in time."""


def pump(ms: int = 10) -> None:
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, ms)


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AutopilotError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        QTest.qWait(5)


def tap(widget: QWidget) -> None:
    if not widget.isEnabled():
        raise AutopilotError(f"tried to tap a disabled control: {widget.accessibleName()!r}")
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    pump()


def type_on(keyboard: OnScreenKeyboard, text: str) -> None:
    """Type by tapping keys; capitals come from the name keyboard's own auto-capitalisation."""
    for char in text:
        key = "space" if char == " " else char.lower()
        if not keyboard.has_key(key) and keyboard.has_key("abc"):
            tap(keyboard.key("abc"))  # a Latin name on a Hebrew visitor's Hebrew letters
        tap(keyboard.key(key))


@dataclass
class Plan:
    person: FakePerson
    channel: str  # a registered channel's name
    publish: bool
    retake: bool


def plan_for(index: int, pool: list[FakePerson]) -> Plan:
    """Visitor ``index`` is ``pool[index]``; channel and publish choice alternate."""
    channels = all_channels()
    return Plan(
        person=pool[index % len(pool)],
        channel=channels[index % len(channels)].name,
        publish=index % 4 in (0, 3),
        retake=index % 5 == 4,
    )


@dataclass
class Autopilot:
    window: KioskWindow
    preview_ready: Callable[[], bool]
    seed: int = 0
    kiosk_id: str = "kiosk-01"
    sessions: int = 200
    step_timeout_s: float = 20.0
    log: list[str] = field(default_factory=list)

    @cached_property
    def pool(self) -> list[FakePerson]:
        return visitors(self.seed, self.kiosk_id, self.sessions)

    @property
    def controller(self) -> FlowController:
        return self.window.controller

    def wait_state(self, state: State) -> None:
        wait_until(
            lambda: self.controller.state is state, self.step_timeout_s, f"the {state.value} screen"
        )

    def take_photo(self) -> None:
        shutter = self.window.camera.shutter
        wait_until(
            lambda: self.preview_ready() and shutter.isEnabled(),
            self.step_timeout_s,
            "the live camera preview",
        )
        tap(self.window.camera.shutter)
        self.wait_state(State.REVIEW)

    def run_session(self, index: int) -> Plan:
        w = self.window
        plan = plan_for(index, self.pool)
        self.wait_state(State.ATTRACT)
        tap(w.attract.start_button)
        self.wait_state(State.WELCOME)
        tap(w.welcome.adult_button)
        self.wait_state(State.PREVIEW)
        self.take_photo()
        if plan.retake:
            tap(w.review.retake_button)
            self.wait_state(State.PREVIEW)
            self.take_photo()
        tap(w.review.keep_button)
        self.wait_state(State.DETAILS)
        self.fill_details(plan)
        tap(w.details.send_button)
        self.wait_state(State.DONE)
        tap(w.done.finish_button)
        self.wait_state(State.ATTRACT)
        return plan

    def fill_details(self, plan: Plan) -> None:
        d = self.window.details
        for name, toggle in d.toggles.items():
            if toggle.isChecked() != (name == plan.channel):
                tap(toggle)
        tap(d.name)
        type_on(d.keyboard, plan.person.name.lower())
        channel = channel_named(plan.channel)
        if channel is None:
            raise AutopilotError(f"no delivery channel named {plan.channel!r} is registered")
        if channel.address is AddressKind.EMAIL:
            tap(d.email)
            type_on(d.keyboard, plan.person.email)
        else:
            tap(d.phone)
            type_on(d.keyboard, plan.person.typed_phone)
        if plan.publish:
            tap(d.publish)
        if not d.is_complete():
            errors = {k: v.text() for k, v in d.errors.items() if v.text()}
            raise AutopilotError(f"the details form refused the fake visitor: {errors}")
