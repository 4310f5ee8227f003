"""Settings profiles at head office: set one per group, show them, put kiosks in a group.

What a profile may hold only the kiosk's settings schema knows, and head office sits below
it in the house, so the rules come in as a :class:`ProfileRules` (``kiosk.profile_rules``,
over ``booth.settings_profile``) given by whoever starts head office: the command line
(``central profile set``) and the console both store through :func:`save_document`, which
refuses what the rules refuse, naming the field, before anything is written. This module
stores what passed, bumps the revision, and writes head office's audit log (the group and
the field names, never a value). Kiosks pull their
group's profile at every sync (``photobooth.pull_profile``, :mod:`headoffice.schema_v3`).
"""

from __future__ import annotations

import json
import re
from typing import Any, Protocol

import psycopg
from psycopg.rows import dict_row

from headoffice.office_audit import record
from wire.postgres import CentralError, connect, describe_error

GROUP = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$")


class ProfileRefused(Exception):
    """What the rules say of a profile that cannot be used: the field, and why."""


class ProfileRules(Protocol):
    """The kiosk's settings schema, as head office needs it for profiles."""

    @property
    def fields(self) -> tuple[str, ...]:
        """The dotted setting names a profile may set."""

    def check(self, document: Any, group: str) -> dict[str, Any]:
        """``{"settings": {...}, "locked": [...]}`` as kiosks will read it, or
        :class:`ProfileRefused` naming the first field that cannot be used."""


def save_document(
    dsn: str, group: str, document: Any, actor: str, rules: ProfileRules | None
) -> dict[str, Any]:
    """Check ``document`` (shaped like ``central profile set``'s file) and store it as
    ``group``'s profile; nothing is stored when it is refused."""
    check_group(group)
    if rules is None:
        raise CentralError(
            "the profile was not stored: this head office was started without the kiosks' "
            "settings rules (start it with `photobooth-kiosk central serve`)"
        )
    try:
        checked = rules.check(document, group)
    except ProfileRefused as exc:
        raise CentralError(f"the profile was not stored: {exc}") from None
    return set_profile(dsn, group, checked["settings"], checked["locked"], actor)


def check_group(group: str) -> str:
    if not GROUP.match(group):
        raise CentralError(
            f"the group {group!r} is not usable: 1 to 48 letters, digits, '-' or '_', "
            "starting with a letter or a digit"
        )
    return group


def _kiosks_in(conn: psycopg.Connection[Any], group: str) -> list[str]:
    rows = conn.execute(
        "SELECT kiosk_id FROM photobooth.kiosks WHERE profile_group = %s AND revoked_at IS NULL "
        "ORDER BY kiosk_id",
        (group,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def group_kiosks(dsn: str, group: str) -> list[str]:
    """The active kiosks in ``group``, whether or not it has a profile yet."""
    try:
        with connect(dsn) as conn:
            return _kiosks_in(conn, check_group(group))
    except psycopg.Error as exc:
        raise CentralError(describe_error(exc)) from None


def set_profile(
    dsn: str, group: str, settings: dict[str, Any], locked: list[str], actor: str
) -> dict[str, Any]:
    """Create or replace ``group``'s profile; its kiosks take it at their next sync."""
    check_group(group)
    try:
        with connect(dsn) as conn, conn.transaction():
            row = conn.execute(
                "INSERT INTO photobooth.profiles (group_name, settings, locked, updated_by) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (group_name) DO UPDATE SET "
                "settings = EXCLUDED.settings, locked = EXCLUDED.locked, "
                "revision = photobooth.profiles.revision + 1, updated_at = now(), "
                "updated_by = EXCLUDED.updated_by RETURNING revision",
                (group, json.dumps(settings), json.dumps(sorted(locked)), actor),
            ).fetchone()
            record(
                conn,
                actor,
                "central.profile_set",
                details={"group": group, "fields": _fields(settings), "locked": sorted(locked)},
            )
            kiosks = _kiosks_in(conn, group)
    except psycopg.Error as exc:
        raise CentralError(describe_error(exc)) from None
    return {"group": group, "revision": int(row[0]) if row else 1, "kiosks": kiosks}


def _fields(settings: dict[str, Any], prefix: str = "") -> list[str]:
    out: list[str] = []
    for key, value in settings.items():
        name = f"{prefix}.{key}" if prefix else key
        out.extend(_fields(value, name) if isinstance(value, dict) else [name])
    return sorted(out)


def show_profiles(dsn: str, group: str | None = None) -> list[dict[str, Any]]:
    """Every profile (or ``group``'s), with the kiosks in its group."""
    try:
        with connect(dsn, row_factory=dict_row) as conn:
            rows = conn.execute(
                "SELECT group_name AS group, revision, settings, locked, updated_at, updated_by "
                "FROM photobooth.profiles WHERE %(g)s::text IS NULL OR group_name = %(g)s "
                "ORDER BY group_name",
                {"g": group},
            ).fetchall()
            kiosks = conn.execute(
                "SELECT kiosk_id, profile_group FROM photobooth.kiosks "
                "WHERE profile_group IS NOT NULL AND revoked_at IS NULL ORDER BY kiosk_id"
            ).fetchall()
    except psycopg.Error as exc:
        raise CentralError(describe_error(exc)) from None
    if group is not None and not rows:
        raise CentralError(f"no profile for the group {group}")
    for row in rows:
        row["updated_at"] = row["updated_at"].isoformat()
        row["kiosks"] = [k["kiosk_id"] for k in kiosks if k["profile_group"] == row["group"]]
    return rows


def assign(dsn: str, kiosk_id: str, group: str | None, actor: str) -> dict[str, Any]:
    """Put a kiosk in ``group`` (None: in none; it drops its profile at its next sync)."""
    if group is not None:
        check_group(group)
    try:
        with connect(dsn) as conn, conn.transaction():
            found = conn.execute(
                "UPDATE photobooth.kiosks SET profile_group = %s WHERE kiosk_id = %s "
                "AND revoked_at IS NULL RETURNING kiosk_id",
                (group, kiosk_id),
            ).fetchone()
            if not found:
                raise CentralError(f"no active kiosk {kiosk_id}")
            has_profile = group is not None and bool(
                conn.execute(
                    "SELECT 1 FROM photobooth.profiles WHERE group_name = %s", (group,)
                ).fetchone()
            )
            record(
                conn, actor, "central.profile_assign", details={"kiosk": kiosk_id, "group": group}
            )
    except psycopg.Error as exc:
        raise CentralError(describe_error(exc)) from None
    return {"kiosk_id": kiosk_id, "group": group, "group_has_profile": has_profile}


def delete_profile(dsn: str, group: str, actor: str) -> dict[str, Any]:
    """Remove ``group``'s profile: its kiosks go back to their own settings at their next sync."""
    try:
        with connect(dsn) as conn, conn.transaction():
            gone = conn.execute(
                "DELETE FROM photobooth.profiles WHERE group_name = %s RETURNING group_name",
                (group,),
            ).fetchone()
            if not gone:
                raise CentralError(f"no profile for the group {group}")
            record(conn, actor, "central.profile_delete", details={"group": group})
            kiosks = _kiosks_in(conn, group)
    except psycopg.Error as exc:
        raise CentralError(describe_error(exc)) from None
    return {"deleted": group, "kiosks": kiosks}
