"""Settings profiles from head office: what every kiosk of a store group shares, as a layer.

Head office keeps one profile per group of kiosks (``central profile set``); each kiosk
pulls its group's with every sync (through its own login, as erasure requests come down)
and keeps the last good one in ``<data>/profile.json``, written atomically. The kiosk then
runs with

    effective settings = defaults < the profile < the kiosk's own settings

where "the kiosk's own" is a value in ``settings.json`` that differs from the default, and
only for the fields the profile leaves unlocked: a ``locked`` field is the profile's value
whatever ``settings.json`` holds, and the admin services refuse a change of it.

A profile may set only :data:`PROFILE_FIELDS` (how the visit looks and runs, what is kept
how long, how the store is named and reached): never an id, the camera, a secret, or
anything that decides where data is sent (``protected``). Head office's ``profile set``
refuses anything else, naming the field; a profile that still arrives wrong at a kiosk (a
newer head office, a hand-edited table) is ignored there: the kiosk keeps the last good
one and tells staff, and never stops for it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from booth.paths import DataLayout
from booth.settings import Settings, describe_validation
from booth.settings_tree import get, leaves, nested, put
from consent.files import write_file_durably

log = logging.getLogger(__name__)

PROFILE_FILE = "profile.json"
PROFILE_FIELDS: tuple[str, ...] = (
    "store.store_name",
    "store.privacy_contact",
    "store.jurisdiction",
    "flow.idle_timeout_s",
    "flow.countdown_s",
    "flow.max_retakes",
    "flow.done_screen_s",
    "flow.language",
    "flow.languages",
    "flow.still_there_s",
    "photo.aspect",
    "photo.frame",
    "photo.jpeg_quality",
    "delivery.email_enabled",
    "delivery.sms_enabled",
    "delivery.qr_pickup",
    "delivery.default_region",
    "delivery.phone_regions",
    "delivery.email_subject",
    "retention.delivered_days",
    "retention.undelivered_max_days",
    "retention.publish_max_months",
    "retention.consent_proof_months",
    "retention.delivery_log_days",
    "retention.audit_log_months",
    "retention.sweep_interval_min",
)
SET_BY_HEAD_OFFICE = "set by head office"


class ProfileError(Exception):
    """A profile that cannot be used; the message names the field and why."""


@dataclass(frozen=True)
class Profile:
    """One group's shared settings: dotted key -> value, and which of them are locked."""

    group: str
    values: dict[str, Any]
    locked: frozenset[str]
    revision: int = 0

    def as_document(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "revision": self.revision,
            "settings": nested(self.values),
            "locked": sorted(self.locked),
        }


def _leaves(tree: dict[str, Any]) -> dict[str, Any]:
    try:
        return dict(leaves(tree))
    except TypeError as exc:
        raise ProfileError(str(exc)) from None


def _known_leaves() -> set[str]:
    return set(_leaves(Settings().model_dump(mode="json")))


def parse_profile(document: Any, group: str = "") -> Profile:
    """A profile document (``{"settings": {...}, "locked": [...]}``) checked field by field.

    ``settings`` is shaped like ``settings.json`` (sections, then names); ``locked`` lists
    dotted keys of fields the profile sets that kiosks may not override."""
    if not isinstance(document, dict):
        raise ProfileError("a profile is a JSON object with 'settings' and 'locked'")
    extra = sorted(set(document) - {"settings", "locked", "group", "revision"})
    if extra:
        raise ProfileError(
            f"unknown key {extra[0]!r} in the profile; it holds 'settings' and 'locked'"
        )
    settings = document.get("settings", {})
    if not isinstance(settings, dict):
        raise ProfileError("'settings' must be a JSON object shaped like settings.json")
    values = _leaves(settings)
    known = _known_leaves()
    for key in values:
        if key not in known:
            raise ProfileError(f"unknown setting {key!r} (misspelt, or from another version?)")
        if key not in PROFILE_FIELDS:
            raise ProfileError(
                f"{key} cannot be set by a profile: a profile sets only "
                + ", ".join(PROFILE_FIELDS)
            )
    locked = document.get("locked", [])
    if not isinstance(locked, list) or not all(isinstance(k, str) for k in locked):
        raise ProfileError("'locked' must be a list of setting names such as flow.countdown_s")
    for key in locked:
        if key not in values:
            raise ProfileError(f"{key} is locked but the profile does not set it")
    raw = Settings().model_dump(mode="json")
    for key, value in values.items():
        put(raw, key, value)
    try:
        checked = Settings.model_validate(raw)
    except ValidationError as exc:
        raise ProfileError(describe_validation(exc)) from None
    normalised = checked.model_dump(mode="json")  # e.g. language codes in lower case
    clean = {key: get(normalised, key) for key in values}
    revision = document.get("revision", 0)
    return Profile(
        str(document.get("group") or group),
        clean,
        frozenset(locked),
        int(revision) if isinstance(revision, int) else 0,
    )


def check_opens(profile: Profile) -> None:
    """A profile that would keep a kiosk closed (a branding frame it does not have) is refused:
    the schema alone cannot tell, so the kiosk's own start-up checks are run on it."""
    from booth.startup_checks import startup_problems

    problems = startup_problems(layered(Settings(), profile))
    for key in sorted(problems):
        if key in profile.values:
            raise ProfileError(f"{key}: {problems[key]}")


# -- the layer ---------------------------------------------------------------------------------
def layered(local: Settings, profile: Profile | None) -> Settings:
    """Defaults < profile < the kiosk's own values, the own ones only where not locked."""
    if profile is None:
        return local
    raw = local.model_dump(mode="json")
    defaults = Settings().model_dump(mode="json")
    for key, value in profile.values.items():
        own = get(raw, key) != get(defaults, key)
        if key in profile.locked or not own:
            put(raw, key, value)
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:  # a mix of two valid halves that is not (never a crash)
        log.warning("head office's profile does not fit this kiosk's settings: %s", exc.title)
        return local


def overridden(local: Settings, profile: Profile | None) -> set[str]:
    """The profile's unlocked fields this kiosk sets itself."""
    if profile is None:
        return set()
    raw, defaults = local.model_dump(mode="json"), Settings().model_dump(mode="json")
    return {
        key
        for key in profile.values
        if key not in profile.locked and get(raw, key) != get(defaults, key)
    }


def locked_message(profile: Profile) -> str:
    return f"{SET_BY_HEAD_OFFICE} (group {profile.group}): this kiosk cannot change it"


def local_after_edit(
    local: Settings, edited: Settings, keys: set[str], profile: Profile | None
) -> tuple[Settings | None, dict[str, str]]:
    """What ``settings.json`` should hold after a form save of ``keys`` made ``edited``
    (effective values): the kiosk's own values only, never the profile's.

    A locked field is refused unless left at the profile's value; an unlocked one set to the
    profile's value follows the profile again (its own value goes back to the default)."""
    if profile is None:
        return edited, {}
    errors: dict[str, str] = {}
    raw = edited.model_dump(mode="json")
    local_raw = local.model_dump(mode="json")
    defaults = Settings().model_dump(mode="json")
    for key, value in profile.values.items():
        new = get(raw, key)
        if key not in keys:
            put(raw, key, get(local_raw, key))  # untouched: settings.json keeps its own
        elif key in profile.locked:
            if new != value:
                errors[key] = (
                    f"{SET_BY_HEAD_OFFICE} (group {profile.group}): this kiosk cannot change it"
                )
            put(raw, key, get(local_raw, key))
        elif new == value:
            put(raw, key, get(defaults, key))  # follows the profile again
        elif new == get(defaults, key):
            errors[key] = (
                f"head office's profile sets {value!r}; the default {new!r} cannot be chosen "
                "over it here (choose another value, or ask head office)"
            )
    if errors:
        return None, errors
    try:
        return Settings.model_validate(raw), {}
    except ValidationError as exc:
        return None, {"settings": describe_validation(exc)}


# -- the file at the kiosk -----------------------------------------------------------------------
def _path(layout: DataLayout) -> Path:
    return layout.root / PROFILE_FILE


def _read_state(layout: DataLayout) -> dict[str, Any]:
    try:
        state = json.loads(_path(layout).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("%s cannot be read (%s); no profile applies", PROFILE_FILE, type(exc).__name__)
        return {}
    return state if isinstance(state, dict) else {}


def load_profile(layout: DataLayout) -> Profile | None:
    """The last good profile pulled from head office; None when there is none (or the file is
    damaged: the kiosk then runs on its own settings, and the next sync writes it again)."""
    document = _read_state(layout).get("profile")
    if document is None:
        return None
    try:
        return parse_profile(document)
    except ProfileError as exc:
        log.warning("%s holds a profile this kiosk cannot use: %s", PROFILE_FILE, exc)
        return None


def refused_profile(layout: DataLayout) -> str | None:
    """Why the last profile head office sent was ignored, for a staff alert (None: it was not)."""
    refused = _read_state(layout).get("refused")
    if isinstance(refused, dict):
        return str(refused.get("reason") or "not usable")
    return None


def _write_state(layout: DataLayout, state: dict[str, Any]) -> None:
    data = (json.dumps(state, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()
    write_file_durably(_path(layout), data)


def store_pulled(layout: DataLayout, document: Any) -> str:
    """Keep what the sync pulled: ``"applied"``, ``"removed"`` (no profile for this kiosk any
    more), ``"unchanged"``, ``"refused"`` (kept the last good one; staff are told) or
    ``"not kept"`` (the file could not be written; the next sync tries again). Never raises:
    a bad profile must not stop the sync, let alone the kiosk."""
    try:
        return _store(layout, document)
    except OSError as exc:
        log.warning("%s could not be written (%s)", PROFILE_FILE, exc.strerror)
        return "not kept"


def _store(layout: DataLayout, document: Any) -> str:
    state = _read_state(layout)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if document is None:
        if state.get("profile") is None and not state.get("refused"):
            return "unchanged"
        _write_state(layout, {"profile": None, "refused": None, "pulled_at": now})
        log.info("head office no longer sets a profile for this kiosk")
        return "removed"
    try:
        profile = parse_profile(document)
        check_opens(profile)
    except (ProfileError, TypeError, ValueError, KeyError) as exc:
        reason = str(exc) if isinstance(exc, ProfileError) else "not a profile this kiosk reads"
        log.warning("head office's settings profile was ignored: %s", reason)
        if (state.get("refused") or {}).get("reason") != reason:
            _write_state(layout, {**state, "refused": {"at": now, "reason": reason}})
        return "refused"
    kept = state.get("profile")
    if kept == profile.as_document() and not state.get("refused"):
        return "unchanged"
    _write_state(layout, {"profile": profile.as_document(), "refused": None, "pulled_at": now})
    log.info("head office's settings profile (group %s) applies from the next start", profile.group)
    return "applied"


def effective_settings(layout: DataLayout, local: Settings) -> Settings:
    return layered(local, load_profile(layout))
