"""What ``central add-kiosk`` printed, read and checked, and the settings it gives a kiosk.

``central enroll`` and ``provision`` both take head office's file; this is the one place
that reads it, so both refuse the same things with the same words: a file that cannot be
read, one that is not the JSON object ``add-kiosk`` printed, or one made for another kiosk.
The DSN, the fleet key and the link key end up in the credential store when the settings are saved
(:mod:`booth.secrets`), never in ``settings.json``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from booth.settings import Settings
from wire.postgres import CentralError

BUCKET_OPTIONS = ("bucket", "endpoint_url", "region", "access_key_id", "secret_access_key")


@dataclass(frozen=True)
class Enrolment:
    """One kiosk's head-office credentials, as ``central add-kiosk`` printed them."""

    kiosk_id: str  # empty when the file does not name one (older head office)
    dsn: str
    fleet_key: str
    head_office_public_key: str
    # The visitor's link (issue #19): head office's public address and this kiosk's link key,
    # both or neither (a kiosk enrolled without `--public-url` keeps the written instruction).
    public_url: str = ""
    link_key: str = ""

    def __repr__(self) -> str:  # never the DSN (its password) nor the fleet key in a log line
        return f"Enrolment(kiosk_id={self.kiosk_id!r})"


def read_enrolment(source: str) -> Enrolment:
    """The file ``source`` (``-``: standard input), checked; raises :class:`CentralError`."""
    try:
        text = Path(source).read_text(encoding="utf-8") if source != "-" else sys.stdin.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not a text file"
        raise CentralError(f"cannot read the enroll file {source}: {reason}") from None
    return parse_enrolment(text)


def parse_enrolment(text: str) -> Enrolment:
    try:
        creds = json.loads(text.strip().splitlines()[-1])
        enrolment = Enrolment(
            kiosk_id=str(creds.get("kiosk_id") or ""),
            dsn=str(creds["dsn"]),
            fleet_key=str(creds["fleet_key"]),
            head_office_public_key=str(creds["head_office_public_key"]),
            public_url=str(creds.get("public_url") or ""),
            link_key=str(creds.get("link_key") or "") if creds.get("public_url") else "",
        )
    except (ValueError, KeyError, IndexError, AttributeError):
        raise CentralError(
            "the enroll file is not the JSON object `central add-kiosk` printed"
        ) from None
    if not (enrolment.dsn and enrolment.fleet_key and enrolment.head_office_public_key):
        raise CentralError("the enroll file is missing the DSN or a key: ask head office again")
    return enrolment


def check_kiosk(enrolment: Enrolment, kiosk_id: str) -> None:
    """Credentials made for another kiosk would push this kiosk's visitors under its name."""
    if enrolment.kiosk_id and enrolment.kiosk_id != kiosk_id:
        raise CentralError(
            f"the enroll file is for kiosk {enrolment.kiosk_id}, not {kiosk_id}: ask head "
            f"office for this kiosk's (`central add-kiosk {kiosk_id}`)"
        )


def enrolled(settings: Settings, enrolment: Enrolment, bucket: dict[str, str]) -> Settings:
    """``settings`` with head office's connection (and the kiosk id the file names).

    Built with ``model_copy``, which checks nothing: the caller revalidates."""
    update: dict[str, Any] = {
        "dsn": enrolment.dsn,
        "fleet_key": enrolment.fleet_key,
        "head_office_public_key": enrolment.head_office_public_key,
        "public_url": enrolment.public_url,
        "link_key": enrolment.link_key if enrolment.public_url else "",
    }
    update.update({key: value for key, value in bucket.items() if key in BUCKET_OPTIONS and value})
    store = settings.store
    if enrolment.kiosk_id and enrolment.kiosk_id != store.kiosk_id:
        settings = settings.model_copy(
            update={"store": store.model_copy(update={"kiosk_id": enrolment.kiosk_id})}
        )
    return settings.model_copy(update={"central": settings.central.model_copy(update=update)})
