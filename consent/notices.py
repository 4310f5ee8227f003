"""Versioned privacy notices.

A consent is only demonstrable if we can show exactly what the visitor read
(P3, P9). Each notice version is a file in ``assets/notices/<language>/``; its
SHA-256 over the file's bytes is stored with every consent, so anyone holding
the file can check the hash, and a changed text is a new version rather than
a silent edit.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assets import NOTICES

NOTICES_DIR = NOTICES

DELIVERY = "delivery"
PUBLISH_SOCIAL = "publish_social"


class NoticeError(Exception):
    """A notice file is missing or malformed."""


@dataclass(frozen=True)
class Purpose:
    name: str
    legal_basis: str
    required: bool
    wording: str


@dataclass(frozen=True)
class Notice:
    notice_id: str
    version: str
    language: str
    title: str
    short: str
    full: str
    age_question: str
    purposes: dict[str, Purpose]
    sha256: str

    def render(self, text: str, *, store: str, privacy_contact: str) -> str:
        return text.replace("{store}", store).replace("{privacy_contact}", privacy_contact)

    def wording(self, purpose: str, *, store: str, privacy_contact: str) -> str:
        return self.render(
            self.purposes[purpose].wording, store=store, privacy_contact=privacy_contact
        )


def _parse(path: Path) -> Notice:
    data = path.read_bytes()
    try:
        raw: dict[str, Any] = json.loads(data)
        purposes = {
            name: Purpose(name, p["legal_basis"], bool(p["required"]), p["wording"])
            for name, p in raw["purposes"].items()
        }
        notice = Notice(
            notice_id=raw["notice_id"],
            version=raw["version"],
            language=raw["language"],
            title=raw["title"],
            short=raw["short"],
            full=raw["full"],
            age_question=raw["age_question"],
            purposes=purposes,
            sha256=hashlib.sha256(data).hexdigest(),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise NoticeError(f"notice file {path} is malformed: {exc}") from None
    if DELIVERY not in purposes:
        raise NoticeError(f"notice file {path} does not define the '{DELIVERY}' purpose")
    for name, purpose in purposes.items():
        if name != DELIVERY and purpose.required:
            # P2: nothing but delivery itself may be a condition of delivery.
            raise NoticeError(f"notice file {path}: optional purpose '{name}' must not be required")
    return notice


def current_notice(language: str = "en", folder: Path = NOTICES_DIR) -> Notice:
    """The newest notice version for ``language``, falling back to English."""
    for lang in (language, "en"):
        candidates = sorted((folder / lang).glob("*.json"))
        if candidates:
            notices = [_parse(p) for p in candidates]
            return max(notices, key=lambda n: n.version)
    raise NoticeError(f"no privacy notice found in {folder} for '{language}' or 'en'")
