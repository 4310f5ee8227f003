"""The visitor flow without Qt: every path, including the unhappy ones."""

from __future__ import annotations

import pytest

from booth.flow import Event, State, VisitorFlow

HAPPY = [
    (Event.START, State.WELCOME),
    (Event.CONFIRM_ADULT, State.PREVIEW),
    (Event.SHUTTER, State.COUNTDOWN),
    (Event.COUNTDOWN_FINISHED, State.CAPTURING),
    (Event.PHOTO_READY, State.REVIEW),
    (Event.KEEP_PHOTO, State.DETAILS),
    (Event.SUBMIT, State.SENDING),
    (Event.SUBMITTED, State.DONE),
    (Event.FINISH, State.ATTRACT),
]


def test_happy_path_visits_every_screen_in_order() -> None:
    flow = VisitorFlow()
    seen = []
    flow.subscribe(lambda old, new: seen.append(new))
    for event, expected in HAPPY:
        assert flow.handle(event)
        assert flow.state is expected
    assert seen == [s for _, s in HAPPY]


def test_stray_events_are_ignored_not_fatal() -> None:
    flow = VisitorFlow()
    assert not flow.handle(Event.SUBMIT)
    assert not flow.handle(Event.PHOTO_READY)
    assert flow.state is State.ATTRACT


def test_photo_cannot_be_taken_before_the_age_answer() -> None:
    """P6: the camera screen is reachable only through the 18+ confirmation."""
    flow = VisitorFlow()
    flow.handle(Event.START)
    assert not flow.handle(Event.SHUTTER)
    flow.handle(Event.DECLINE_UNDERAGE)
    assert flow.state is State.UNDERAGE
    assert not flow.handle(Event.SHUTTER)


@pytest.mark.parametrize("event", [Event.IDLE_TIMEOUT, Event.CANCEL])
def test_walking_away_wipes_the_session_from_any_screen(event: Event) -> None:
    for steps in range(1, 7):
        flow = VisitorFlow()
        for e, _ in HAPPY[:steps]:
            flow.handle(e)
        flow.session.photo = object()
        flow.session.extras["typed"] = "Ada"
        assert flow.handle(event)
        assert flow.state is State.ATTRACT
        assert flow.session.photo is None and flow.session.extras == {}


def test_a_session_being_committed_is_not_abandoned_halfway() -> None:
    flow = VisitorFlow()
    for e, _ in HAPPY[:7]:
        flow.handle(e)
    assert flow.state is State.SENDING
    assert not flow.handle(Event.IDLE_TIMEOUT)
    assert not flow.handle(Event.CANCEL)


def test_retakes_are_limited_and_drop_the_previous_photo() -> None:
    flow = VisitorFlow(max_retakes=2)
    for e, _ in HAPPY[:5]:
        flow.handle(e)
    for _ in range(2):
        flow.session.photo = object()
        assert flow.handle(Event.RETAKE)
        assert flow.session.photo is None
        for e in (Event.SHUTTER, Event.COUNTDOWN_FINISHED, Event.PHOTO_READY):
            flow.handle(e)
    assert flow.retakes_left == 0
    assert not flow.handle(Event.RETAKE)
    assert flow.state is State.REVIEW


def test_failed_submit_returns_to_the_form() -> None:
    flow = VisitorFlow()
    for e, _ in HAPPY[:7]:
        flow.handle(e)
    assert flow.handle(Event.SUBMIT_FAILED)
    assert flow.state is State.DETAILS


def test_no_session_starts_while_the_camera_is_away() -> None:
    """The booth rests: nobody answers the 18+ question for a camera that is not there."""
    flow = VisitorFlow()
    flow.camera_ready = False
    assert not flow.handle(Event.START)
    assert flow.state is State.ATTRACT
    flow.camera_ready = True
    assert flow.handle(Event.START)


def test_a_visitor_waiting_for_the_camera_is_sent_back_with_nothing_kept() -> None:
    """P7: a session the camera ended is wiped like a walk-away."""
    flow = VisitorFlow(language="fr")
    flow.handle(Event.START)
    flow.handle(Event.CONFIRM_ADULT)
    flow.session.language = "he"
    flow.session.extras["typed"] = "Ada"
    assert not flow.waiting_for_camera and not flow.handle(Event.CAMERA_LOST)
    flow.camera_ready = False
    assert flow.waiting_for_camera
    assert flow.handle(Event.CAMERA_LOST)
    assert flow.state is State.ATTRACT
    assert flow.session.extras == {} and flow.session.language == "fr"


def test_a_visitor_who_has_the_photo_is_not_sent_back_for_the_camera() -> None:
    flow = VisitorFlow()
    for event, _ in HAPPY[:5]:
        flow.handle(event)
    assert flow.state is State.REVIEW
    flow.camera_ready = False
    assert not flow.waiting_for_camera
    assert not flow.handle(Event.CAMERA_LOST)
    assert flow.handle(Event.KEEP_PHOTO)


def test_choices_left_on_attract_are_forgotten() -> None:
    """A language or reach choice nobody followed up goes back to the store's defaults."""
    flow = VisitorFlow(language="fr")
    seen = []
    flow.subscribe(lambda old, new: seen.append((old, new)))
    flow.session.language, flow.session.reach = "he", True
    assert flow.handle(Event.FORGET_CHOICES)
    assert (flow.session.language, flow.session.reach) == ("fr", False)
    assert seen == [(State.ATTRACT, State.ATTRACT)]
    flow.handle(Event.START)
    assert not flow.handle(Event.FORGET_CHOICES), "only on the attract screen"
