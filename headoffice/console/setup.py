"""Get a database ready for the console and configure Django for this process.

In this order: the keys are head office's own (:mod:`headoffice.key_check`), the central
schema is current, the ``console`` schema exists and is closed to everyone else (with the
rate limits' table, :mod:`headoffice.console.rate_limits`), Django's tables are migrated into
it, and the three role groups exist.
"""

from __future__ import annotations

from pathlib import Path

from headoffice.admin import schema_version
from headoffice.console import rate_limits, runtime
from headoffice.console.settings import SCHEMA, configure
from headoffice.key_check import check_keys
from headoffice.profiles import ProfileRules
from headoffice.schema import SCHEMA_VERSION
from wire.bucket import CentralBucket
from wire.postgres import CentralError, connect
from wire.sealing import HeadOfficeKeys


def prepare(
    dsn: str,
    keys_dir: Path,
    *,
    allowed_hosts: list[str],
    bucket: CentralBucket | None = None,
    public_url: str | None = None,
    secure_cookies: bool = True,
    interval_s: int = 300,
    privacy_contact: str = "",
    profile_rules: ProfileRules | None = None,
) -> None:
    keys = HeadOfficeKeys.load(keys_dir)
    with connect(dsn, autocommit=True) as conn:
        if schema_version(conn) < SCHEMA_VERSION:
            raise CentralError(
                "the central schema is not up to date: run `photobooth-kiosk central migrate` first"
            )
    check_keys(dsn, keys)
    with connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        conn.execute(f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC")
        rate_limits.create_table(conn)
    configure(dsn, keys_dir, allowed_hosts=allowed_hosts, secure_cookies=secure_cookies)
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from headoffice.console.roles import ensure_roles

    ensure_roles()
    runtime.start(
        runtime.Runtime(
            dsn, keys, bucket, public_url, interval_s, keys_dir, privacy_contact, profile_rules
        )
    )
