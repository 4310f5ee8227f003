"""The details form judges a field when it is left or sent, says why in our words, holds still,
and asks before Cancel throws the photo away (issue #18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from booth.contact_form import ContactInput, Reason, check_form
from booth.flow import State
from tests.ui.visitor import Visitor, visible_texts

# What email-validator writes for people who program; none of it may reach a visitor.
VALIDATOR_WORDS = ("@-sign", "It should have a period", "is not valid", "special character")


def geometry_of_publish(d) -> QRect:  # type: ignore[no-untyped-def]
    box = d.publish
    return QRect(box.mapTo(d, box.rect().topLeft()), box.size())


def test_no_error_while_typing_one_on_leaving_the_field(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    visitor.choose(email=False, sms=True)
    visitor.tap(d.phone)
    visitor.type("12345")
    assert d.errors["phone"].text() == "", "'12345' is unfinished, not wrong"
    assert d.phone.property("invalid") is False
    visitor.tap(d.name)  # leaves the phone field
    assert d.errors["phone"].text() == "That number has too few or too many digits."
    assert d.phone.property("invalid") is True


def test_the_publish_box_holds_still_when_an_error_comes_and_goes(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """A tap aimed at the publish box must not miss because an error line came or went."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    visitor.choose(email=True, sms=False)
    visitor.tap(d.name)
    visitor.type("ada")
    visitor.tap(d.email)
    visitor.type("ada@example")
    before = geometry_of_publish(d)
    visitor.tap(d.name)  # the email is judged: its error line shows
    qtbot.waitUntil(lambda: d.errors["email"].text() != "", timeout=2000)
    assert geometry_of_publish(d) == before
    visitor.tap(d.email)
    visitor.tap(d.keyboard.key(".com"))  # fixed: the line empties
    assert d.errors["email"].text() == ""
    assert geometry_of_publish(d) == before
    # A long message (two lines) in the longest language keeps it still too.
    visitor.controller.set_language("fr")
    qtbot.waitUntil(lambda: d.send_button.text() == "Envoyer ma photo", timeout=3000)
    french = geometry_of_publish(d)
    d.email.setText("ada@example")
    visitor.tap(d.name)
    qtbot.waitUntil(lambda: d.errors["email"].text() != "", timeout=2000)
    assert geometry_of_publish(d) == french
    visitor.controller.set_language("en")  # no session left in French for a later timer


def test_send_judges_every_field_and_does_not_send(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    visitor.choose(email=True, sms=False)
    assert d.send_button.isEnabled(), "Send can be pressed: it says what is missing"
    visitor.tap(d.send_button)
    assert visitor.controller.state is State.DETAILS
    assert d.errors["name"].text() == "Please tell us your name."
    assert d.errors["email"].text() == "Please enter your email address."
    assert d.name.hasFocus() and d.keyboard.layout_name == "name"


@pytest.mark.parametrize("language", ["en", "fr", "he"])
def test_every_refusal_is_said_in_our_words_in_every_language(qtbot, running_kiosk, language):  # type: ignore[no-untyped-def]
    from ui.contact_words import every_reason_has_words, refusal_text

    assert every_reason_has_words()
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    visitor.controller.set_language(language)
    visitor.choose(email=True, sms=False)
    english: dict[str, str] = {}
    for typed in ("ada@example", "ada@@example.com", ".ada@example.com", "zoë@example.com"):
        d.email.setText(typed)
        d.name.setFocus()  # leaves the email field
        d.email.setFocus()
        d.name.setFocus()
        shown = d.errors["email"].text()
        assert shown, typed
        refusal = check_form(
            ContactInput(name="Ada", email=typed, channels=frozenset({"email"})), "US"
        ).errors["email"]
        assert shown == refusal_text(refusal)
        assert not any(words in shown for words in VALIDATOR_WORDS), shown
        english[typed] = str(refusal)
        if language != "en":
            assert shown != str(refusal), f"{typed}: not translated into {language}"
    texts = " ".join(visible_texts(d))
    assert not any(words in texts for words in VALIDATOR_WORDS)
    visitor.controller.set_language("en")  # no session left in another language for a timer
    assert {
        check_form(ContactInput(email=t, channels=frozenset({"email"})), "US")
        .errors["email"]
        .reason
        for t in english
    } == {
        Reason.EMAIL_AFTER_AT,
        Reason.EMAIL_TWO_AT,
        Reason.EMAIL_BEFORE_AT,
        Reason.EMAIL_LATIN_ONLY,
    }


def test_cancel_asks_first_and_only_discards_on_yes(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    visitor.tap(d.name)
    visitor.type("ada")
    visitor.tap(d.cancel_button)
    assert d.cancel_confirm.isVisible(), "Cancel asks before throwing anything away"
    assert visitor.controller.state is State.DETAILS
    visitor.tap(d.cancel_confirm.no_button)
    assert not d.cancel_confirm.isVisible()
    assert visitor.controller.state is State.DETAILS and d.name.text() == "Ada"
    assert visitor.controller.flow.session.photo is not None, "the photo is kept"
    visitor.tap(d.cancel_button)
    visitor.tap(d.cancel_confirm.yes_button)
    visitor.wait_for(State.ATTRACT)
    assert visitor.controller.flow.session.photo is None
    assert d.name.text() == "" and not d.cancel_confirm.isVisible()


@pytest.mark.parametrize("language", ["en", "fr", "he"])
def test_every_message_fits_the_line_kept_for_it(qtbot, running_kiosk, language):  # type: ignore[no-untyped-def]
    """The error takes the field label's line; on the smallest screen (1600 px) it must fit."""
    from PySide6.QtWidgets import QApplication

    from ui.contact_words import _texts
    from ui.i18n import switcher

    window = running_kiosk.window
    window.resize(1600, 900)
    d = window.details
    d.sms_toggle.setChecked(True)
    window.stack.setCurrentWidget(d)
    switcher().apply(language)
    QApplication.processEvents()
    label = d.errors["email"]
    width = label.width()
    assert width > 400
    too_long = []
    for reason, text in _texts().items():
        if reason is Reason.NO_CHANNEL:
            continue  # said under the channel toggles, on as many lines as it needs
        shown = text.format(254)
        advance = label.fontMetrics().horizontalAdvance(shown)
        if advance > width * 0.85:  # room to spare: fonts differ a little between machines
            too_long.append(f"{reason}: {shown!r} is {advance} px")
    assert not too_long, f"{language}, {width} px kept: {too_long}"
