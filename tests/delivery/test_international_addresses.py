"""International addresses as the providers take them, read back with Python's own parsers (P8).

An IDNA domain is written as punycode (never an encoded word inside an address), a long
non-Latin domain does not fold the headers into the body, a non-ASCII local part is
refused at the form and, if one was stored before that rule, fails its delivery with a
reason instead of producing a broken message.
"""

from __future__ import annotations

import email
import email.policy
import json
from email.headerregistry import Address
from pathlib import Path
from typing import Any

import pytest

from booth.contact_form import check_email
from delivery.channels import DeliveryJob, PermanentError
from delivery.dry_run import DryRunEmailSender
from delivery.messages import StoreVoice
from delivery.sendgrid_email import SendGridConfig, SendGridEmailSender

PHOTO = b"\xff\xd8photo-bytes\xff\xd9"
VOICE = StoreVoice("Bijouterie Zoë Δ", "privacy@store.example")
LONG_DOMAIN = "παράδειγμα-πολύ-μακρύ-όνομα-για-δοκιμή.δοκιμή"
DELIVERABLE = [
    ("user@bücher.de", "user@xn--bcher-kva.de"),
    ("ada@παράδειγμα.δοκιμή", "ada@xn--hxajbheg2az3al.xn--jxalpdlp"),
    (
        f"a.rather.long.local.part.for.folding@{LONG_DOMAIN}",
        "a.rather.long.local.part.for.folding@"
        "xn--------h8dtrbcbbshglf6ejdmilvedjr5chifjzp11b4af.xn--jxalpdlp",
    ),
    ("Plain.Ascii@Example.com", "Plain.Ascii@example.com"),
]
IDS = ["german-idn", "greek-idn", "long-greek-idn", "ascii"]
NOT_DELIVERABLE = ["δοκιμή@παράδειγμα.δοκιμή", "用户@例子.广告"]


def job(address: str, first_name: str = "Δημήτρης") -> DeliveryJob:
    return DeliveryJob("d-1", "v-1", "email", first_name, address, None, PHOTO, "en")


def form_value(typed: str) -> str:
    value, problem = check_email(typed)
    assert value is not None, problem
    return value


def parsed_eml(tmp_path: Path, address: str) -> email.message.EmailMessage:
    out = tmp_path / "out"
    DryRunEmailSender(out, VOICE, "photos@store.example").send(job(address))
    data = (out / "d-1.eml").read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def sendgrid_body(address: str) -> dict[str, Any]:
    config = SendGridConfig(api_key="SG.test", from_email="photos@störe.example", from_name="Zoë")
    sender = SendGridEmailSender(config, VOICE, client_factory=lambda _config: None)
    body: dict[str, Any] = json.loads(json.dumps(sender.request_body(job(address))))
    return body


@pytest.mark.parametrize(("typed", "wire"), DELIVERABLE, ids=IDS)
def test_dry_run_eml_has_a_punycode_to_and_every_header_above_the_body(
    tmp_path: Path, typed: str, wire: str
) -> None:
    """P8: the .eml parses cleanly: To is the punycode address, Subject and the MIME headers
    are headers, the photo is still an image part, nothing fell into the body."""
    message = parsed_eml(tmp_path, form_value(typed))
    assert message["To"] == wire and "=?" not in str(message["To"])
    (to,) = message["To"].addresses
    assert to.addr_spec == wire and to.addr_spec.isascii()
    assert message["Subject"] == "Your photo from Bijouterie Zoë Δ"
    assert message["From"].addresses[0] == Address("Bijouterie Zoë Δ", "photos", "store.example")
    assert message.get_content_type() == "multipart/mixed"
    for part in message.walk():
        assert not part.defects, (part.get_content_type(), part.defects)
    images = [p for p in message.walk() if p.get_content_type() == "image/jpeg"]
    assert len(images) == 2 and all(p.get_content() == PHOTO for p in images)
    text = message.get_body(("plain",))
    assert text is not None and "Subject:" not in text.get_content()
    assert "Hello Δημήτρης" in text.get_content()


@pytest.mark.parametrize(("typed", "wire"), DELIVERABLE, ids=IDS)
def test_sendgrid_request_names_the_punycode_address(typed: str, wire: str) -> None:
    """P8: SendGrid gets the address it can deliver to; the first name travels as the name."""
    body = sendgrid_body(form_value(typed))
    (to,) = body["personalizations"][0]["to"]
    assert to == {"email": wire, "name": "Δημήτρης"}
    assert body["from"] == {"email": "photos@xn--stre-6qa.example", "name": "Zoë"}
    parsed = email.headerregistry.HeaderRegistry()("To", to["email"])
    assert parsed.addresses[0].addr_spec == wire, "a valid address by Python's own parser"


@pytest.mark.parametrize("typed", NOT_DELIVERABLE, ids=["greek", "chinese"])
def test_a_non_ascii_local_part_is_refused_at_the_form(typed: str) -> None:
    """Neither SendGrid nor the dry-run copy carries SMTPUTF8: the visitor is told at once."""
    value, problem = check_email(typed)
    assert value is None and problem is not None and "Latin letters" in problem


@pytest.mark.parametrize(
    "typed",
    [*NOT_DELIVERABLE, "ada@example.com\r\nBcc: all@example.org"],
    ids=["greek", "chinese", "bcc-header"],
)
def test_one_stored_before_the_rule_fails_for_good_with_a_reason(
    tmp_path: Path, typed: str
) -> None:
    """A permanent failure the manager can read, never a message with a broken header."""
    with pytest.raises(PermanentError):
        DryRunEmailSender(tmp_path, VOICE, "photos@store.example").send(job(typed))
    with pytest.raises(PermanentError):
        sendgrid_body(typed)
    assert not list(tmp_path.glob("*.eml"))
