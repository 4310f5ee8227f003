"""QR pickup: the visitor scans a short-lived link to the hosted photo with their own phone.

Such a visit stores no name, email or phone at all (P1 at its most minimal): the
photo goes to the media host under an unguessable key, the link expires with the
media host's ``link_expiry``, and the QR code is returned as PNG bytes (no Qt here;
the controller's task turns them into a QImage off the GUI thread).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from delivery.media_host import S3MediaHost


@dataclass(frozen=True)
class Pickup:
    media_key: str
    url: str
    qr_png: bytes


def qr_png(url: str, scale: int = 8) -> bytes:
    import segno

    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def host_for_pickup(media_host: S3MediaHost, jpeg: bytes, media_key: str | None = None) -> Pickup:
    """Upload the photo and return its link as a QR code; may raise the media host's errors."""
    key = media_key or media_host.new_key()
    media_host.upload(key, jpeg)
    url = media_host.link(key)
    return Pickup(key, url, qr_png(url))
