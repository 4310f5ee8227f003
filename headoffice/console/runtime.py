"""What the running console was started with, and head office's services for each thread.

``HeadOffice`` keeps one database connection (SCRAM login is slow on purpose), so each
server thread has its own, with the signed-in person as the actor of what it records.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from django.http import HttpRequest

from headoffice.office import HeadOffice
from headoffice.profiles import ProfileRules
from wire.bucket import CentralBucket
from wire.sealing import HeadOfficeKeys


@dataclass
class Runtime:
    dsn: str
    keys: HeadOfficeKeys
    bucket: CentralBucket | None = None
    public_url: str | None = None
    interval_s: int = 300
    keys_dir: Path = Path()
    privacy_contact: str = ""
    # The kiosks' settings rules for profiles (``kiosk.profile_rules``): head office cannot
    # import them, so whoever starts the console gives them; without them no profile is saved.
    profile_rules: ProfileRules | None = None


_current: Runtime | None = None
_local = threading.local()


def start(runtime: Runtime) -> None:
    global _current
    _current = runtime


def current() -> Runtime:
    if _current is None:
        raise RuntimeError("the console was not started with headoffice.console.setup.prepare")
    return _current


def office(request: HttpRequest | None = None, actor: str | None = None) -> HeadOffice:
    run = current()
    found: HeadOffice | None = getattr(_local, "office", None)
    if found is None or found.dsn != run.dsn:
        found = HeadOffice(run.dsn, run.keys, run.bucket)
        _local.office = found
    if actor is None and request is not None and request.user.is_authenticated:
        actor = f"console:{request.user.get_username()}"
    found.actor = actor or "console"
    return found
