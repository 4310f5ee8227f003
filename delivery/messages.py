"""The words of the messages a visitor receives.

The texts live in ``assets/messages/<language>/`` as ``string.Template`` files, so
a translator edits words, not Python: ``subject.txt``, ``email.html`` and ``email.txt``
(with ``rights.txt``), ``sms.txt`` (a link to the photo) and ``mms.txt`` (the photo
travels as media). The language is the one the visitor's consent record stores. Every
language the kiosk offers has all of them (``tests/delivery/test_message_languages.py``
fails otherwise); English stays the fallback for a language added without its files.

The subject is the language's own ``subject.txt`` unless staff wrote one in the settings
(``delivery.email_subject``), which is then used in every language.

Every message carries the privacy contact and says how to withdraw a consent
or ask for erasure (P3, P10). A kiosk enrolled with head office's public address adds the
visitor's own link (``link.txt``, one ``$visitor_link`` line in each template), where
they stop publishing or erase with one press; without it ``$visitor_link`` is empty and
the message's instruction to write to the privacy contact stands alone. Only the first name is used: the email
provider needs no more to greet the visitor (P8).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from html import escape
from string import Template

from assets import MESSAGES as MESSAGE_TEMPLATES
from wire.visitor_link import expiry_for, link_url, make_token

MESSAGES = MESSAGE_TEMPLATES
FALLBACK_LANGUAGE = "en"
#: Every message a visitor may receive, in each language offered.
MESSAGE_FILES = (
    "subject.txt",
    "email.txt",
    "email.html",
    "rights.txt",
    "sms.txt",
    "mms.txt",
    "link.txt",
)
#: The English subject settings files held as their default before each language had its own:
#: it means "no subject of our own", so French and Hebrew visitors get theirs.
LEGACY_DEFAULT_SUBJECT = "Your photo from {store}"


@dataclass(frozen=True)
class StoreVoice:
    store_name: str
    privacy_contact: str
    subject_template: str = ""  # staff's own subject for every language; empty: each language's
    public_url: str = ""
    link_key: bytes = b""
    kiosk_id: str = ""
    link_days: int = 0
    """How long a visit's data may be kept at the longest; the link expires with it."""

    def visitor_link(self, visit_id: str | None) -> str | None:
        """This visit's link to head office's page, or None when the kiosk is not enrolled for it."""
        if not (visit_id and self.public_url and self.link_key and self.kiosk_id):
            return None
        expires = expiry_for(datetime.now(UTC), max(self.link_days, 1))
        token = make_token(self.link_key, self.kiosk_id, visit_id, expires)
        return link_url(self.public_url, token)


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


def missing_messages(language: str) -> list[str]:
    """The message files ``language`` lacks (an empty list when it has them all)."""
    folder = MESSAGES / language.split("-")[0].lower()
    return [name for name in MESSAGE_FILES if not (folder / name).is_file()]


def render(language: str, name: str, **values: str) -> str:
    return _template(language, name).substitute(values).strip()


def link_line(language: str, url: str | None) -> str:
    """The sentence with the visitor's link, or empty when this kiosk has none to give."""
    return render(language, "link.txt", link=url) if url else ""


def _html_link(language: str, url: str | None) -> str:
    """The same sentence in HTML, with the address as a link the visitor can press."""
    if not url:
        return ""
    anchor = f'<a href="{escape(url)}" style="color:#5b554d">{escape(url)}</a>'
    return escape(render(language, "link.txt", link="\0")).replace("\0", anchor)


def email_content(
    voice: StoreVoice,
    first_name: str,
    photo_cid: str,
    language: str,
    visit_id: str | None = None,
) -> EmailContent:
    """The email in ``language`` (required: a sender that forgot it sent English to everyone)."""
    store = voice.store_name
    own = voice.subject_template.strip()
    if own and own != LEGACY_DEFAULT_SUBJECT:
        subject = own.replace("{store}", store)
    else:
        subject = render(language, "subject.txt", store=store)
    rights = render(language, "rights.txt", privacy_contact=voice.privacy_contact)
    url = voice.visitor_link(visit_id)
    text = (
        render(
            language,
            "email.txt",
            first_name=first_name,
            store=store,
            rights=rights,
            visitor_link=link_line(language, url),
        )
        + "\n"
    )
    html = render(
        language,
        "email.html",
        first_name=escape(first_name),
        store=escape(store),
        photo_cid=escape(photo_cid),
        rights=escape(rights),
        visitor_link=_html_link(language, url),
    )
    return EmailContent(subject, text, html)


def sms_text(
    voice: StoreVoice,
    photo_link: str | None,
    language: str,
    visit_id: str | None = None,
) -> str:
    """One segment where possible: the link (shortened by Twilio where set up) or, for MMS, none.

    ``language`` is required, as for :func:`email_content`.
    """
    values = {
        "store": voice.store_name,
        "privacy_contact": voice.privacy_contact,
        "visitor_link": link_line(language, voice.visitor_link(visit_id)),
    }
    if photo_link:
        return render(language, "sms.txt", link=photo_link, **values)
    return render(language, "mms.txt", **values)
