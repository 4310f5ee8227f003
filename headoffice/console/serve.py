"""``central serve``: the console on a small production WSGI server (waitress).

Django's own ``runserver`` is for development only. For a real deployment run the same
application under gunicorn behind a TLS-terminating proxy (see :mod:`kiosk.console_wsgi`
and the README): ``gunicorn kiosk.console_wsgi:application``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from headoffice.console.setup import prepare
from headoffice.profiles import ProfileRules
from wire.bucket import CentralBucket

LOOPBACK = ["127.0.0.1", "localhost", "[::1]"]


def allowed_hosts(host: str, public_url: str | None) -> list[str]:
    hosts = [host, *LOOPBACK]
    if public_url:
        name = urlsplit(public_url).hostname
        if name:
            hosts.append(name)
    return sorted(set(hosts))


def serve(
    dsn: str,
    keys_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    bucket: CentralBucket | None = None,
    public_url: str | None = None,
    interval_s: int = 300,
    threads: int = 8,
    privacy_contact: str = "",
    profile_rules: ProfileRules | None = None,
) -> int:
    prepare(
        dsn,
        keys_dir,
        allowed_hosts=allowed_hosts(host, public_url),
        bucket=bucket,
        public_url=public_url,
        interval_s=interval_s,
        privacy_contact=privacy_contact,
        profile_rules=profile_rules,
    )
    from django.core.wsgi import get_wsgi_application
    from waitress import serve as waitress_serve

    application = get_wsgi_application()
    print(json.dumps({"serving": f"http://{host}:{port}/"}), file=sys.stderr, flush=True)
    waitress_serve(application, host=host, port=port, threads=threads, ident="photobooth-kiosk")
    return 0
