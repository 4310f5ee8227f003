"""One visitor, end to end, through the real window: taps, camera, records file, dry-run outbox."""

from __future__ import annotations

import email
import email.policy
import json
import re
import sqlite3

from booth.flow import State
from booth.records_file import open_photos, open_records
from tests.ui.visitor import Visitor, held_images, visible_texts

NAME, EMAIL, PHONE = "ada lovelace", "ada.lovelace@example.com", "2015550123"


def rows(layout, sql: str, *args):  # type: ignore[no-untyped-def]
    with sqlite3.connect(layout.database) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, args)]


def finish_sending(visitor: Visitor) -> None:
    visitor.tap(visitor.window.details.send_button)
    visitor.wait_for(State.DONE)


def test_email_visitor_gets_photo_and_consent_rows_record_no_publish(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """P2, P3, P8, P10: delivery without the publish consent, every purpose recorded."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    assert not visitor.window.details.publish.isChecked(), "P2: the publish box starts unticked"
    visitor.fill(NAME, email=EMAIL)
    finish_sending(visitor)

    layout = running_kiosk.layout
    (visit,) = rows(layout, "select * from visits")
    from consent.records import visit_contact

    contact = visit_contact(open_records(layout), visit["id"])  # P7: stored encrypted
    assert contact.name == "Ada Lovelace"
    assert contact.email == EMAIL and contact.phone is None
    photo = open_photos(layout).read(visit["photo_file"])
    assert photo[:2] == b"\xff\xd8"
    consents = {c["purpose"]: c for c in rows(layout, "select * from consents")}
    assert consents["publish_social"]["given"] == 0
    assert consents["delivery"]["given"] == 1
    notice = running_kiosk.kiosk.notice
    for consent in consents.values():
        assert consent["notice_version"] == notice.version
        assert consent["notice_sha256"] == notice.sha256
        assert consent["kiosk_id"] == "kiosk-01"
    assert "publish my photo" in consents["publish_social"]["wording"]

    (delivery,) = rows(layout, "select * from deliveries")
    assert delivery["status"] == "sent" and delivery["channel"] == "email"
    message = email.message_from_bytes(
        (layout.dry_run_outbox / f"{delivery['id']}.eml").read_bytes(), policy=email.policy.default
    )
    assert message["To"] == EMAIL
    body = message.get_body(("plain",)).get_content()
    assert "Hello Ada," in body and "Lovelace" not in body, "P8: first name only"
    assert "privacy@aurelia.example" in body, "P10: privacy contact in the message"
    attachments = [p for p in message.iter_attachments() if p.get_content_type() == "image/jpeg"]
    assert attachments and attachments[0].get_content() == photo
    assert "Ada" in visitor.window.done.title.text()
    assert "on its way by email" in visitor.window.done.status.text()


def test_sms_visitor_with_publish_ticked_records_consent_given(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """P2, P3: ticking the box is recorded as a given consent bound to the notice version."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    visitor.fill(NAME, phone=PHONE, publish=True)
    finish_sending(visitor)

    layout = running_kiosk.layout
    consent = rows(layout, "select * from consents where purpose = 'publish_social'")[0]
    assert consent["given"] == 1 and consent["method"] == "kiosk-checkbox"
    (delivery,) = rows(layout, "select * from deliveries")
    request = json.loads((layout.dry_run_outbox / f"{delivery['id']}.json").read_text())
    assert request["To"] == "+12015550123"
    assert "privacy@aurelia.example" in request["Body"]
    assert set(request) == {"provider", "dry_run", "To", "From", "Body", "MediaUrl"}, (
        "P8: nothing else"
    )


def test_retake_replaces_photo_and_runs_out(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    visitor.start_and_confirm_adult()
    hints = {
        2: "Let's try again. After this one, you can retake it 2 more times.",
        1: "Let's try again. After this one, you can retake it once more.",
        0: "Let's try again. This is your last try.",
    }
    for left in (3, 2, 1):
        visitor.take_photo()
        assert visitor.window.review.retake_button.text() == f"Retake ({left} left)"
        visitor.tap(visitor.window.review.retake_button)
        visitor.wait_for(State.PREVIEW)
        assert visitor.window.camera.hint.text() == hints[left - 1]
    visitor.take_photo()
    assert not visitor.window.review.retake_button.isEnabled()


def test_session_is_wiped_after_done(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """Nothing of one visitor is visible to the next (privacy standard)."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    visitor.fill(NAME, email=EMAIL, phone=PHONE, publish=True)
    finish_sending(visitor)
    visitor.tap(visitor.window.done.finish_button)
    visitor.wait_for(State.ATTRACT)
    assert_nothing_left(visitor)


def test_idle_visitor_is_returned_to_attract_and_wiped(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """P6/P7 spirit: an abandoned session leaves no photo, no row, nothing on screen."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    visitor.fill(NAME, email=EMAIL, phone=PHONE, publish=True)
    visitor.controller.set_idle_timeout_ms(300)
    visitor.wait_for(State.ATTRACT, timeout=5000)
    assert_nothing_left(visitor)
    assert rows(running_kiosk.layout, "select id from visits") == []
    assert list(running_kiosk.layout.photos.iterdir()) == []


def assert_nothing_left(visitor: Visitor) -> None:
    window = visitor.window
    texts = " ".join(visible_texts(window)).lower()
    for secret in ("ada", "lovelace", "example.com", "5550123", "555 0123"):
        # Whole words: the country list's "Canada" is not the visitor's "Ada".
        assert not re.search(rf"\b{re.escape(secret)}\b", texts), f"{secret!r} still on screen"
    assert held_images(window) == [], "a photo is still held by a widget"
    assert not window.details.publish.isChecked()
    assert visitor.controller.flow.session.photo is None


def test_under_18_leaves_no_row_and_no_file(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """P6: an under-18 answer ends the session kindly and stores nothing."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.tap(visitor.window.attract.start_button)
    visitor.wait_for(State.WELCOME)
    visitor.tap(visitor.window.welcome.under_button)
    visitor.wait_for(State.UNDERAGE)
    assert "Nothing about you has been saved" in " ".join(visible_texts(visitor.window.underage))
    visitor.tap(visitor.window.underage.ok_button)
    visitor.wait_for(State.ATTRACT)
    layout = running_kiosk.layout
    for table in ("visits", "consents", "deliveries"):
        assert rows(layout, f"select * from {table}") == []
    assert list(layout.photos.iterdir()) == []
    assert list(layout.dry_run_outbox.iterdir()) == []


def test_invalid_email_and_phone_are_judged_on_leaving_and_on_send(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    visitor.fill(NAME, email="ada@example", phone="12345")
    # Left: the email is judged, in our words (never email-validator's "@-sign ... period").
    assert d.errors["email"].text() == "Check the part after the @, like example.com."
    assert d.errors["phone"].text() == "", "the number is still being typed"
    visitor.tap(d.send_button)
    assert visitor.controller.state is State.DETAILS, "Send with a problem does not send"
    assert "digits" in d.errors["phone"].text(), "Send judges the field being typed"
    assert d.email.hasFocus(), "Send goes to the first field to fix"
    visitor.tap(d.email)
    visitor.tap(d.keyboard.key(".com"))
    assert d.errors["email"].text() == "", "a fix clears the message as it is typed"
    assert not d.is_complete(), "the phone number is still wrong"
    visitor.choose(email=True, sms=False)
    assert d.is_complete(), "email alone is enough once the phone is not chosen"
    visitor.choose(email=False, sms=False)
    assert not d.is_complete()
    assert "Choose how" in d.channels_error.text()


def test_missing_camera_shows_a_notice_and_no_shutter(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """A camera lost mid-session gives a clear screen, never a crash or a frozen picture.

    (A camera missing before anyone starts rests the booth instead: tests/ui/test_camera_rest.py.)
    """
    from tests.ui.test_camera_rest import unplug

    window, preview = running_kiosk.window, running_kiosk.preview
    running_kiosk.controller.set_camera_wait_ms(600_000)
    Visitor(qtbot, running_kiosk).start_and_confirm_adult()
    unplug(running_kiosk)
    qtbot.waitUntil(lambda: preview.state == "unavailable", timeout=10_000)
    assert preview.current_image() is None
    assert not window.camera.shutter.isEnabled()
    assert "reconnecting" in window.camera.message.text()
