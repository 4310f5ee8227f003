"""The console as a WSGI application for a production server, e.g.

    PHOTOBOOTH_CENTRAL_DSN=... PHOTOBOOTH_CENTRAL_KEYS=/etc/photobooth/central-keys \\
    PHOTOBOOTH_CONSOLE_HOSTS=office.example.com \\
    PHOTOBOOTH_PUBLIC_URL=https://office.example.com \\
    gunicorn --workers 4 --bind 127.0.0.1:8080 kiosk.console_wsgi:application

behind a proxy that terminates TLS (the cookies are Secure-only). It lives with the kiosk's
command line, not in ``headoffice/``, because it gives the console the kiosks' settings
rules for profiles (:mod:`kiosk.profile_rules`), which head office cannot import.
"""

from __future__ import annotations

import os
from pathlib import Path

from headoffice.console.serve import allowed_hosts
from headoffice.console.setup import prepare
from kiosk.profile_rules import RULES

_public = os.environ.get("PHOTOBOOTH_PUBLIC_URL")
prepare(
    os.environ["PHOTOBOOTH_CENTRAL_DSN"],
    Path(os.environ["PHOTOBOOTH_CENTRAL_KEYS"]),
    allowed_hosts=[
        *allowed_hosts("127.0.0.1", _public),
        *filter(None, os.environ.get("PHOTOBOOTH_CONSOLE_HOSTS", "").split(",")),
    ],
    public_url=_public,
    profile_rules=RULES,
)

from django.core.wsgi import get_wsgi_application  # noqa: E402  (after settings exist)

application = get_wsgi_application()
