"""Logging that is useful to staff and safe for visitors (P7).

Code logs ids, states and counts, never a name, address or number. As a
second line of defence a filter masks anything shaped like an email address
or a phone number before a record is written, so a mistake in a log call does
not become a leak. Ids stay whole (a UUID, a provider's message id, a date), so a
log line can still be matched to ``outbox list``.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

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


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info:
            # Keep the traceback's shape (file, line, type) but not the exception's text,
            # which could quote a value the visitor typed.
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        return True


class OneLineFormatter(logging.Formatter):
    """The terminal gets the message; the traceback is for the log file (README: no traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        return self.formatMessage(record)


def configure_logging(log_dir: Path, verbose: bool = False) -> None:
    """File log in the data folder (rotated), short lines on stderr for whoever runs it.

    A log that cannot be written (a full disk, a read-only folder) must not break the
    kiosk or print its own traceback: ``logging.raiseExceptions`` is turned off.
    """
    logging.raiseExceptions = False
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    redactor = RedactingFilter()
    file_handler = logging.handlers.RotatingFileHandler(
        log_dir / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler.addFilter(redactor)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(OneLineFormatter("%(levelname)s: %(message)s"))
    console.addFilter(redactor)
    root.addHandler(file_handler)
    root.addHandler(console)
    # The SDKs' HTTP debug logs carry whole payloads (addresses, photos): keep them quiet.
    for noisy in ("python_http_client", "twilio.http_client", "urllib3", "botocore", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
