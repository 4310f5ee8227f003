"""Every offered language has every message, and a visitor gets theirs (P3, P10: the rights
and the privacy contact reach them in the language they agreed in)."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from assets import I18N
from booth.paths import DataLayout
from booth.records_file import open_outbox, open_photos, open_records
from booth.settings import FlowSettings
from consent.notices import current_notice
from consent.records import KioskIdentity, RecordsStore, VisitDraft
from delivery.dry_run import DryRunEmailSender, DryRunSmsSender
from delivery.messages import (
    FALLBACK_LANGUAGE,
    LEGACY_DEFAULT_SUBJECT,
    StoreVoice,
    email_content,
    missing_messages,
    sms_text,
)
from delivery.outbox import RetryPolicy
from delivery.worker import OutboxWorker

IDENTITY = KioskIdentity("s", "k", "Test Store", "privacy@store.example", "US")
VOICE = StoreVoice("Test Store", "privacy@store.example")
PHOTO = b"\xff\xd8\xff\xe0-a-small-jpeg-\xff\xd9"


def offered_languages() -> list[str]:
    """What the settings schema offers by default, and every language the screens can show."""
    default = FlowSettings.model_fields["languages"].get_default(call_default_factory=True)
    shown = [path.stem.split("_", 1)[1] for path in I18N.glob("kiosk_*.ts")]
    return sorted({*default, *shown, FALLBACK_LANGUAGE})


@pytest.mark.parametrize("language", offered_languages())
def test_every_offered_language_has_every_message(language: str) -> None:
    assert missing_messages(language) == [], f"assets/messages/{language}/ lacks these"
    content = email_content(VOICE, "Ada", "cid-1", language)
    sms = sms_text(VOICE, "https://x.example/p", language)
    mms = sms_text(VOICE, None, language)
    for text in (content.subject, content.text, content.html, sms, mms):
        assert "$" not in text, "every placeholder filled"
    assert "Test Store" in content.subject
    assert "privacy@store.example" in content.text and "privacy@store.example" in sms
    assert "https://x.example/p" in sms and "privacy@store.example" in mms
    if language != FALLBACK_LANGUAGE:
        english = email_content(VOICE, "Ada", "cid-1", FALLBACK_LANGUAGE)
        assert content.subject != english.subject, "the subject is translated too"
        assert content.text != english.text
        assert sms != sms_text(VOICE, "https://x.example/p", FALLBACK_LANGUAGE)


def test_a_language_without_files_is_named(tmp_path: Path) -> None:
    assert missing_messages("xx") == [
        "subject.txt",
        "email.txt",
        "email.html",
        "rights.txt",
        "sms.txt",
        "mms.txt",
        "link.txt",
    ]


def test_staff_subject_is_used_in_every_language_and_the_old_default_is_not() -> None:
    own = StoreVoice("Test Store", "p@s.example", "Photo time at {store}!")
    assert email_content(own, "Ada", "c", "he").subject == "Photo time at Test Store!"
    legacy = StoreVoice("Test Store", "p@s.example", LEGACY_DEFAULT_SUBJECT)
    assert email_content(legacy, "Ada", "c", "fr").subject == "Votre photo de Test Store"


def test_a_hebrew_consent_record_gets_the_hebrew_email_and_sms(
    layout: DataLayout, tmp_path: Path
) -> None:
    """Through the records store, the outbox and the dry-run senders, as the kiosk runs them."""
    records = RecordsStore(open_records(layout), open_photos(layout), IDENTITY)
    draft = VisitDraft(
        "דנה כהן", "dana@example.com", "+972501234567", ("email", "sms"), False, "he", PHOTO
    )
    records.submit(draft, current_notice("he"))
    out = tmp_path / "out"
    worker = OutboxWorker(
        open_outbox=lambda: open_outbox(layout),
        senders={
            "email": DryRunEmailSender(out, VOICE, "photos@store.example"),
            "sms": DryRunSmsSender(out, VOICE, "+15005550006"),
        },
        policy=RetryPolicy(first_delay_s=10, max_delay_s=100, jitter=0),
    )
    assert worker.process_one() and worker.process_one()
    (eml,) = out.glob("*.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "התמונה שלך מ־Test Store"
    text = message.get_body(("plain",)).get_content()
    assert text.startswith("שלום דנה,")
    assert "privacy@store.example" in text and "לבטל את ההסכמה" in text, "P3, P10 in Hebrew"
    html = message.get_body(("html",)).get_content()
    assert 'lang="he" dir="rtl"' in html
    (request,) = out.glob("*.json")
    body = json.loads(request.read_text(encoding="utf-8"))["Body"]
    assert body.startswith("התמונה שלך מ־Test Store")
