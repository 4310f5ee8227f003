"""Logging that is useful to staff and safe for visitors (P7).

Code logs ids, states and counts, never a name, address or number. As a
second line of defence a filter masks anything shaped like an email address
or a phone number before a record is written, so a mistake in a log call does
not become a leak.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

EMAIL_RE = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[A-Za-z]{2,}")
PHONE_RE = re.compile(r"\+?\d[\d \-().]{7,}\d")


def redact(text: str) -> str:
    return PHONE_RE.sub("[phone]", EMAIL_RE.sub("[email]", text))


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


def configure_logging(log_dir: Path, verbose: bool = False) -> None:
    """File log in the data folder (rotated), short lines on stderr for whoever runs it."""
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
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    console.addFilter(redactor)
    root.addHandler(file_handler)
    root.addHandler(console)
    # The SDKs' HTTP debug logs carry whole payloads (addresses, photos): keep them quiet.
    for noisy in ("python_http_client", "twilio.http_client", "urllib3", "botocore", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
