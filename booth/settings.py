"""One settings schema for the whole kiosk.

Every option is declared once here with its type, default, limits and a
description staff can read. The file on disk is JSON, written atomically, and
versioned: :mod:`booth.settings_upgrade` upgrades an older file before it is validated. A file
that does not validate stops the kiosk with a message that names the field,
rather than letting it run half-configured.

Secrets (provider keys, head office's DSN, the fleet key) are fields like any other
in memory, but on disk they live in the credential store outside the data folder
(:mod:`booth.secrets`); ``settings.json`` holds an empty string in their place (P7), and
:mod:`booth.settings_secrets` moves them between the two as the file is read and saved.

Where visitors' data and the keys go (the providers' endpoints, the photo host, head
office's connection) is marked ``protected`` (:data:`PROTECTED`): the manager or
provisioning sets it, never staff (:mod:`booth.protected_settings`), and each of those URLs
is https only, checked here on every value (:mod:`booth.endpoint_rules`) (P7, P8).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from booth.colours import HEX_COLOUR, PAGE_BACKGROUND, contrast_ratio
from booth.endpoint_rules import check_dsn, check_endpoint_url
from booth.errors import SettingsError as SettingsError
from booth.settings_file import write_settings_file
from booth.settings_secrets import add_secrets, keep_secrets, move_secrets_out
from booth.settings_upgrade import SETTINGS_VERSION as SETTINGS_VERSION
from booth.settings_upgrade import keep_before_upgrade, migrate

LOGO_TYPES = (".png", ".jpg", ".jpeg", ".svg")
FONT_FAMILY = re.compile(r"^[\w][\w \-]*$")


# json_schema_extra of a field staff may not change: it decides where data and keys are sent.
PROTECTED: dict[str, Any] = {"protected": True}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class StoreSettings(_Section):
    store_id: str = Field(
        "store-001",
        min_length=1,
        max_length=64,
        description="Store code used in consent records.",
        title="Store code",
    )
    kiosk_id: str = Field(
        "kiosk-01",
        min_length=1,
        max_length=64,
        description="This kiosk's code, unique within the store.",
        title="Kiosk code",
    )
    store_name: str = Field(
        "Aurelia Fine Jewelry",
        min_length=1,
        max_length=80,
        description="Shown to visitors and in messages.",
        title="Store name",
    )
    privacy_contact: str = Field(
        "privacy@aurelia.example",
        min_length=3,
        max_length=120,
        description="Where visitors can reach the store about their data: an email address or a web page.",
        title="Privacy contact",
    )
    jurisdiction: str = Field(
        "US",
        min_length=2,
        max_length=8,
        description="Country or region whose law applies here.",
        title="Jurisdiction",
    )


class FlowSettings(_Section):
    idle_timeout_s: int = Field(
        60,
        ge=10,
        le=600,
        description="Seconds without a touch before the kiosk returns to the start.",
        title="Idle timeout (seconds)",
    )
    countdown_s: int = Field(
        3,
        ge=1,
        le=10,
        description="Seconds counted down before the photo is taken.",
        title="Countdown (seconds)",
    )
    max_retakes: int = Field(
        3,
        ge=0,
        le=10,
        description="How many times a visitor may retake the photo.",
        title="Retakes allowed",
    )
    done_screen_s: int = Field(
        12,
        ge=3,
        le=60,
        description="Seconds the thank-you screen stays before the next visitor.",
        title="Thank-you screen (seconds)",
    )
    language: str = Field(
        "en",
        min_length=2,
        max_length=8,
        description="Language of the visitor screens until a visitor picks another; every new visitor starts in it.",
        title="Store language",
    )
    languages: list[str] = Field(
        default_factory=lambda: ["en", "fr", "he"],
        min_length=1,
        max_length=8,
        description="The languages visitors can choose on the first screen: en for English, fr for French, he for Hebrew. With only one, no choice is shown.",
        title="Languages offered",
    )
    shutter_sound: bool = Field(
        False,
        description="Play a shutter sound when the photo is taken (needs pw-play, paplay or aplay).",
        title="Shutter sound",
    )
    still_there_s: int = Field(
        10,
        ge=0,
        le=60,
        description="Seconds the 'Still there?' prompt counts down before the kiosk starts over; 0 for no prompt.",
        title="'Still there?' prompt (seconds)",
    )

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: list[str]) -> list[str]:
        codes = [code.strip().lower() for code in value]
        for code in codes:
            if not (2 <= len(code) <= 8 and code.replace("-", "").isalpha()):
                raise ValueError(f"'{code}' is not a language code (e.g. en, fr, he)")
        if len(set(codes)) != len(codes):
            raise ValueError("a language is listed twice")
        return codes


class CameraSettings(_Section):
    source: str = Field(
        "0",
        min_length=1,
        description="Which camera to use: its number (0 for the first one), its device path, or a video file. The Camera tab finds them for you.",
        title="Camera source",
    )
    width: int = Field(
        1920,
        ge=320,
        le=7680,
        description="Requested capture width in pixels.",
        title="Width (pixels)",
    )
    height: int = Field(
        1080,
        ge=240,
        le=4320,
        description="Requested capture height in pixels.",
        title="Height (pixels)",
    )
    fps: int = Field(
        30, ge=5, le=120, description="Requested frames per second.", title="Frames per second"
    )
    mirror_preview: bool = Field(
        True,
        description="Show the live preview like a mirror; the photo itself is never mirrored.",
        title="Mirror the preview",
    )
    still_high_resolution: bool = Field(
        False,
        description="Take the photo in the camera's bigger still mode, then go back to the preview "
        "size (the preview pauses for a moment while the camera switches).",
        title="High-resolution photo",
    )
    still_width: int = Field(
        3840,
        ge=320,
        le=7680,
        description="Width asked for in the still mode; used only when it is bigger than the preview.",
        title="Photo width (pixels)",
    )
    still_height: int = Field(
        2160,
        ge=240,
        le=4320,
        description="Height asked for in the still mode.",
        title="Photo height (pixels)",
    )


class PhotoSettings(_Section):
    aspect: str = Field(
        "4:5",
        pattern=r"^\d{1,2}:\d{1,2}$",
        description="Shape of the finished photo, as width:height, for example 4:3 or 1:1.",
        title="Aspect ratio",
    )
    frame: str = Field(
        "default.png",
        max_length=200,
        description="The frame drawn around every photo (a picture in the kiosk's frames folder). Leave it empty for no frame. Preview shows it on a live photo.",
        title="Branding frame",
    )
    jpeg_quality: int = Field(
        90, ge=50, le=100, description="JPEG quality of the delivered photo.", title="JPEG quality"
    )


class BrandingSettings(_Section):
    """The store's look on every visitor screen (ui/style.py builds the style sheet from it)."""

    accent_colour: str = Field(
        "",
        max_length=7,
        description="Accent colour of buttons and headings as #rrggbb, or empty for the house gold.",
        title="Accent colour",
    )
    logo: str = Field(
        "",
        max_length=300,
        description="The store's logo, large on the start screen and small at the top of the other visitor screens: a PNG, JPEG or SVG file (full path, or a name in assets/frames), or empty for none.",
        title="Logo",
    )
    font: str = Field(
        "",
        max_length=60,
        description="Font family of the visitor screens (installed on this computer), or empty for the default.",
        title="Font",
    )

    @field_validator("accent_colour")
    @classmethod
    def _readable_accent(cls, value: str) -> str:
        value = value.strip()
        if not value:
            return value
        if not HEX_COLOUR.fullmatch(value):
            raise ValueError(f"'{value}' is not a colour like #d4b47c")
        ratio = contrast_ratio(value, PAGE_BACKGROUND)
        if ratio < 4.5:
            raise ValueError(
                f"'{value}' is too dark to read on the screens' background "
                f"(contrast {ratio:.1f}:1, at least 4.5:1 needed)"
            )
        return value.lower()

    @field_validator("logo")
    @classmethod
    def _image_file(cls, value: str) -> str:
        value = value.strip()
        if value and not value.lower().endswith(LOGO_TYPES):
            raise ValueError(f"'{value}' is not a PNG, JPEG or SVG file")
        return value

    @field_validator("font")
    @classmethod
    def _font_family(cls, value: str) -> str:
        value = value.strip()
        if value and not FONT_FAMILY.fullmatch(value):
            raise ValueError(f"'{value}' is not a font family name (letters, digits, spaces, -)")
        return value


class SendGridSettings(_Section):
    """Email through SendGrid's v3 mail/send. The key may come from $SENDGRID_API_KEY instead."""

    api_key: str = Field(
        "",
        max_length=200,
        description="SendGrid API key, with the Mail Send permission. A SENDGRID_API_KEY environment variable is used instead when set.",
        title="SendGrid API key",
    )
    api_base: str = Field(
        "https://api.sendgrid.com/v3",
        min_length=8,
        max_length=200,
        description="SendGrid API base URL (https://api.eu.sendgrid.com/v3 for EU data residency).",
        json_schema_extra=PROTECTED,
        title="SendGrid API URL",
    )
    from_name: str = Field(
        "",
        max_length=80,
        description="Sender name of the photo emails. Leave it empty to use the store name.",
        title="Sender name",
    )
    reply_to: str = Field(
        "",
        max_length=254,
        description="Address that replies to the photo emails go to. Leave it empty for none.",
        title="Reply-To address",
    )

    @field_validator("api_base")
    @classmethod
    def _https_api(cls, value: str) -> str:
        return check_endpoint_url(value)


class TwilioSettings(_Section):
    """Text messages through Twilio. $TWILIO_ACCOUNT_SID and $TWILIO_AUTH_TOKEN win over these."""

    account_sid: str = Field(
        "", max_length=34, description="Twilio Account SID (AC...).", title="Twilio account SID"
    )
    auth_token: str = Field(
        "", max_length=64, description="Twilio Auth Token.", title="Twilio auth token"
    )
    shorten_urls: bool = Field(
        False,
        description="Ask Twilio to shorten the photo link (needs a Messaging Service SID in sms_from "
        "with link shortening set up).",
        title="Shorten links",
    )
    mms_countries: list[str] = Field(
        default_factory=lambda: ["US", "CA"],
        max_length=60,
        description="Countries whose visitors get the photo itself (MMS); others get a link (SMS).",
        title="MMS countries",
    )


class MediaHostSettings(_Section):
    """The S3-compatible bucket behind SMS links and QR pickup (AWS S3, Cloudflare R2, MinIO)."""

    endpoint_url: str = Field(
        "",
        max_length=300,
        description="S3 endpoint URL; empty: AWS S3 in the region below. R2: https://<account>.r2.cloudflarestorage.com.",
        json_schema_extra=PROTECTED,
        title="S3 endpoint URL",
    )
    bucket: str = Field(
        "",
        max_length=63,
        description="Bucket name. Leave it empty to host no photos (no links, no QR codes).",
        json_schema_extra=PROTECTED,
        title="Bucket name",
    )
    region: str = Field(
        "us-east-1",
        min_length=2,
        max_length=32,
        description="Bucket region (R2: auto).",
        title="Bucket region",
    )
    access_key_id: str = Field(
        "",
        max_length=128,
        description="Access key ID. An AWS_ACCESS_KEY_ID environment variable is used instead when set.",
        title="Access key ID",
    )
    secret_access_key: str = Field(
        "",
        max_length=128,
        description="Secret access key. An AWS_SECRET_ACCESS_KEY environment variable is used instead when set.",
        title="Secret access key",
    )
    key_prefix: str = Field(
        "photobooth/",
        max_length=64,
        description="Folder in the bucket for hosted photos.",
        title="Folder in the bucket",
    )
    link_expiry_h: int = Field(
        72,
        ge=1,
        le=168,
        description="Hours a photo link works (at most 7 days, S3's limit).",
        title="Link lifetime (hours)",
    )
    path_style: bool = Field(
        False,
        description="Path-style bucket addressing (MinIO usually needs it).",
        title="Path-style addressing",
    )

    @field_validator("endpoint_url")
    @classmethod
    def _https_endpoint(cls, value: str) -> str:
        return check_endpoint_url(value)


class OutboxSettings(_Section):
    """How fast and how long the outbox keeps trying."""

    email_per_s: float = Field(
        10.0,
        ge=0,
        le=1000,
        description="Emails sent per second at most; 0 for no limit.",
        title="Emails per second",
    )
    sms_per_s: float = Field(
        1.0,
        ge=0,
        le=1000,
        description="Text messages per second at most (a Twilio long code allows about 1; 0: no limit).",
        title="Text messages per second",
    )
    concurrency: int = Field(
        2, ge=1, le=16, description="Deliveries in flight at once.", title="Sends at once"
    )
    timeout_s: float = Field(
        20.0,
        ge=1,
        le=120,
        description="Network timeout of each provider call, in seconds.",
        title="Network timeout (seconds)",
    )
    max_backoff_min: int = Field(
        15,
        ge=1,
        le=240,
        description="Longest wait between two attempts of one delivery.",
        title="Longest retry wait (minutes)",
    )
    dead_after_days: int = Field(
        7,
        ge=1,
        le=30,
        description="A delivery still not sent after this many days becomes a dead letter for the manager.",
        title="Give up after (days)",
    )
    status_poll_s: int = Field(
        60,
        ge=10,
        le=3600,
        description="Seconds between checks of sent text messages' delivery status.",
        title="Status checks every (seconds)",
    )


class DeliverySettings(_Section):
    mode: Literal["dry_run", "live"] = Field(
        "dry_run",
        description="Dry run writes each message to a folder on the kiosk instead of sending it; Live sends it for real.",
        title="Delivery mode",
    )
    email_enabled: bool = Field(
        True, description="Offer delivery by email.", title="Email delivery"
    )
    sms_enabled: bool = Field(
        True, description="Offer delivery by text message.", title="Text message delivery"
    )
    default_region: str = Field(
        "US",
        min_length=2,
        max_length=2,
        description="Country assumed for phone numbers typed without +.",
        title="Default country",
    )
    phone_regions: list[str] = Field(
        default_factory=lambda: ["US", "CA", "MX", "GB", "FR", "DE", "IL"],
        max_length=40,
        description="Countries a visitor can pick for their mobile number, by their two-letter code: US, FR, IL…",
        title="Phone countries",
    )
    email_subject: str = Field(
        "",
        max_length=120,
        description="Your own email subject, used in every language; {store} is replaced by the store name. Leave it empty and each visitor gets the subject in their own language.",
        title="Email subject",
    )
    from_email: str = Field(
        "photos@aurelia.example",
        min_length=3,
        max_length=254,
        description="Sender address of the photo emails.",
        title="Sender address",
    )
    sms_from: str = Field(
        "+15005550006",
        max_length=34,
        description="Sender number or Messaging Service SID for text messages.",
        title="Text message sender",
    )
    qr_pickup: bool = Field(
        False,
        description="Offer 'no contact details, show me a QR code' (needs the media host).",
        title="QR code pickup",
    )
    sendgrid: SendGridSettings = Field(default_factory=SendGridSettings)
    twilio: TwilioSettings = Field(default_factory=TwilioSettings)
    media_host: MediaHostSettings = Field(default_factory=MediaHostSettings)
    outbox: OutboxSettings = Field(default_factory=OutboxSettings)

    @field_validator("default_region")
    @classmethod
    def _region_upper(cls, value: str) -> str:
        import phonenumbers

        region = value.upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"'{value}' is not a country's two-letter code, such as US, GB or FR.")
        return region

    @field_validator("phone_regions")
    @classmethod
    def _regions_upper(cls, value: list[str]) -> list[str]:
        return [cls._region_upper(code) for code in value]


class RetentionSettings(_Section):
    """How long each category of data is kept (P4); see consent/retention.py for the rules."""

    delivered_days: int = Field(
        7,
        ge=0,
        le=90,
        description="Days a delivery-only visit's photo, name, email and phone are kept after its photo was sent.",
        title="Kept after sending (days)",
    )
    undelivered_max_days: int = Field(
        30,
        ge=1,
        le=90,
        description="Days at most a delivery-only visit's photo and contact details are kept, sent or not.",
        title="Kept at most (days)",
    )
    publish_max_months: int = Field(
        12,
        ge=1,
        le=60,
        description="Months at most a photo the visitor allowed us to publish is kept, unless withdrawn or erased sooner.",
        title="Published photos kept (months)",
    )
    consent_proof_months: int = Field(
        36,
        ge=1,
        le=120,
        description="Months consent records are kept as proof after the data they cover is gone (they hold no personal data).",
        title="Consent proof kept (months)",
    )
    delivery_log_days: int = Field(
        30,
        ge=0,
        le=365,
        description="Days delivery records are kept after the visit's personal data is gone.",
        title="Delivery log kept (days)",
    )
    audit_log_months: int = Field(
        36,
        ge=6,
        le=120,
        description="Months audit log entries are kept.",
        title="Audit log kept (months)",
    )
    sweep_interval_min: int = Field(
        60,
        ge=5,
        le=1440,
        description="Minutes between retention sweeps (one also runs at start).",
        title="Sweep interval (minutes)",
    )


class CentralSettings(_Section):
    """Head office sync (issue #8). Empty ``dsn``: this kiosk works alone."""

    dsn: str = Field(
        "",
        max_length=1000,
        description="Head office's database address, exactly as printed when head office added this kiosk (or the PHOTOBOOTH_CENTRAL_DSN environment variable).",
        json_schema_extra={"secret": True, **PROTECTED},  # it carries the database password
        title="Head office DSN",
    )
    fleet_key: str = Field(
        "",
        max_length=200,
        description="The fleet's lookup key, as printed when head office added this kiosk.",
        json_schema_extra={"secret": True, **PROTECTED},
        title="Fleet key",
    )
    head_office_public_key: str = Field(
        "",
        max_length=2000,  # ML-KEM-768 + X25519: 1,216 bytes, 1,624 in base64
        description="Head office's public key, as printed when head office added this kiosk.",
        json_schema_extra=PROTECTED,
        title="Head office public key",
    )
    sync_interval_s: int = Field(
        300,
        ge=1,
        le=86400,
        description="Seconds between syncs with head office.",
        title="Sync interval (seconds)",
    )
    bucket: str = Field(
        "",
        max_length=200,
        description="Head office's bucket for the photos visitors allowed us to publish. Leave it empty for none.",
        json_schema_extra=PROTECTED,
        title="Photo bucket",
    )
    endpoint_url: str = Field(
        "",
        max_length=500,
        description="S3 endpoint for MinIO, R2 or another S3 service.",
        json_schema_extra=PROTECTED,
        title="S3 endpoint URL",
    )
    region: str = Field(
        "",
        max_length=50,
        description="Bucket region.",
        json_schema_extra=PROTECTED,
        title="Bucket region",
    )
    access_key_id: str = Field(
        "",
        max_length=200,
        description="Bucket access key. Leave it empty to use the AWS_ACCESS_KEY_ID environment variable.",
        json_schema_extra=PROTECTED,
        title="Access key ID",
    )
    secret_access_key: str = Field(
        "",
        max_length=200,
        description="Bucket secret key. Leave it empty to use the AWS_SECRET_ACCESS_KEY environment variable.",
        json_schema_extra=PROTECTED,
        title="Secret access key",
    )

    public_url: str = Field(
        "",
        max_length=500,
        description="Head office's public web address, as printed when head office added this kiosk. Each message then carries a link where the visitor can stop publishing or delete their photo; leave it empty and the message says to write to the privacy contact.",
        json_schema_extra=PROTECTED,
        title="Head office public URL",
    )
    link_key: str = Field(
        "",
        max_length=200,
        description="This kiosk's key for signing visitors' links, as printed when head office added this kiosk.",
        json_schema_extra={"secret": True, **PROTECTED},
        title="Visitor link key",
    )

    @field_validator("dsn")
    @classmethod
    def _verified_tls(cls, value: str) -> str:
        return check_dsn(value)

    @field_validator("public_url")
    @classmethod
    def _https_public_url(cls, value: str) -> str:
        return check_endpoint_url(value)

    @field_validator("endpoint_url")
    @classmethod
    def _https_endpoint(cls, value: str) -> str:
        return check_endpoint_url(value)


class Settings(_Section):
    version: int = Field(SETTINGS_VERSION, description="Schema version of this file.")
    store: StoreSettings = Field(default_factory=StoreSettings)
    flow: FlowSettings = Field(default_factory=FlowSettings)
    camera: CameraSettings = Field(default_factory=CameraSettings)
    photo: PhotoSettings = Field(default_factory=PhotoSettings)
    branding: BrandingSettings = Field(default_factory=BrandingSettings)
    delivery: DeliverySettings = Field(default_factory=DeliverySettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    central: CentralSettings = Field(default_factory=CentralSettings)

    def aspect_ratio(self) -> tuple[int, int]:
        w, h = self.photo.aspect.split(":")
        return int(w), int(h)


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown setting (misspelt, or from another version?)"
        lines.append(f"{where}: {message}")
    return "; ".join(lines)


def describe_validation(error: ValidationError) -> str:
    """A schema error as one line naming each field, for other modules' messages."""
    return _describe(error)


def _raw(text: str, source: str) -> dict[str, Any]:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    if not isinstance(raw, dict):
        raise SettingsError(f"{source} must hold a JSON object at the top level")
    try:
        return migrate(raw)
    except SettingsError as exc:
        raise SettingsError(f"{source}: {exc}") from None


def _validate(raw: dict[str, Any], source: str) -> Settings:
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise SettingsError(f"{source}: {_describe(exc)}") from None


def parse_settings(text: str, source: str = "settings.json") -> Settings:
    """The settings a file's text holds, as they are (no secrets added from the store)."""
    return _validate(_raw(text, source), source)


def revalidate(settings: Settings, source: str) -> Settings:
    """Settings put together with ``model_copy`` (which checks nothing), through the schema's
    rules; a value they refuse raises :class:`SettingsError` naming the field."""
    return _validate(settings.model_dump(mode="json"), source)


def load_settings(path: Path) -> Settings:
    """Read the settings file and the secrets kept for it; a missing file means the
    defaults, written out for staff to edit. A secret found in the file moves to the store."""
    if not path.exists():
        raw = Settings().model_dump(mode="json")
        path.parent.mkdir(parents=True, exist_ok=True)
        write_settings_file(path, raw)
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path.name} cannot be read: {exc}") from None
        raw = _raw(text, path.name)
        _validate(raw, path.name)  # a file that does not validate is left exactly as it is
        keep_before_upgrade(path, text)
    move_secrets_out(path, raw)
    return _validate(raw, path.name)


def read_settings(path: Path) -> Settings:
    """What :func:`load_settings` gives, with the secrets, but writing nothing: for checks
    of an installed kiosk (``doctor``), which must not create the file or move secrets."""
    if not path.exists():
        raw = Settings().model_dump(mode="json")
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path.name} cannot be read: {exc}") from None
        raw = _raw(text, path.name)
    add_secrets(path, raw)
    return _validate(raw, path.name)


def save_settings(path: Path, settings: Settings) -> None:
    """Secrets to the credential store, the rest to the file, atomically: a power cut
    leaves either the old file or the new one, never half."""
    raw = settings.model_dump(mode="json")
    path.parent.mkdir(parents=True, exist_ok=True)
    keep_secrets(path, raw)
    write_settings_file(path, raw)
