"""Head office's side of the visitor's link: its link secret, and each kiosk's key from it.

The secret is a file in head office's key folder (``visitor-link.key``, 0600), made the
first time a kiosk is enrolled with ``--public-url``. A kiosk's link key is derived from it
and the kiosk id (:func:`wire.visitor_link.kiosk_link_key`), so the database holds no key
that could sign a link.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from wire.postgres import CentralError
from wire.sealing import b64, unb64

SECRET_FILE = "visitor-link.key"


def link_secret(keys_dir: Path, *, create: bool = False) -> bytes | None:
    path = keys_dir / SECRET_FILE
    if not path.exists():
        if not create:
            return None
        keys_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(b64(os.urandom(32)) + "\n")
    return unb64(path.read_text().strip())


def check_public_url(url: str) -> str:
    """An https address with a host and nothing after the path (plain http only to loopback)."""
    parts = urlsplit(url)
    loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        raise CentralError(f"--public-url must be an https:// address, not {url!r}")
    if not parts.hostname or parts.query or parts.fragment or parts.username:
        raise CentralError(
            f"--public-url must be a plain address such as https://office.example.com, not {url!r}"
        )
    return url.rstrip("/")
