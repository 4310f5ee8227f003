"""What the staff screens do, as plain functions: the settings form, the health panel, the audit.

The screens in ``ui/screens/admin/`` only draw these and call them (anything that
touches the disk or the database through the task runner). The command line can use
the same functions, so no rule lives only in a screen: a staff edit of a setting that
decides where data is sent is refused here, whatever screen sent it, and a change of one
is audited here (booth.protected_settings).
"""

from __future__ import annotations

import logging
import re
import shutil
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from booth.admin_auth import Role
from booth.paths import DataLayout
from booth.protected_settings import (
    STAFF_REFUSAL,
    changed_protected,
    is_protected,
    may_change,
    record_protected_changes,
)
from booth.records_file import open_records
from booth.settings import Settings, read_settings, save_settings
from booth.settings_profile import load_profile, local_after_edit, locked_message
from booth.settings_tree import get, put
from booth.settings_words import plain_error
from consent.delivery_status import UNSENT

log = logging.getLogger(__name__)

SECRET_WORDS = ("secret", "password", "token", "api_key", "auth")
OPAQUE_TOKEN = re.compile(r"[A-Za-z0-9._\-+/]+={0,2}")
Kind = Literal["int", "bool", "str", "list", "choice"]


# -- the settings form -----------------------------------------------------------------------
GROUP_TITLES = {
    "store": "Store",
    "flow": "Visitor flow",
    "camera": "Camera",
    "photo": "Photo",
    "branding": "Branding",
    "delivery": "Delivery",
    "delivery.sendgrid": "Delivery: email through SendGrid",
    "delivery.twilio": "Delivery: text messages through Twilio",
    "delivery.media_host": "Delivery: photo host for text messages and QR pickup",
    "delivery.outbox": "Delivery: outbox limits",
    "retention": "Retention",
    "central": "Head office",
}


@dataclass(frozen=True)
class FieldSpec:
    """One setting as the form shows it, read from the pydantic schema (declared once).

    ``path`` runs from the section down to the field, through nested sections such as
    ``delivery.sendgrid``: every leaf of the schema gets its own typed editor. ``protected``:
    it decides where data and keys are sent, so only the manager or provisioning changes it.
    """

    path: tuple[str, ...]
    kind: Kind
    description: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    secret: bool = False
    protected: bool = False
    schema_title: str = ""  # the schema's Field(title=...), when it gives one

    @property
    def key(self) -> str:
        return ".".join(self.path)

    @property
    def section(self) -> str:
        """The heading the field sits under: its parent section, nested ones included."""
        return ".".join(self.path[:-1])

    @property
    def section_title(self) -> str:
        return GROUP_TITLES.get(self.section, self.section.replace("_", " ").capitalize())

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def title(self) -> str:
        """The schema's title ("Idle timeout (seconds)"), else one made from the field's name."""
        return self.schema_title or self.name.replace("_", " ").capitalize()


def _kind_of(annotation: Any) -> tuple[Kind, tuple[str, ...]]:
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return "choice", tuple(str(a) for a in typing.get_args(annotation))
    if origin in (list, typing.List):  # noqa: UP006 - both spellings appear in schemas
        return "list", ()
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _kind_of(inner[0]) if inner else ("str", ())
    if annotation is bool:
        return "bool", ()
    if annotation is int:
        return "int", ()
    return "str", ()


def _is_section(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _is_secret(name: str, extra: Any) -> bool:
    """Keys, tokens and passwords by name, and any field the schema marks ``secret``."""
    marked = isinstance(extra, dict) and bool(extra.get("secret"))
    return marked or any(word in name.lower() for word in SECRET_WORDS)


def secret_hint(value: str) -> str:
    """What the form shows of a saved secret: that it is set, and its last four characters
    only when it is one opaque token long enough for them to give nothing away (an API key).
    A DSN's last characters may be its password, so a value with structure shows no tail."""
    if not value:
        return "not set"
    if len(value) >= 16 and OPAQUE_TOKEN.fullmatch(value):
        return f"saved, ends in …{value[-4:]}"
    return "saved"


def _leaves(model: type[BaseModel], path: tuple[str, ...]) -> list[FieldSpec]:
    plain, nested = [], []
    for name, info in model.model_fields.items():
        if _is_section(info.annotation):
            nested.extend(_leaves(info.annotation, (*path, name)))  # type: ignore[arg-type]
            continue
        kind, choices = _kind_of(info.annotation)
        minimum = maximum = None
        for rule in info.metadata:
            minimum = getattr(rule, "ge", minimum)
            maximum = getattr(rule, "le", maximum)
        plain.append(
            FieldSpec(
                path=(*path, name),
                kind=kind,
                description=info.description or "",
                minimum=minimum,
                maximum=maximum,
                choices=choices,
                secret=_is_secret(name, info.json_schema_extra),
                protected=is_protected(info.json_schema_extra),
                schema_title=info.title or "",
            )
        )
    return plain + nested  # a section's own fields first, then its sub-sections


def settings_fields(model: type[Settings] = Settings) -> list[FieldSpec]:
    specs = []
    for section, section_field in model.model_fields.items():
        if _is_section(section_field.annotation):  # "version": not for staff to edit
            specs.extend(_leaves(section_field.annotation, (section,)))  # type: ignore[arg-type]
    return specs


def _value(settings: Settings, spec: FieldSpec) -> Any:
    node: Any = settings
    for part in spec.path:
        node = getattr(node, part)
    return node


def value_text(settings: Settings, spec: FieldSpec) -> str:
    value = _value(settings, spec)
    if spec.kind == "list":
        return ", ".join(str(v) for v in value)
    if spec.kind == "bool":
        return "true" if value else "false"
    return "" if value is None else str(value)


def _parse(spec: FieldSpec, text: str) -> Any:
    text = text.strip()
    if spec.kind == "list":
        return [part.strip() for part in text.split(",") if part.strip()]
    if spec.kind == "bool":
        return text.lower() in ("true", "yes", "1", "on")
    return text  # pydantic turns "42" into 42 and names the field when it cannot


def apply_edits(
    settings: Settings, edits: dict[str, str], *, role: Role = Role.STAFF
) -> tuple[Settings | None, dict[str, str]]:
    """The settings with ``edits`` (key "section.name" -> text) applied, or a message per field.

    ``role`` is who asks; unless told otherwise, the lowest one. A protected field that
    ``role`` may not change is refused by name, whatever screen or script sent the edit."""
    raw = settings.model_dump(mode="json")
    specs = {spec.key: spec for spec in settings_fields()}
    errors: dict[str, str] = {}
    for key, text in edits.items():
        spec = specs[key]
        value = _parse(spec, text)
        if spec.protected and value != get(raw, key) and not may_change(role):
            errors[key] = STAFF_REFUSAL
            continue
        put(raw, key, value)
    try:
        new = Settings.model_validate(raw)
    except ValidationError as exc:
        for item in exc.errors():
            loc = [str(part) for part in item["loc"]]
            message = plain_error(item)
            # The longest start of the error's location that is a field, else its section.
            key = next(
                (".".join(loc[:n]) for n in range(len(loc), 0, -1) if ".".join(loc[:n]) in specs),
                loc[0] if loc else "settings",
            )
            errors.setdefault(key, message)
        return None, errors
    if errors:
        return None, errors
    from booth.startup_checks import startup_problems

    problems = startup_problems(new)  # what would keep the kiosk closed after a restart
    return (None, problems) if problems else (new, {})


def save_edits(
    path: Path,
    settings: Settings,
    edits: dict[str, str],
    *,
    role: Role = Role.STAFF,
    actor: str | None = None,
) -> tuple[Settings | None, dict[str, str]]:
    """Validate, then write atomically (booth.settings.save_settings); nothing is written on error.

    ``settings`` are the ones the kiosk runs with: its own under head office's profile
    (booth.settings_profile). A field the profile locks is refused ("set by head office"),
    whoever asks; ``settings.json`` gets the kiosk's own values only, never the profile's.
    Returns the new effective settings.

    A change of a protected field is audited once saved (its name and ``actor``, by default
    the role as the admin area names it; never its value), in the records file of the data
    folder the settings file belongs to."""
    layout = DataLayout(path.parent)
    profile = load_profile(layout)
    new, errors = apply_edits(settings, edits, role=role)
    if profile is not None:
        for key in edits:
            if key in profile.locked:
                errors[key] = locked_message(profile)
    if new is None or errors:
        return None, errors
    local = new
    if profile is not None:
        mine, refused = local_after_edit(read_settings(path), new, set(edits), profile)
        if mine is None:
            return None, refused
        local = mine
    changed = changed_protected(settings, new)
    save_settings(path, local)
    who = actor or f"kiosk-admin:{role.value}"
    record_protected_changes(layout, changed, who, "admin area")
    return new, {}


def head_office_locks(layout: DataLayout) -> dict[str, str]:
    """Setting key -> the group whose profile locks it, for the form to show read-only."""
    profile = load_profile(layout)
    if profile is None:
        return {}
    return {key: profile.group for key in sorted(profile.locked)}


# -- the health panel ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Health:
    disk_free: int
    disk_total: int
    outbox: dict[str, int] = field(default_factory=dict)  # status -> count
    last_sweep: str | None = None
    problem: str | None = None  # the records file could not be read

    @property
    def backlog(self) -> int:
        return sum(n for status, n in self.outbox.items() if status in UNSENT)


def health_snapshot(layout: DataLayout) -> Health:
    """Disk space of the data folder, deliveries by status, the last retention sweep (blocking)."""
    usage = shutil.disk_usage(layout.root)
    try:
        database = open_records(layout)
        try:
            conn = database.conn
            outbox = dict(
                conn.execute("SELECT status, count(*) FROM deliveries GROUP BY status").fetchall()
            )
            row = None
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone():
                row = conn.execute(
                    "SELECT max(created_at) FROM audit_log WHERE action = 'retention.sweep'"
                ).fetchone()
        finally:
            database.close()
    except Exception as exc:  # shown to staff, never raised at the screen
        log.warning("health check could not read the records file: %s", type(exc).__name__)
        return Health(usage.free, usage.total, problem=f"records file: {type(exc).__name__}")
    return Health(
        usage.free,
        usage.total,
        {str(k): int(v) for k, v in outbox.items()},
        row[0] if row and row[0] else None,
    )


# -- the audit log -------------------------------------------------------------------------------
def record_admin_action(
    layout: DataLayout,
    action: str,
    actor: str,
    outcome: str = "ok",
    details: dict[str, Any] | None = None,
) -> None:
    """Every admin action goes to the audit log (consent/audit.py); ids and counts only, no PII."""
    from consent.audit import AuditLog

    database = open_records(layout)
    try:
        AuditLog(database).append(action, actor=actor, outcome=outcome, details=details)
    finally:
        database.close()
