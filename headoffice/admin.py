"""Head office administration: schema migrations and the kiosks' login roles.

These run with an administrator's DSN (the database owner), never a kiosk's.
Errors a person can act on are raised as :class:`wire.postgres.CentralError`.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from headoffice.schema import KIOSK_GROUP, MIGRATIONS, SCHEMA_VERSION
from wire.postgres import CentralError, connect, describe_error
from wire.sealing import HeadOfficeKeys, b64

KIOSK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$")


def schema_version(conn: psycopg.Connection[Any]) -> int:
    conn.execute("CREATE SCHEMA IF NOT EXISTS photobooth_meta")
    conn.execute("REVOKE ALL ON SCHEMA photobooth_meta FROM PUBLIC")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS photobooth_meta.schema_version (version integer NOT NULL)"
    )
    row = conn.execute("SELECT max(version) FROM photobooth_meta.schema_version").fetchone()
    return int(row[0] or 0) if row else 0


def migrate(dsn: str) -> dict[str, Any]:
    """Apply the missing migrations, each in its own transaction, under an advisory lock.

    ``role_names_hidden`` says whether kiosks are shut out of ``pg_roles`` and its kin in
    this database (migration 2 can do that only when run by a superuser).
    """
    with connect(dsn, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(74210001)")
        try:
            with conn.transaction():
                before = schema_version(conn)
            if before > SCHEMA_VERSION:
                raise CentralError(
                    f"the central schema is at version {before}, newer than this kiosk software ({SCHEMA_VERSION})"
                )
            for version in range(before, SCHEMA_VERSION):
                with conn.transaction():
                    conn.execute(MIGRATIONS[version].encode())
                    conn.execute(
                        "INSERT INTO photobooth_meta.schema_version VALUES (%s)", (version + 1,)
                    )
            row = conn.execute(
                "SELECT NOT has_table_privilege(%s, 'pg_catalog.pg_roles', 'SELECT')",
                (KIOSK_GROUP,),
            ).fetchone()
        except psycopg.Error as exc:
            raise CentralError(describe_error(exc)) from None
        finally:
            conn.execute("SELECT pg_advisory_unlock(74210001)")
    return {"from": before, "to": SCHEMA_VERSION, "role_names_hidden": bool(row and row[0])}


def new_role_name() -> str:
    """Random, so a role name says nothing of the store or kiosk it belongs to.

    PostgreSQL resolves any role's oid to its name for every logged-in role
    (``oid::regrole``), so closing ``pg_roles`` alone cannot stop a kiosk from
    enumerating the others' names; the names must not be worth reading (P7).
    Kiosks enrolled before keep their ``kiosk_<id>`` role.
    """
    return "pbk_" + secrets.token_hex(8)


@dataclass(frozen=True)
class KioskCredentials:
    kiosk_id: str
    dsn: str
    fleet_key: str
    head_office_public_key: str
    public_url: str | None = None
    link_key: str | None = None

    def as_dict(self) -> dict[str, str]:
        creds = {
            "kiosk_id": self.kiosk_id,
            "dsn": self.dsn,
            "fleet_key": self.fleet_key,
            "head_office_public_key": self.head_office_public_key,
        }
        if self.public_url and self.link_key:
            creds.update(public_url=self.public_url, link_key=self.link_key)
        return creds


def add_kiosk(
    dsn: str,
    kiosk_id: str,
    keys: HeadOfficeKeys,
    group: str | None = None,
    *,
    public_url: str | None = None,
    link_secret: bytes | None = None,
) -> KioskCredentials:
    """Create the kiosk's own login role; the password exists only in what this returns.

    ``group``: the settings profile group it belongs to (``central profile``);
    ``public_url`` and ``link_secret``: head office's address and the secret the kiosk's
    visitor-link key is derived from (both or neither)."""
    if not KIOSK_ID.match(kiosk_id):
        raise CentralError(
            "a kiosk id is 1-48 letters, digits, '-' or '_', starting with a letter or digit"
        )
    if group is not None and not KIOSK_ID.match(group):
        raise CentralError(
            "a group is 1-48 letters, digits, '-' or '_', starting with a letter or digit"
        )
    role = new_role_name()
    password = secrets.token_urlsafe(24)
    try:
        with connect(dsn) as conn, conn.transaction():
            if schema_version(conn) < SCHEMA_VERSION:
                raise CentralError(
                    "the central schema is not up to date: run `photobooth-kiosk central migrate` first"
                )
            if conn.execute(
                "SELECT 1 FROM photobooth.kiosks WHERE kiosk_id = %s", (kiosk_id,)
            ).fetchone():
                raise CentralError(
                    f"kiosk {kiosk_id} already exists; remove it first to issue new credentials"
                )
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(role), sql.Literal(password), sql.Identifier(KIOSK_GROUP)
                )
            )
            conn.execute(
                "INSERT INTO photobooth.kiosks (kiosk_id, role_name, profile_group) "
                "VALUES (%s, %s, %s)",
                (kiosk_id, role, group),
            )
    except psycopg.Error as exc:
        raise CentralError(describe_error(exc)) from None
    params = conninfo_to_dict(dsn)
    params.update(user=role, password=password)
    params.setdefault("sslmode", "verify-full")
    link_key = None
    if public_url and link_secret:
        from wire.visitor_link import kiosk_link_key

        link_key = b64(kiosk_link_key(link_secret, kiosk_id))
    return KioskCredentials(
        kiosk_id,
        make_conninfo("", **params),
        b64(keys.fleet_key),
        keys.public_b64,
        public_url.rstrip("/") if public_url and link_key else None,
        link_key,
    )


def remove_kiosk(dsn: str, kiosk_id: str) -> None:
    """Revoke: the role can no longer log in; what it pushed stays, for proof and erasure."""
    try:
        with connect(dsn) as conn, conn.transaction():
            found = conn.execute(
                "UPDATE photobooth.kiosks SET revoked_at = now() WHERE kiosk_id = %s AND revoked_at IS NULL "
                "RETURNING role_name",
                (kiosk_id,),
            ).fetchone()
            if not found:
                raise CentralError(f"no active kiosk {kiosk_id}")
            role = str(found[0])
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role)))
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,)
            )
    except psycopg.Error as exc:
        raise CentralError(describe_error(exc)) from None
