"""Masking what looks like an email address or a phone number in free text (P7).

Provider error texts and log lines are written by code that never meant to hold a
visitor's data, but may: a provider can quote the address it refused. Whatever such
text is kept (the log file, a delivery's ``last_error``) goes through :func:`redact`
first. Ids stay whole (a UUID, a provider's message id, a date), so a log line or a
reason can still be matched to ``outbox list``.
"""

from __future__ import annotations

import re

EMAIL_RE = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[A-Za-z]{2,}")
# A number standing on its own: not the tail of an id (``e0123456-…``, ``SM0123…``).
PHONE_RE = re.compile(r"(?<![\w+.\-])\+?\d[\d \-().]{6,}\d(?![\w.\-]*\w)")
UUID_RE = re.compile(r"\b[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\b")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\b")
MIN_PHONE_DIGITS = 8


def _phone(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = sum(ch.isdigit() for ch in found)
    if digits < MIN_PHONE_DIGITS or DATE_RE.match(found):
        return found
    return "[phone]"


def _mask_phones(text: str) -> str:
    """Mask numbers between the ids: an id is how a log line is matched to ``outbox list``."""
    out, at = [], 0
    for uuid in UUID_RE.finditer(text):
        out.append(PHONE_RE.sub(_phone, text[at : uuid.start()]))
        out.append(uuid.group(0))
        at = uuid.end()
    out.append(PHONE_RE.sub(_phone, text[at:]))
    return "".join(out)


def redact(text: str) -> str:
    return _mask_phones(EMAIL_RE.sub("[email]", text))
