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
import sys
from pathlib import Path

from consent.redaction import redact

__all__ = ["OneLineFormatter", "RedactingFilter", "configure_logging", "redact"]


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
