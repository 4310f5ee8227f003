"""The visitor's link token: unforgeable, bound to one visit, expiring, and saying nothing (P3, P10)."""

from __future__ import annotations

import os
import string
import uuid
from datetime import date

import pytest

from wire.visitor_link import LinkError, kiosk_link_key, make_token, read_token

SECRET = os.urandom(32)
VISIT = str(uuid.uuid4())


def key_for(kiosk_id: str) -> bytes:
    return kiosk_link_key(SECRET, kiosk_id)


def test_a_token_names_its_visit_only_to_head_office() -> None:
    token = make_token(key_for("store-1"), "store-1", VISIT, date(2027, 6, 1))
    link = read_token(token, key_for)
    assert (link.kiosk_id, link.visit_id, link.expires) == ("store-1", VISIT, date(2027, 6, 1))
    assert VISIT not in token and uuid.UUID(VISIT).hex not in token
    assert len(link.nonce) == 16, "128 random bits"
    again = make_token(key_for("store-1"), "store-1", VISIT, date(2027, 6, 1))
    assert again != token and read_token(again, key_for).token_id != link.token_id


def test_an_altered_token_is_refused() -> None:
    token = make_token(key_for("store-1"), "store-1", VISIT, date(2027, 6, 1))
    kiosk, body = token.split(".")
    # Every other character at every place, the base64 alphabet's and the two a standard
    # decoder takes for "-" and "_": one spelling opens the page, no other (the last character
    # carries spare bits a decoder ignores; an outside check caught that).
    alphabet = string.ascii_letters + string.digits + "-_+/="
    for i in range(len(body)):
        for other in alphabet.replace(body[i], ""):
            with pytest.raises(LinkError):
                read_token(f"{kiosk}.{body[:i]}{other}{body[i + 1 :]}", key_for)
    with pytest.raises(LinkError):
        read_token(f"store-2.{body}", key_for)  # another kiosk's name on it
    for junk in ("", "x", "store-1.", "store-1.!!!!", token + "A", "../etc." + body):
        with pytest.raises(LinkError):
            read_token(junk, key_for)


def test_a_kiosk_cannot_make_another_kiosks_links() -> None:
    forged = make_token(key_for("store-1"), "store-2", VISIT, date(2027, 6, 1))
    with pytest.raises(LinkError):
        read_token(forged, key_for)


def test_expiry() -> None:
    link = read_token(make_token(key_for("k"), "k", VISIT, date(2027, 6, 1)), key_for)
    assert not link.expired(date(2027, 6, 1))
    assert link.expired(date(2027, 6, 2))
