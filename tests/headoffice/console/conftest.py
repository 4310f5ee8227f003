"""One central database for the console's tests, with Django configured on it once.

Django's settings are per process, so the console's tests share one database (made and
migrated here, with its own keys and bucket) and tell their data apart by kiosk and user
names. Users are made through the same code as ``central console-user add``.
"""

from __future__ import annotations

import re
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from headoffice.admin import KioskCredentials, add_kiosk
from tests.support.central import Central, new_central
from tests.support.postgres import PostgresServer
from tests.support.s3 import S3Server

PASSWORD = "correct horse battery staple 19"


class ConsoleDb(Central):
    """The session's one head office; kiosk names get a suffix of their own, as every test
    adds its kiosks to the same database."""

    def add_kiosk(self, name: str) -> KioskCredentials:
        return add_kiosk(self.dsn, f"{name}-{uuid.uuid4().hex[:6]}", self.keys)


@pytest.fixture(scope="session")
def console_db(postgres: PostgresServer, s3: S3Server) -> Iterator[ConsoleDb]:
    keys_dir = Path(tempfile.mkdtemp(prefix="console-keys-"))
    db = new_central(
        postgres, s3, keys_dir, name="console", bucket_prefix="console", kind=ConsoleDb
    )
    from headoffice.console.setup import prepare
    from kiosk.profile_rules import RULES

    prepare(
        db.dsn,
        keys_dir,
        allowed_hosts=["testserver", "127.0.0.1"],
        bucket=db.bucket,
        public_url="https://office.example.test",
        profile_rules=RULES,
    )
    yield db


@dataclass
class Account:
    username: str
    role: str
    totp_uri: str | None

    def code(self) -> str:
        """The current TOTP code, as the person's authenticator app shows it."""
        from django_otp.oath import totp

        assert self.totp_uri is not None
        secret = re.search(r"secret=([A-Z2-7]+)", self.totp_uri)
        assert secret is not None
        import base64

        key = base64.b32decode(secret.group(1) + "=" * (-len(secret.group(1)) % 8))
        return f"{totp(key):06d}"


@pytest.fixture
def make_account(console_db: ConsoleDb) -> Callable[[str], Account]:
    from headoffice.console.users import add_user

    def make(role: str) -> Account:
        name = f"{role}-{uuid.uuid4().hex[:8]}"
        made = add_user(name, role, PASSWORD)
        return Account(name, role, made.get("totp_uri"))

    return make
