"""The thin Qt layer over :mod:`booth.flow`.

It owns the timers (countdown, idle, done-screen, the bounded wait for a lost
camera), asks the camera for a still, runs the blocking steps (compositing,
committing the visit) through the task runner, and turns outbox outcomes from
the delivery thread into signals on the GUI thread. Screens call its methods
and listen to its signals; they hold no rules of their own. It keeps nothing of
the visitor itself: all of that is in ``flow.session`` (:mod:`booth.visit_state`),
wiped there in one call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from booth.contact_form import Contact, ContactInput, FormCheck, check_form
from booth.flow import Event, State, VisitorFlow
from booth.settings import Settings
from booth.tasks import Runner
from booth.visit_state import Outcome
from consent.database import StorageError
from consent.delivery_status import DeliveryStatus
from consent.notices import PUBLISH_SOCIAL, Notice
from consent.records import SubmittedVisit, VisitDraft

if TYPE_CHECKING:
    from camera.compose import ComposedPhoto

log = logging.getLogger(__name__)

SEND_WAIT_MS = 6000  # how long the sending screen waits for the provider before saying "queued"
# How long a visitor waits for a lost camera before the session ends with an apology: long
# enough for a reconnect (the worker retries within a few seconds), short enough that nobody
# stands in front of "reconnecting…" wondering whether it will ever come.
CAMERA_WAIT_MS = 20_000
CAMERA_AWAY_STATES = frozenset({"unavailable", "stopped"})  # camera.worker.STATES without a picture


@dataclass
class Services:
    """The plain-Python pieces the controller drives, injected so tests can build them small."""

    notice_for: Callable[[str], Notice]  # language -> the current notice shown in it
    compose: Callable[[Any], ComposedPhoto]  # camera frame -> the visitor's photo
    preview_image: Callable[[ComposedPhoto], QImage]  # for the review screen
    submit: Callable[[VisitDraft], SubmittedVisit]
    wake_outbox: Callable[[], None]
    request_still: Callable[[], None]
    # QR pickup, where a media host is configured: photo + language -> (QImage of the QR, link days)
    pickup: Callable[[bytes, str], tuple[Any, int]] | None = None


@dataclass(frozen=True)
class NoticeText:
    """The privacy notice as the visitor reads it: plain text the screens draw, nothing to decide."""

    title: str
    short: str
    full: str
    age_question: str
    publish_consent: str
    """The exact wording beside the publish box, as the consent record will store it (P3)."""


class FlowController(QObject):
    state_changed = Signal(object)  # State
    countdown_ticked = Signal(int)
    photo_ready = Signal(object)  # QImage of the composed photo
    capture_failed = Signal(str)
    submit_failed = Signal(str)
    outcome_ready = Signal(object)  # Outcome
    idle_warning = Signal(int)  # "Still there?": seconds left before the session is wiped
    idle_warning_ended = Signal()  # the visitor touched the screen, or the session moved on
    language_changed = Signal(str)  # the visitor's language (the default again after a wipe)
    reach_changed = Signal(bool)  # accessibility: every control in the lower part of the screen
    session_wiped = Signal()
    camera_ready_changed = Signal(bool)  # False: the booth rests (attract starts no session)
    camera_apology_changed = Signal(bool)  # True: a session just ended because the camera left
    _delivery_reported = Signal(str, str)  # crosses from the outbox thread as a queued call

    def __init__(
        self, settings: Settings, services: Services, runner: Runner, time_scale: float = 1.0
    ) -> None:
        super().__init__()
        self.settings = settings
        self.services = services
        self.runner = runner
        self.time_scale = time_scale
        self.flow = VisitorFlow(settings.flow.max_retakes, settings.flow.language)
        self.flow.subscribe(self._on_flow_changed)
        self._countdown_left = 0
        self._generation = 0  # bumps on every wipe; late results of an old session are dropped

        self._countdown = self._timer(1000, single=False, slot=self._on_countdown_tick)
        # Idle: after (timeout - prompt) a "Still there?" prompt counts down the rest.
        self._idle = self._timer(1000, slot=self._on_idle_timeout, scaled=False)
        self._walkaway = self._timer(1000, slot=self._on_walkaway, scaled=False)
        self._walkaway.setTimerType(Qt.TimerType.PreciseTimer)  # its remaining time is shown
        self._warning_tick = self._timer(
            1000, single=False, slot=self._on_warning_tick, scaled=False
        )
        # What the screens were last told, so a wipe tells them the defaults are back.
        self._shown_language = self.flow.session.language
        self._shown_reach = False
        self._prompt_ms = 0
        self._warning_shown = False
        # On the attract screen: a language or reach choice nobody followed up is forgotten
        # after the same idle time, and the apology for a lost camera is not kept up for ever.
        self._attract_idle = self._timer(1000, slot=self._on_attract_idle, scaled=False)
        self._apology_over = self._timer(1000, slot=self._end_camera_apology, scaled=False)
        self.set_idle_timeout_ms(settings.flow.idle_timeout_s * 1000)
        self._done = self._timer(settings.flow.done_screen_s * 1000, slot=self._on_done_timeout)
        self._send_wait = self._timer(SEND_WAIT_MS, slot=self._on_send_wait_over, scaled=False)
        self._camera_wait = self._timer(
            CAMERA_WAIT_MS, slot=self._on_camera_wait_over, scaled=False
        )
        self._camera_apology = False
        self._stopped = False
        self._delivery_reported.connect(self._on_delivery_reported)

    def _timer(
        self, ms: int, slot: Callable[[], None], single: bool = True, scaled: bool = True
    ) -> QTimer:
        """``time_scale`` speeds up the countdown and the done screen for the autopilot only."""
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(max(1, int(ms * (self.time_scale if scaled else 1.0))))
        timer.timeout.connect(slot)
        return timer

    def stop(self) -> None:
        """The kiosk is shutting down: no timer fires into a window that is gone."""
        self._stopped = True  # the camera thread's last "stopped" is not a fault to show
        for timer in self.findChildren(QTimer):
            timer.stop()

    # -- what screens read ---------------------------------------------------
    @property
    def state(self) -> State:
        return self.flow.state

    @property
    def retakes_left(self) -> int:
        return self.flow.retakes_left

    @property
    def language(self) -> str:
        return self.flow.session.language

    @property
    def reach(self) -> bool:
        return self.flow.session.reach

    def notice(self) -> Notice:
        """The privacy notice in the visitor's language (English when there is none)."""
        return self.services.notice_for(self.flow.session.language)

    def notice_text(self) -> NoticeText:
        """What the screens draw of that notice, with this store's name and contact filled in."""
        notice = self.notice()
        store = self.settings.store

        def fill(text: str) -> str:
            return notice.render(
                text, store=store.store_name, privacy_contact=store.privacy_contact
            )

        return NoticeText(
            title=notice.title,
            short=fill(notice.short),
            full=fill(notice.full),
            age_question=notice.age_question,
            publish_consent=fill(notice.purposes[PUBLISH_SOCIAL].wording),
        )

    def check(self, form: ContactInput) -> FormCheck:
        return check_form(form, self.settings.delivery.default_region)

    def set_idle_timeout_ms(self, ms: int) -> None:
        """Change the walk-away time while running (staff settings, tests).

        ``ms`` is the whole time without a touch before the wipe; the "Still there?" prompt
        takes its last ``flow.still_there_s`` seconds, or half of it when it is shorter.
        """
        ms = max(2, ms)
        self._prompt_ms = min(self.settings.flow.still_there_s * 1000, ms // 2)
        self._idle.setInterval(ms - self._prompt_ms)
        self._walkaway.setInterval(max(1, self._prompt_ms))
        self._attract_idle.setInterval(ms)
        self._apology_over.setInterval(ms)

    def set_camera_wait_ms(self, ms: int) -> None:
        """How long a visitor waits for a lost camera (tests shorten it)."""
        self._camera_wait.setInterval(max(1, ms))

    @property
    def camera_ready(self) -> bool:
        return self.flow.camera_ready

    @property
    def camera_apology(self) -> bool:
        """A session has just ended because the camera stayed away; attract says sorry."""
        return self._camera_apology

    @Slot(str)
    def on_camera_state(self, state: str) -> None:
        """The camera worker's state (``camera.worker.STATES``), delivered on the GUI thread."""
        ready = state not in CAMERA_AWAY_STATES
        if self._stopped or ready == self.flow.camera_ready:
            return
        self.flow.camera_ready = ready
        log.info("camera %s: the booth %s", state, "is open" if ready else "rests")
        if ready:
            self._end_camera_apology()
        self._follow_camera()
        self.camera_ready_changed.emit(ready)

    def _follow_camera(self) -> None:
        """Start the bounded wait when a visitor starts waiting for the camera; stop it after."""
        if not self.flow.waiting_for_camera:
            self._camera_wait.stop()
        elif not self._camera_wait.isActive():
            self._camera_wait.start()

    @Slot()
    def _on_camera_wait_over(self) -> None:
        if not self.flow.can(Event.CAMERA_LOST):
            return
        self._camera_apology = True  # set first: the attract screen reads it as it appears
        self._apology_over.start()
        if self.flow.handle(Event.CAMERA_LOST):
            log.info("camera away for %d s: session wiped", self._camera_wait.interval() // 1000)
        self.camera_apology_changed.emit(True)

    @Slot()
    def _end_camera_apology(self) -> None:
        self._apology_over.stop()
        if self._camera_apology:
            self._camera_apology = False
            self.camera_apology_changed.emit(False)

    @Slot()
    def _on_attract_idle(self) -> None:
        if self.flow.handle(Event.FORGET_CHOICES):
            log.info("attract idle: the store's language and layout are back")

    def _note_attract_choice(self) -> None:
        """A choice made on attract starts (or restarts) the clock that forgets it."""
        session = self.flow.session
        if self.flow.state is not State.ATTRACT:
            return
        if session.language != self.flow.default_language or session.reach:
            self._attract_idle.start()
        else:
            self._attract_idle.stop()

    @property
    def idle_warning_active(self) -> bool:
        return self._warning_shown

    # -- what screens do -----------------------------------------------------
    def note_activity(self) -> None:
        """Any touch restarts the idle clock (except on the attract screen, which has none)."""
        if self.flow.state is not State.ATTRACT:
            self._end_idle_warning()
            self._idle.start()
        elif self._attract_idle.isActive():
            self._attract_idle.start()

    def still_here(self) -> None:
        """The "I'm still here" button: the same as any touch."""
        self.note_activity()

    def set_language(self, language: str) -> None:
        """The visitor's language for this session: screens, notice and consent rows follow it."""
        if language == self.flow.session.language:
            return
        self.flow.session.language = language
        self._announce_language()
        self._note_attract_choice()

    def set_reach(self, on: bool) -> None:
        """Bring every control into the lower part of the screen, for this session."""
        self.flow.session.reach = on
        self._announce_reach()
        self._note_attract_choice()

    def start(self) -> None:
        """A tap on attract; while the camera is away the booth rests and nothing starts."""
        if self.flow.handle(Event.START):
            self._end_camera_apology()

    def confirm_adult(self) -> None:
        self.flow.handle(Event.CONFIRM_ADULT)

    def decline_underage(self) -> None:
        self.flow.handle(Event.DECLINE_UNDERAGE)

    def cancel(self) -> None:
        self.flow.handle(Event.CANCEL)

    def shutter(self) -> None:
        if self.flow.handle(Event.SHUTTER):
            self._countdown_left = self.settings.flow.countdown_s
            self.countdown_ticked.emit(self._countdown_left)
            self._countdown.start()

    def retake(self) -> None:
        self.flow.handle(Event.RETAKE)

    def keep_photo(self) -> None:
        self.flow.handle(Event.KEEP_PHOTO)

    def back(self) -> None:
        self.flow.handle(Event.BACK)

    def finish(self) -> None:
        self.flow.handle(Event.FINISH)

    def submit(self, form: ContactInput) -> None:
        check = self.check(form)
        if check.contact is None or self.flow.session.photo is None:
            return
        if not self.flow.handle(Event.SUBMIT):
            return
        contact: Contact = check.contact
        self.flow.session.first_name = contact.first_name
        draft = VisitDraft(
            name=contact.name,
            email=contact.email,
            phone=contact.phone,
            channels=contact.channels,
            publish=contact.publish,
            language=self.flow.session.language,
            photo_jpeg=self.flow.session.photo.jpeg,
        )
        generation = self._generation
        self.runner.run(
            lambda: self.services.submit(draft),
            lambda result: self._on_submitted(generation, result),
            lambda error: self._on_submit_error(generation, error),
        )

    @property
    def qr_pickup_available(self) -> bool:
        return self.services.pickup is not None

    def pickup_by_qr(self) -> None:
        """No contact details at all (P1): the photo is hosted and its link shown as a QR code."""
        pickup = self.services.pickup
        photo = self.flow.session.photo
        if pickup is None or photo is None or not self.flow.handle(Event.SUBMIT):
            return
        self.flow.session.first_name = ""
        jpeg, language = photo.jpeg, self.flow.session.language
        generation = self._generation
        self.runner.run(
            lambda: pickup(jpeg, language),
            lambda result: self._on_pickup_ready(generation, result),
            lambda error: self._on_submit_error(generation, error),
        )

    def _on_pickup_ready(self, generation: int, result: tuple[Any, int]) -> None:
        if generation != self._generation or self.flow.state is not State.SENDING:
            return
        image, days = result
        # The pickup's delivery row is recorded as sent: the photo is on the host.
        self.flow.session.outcome = Outcome(
            "", {"qr": DeliveryStatus.SENT}, qr_image=image, link_days=days
        )
        self.outcome_ready.emit(self.flow.session.outcome)
        self.flow.handle(Event.SUBMITTED)

    # -- outbox bridge (called from the delivery thread) -----------------------
    def report_delivery(self, delivery_id: str, status: DeliveryStatus) -> None:
        self._delivery_reported.emit(delivery_id, status)

    # -- internals -------------------------------------------------------------
    def _on_flow_changed(self, old: State, new: State) -> None:
        self._end_idle_warning()
        if new is State.ATTRACT:
            self._generation += 1
            self._idle.stop()
            self._countdown.stop()
            self._send_wait.stop()
            self._done.stop()
            self._attract_idle.stop()
            # The flow has wiped the session; the screens hear of its defaults.
            self._announce_language()
            self._announce_reach()
            self.session_wiped.emit()
        else:
            self._idle.start()
        self._follow_camera()
        if new is State.CAPTURING:
            self.services.request_still()
        if new in (State.DONE, State.UNDERAGE):
            self._done.start()
        self.state_changed.emit(new)

    @Slot()
    def _on_countdown_tick(self) -> None:
        self._countdown_left -= 1
        if self._countdown_left > 0:
            self.countdown_ticked.emit(self._countdown_left)
            return
        self._countdown.stop()
        self.countdown_ticked.emit(0)
        self.flow.handle(Event.COUNTDOWN_FINISHED)

    def on_still_captured(self, frame: Any) -> None:
        if self.flow.state is not State.CAPTURING:
            return  # the visitor left during the countdown; drop the frame
        generation = self._generation

        def compose() -> tuple[ComposedPhoto, QImage]:
            photo = self.services.compose(frame)
            return photo, self.services.preview_image(photo)

        self.runner.run(
            compose,
            lambda result: self._on_composed(generation, result),
            lambda error: self._on_capture_error(generation, error),
        )

    def on_still_failed(self, message: str) -> None:
        if self.flow.state is State.CAPTURING:
            self.capture_failed.emit(message)
            self.flow.handle(Event.CAPTURE_FAILED)

    def _on_composed(self, generation: int, result: tuple[ComposedPhoto, QImage]) -> None:
        if generation != self._generation or self.flow.state is not State.CAPTURING:
            return
        photo, image = result
        self.flow.session.photo = photo
        self.photo_ready.emit(image)
        self.flow.handle(Event.PHOTO_READY)

    def _on_capture_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        log.error("photo composition failed: %s", error)
        self.on_still_failed("Sorry, that photo didn't work. Let's try again.")

    def _on_submitted(self, generation: int, result: SubmittedVisit) -> None:
        if generation != self._generation:
            return
        session = self.flow.session
        session.expect(result.deliveries)
        log.info("visit %s committed with %d deliveries", result.visit_id, len(session.awaiting))
        if session.all_final():
            self._finish_sending()  # the outbox was quicker than this callback
            return
        self._send_wait.start()
        self.services.wake_outbox()

    def _on_submit_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, StorageError):
            # Staff read the log when a visitor reports it; the message names no visitor (P7).
            log.error("submit failed, the visit was not saved: %s", error)
            message = f"We couldn't save your photo: {error} Please ask a member of staff."
        else:
            log.error("submit failed: %r", type(error).__name__)
            message = (
                "Something went wrong while saving. Please try again or ask a member of staff."
            )
        self.submit_failed.emit(message)
        self.flow.handle(Event.SUBMIT_FAILED)

    @Slot(str, str)
    def _on_delivery_reported(self, delivery_id: str, reported: str) -> None:
        if self.flow.state is not State.SENDING:
            return
        status = DeliveryStatus(reported)  # the queued signal carries it as a plain string
        if self.flow.session.report(delivery_id, status) and self.flow.session.all_final():
            self._finish_sending()

    @Slot()
    def _on_send_wait_over(self) -> None:
        if self.flow.state is State.SENDING:
            self._finish_sending()  # whatever has not been accepted yet is honestly queued

    def _finish_sending(self) -> None:
        self._send_wait.stop()
        session = self.flow.session
        session.outcome = Outcome(session.first_name, session.channel_statuses())
        self.outcome_ready.emit(session.outcome)
        self.flow.handle(Event.SUBMITTED)

    def _announce_language(self) -> None:
        if self.flow.session.language != self._shown_language:
            self._shown_language = self.flow.session.language
            self.language_changed.emit(self._shown_language)

    def _announce_reach(self) -> None:
        if self.flow.session.reach != self._shown_reach:
            self._shown_reach = self.flow.session.reach
            self.reach_changed.emit(self._shown_reach)

    @Slot()
    def _on_idle_timeout(self) -> None:
        if not self.flow.can(Event.IDLE_TIMEOUT):
            return
        if self._prompt_ms <= 0:
            self._on_walkaway()
            return
        self._walkaway.start()
        self._warning_tick.start()
        self._warning_shown = True
        self.idle_warning.emit(self._warning_seconds())

    def _warning_seconds(self) -> int:
        return max(0, round(self._walkaway.remainingTime() / 1000))

    @Slot()
    def _on_warning_tick(self) -> None:
        if self._walkaway.isActive():
            self.idle_warning.emit(self._warning_seconds())

    def _end_idle_warning(self) -> None:
        self._walkaway.stop()
        self._warning_tick.stop()
        if self._warning_shown:
            self._warning_shown = False
            self.idle_warning_ended.emit()

    @Slot()
    def _on_walkaway(self) -> None:
        self._warning_tick.stop()
        if self.flow.handle(Event.IDLE_TIMEOUT):
            log.info("idle timeout: session wiped")

    @Slot()
    def _on_done_timeout(self) -> None:
        self.flow.handle(Event.FINISH)
