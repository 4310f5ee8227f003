"""The words of the messages a visitor receives.

Every message carries the privacy contact and says how to withdraw a consent
or ask for erasure (P3, P10). Only the first name is used: the email
provider needs no more to greet the visitor (P8).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


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


def email_content(voice: StoreVoice, first_name: str, photo_cid: str) -> EmailContent:
    store = voice.store_name
    subject = voice.subject_template.replace("{store}", store)
    rights = (
        f"Your photo and details are kept only as our privacy notice says. To get a copy, correct or "
        f"delete them, or to withdraw permission to publish your photo, write to {voice.privacy_contact}."
    )
    text = (
        f"Hello {first_name},\n\n"
        f"Thank you for visiting {store}. Your photo from our photo booth is attached.\n\n"
        f"{rights}\n\n"
        f"{store}\n"
    )
    html = (
        '<!doctype html><html><body style="margin:0;background:#f6f3ee;font-family:Georgia,serif;color:#1d1b19">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">'
        '<table role="presentation" width="560" style="max-width:560px;background:#ffffff;border-top:4px solid #b08d57">'
        f'<tr><td style="padding:28px 32px 8px;font-size:22px">Hello {escape(first_name)},</td></tr>'
        f'<tr><td style="padding:0 32px 20px;font-size:16px;line-height:1.5">Thank you for visiting {escape(store)}. '
        "Here is your photo from our photo booth.</td></tr>"
        f'<tr><td align="center" style="padding:0 32px 24px"><img src="cid:{escape(photo_cid)}" alt="Your photo" '
        'width="496" style="max-width:100%;height:auto;display:block"></td></tr>'
        f'<tr><td style="padding:0 32px 28px;font-size:13px;line-height:1.5;color:#5b554d">{escape(rights)}</td></tr>'
        "</table></td></tr></table></body></html>"
    )
    return EmailContent(subject, text, html)


def sms_text(voice: StoreVoice, photo_link: str | None) -> str:
    """Short enough for few segments; the link carries the photo where MMS is not used."""
    parts = [f"Your photo from {voice.store_name}"]
    if photo_link:
        parts.append(f": {photo_link}")
    parts.append(f". Privacy, copy or deletion: {voice.privacy_contact}")
    return "".join(parts)
