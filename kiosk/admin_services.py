"""What the staff screens do, as plain functions: the settings form, the health panel, the audit.

The screens in ``ui/screens/admin/`` only draw these and call them (anything that
touches the disk or the database through the task runner). The command line can use
the same functions, so no rule lives only in a screen.
"""

from __future__ import annotations

import logging
import shutil
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from kiosk.paths import DataLayout
from kiosk.settings import Settings, save_settings

log = logging.getLogger(__name__)

SECRET_WORDS = ("secret", "password", "token", "api_key", "auth")
Kind = Literal["int", "bool", "str", "list", "choice"]


# -- the settings form -----------------------------------------------------------------------
@dataclass(frozen=True)
class FieldSpec:
    """One setting as the form shows it, read from the pydantic schema (declared once)."""

    section: str
    name: str
    kind: Kind
    description: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    secret: bool = False

    @property
    def key(self) -> str:
        return f"{self.section}.{self.name}"

    @property
    def title(self) -> str:
        return self.name.replace("_", " ").capitalize()


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


def settings_fields(model: type[Settings] = Settings) -> list[FieldSpec]:
    specs = []
    for section, section_field in model.model_fields.items():
        section_type = section_field.annotation
        if not (isinstance(section_type, type) and issubclass(section_type, BaseModel)):
            continue  # "version": not for staff to edit
        for name, info in section_type.model_fields.items():
            kind, choices = _kind_of(info.annotation)
            minimum = maximum = None
            for rule in info.metadata:
                minimum = getattr(rule, "ge", minimum)
                maximum = getattr(rule, "le", maximum)
            specs.append(
                FieldSpec(
                    section=section,
                    name=name,
                    kind=kind,
                    description=info.description or "",
                    minimum=minimum,
                    maximum=maximum,
                    choices=choices,
                    secret=any(word in name.lower() for word in SECRET_WORDS),
                )
            )
    return specs


def value_text(settings: Settings, spec: FieldSpec) -> str:
    value = getattr(getattr(settings, spec.section), spec.name)
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
    settings: Settings, edits: dict[str, str]
) -> tuple[Settings | None, dict[str, str]]:
    """The settings with ``edits`` (key "section.name" -> text) applied, or a message per field."""
    raw = settings.model_dump(mode="json")
    specs = {spec.key: spec for spec in settings_fields()}
    for key, text in edits.items():
        spec = specs[key]
        raw[spec.section][spec.name] = _parse(spec, text)
    try:
        return Settings.model_validate(raw), {}
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for item in exc.errors():
            loc = [str(part) for part in item["loc"]]
            key = ".".join(loc[:2])
            message = str(item["msg"]).removeprefix("Value error, ")
            errors.setdefault(key if key in specs else loc[0], message)
        return None, errors


def save_edits(
    path: Path, settings: Settings, edits: dict[str, str]
) -> tuple[Settings | None, dict[str, str]]:
    """Validate, then write atomically (kiosk.settings.save_settings); nothing is written on error."""
    new, errors = apply_edits(settings, edits)
    if new is not None:
        save_settings(path, new)
    return new, errors


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
        return sum(
            n for status, n in self.outbox.items() if status in ("queued", "retry", "sending")
        )


def health_snapshot(layout: DataLayout) -> Health:
    """Disk space of the data folder, deliveries by status, the last retention sweep (blocking)."""
    usage = shutil.disk_usage(layout.root)
    try:
        from consent.database import Database

        database = Database(layout.database)
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
    from consent.database import Database

    database = Database(layout.database)
    try:
        AuditLog(database).append(action, actor=actor, outcome=outcome, details=details)
    finally:
        database.close()
