"""Setting up a new kiosk in one go: its ids, its PINs, head office, the delivery keys (P7).

What ``photobooth-kiosk provision`` does once it has every answer. Everything is checked
before anything is written (the ids, the PINs' rules, the enroll file and the kiosk it was
made for, the settings schema), then written in the order that can be undone:

1. the secrets into the credential store (:mod:`booth.secrets`), the old ones kept aside;
2. the PINs (or a one-time setup code) in the records file (:mod:`booth.pin_store`): if
   that fails, the old secrets are put back;
3. ``settings.json``, atomically: if that fails, the old secrets are put back too.

So a refusal or a failure leaves the kiosk as it was, apart from empty folders (and, in
the one case of ``settings.json`` failing after the PINs were set, the PINs, which the
next ``provision --replace-pins`` replaces). No PIN, key or DSN is ever logged or printed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from booth.enrolment import Enrolment, check_kiosk, enrolled
from booth.errors import SetupError
from booth.paths import DataLayout
from booth.pin_record import PinState
from booth.pin_rules import PinError, Weakness, WeakPin, check_new_pin
from booth.pin_store import PinsAlreadySet, PinStore
from booth.protected_settings import changed_protected, record_protected_changes
from booth.secrets import SECRETS, SecretsProblem, SecretStore, put_secrets, take_secrets
from booth.settings import (
    Settings,
    SettingsError,
    describe_validation,
    read_settings,
    save_settings,
)
from booth.settings_tree import put

log = logging.getLogger(__name__)

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$")
DELIVERY_SECRETS = {
    "sendgrid_key": "delivery.sendgrid.api_key",
    "twilio_token": "delivery.twilio.auth_token",
    "media_secret": "delivery.media_host.secret_access_key",
}
# The photo host (SMS links, QR pickup): option of `provision` -> settings field. The secret
# key is the one secret among them, read from a file or typed (DELIVERY_SECRETS).
MEDIA_HOST = {
    "media_bucket": "delivery.media_host.bucket",
    "media_endpoint": "delivery.media_host.endpoint_url",
    "media_region": "delivery.media_host.region",
    "media_access_key_id": "delivery.media_host.access_key_id",
}


class ProvisionError(SetupError):
    """An answer that cannot be used, or a store that cannot be written; nothing changed."""


@dataclass
class Answers:
    """Everything provisioning asks; secrets are values here, never arguments of a command."""

    store_id: str
    kiosk_id: str
    staff_pin: str | None = None  # both PINs, or neither and a setup code
    manager_pin: str | None = None
    replace_pins: bool = False
    enrolment: Enrolment | None = None
    secrets: dict[str, str] = field(default_factory=dict)  # settings field -> value
    plain: dict[str, str] = field(default_factory=dict)  # other settings answered, e.g. the bucket
    twilio_sid: str = ""
    camera: str = ""

    def __repr__(self) -> str:
        return f"Answers(store_id={self.store_id!r}, kiosk_id={self.kiosk_id!r})"


@dataclass(frozen=True)
class Outcome:
    setup_code: str | None  # shown once by the caller; None when the PINs were set
    secrets_kept: list[str]  # the fields now in the credential store
    enrolled: bool


def check_id(what: str, value: str) -> str:
    value = value.strip()
    if not ID_PATTERN.match(value):
        raise ProvisionError(
            f"the {what} id {value!r} is not usable: 1 to 48 letters, digits, '-' or '_', "
            "starting with a letter or a digit"
        )
    return value


def check_pins(staff: str, manager: str) -> None:
    """The rules the corner applies, with the role named; raises :class:`ProvisionError`."""
    for role, pin in (("staff", staff), ("manager", manager)):
        try:
            check_new_pin(pin)
        except PinError as exc:
            raise ProvisionError(f"the {role} PIN: {exc}") from None
    if staff == manager:
        raise ProvisionError(f"the manager PIN: {WeakPin(Weakness.SAME_AS_OTHER)}")


def _current(layout: DataLayout) -> Settings:
    if not layout.settings_file.exists():
        return Settings()
    return read_settings(layout.settings_file)  # with its secrets; writes nothing


def planned_settings(layout: DataLayout, answers: Answers) -> tuple[Settings, Settings]:
    """(before, after): the kiosk's own settings now, and with the answers; checked."""
    before = _current(layout)
    new = before.model_copy(
        update={
            "store": before.store.model_copy(
                update={"store_id": answers.store_id, "kiosk_id": answers.kiosk_id}
            )
        }
    )
    if answers.enrolment is not None:
        check_kiosk(answers.enrolment, answers.kiosk_id)
        new = enrolled(new, answers.enrolment, {})
    raw = new.model_dump(mode="json")
    if answers.twilio_sid:
        put(raw, "delivery.twilio.account_sid", answers.twilio_sid)
    if answers.camera:
        put(raw, "camera.source", answers.camera)
    for key, value in answers.plain.items():
        put(raw, key, value)
    put_secrets(raw, answers.secrets)
    try:
        after = Settings.model_validate(raw)
    except ValidationError as exc:
        raise SettingsError(f"the answers: {describe_validation(exc)}") from None
    return before, after


def _pins_ready(layout: DataLayout) -> bool:
    if not layout.database.exists():
        return False
    return PinStore(layout).status().state is PinState.READY


def provision(layout: DataLayout, answers: Answers, actor: str) -> Outcome:
    """Check everything, then write secrets, PINs and settings, undoing what it can on failure."""
    if (answers.staff_pin is None) != (answers.manager_pin is None):
        raise ProvisionError("give both PINs, or neither and print a setup code")
    if answers.staff_pin is not None and answers.manager_pin is not None:
        check_pins(answers.staff_pin, answers.manager_pin)
    before, after = planned_settings(layout, answers)
    layout.create()
    if _pins_ready(layout) and not answers.replace_pins:
        raise ProvisionError(f"{PinsAlreadySet()} Or provision again with --replace-pins.")
    store = SecretStore(layout.credentials)
    wanted = {name: "" for name in SECRETS}
    wanted.update(take_secrets(after.model_dump(mode="json")))
    try:
        old = store.values()
        store.write(wanted)
    except SecretsProblem as exc:
        raise ProvisionError(
            f"the credential store cannot be written ({exc}); nothing was changed"
        ) from None

    def put_back() -> None:
        try:
            store.write({name: old.get(name, "") for name in SECRETS})
        except SecretsProblem:
            log.error("provisioning failed and the earlier secrets could not be put back")

    code: str | None = None
    try:
        pins = PinStore(layout)
        code = pins.issue_setup_code(actor=actor, replace_pins=answers.replace_pins)
        if answers.staff_pin is not None and answers.manager_pin is not None:
            pins.set_up(code, answers.staff_pin, answers.manager_pin, actor=actor)
            code = None
    except PinError as exc:
        put_back()
        raise ProvisionError(f"the PINs were not set: {exc}; nothing was changed") from None
    except BaseException:
        put_back()
        raise
    try:
        save_settings(layout.settings_file, after)
    except BaseException:
        put_back()
        raise
    record_protected_changes(layout, changed_protected(before, after), actor, "provision")
    kept = sorted(name for name, value in wanted.items() if value)
    return Outcome(code, kept, answers.enrolment is not None)
