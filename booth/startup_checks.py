"""What would stop the kiosk from opening with these settings, found before they are saved.

The schema checks each value's form; these checks are the ones start-up runs on top
(booth/app.py): the branding frame must exist and decode, and live delivery needs its
keys and sender. Staff saving such settings from the touchscreen and tapping "Restart to
apply" would otherwise close the booth until someone fixed the file by hand. Nothing
here touches the network: building the providers' clients only reads the settings.
"""

from __future__ import annotations

from booth.errors import SetupError
from booth.settings import Settings

# Which field a start-up refusal is about, by the words of its message.
DELIVERY_FIELDS = (
    ("SendGrid", "delivery.sendgrid.api_key"),
    ("Twilio account", "delivery.twilio.auth_token"),
    ("Twilio sender", "delivery.sms_from"),
    ("photo host", "delivery.media_host.bucket"),
)


def startup_problems(settings: Settings) -> dict[str, str]:
    """Field key -> why the kiosk would not open with it; empty when it would."""
    from booth.app import photo_style
    from booth.delivery_setup import live_senders

    problems: dict[str, str] = {}
    try:
        photo_style(settings)
    except SetupError as exc:
        problems["photo.frame"] = str(exc).removeprefix("photo.frame: ")
    if settings.delivery.mode == "live":
        try:
            live_senders(settings)
        except SetupError as exc:
            message = str(exc).removeprefix("delivery: ")
            key = next((k for words, k in DELIVERY_FIELDS if words in message), "delivery.mode")
            problems[key] = message
    return problems
