"""The one object that holds a visitor: filled field by field, then wiped by ending the session."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from booth.flow import Event, State, VisitorFlow
from booth.visit_state import Outcome, Session
from camera.compose import ComposedPhoto

# A value for the fields whose empty state is None; the others are filled from their type.
SAMPLES: dict[str, Any] = {
    "photo": ComposedPhoto(jpeg=b"\xff\xd8ada", width=4, height=5, mms_jpeg=b"\xff\xd8ada"),
    "outcome": Outcome("Ada", {"email": "sent"}),
}


def visitor_value(name: str, empty: Any) -> Any:
    """Something a visitor could have left in a field, never equal to the field's empty value."""
    if name in SAMPLES:
        return SAMPLES[name]
    by_type: dict[type, Any] = {
        bool: not empty,
        int: 2,
        str: "he",
        dict: {"d-1": "email"},
    }
    assert type(empty) in by_type, f"add a visitor's value for Session.{name} to SAMPLES"
    return by_type[type(empty)]


def test_ending_a_session_leaves_nothing_of_the_visitor() -> None:
    """P7, nothing of one visitor visible to the next: every field of the session, including any
    added later, is back to empty after the one call that ends a visit (a walk-away here), and
    the dicts a reference may still point to are emptied too."""
    flow = VisitorFlow(language="fr")
    empty = Session(language="fr")
    for event in (Event.START, Event.CONFIRM_ADULT):
        flow.handle(event)
    session = flow.session
    kept: dict[str, Any] = {}
    for each in fields(Session):
        value = visitor_value(each.name, getattr(empty, each.name))
        setattr(session, each.name, value)
        kept[each.name] = getattr(session, each.name)
        assert kept[each.name] != getattr(empty, each.name), each.name

    assert flow.handle(Event.IDLE_TIMEOUT)

    assert flow.state is State.ATTRACT
    assert flow.session is session, "wiped in place: an old reference holds nothing either"
    for each in fields(Session):
        assert getattr(flow.session, each.name) == getattr(empty, each.name), each.name
        if isinstance(kept[each.name], dict):
            assert kept[each.name] == {}, each.name


def test_outcomes_reported_before_the_commit_are_kept_for_this_visitor_only() -> None:
    """The outbox can be quicker than the commit's callback; what it said of others is dropped."""
    session = Session()
    assert not session.report("d-1", "sent")
    session.report("d-9", "sent")
    session.expect({"d-1": "email", "d-2": "sms"})
    assert session.early == {} and session.statuses == {"d-1": "sent"}
    assert not session.all_final()
    assert session.channel_statuses() == {"email": "sent", "sms": "queued"}
    assert session.report("d-2", "failed") and session.all_final()
