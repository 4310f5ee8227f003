"""One settings schema for the whole kiosk.

Every option is declared once here with its type, default, limits and a
description staff can read. The file on disk is JSON, written atomically, and
versioned: ``migrate`` upgrades an older file before it is validated. A file
that does not validate stops the kiosk with a message that names the field,
rather than letting it run half-configured.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SETTINGS_VERSION = 1


class SettingsError(Exception):
    """The settings file cannot be used; the message says which field and why."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class StoreSettings(_Section):
    store_id: str = Field(
        "store-001", min_length=1, max_length=64, description="Store code used in consent records."
    )
    kiosk_id: str = Field(
        "kiosk-01",
        min_length=1,
        max_length=64,
        description="This kiosk's code, unique within the store.",
    )
    store_name: str = Field(
        "Aurelia Fine Jewelry",
        min_length=1,
        max_length=80,
        description="Shown to visitors and in messages.",
    )
    privacy_contact: str = Field(
        "privacy@aurelia.example",
        min_length=3,
        max_length=120,
        description="Where visitors reach the store about their data (P10).",
    )
    jurisdiction: str = Field(
        "US", min_length=2, max_length=8, description="Country or region whose law applies here."
    )


class FlowSettings(_Section):
    idle_timeout_s: int = Field(
        60,
        ge=10,
        le=600,
        description="Seconds without a touch before the kiosk returns to the start.",
    )
    countdown_s: int = Field(
        3, ge=1, le=10, description="Seconds counted down before the photo is taken."
    )
    max_retakes: int = Field(
        3, ge=0, le=10, description="How many times a visitor may retake the photo."
    )
    done_screen_s: int = Field(
        12, ge=3, le=60, description="Seconds the thank-you screen stays before the next visitor."
    )
    language: str = Field(
        "en", min_length=2, max_length=8, description="Language of the visitor screens."
    )


class CameraSettings(_Section):
    source: str = Field("0", min_length=1, description="Webcam index, device path, or video file.")
    width: int = Field(1920, ge=320, le=7680, description="Requested capture width in pixels.")
    height: int = Field(1080, ge=240, le=4320, description="Requested capture height in pixels.")
    fps: int = Field(30, ge=5, le=120, description="Requested frames per second.")
    mirror_preview: bool = Field(
        True, description="Show the live preview like a mirror; the photo itself is never mirrored."
    )


class PhotoSettings(_Section):
    aspect: str = Field(
        "4:5", pattern=r"^\d{1,2}:\d{1,2}$", description="Crop of the finished photo, width:height."
    )
    frame: str = Field(
        "default.png",
        max_length=200,
        description="Branding frame from assets/frames, or empty for none.",
    )
    jpeg_quality: int = Field(90, ge=50, le=100, description="JPEG quality of the delivered photo.")


class DeliverySettings(_Section):
    mode: Literal["dry_run", "live"] = Field(
        "dry_run", description="dry_run writes messages to a folder; live sends them."
    )
    email_enabled: bool = Field(True, description="Offer delivery by email.")
    sms_enabled: bool = Field(True, description="Offer delivery by text message.")
    default_region: str = Field(
        "US",
        min_length=2,
        max_length=2,
        description="Country assumed for phone numbers typed without +.",
    )
    email_subject: str = Field(
        "Your photo from {store}", max_length=120, description="Email subject; {store} is replaced."
    )
    from_email: str = Field(
        "photos@aurelia.example",
        min_length=3,
        max_length=254,
        description="Sender address of the photo emails.",
    )
    sms_from: str = Field(
        "+15005550006",
        max_length=34,
        description="Sender number or Messaging Service SID for text messages.",
    )

    @field_validator("default_region")
    @classmethod
    def _region_upper(cls, value: str) -> str:
        import phonenumbers

        region = value.upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(
                f"'{value}' is not a country code phonenumbers knows (e.g. US, GB, FR)"
            )
        return region


class Settings(_Section):
    version: int = Field(SETTINGS_VERSION, description="Schema version of this file.")
    store: StoreSettings = Field(default_factory=StoreSettings)
    flow: FlowSettings = Field(default_factory=FlowSettings)
    camera: CameraSettings = Field(default_factory=CameraSettings)
    photo: PhotoSettings = Field(default_factory=PhotoSettings)
    delivery: DeliverySettings = Field(default_factory=DeliverySettings)

    def aspect_ratio(self) -> tuple[int, int]:
        w, h = self.photo.aspect.split(":")
        return int(w), int(h)


# Each migration takes the raw dict of version N and returns version N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    version = raw.get("version", 1)
    if not isinstance(version, int) or version < 1:
        raise SettingsError(
            f"version: expected a whole number from 1 to {SETTINGS_VERSION}, got {version!r}"
        )
    if version > SETTINGS_VERSION:
        raise SettingsError(
            f"version: this file was written by a newer kiosk (version {version}); "
            f"this kiosk understands up to {SETTINGS_VERSION}"
        )
    while version < SETTINGS_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
        raw["version"] = version
    return raw


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown setting (misspelt, or from another version?)"
        lines.append(f"{where}: {message}")
    return "; ".join(lines)


def parse_settings(text: str, source: str = "settings.json") -> Settings:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    if not isinstance(raw, dict):
        raise SettingsError(f"{source} must hold a JSON object at the top level")
    try:
        return Settings.model_validate(migrate(raw))
    except SettingsError as exc:
        raise SettingsError(f"{source}: {exc}") from None
    except ValidationError as exc:
        raise SettingsError(f"{source}: {_describe(exc)}") from None


def load_settings(path: Path) -> Settings:
    """Read the settings file; a missing file means the defaults, written out for staff to edit."""
    if not path.exists():
        settings = Settings()
        save_settings(path, settings)
        return settings
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path.name} cannot be read: {exc}") from None
    return parse_settings(text, path.name)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a power cut leaves either the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
