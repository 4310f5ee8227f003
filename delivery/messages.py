"""The words of the messages a visitor receives.

The texts live in ``assets/messages/<language>/`` as ``string.Template`` files, so
a translator edits words, not Python: ``email.html`` and ``email.txt`` (with
``rights.txt``), ``sms.txt`` (a link to the photo) and ``mms.txt`` (the photo travels
as media). A language without its own files falls back to English.

Every message carries the privacy contact and says how to withdraw a consent
or ask for erasure (P3, P10). Only the first name is used: the email
provider needs no more to greet the visitor (P8).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from html import escape
from string import Template

from assets import MESSAGES as MESSAGE_TEMPLATES

MESSAGES = MESSAGE_TEMPLATES
FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class StoreVoice:
    store_name: str
    privacy_contact: str
    subject_template: str = "Your photo from {store}"


@dataclass(frozen=True)
class EmailContent:
    subject: str
    text: str
    html: str


@lru_cache(maxsize=64)
def _template(language: str, name: str) -> Template:
    for lang in (language.split("-")[0].lower(), FALLBACK_LANGUAGE):
        path = MESSAGES / lang / name
        if path.is_file():
            return Template(path.read_text(encoding="utf-8"))
    raise FileNotFoundError(f"message template {name} is missing from {MESSAGES}")


def render(language: str, name: str, **values: str) -> str:
    return _template(language, name).substitute(values).strip()


def email_content(
    voice: StoreVoice, first_name: str, photo_cid: str, language: str = FALLBACK_LANGUAGE
) -> EmailContent:
    store = voice.store_name
    subject = voice.subject_template.replace("{store}", store)
    rights = render(language, "rights.txt", privacy_contact=voice.privacy_contact)
    text = render(language, "email.txt", first_name=first_name, store=store, rights=rights) + "\n"
    html = render(
        language,
        "email.html",
        first_name=escape(first_name),
        store=escape(store),
        photo_cid=escape(photo_cid),
        rights=escape(rights),
    )
    return EmailContent(subject, text, html)


def sms_text(voice: StoreVoice, photo_link: str | None, language: str = FALLBACK_LANGUAGE) -> str:
    """One segment where possible: the link (shortened by Twilio where set up) or, for MMS, none."""
    values = {"store": voice.store_name, "privacy_contact": voice.privacy_contact}
    if photo_link:
        return render(language, "sms.txt", link=photo_link, **values)
    return render(language, "mms.txt", **values)
