"""The settings staff may not change, and the audit entry every change of them leaves (P7, P8).

Staff sign in with the lowest PIN, and a settings form that let them set SendGrid's API
base could send the key, the visitor's address and the photo to any server they chose.
So the fields that decide where data and keys go (the providers' endpoints, the photo
host, head office's connection) are marked once in the schema (``booth.settings.PROTECTED``)
and this module answers the two questions about them everywhere they are written:

* who may change them: the manager (``Permission.ENDPOINTS``) and provisioning (the
  command line, ``central enroll``); the admin services refuse a staff edit even when the
  screen is bypassed;
* what is recorded: one audit entry per changed field (the field's name, who, when, and
  through what), never its value, since a DSN carries a password and an endpoint says
  where the data went.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from booth.admin_auth import Permission, Role, can
from booth.paths import DataLayout
from booth.records_file import open_records
from booth.settings import Settings

AUDIT_ACTION = "settings.protected_changed"
STAFF_REFUSAL = (
    "only the manager can change this: it decides where visitors' data and the keys are sent"
)


def is_protected(extra: Any) -> bool:
    """A field's ``json_schema_extra`` marks it ``protected``."""
    return isinstance(extra, dict) and bool(extra.get("protected"))


def _walk(model: type[BaseModel], path: tuple[str, ...]) -> Iterator[str]:
    for name, info in model.model_fields.items():
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _walk(annotation, (*path, name))
        elif is_protected(info.json_schema_extra):
            yield ".".join((*path, name))


def protected_keys(model: type[BaseModel] = Settings) -> tuple[str, ...]:
    """Every protected field's dotted key, in the schema's order."""
    return tuple(_walk(model, ()))


def may_change(role: Role) -> bool:
    return can(role, Permission.ENDPOINTS)


def _value(settings: Settings, key: str) -> Any:
    node: Any = settings
    for part in key.split("."):
        node = getattr(node, part)
    return node


def changed_protected(old: Settings, new: Settings) -> list[str]:
    """The protected fields whose value differs between two settings."""
    return [key for key in protected_keys() if _value(old, key) != _value(new, key)]


def record_protected_changes(layout: DataLayout, fields: list[str], actor: str, via: str) -> None:
    """One audit entry per changed field, in one transaction: its name and how, never its value."""
    if not fields:
        return
    from consent.audit import AuditLog

    database = open_records(layout)
    try:
        audit = AuditLog(database)
        with database.transaction():
            for field in fields:
                audit.append_in_transaction(
                    AUDIT_ACTION, actor=actor, details={"field": field, "via": via}
                )
    finally:
        database.close()
