"""The visitor flow as a plain state machine.

Screens render the state; they never decide it. Keeping the flow free of Qt
means every path a visitor can take (including the unhappy ones: an under-18
answer, a failed capture, a walk-away) is testable without a display, and the
rule "every return to the attract screen wipes the session" lives in exactly
one place: :meth:`VisitorFlow._enter`, which calls :meth:`booth.visit_state.Session.wipe`,
the one object that holds anything of the visitor.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from booth.visit_state import Session

log = logging.getLogger(__name__)


class State(enum.Enum):
    ATTRACT = "attract"
    WELCOME = "welcome"  # short notice, privacy contact, 18+ confirmation
    UNDERAGE = "underage"  # kind goodbye; nothing was stored
    PREVIEW = "preview"
    COUNTDOWN = "countdown"
    CAPTURING = "capturing"
    REVIEW = "review"
    DETAILS = "details"
    SENDING = "sending"
    DONE = "done"


class Event(enum.Enum):
    START = enum.auto()
    CONFIRM_ADULT = enum.auto()
    DECLINE_UNDERAGE = enum.auto()
    SHUTTER = enum.auto()
    COUNTDOWN_FINISHED = enum.auto()
    PHOTO_READY = enum.auto()
    CAPTURE_FAILED = enum.auto()
    RETAKE = enum.auto()
    KEEP_PHOTO = enum.auto()
    BACK = enum.auto()
    SUBMIT = enum.auto()
    SUBMITTED = enum.auto()
    SUBMIT_FAILED = enum.auto()
    FINISH = enum.auto()
    IDLE_TIMEOUT = enum.auto()
    CANCEL = enum.auto()
    CAMERA_LOST = enum.auto()  # the camera stayed away longer than a visitor should wait
    FORGET_CHOICES = enum.auto()  # attract: a language or reach choice left by a passer-by


TRANSITIONS: dict[tuple[State, Event], State] = {
    (State.ATTRACT, Event.START): State.WELCOME,
    (State.WELCOME, Event.CONFIRM_ADULT): State.PREVIEW,
    (State.WELCOME, Event.DECLINE_UNDERAGE): State.UNDERAGE,
    (State.UNDERAGE, Event.FINISH): State.ATTRACT,
    (State.PREVIEW, Event.SHUTTER): State.COUNTDOWN,
    (State.COUNTDOWN, Event.COUNTDOWN_FINISHED): State.CAPTURING,
    (State.CAPTURING, Event.PHOTO_READY): State.REVIEW,
    (State.CAPTURING, Event.CAPTURE_FAILED): State.PREVIEW,
    (State.REVIEW, Event.RETAKE): State.PREVIEW,
    (State.REVIEW, Event.KEEP_PHOTO): State.DETAILS,
    (State.DETAILS, Event.BACK): State.REVIEW,
    (State.DETAILS, Event.SUBMIT): State.SENDING,
    (State.SENDING, Event.SUBMITTED): State.DONE,
    (State.SENDING, Event.SUBMIT_FAILED): State.DETAILS,
    (State.DONE, Event.FINISH): State.ATTRACT,
}

# Walking away or pressing "cancel" is always allowed, except while a submitted
# session is being committed: the record must be written or refused first.
ALWAYS_ALLOWED = {Event.IDLE_TIMEOUT, Event.CANCEL}
# Every one of these ends on the attract screen, and so wipes the session (P7).
TO_ATTRACT = ALWAYS_ALLOWED | {Event.CAMERA_LOST, Event.FORGET_CHOICES}
NOT_INTERRUPTIBLE = {State.SENDING, State.ATTRACT}

# The screens whose next step needs a live camera. A visitor on one of them while the camera
# is away is waiting for it, and the controller bounds that wait (CAMERA_LOST); a visitor on
# the review or details screen already has the photo and carries on.
NEEDS_CAMERA = {State.WELCOME, State.PREVIEW, State.COUNTDOWN, State.CAPTURING}


class VisitorFlow:
    """Holds the current state and the visitor's session; applies events."""

    def __init__(self, max_retakes: int = 3, language: str = "en") -> None:
        self.max_retakes = max_retakes
        self.default_language = language
        self.state = State.ATTRACT
        self.session = Session(language=language)
        # Whether the camera is there. Without it the booth "rests": no session starts, so no
        # visitor answers the 18+ question only to meet a camera that is not coming.
        self.camera_ready = True
        self._listeners: list[Callable[[State, State], None]] = []

    def subscribe(self, listener: Callable[[State, State], None]) -> None:
        """``listener(old, new)`` is called after every state change."""
        self._listeners.append(listener)

    @property
    def retakes_left(self) -> int:
        return max(0, self.max_retakes - self.session.retakes_used)

    @property
    def waiting_for_camera(self) -> bool:
        """A visitor is on a screen that needs the camera, and the camera is away."""
        return not self.camera_ready and self.state in NEEDS_CAMERA

    def can(self, event: Event) -> bool:
        if event in ALWAYS_ALLOWED:
            return self.state not in NOT_INTERRUPTIBLE
        if event is Event.START and not self.camera_ready:
            return False
        if event is Event.CAMERA_LOST:
            return self.waiting_for_camera
        if event is Event.FORGET_CHOICES:
            return self.state is State.ATTRACT
        if event is Event.RETAKE and self.retakes_left == 0:
            return False
        return (self.state, event) in TRANSITIONS

    def handle(self, event: Event) -> bool:
        """Apply ``event``; return False (and change nothing) when it does not apply now.

        Ignoring stray events rather than raising is deliberate: a double tap
        or a timer that fires just after the visitor moved on is normal on a
        touchscreen, not a bug.
        """
        if not self.can(event):
            log.debug("ignored %s in %s", event.name, self.state.name)
            return False
        new = State.ATTRACT if event in TO_ATTRACT else TRANSITIONS[(self.state, event)]
        if event is Event.RETAKE:
            self.session.retakes_used += 1
            self.session.photo = None
        self._enter(new)
        return True

    def _enter(self, new: State) -> None:
        old, self.state = self.state, new
        if new is State.ATTRACT:
            self.session.wipe(self.default_language)
        log.info("flow %s -> %s", old.value, new.value)
        for listener in list(self._listeners):
            listener(old, new)
