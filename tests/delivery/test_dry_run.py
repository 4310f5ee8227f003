"""Dry-run delivery writes exactly what would be sent, and nothing else (P8, P10)."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

from delivery.channels import DeliveryJob
from delivery.dry_run import DryRunEmailSender, DryRunSmsSender
from delivery.messages import StoreVoice

VOICE = StoreVoice("Test Store", "privacy@store.example")


def job(tmp_path: Path, channel: str) -> DeliveryJob:
    photo = b"\xff\xd8jpeg-bytes\xff\xd9"
    return DeliveryJob("d-1", "v-1", channel, "Ada", "ada@example.com", "+12015550123", photo, "en")


def test_email_has_photo_inline_and_attached_and_the_privacy_contact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    receipt = DryRunEmailSender(out, VOICE, "photos@store.example").send(job(tmp_path, "email"))
    assert receipt.provider_id == "dry-run-d-1"
    message = email.message_from_bytes((out / "d-1.eml").read_bytes(), policy=email.policy.default)
    assert message["To"] == "ada@example.com"
    assert message["Subject"] == "Your photo from Test Store"
    html = message.get_body(("html",))
    assert html is not None
    html_text = html.get_content()
    (inline,) = [
        p for p in message.walk() if p["Content-ID"] and p.get_content_type() == "image/jpeg"
    ]
    assert f"cid:{inline['Content-ID'][1:-1]}" in html_text
    attached = [p for p in message.iter_attachments() if p.get_filename() == "photo.jpg"]
    assert attached[-1].get_content() == b"\xff\xd8jpeg-bytes\xff\xd9"
    text = message.get_body(("plain",)).get_content()
    assert "privacy@store.example" in text and "withdraw" in text, "P3, P10"
    assert "+12015550123" not in message.as_string(), "P8: the email provider never sees the phone"


def test_sms_request_holds_number_link_and_contact_only(tmp_path: Path) -> None:
    out = tmp_path / "out"
    DryRunSmsSender(out, VOICE, "+15005550006").send(job(tmp_path, "sms"))
    request = json.loads((out / "d-1.json").read_text())
    assert request["To"] == "+12015550123"
    assert request["MediaUrl"][0].startswith("file://")
    assert (out / "d-1.jpg").read_bytes() == b"\xff\xd8jpeg-bytes\xff\xd9", "the hosted stand-in"
    assert "privacy@store.example" in request["Body"]
    assert "ada@example.com" not in json.dumps(request) and "Ada" not in request["Body"], "P8"


def test_p3_an_enrolled_kiosks_messages_carry_the_visitors_link(tmp_path: Path) -> None:
    """P3, P10: stop publishing or erase from the message itself, with nothing personal in the URL."""
    import os
    import re
    import uuid

    from wire.visitor_link import read_token

    key = os.urandom(32)
    visit = str(uuid.uuid4())
    voice = StoreVoice(
        "Test Store",
        "privacy@store.example",
        public_url="https://office.example.com/",
        link_key=key,
        kiosk_id="store-7",
        link_days=365,
    )
    out = tmp_path / "out"
    sent = DeliveryJob("d-2", visit, "email", "Ada", "ada@example.com", "+12015550123", b"j", "en")
    DryRunEmailSender(out, voice, "photos@store.example").send(sent)
    DryRunSmsSender(out, voice, "+15005550006").send(
        DeliveryJob("d-3", visit, "sms", "Ada", None, "+12015550123", b"j", "en")
    )
    message = email.message_from_bytes((out / "d-2.eml").read_bytes(), policy=email.policy.default)
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    body = json.loads((out / "d-3.json").read_text())["Body"]
    for where in (text, html, body):
        (token,) = set(re.findall(r"https://office\.example\.com/v/([A-Za-z0-9_.-]+)", where))
        assert read_token(token, lambda kiosk: key).visit_id == visit
        for personal in ("Ada", "ada@example.com", "2015550123", visit):
            assert personal not in token
    assert "privacy@store.example" in text, "the privacy contact stays"


def test_a_kiosk_not_enrolled_for_links_keeps_the_privacy_contact_only(tmp_path: Path) -> None:
    out = tmp_path / "out"
    DryRunEmailSender(out, VOICE, "photos@store.example").send(job(tmp_path, "email"))
    message = email.message_from_bytes((out / "d-1.eml").read_bytes(), policy=email.policy.default)
    text = message.get_body(("plain",)).get_content()
    assert "/v/" not in text and "privacy@store.example" in text
