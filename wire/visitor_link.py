"""The visitor's link: ``<public-url>/v/<token>``, made by a kiosk, checked by head office (P3, P5, P10).

Each enrolled kiosk gets its own link key from head office at enrollment (derived from
head office's link secret and the kiosk id, so head office stores no per-kiosk key). A
token is::

    <kiosk id> "." base64url(nonce[16] | hidden visit id[16] | expiry day[4] | mac[16])

* ``nonce``: 128 random bits, new for every message, so no two links are alike;
* the visit id is hidden (XOR with a pad keyed by the link key and the nonce), so the URL
  carries no identifier of the person that anyone but head office can read;
* ``expiry day``: days since 1970-01-01 (UTC) after which the link is refused; the kiosk
  sets it to the end of the visit's retention;
* ``mac``: HMAC-SHA256 with the link key over all of it and the kiosk id, cut to 128 bits.
  Change one character and head office refuses the token.

No name, address or number is in it, so a forwarded link reveals nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

VERSION = b"pbk-visit-link/1"
KIOSK_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$")
EPOCH = date(1970, 1, 1)
BODY_LEN = 16 + 16 + 4 + 16


class LinkError(ValueError):
    """A token that is not one of ours: altered, cut short, or for another kiosk."""


@dataclass(frozen=True)
class VisitLink:
    kiosk_id: str
    visit_id: str
    expires: date
    nonce: bytes

    @property
    def token_id(self) -> str:
        """What head office remembers of a used token (not the token itself)."""
        return hashlib.sha256(VERSION + self.nonce).hexdigest()

    def expired(self, today: date | None = None) -> bool:
        return (today or datetime.now(UTC).date()) > self.expires


def kiosk_link_key(secret: bytes, kiosk_id: str) -> bytes:
    """The link key of one kiosk, from head office's link secret."""
    return hmac.new(secret, VERSION + b"/kiosk/" + kiosk_id.encode(), hashlib.sha256).digest()


def _pad(key: bytes, nonce: bytes) -> bytes:
    return hmac.new(key, VERSION + b"/pad/" + nonce, hashlib.sha256).digest()[:16]


def _mac(key: bytes, kiosk_id: str, body: bytes) -> bytes:
    return hmac.new(key, VERSION + kiosk_id.encode() + b"\0" + body, hashlib.sha256).digest()[:16]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def make_token(key: bytes, kiosk_id: str, visit_id: str, expires: date) -> str:
    nonce = os.urandom(16)
    hidden = bytes(a ^ b for a, b in zip(uuid.UUID(visit_id).bytes, _pad(key, nonce), strict=True))
    day = (expires - EPOCH).days.to_bytes(4, "big")
    body = nonce + hidden + day
    return f"{kiosk_id}.{_b64(body + _mac(key, kiosk_id, body))}"


def link_url(public_url: str, token: str) -> str:
    return f"{public_url.rstrip('/')}/v/{token}"


def expiry_for(created_at: datetime, days: int) -> date:
    """The day a visit's link stops working: ``days`` after the visit."""
    return (created_at.astimezone(UTC) + timedelta(days=days)).date()


def read_token(token: str, key_for: Callable[[str], bytes | None]) -> VisitLink:
    """Check a token with ``key_for(kiosk_id) -> bytes``; raise :class:`LinkError` if it is not ours."""
    kiosk_id, dot, rest = token.partition(".")
    if not dot or not KIOSK_PART.match(kiosk_id) or len(rest) > 100:
        raise LinkError("not a visit link")
    try:
        raw = base64.urlsafe_b64decode(rest + "=" * (-len(rest) % 4))
    except ValueError:
        raise LinkError("not a visit link") from None
    # One spelling per token: the decoder also takes "+" for "-" and ignores the last
    # character's spare bits, so an altered link could otherwise still open the page.
    if len(raw) != BODY_LEN or _b64(raw) != rest:
        raise LinkError("not a visit link")
    body, mac = raw[:-16], raw[-16:]
    key = key_for(kiosk_id)
    if key is None or not hmac.compare_digest(mac, _mac(key, kiosk_id, body)):
        raise LinkError("not a visit link")
    nonce, hidden, day = body[:16], body[16:32], body[32:36]
    visit = bytes(a ^ b for a, b in zip(hidden, _pad(key, nonce), strict=True))
    expires = EPOCH + timedelta(days=int.from_bytes(day, "big"))
    return VisitLink(kiosk_id, str(uuid.UUID(bytes=visit)), expires, nonce)
