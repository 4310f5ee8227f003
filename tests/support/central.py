"""Fixtures: a real PostgreSQL (from the pgserver wheel) and a real S3 protocol (moto) on 127.0.0.1.

One server per test session; each test gets its own database, migrated, and its
own head-office keys (the console's tests share one for the session, made the same way by
:func:`new_central`). Kiosk roles are cluster-wide, so kiosk ids carry a suffix.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import psycopg
import pytest

from headoffice.admin import KioskCredentials, add_kiosk, migrate
from tests.support.postgres import PostgresServer, start_postgres
from tests.support.s3 import S3Server, start_s3
from wire.bucket import BucketSettings, CentralBucket
from wire.sealing import HeadOfficeKeys


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    # Its own folder under /tmp, not pytest's: pytest tightens its folders' permissions at the
    # end of the session, which would lock the server's user (see tests/support/postgres.py) out.
    server = start_postgres()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def s3() -> Iterator[S3Server]:
    server = start_s3()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Central:
    server: PostgresServer
    dbname: str
    keys: HeadOfficeKeys
    keys_dir: Path
    bucket: CentralBucket
    bucket_name: str
    s3: S3Server

    @property
    def dsn(self) -> str:
        return self.server.dsn(dbname=self.dbname)

    def add_kiosk(self, name: str) -> KioskCredentials:
        return add_kiosk(self.dsn, f"{name}-{self.dbname[-6:]}", self.keys)


C = TypeVar("C", bound=Central)


def new_central(
    postgres: PostgresServer,
    s3: S3Server,
    keys_dir: Path,
    *,
    name: str = "central",
    bucket_prefix: str = "photos",
    kind: type[C] = Central,  # type: ignore[assignment]
) -> C:
    """A head office of its own on the shared servers: a new database, migrated, new keys in
    ``keys_dir`` and a new bucket. The one way the tests make one, per test or per session."""
    dbname = f"{name}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{dbname}"')
    migrate(postgres.dsn(dbname=dbname))
    keys = HeadOfficeKeys.load_or_create(keys_dir)
    bucket_name = s3.create_bucket(f"{bucket_prefix}-{dbname[-12:]}".replace("_", "-"))
    bucket = CentralBucket(
        BucketSettings(
            bucket=bucket_name,
            endpoint_url=s3.endpoint_url,
            region=s3.region,
            access_key_id=s3.access_key_id,
            secret_access_key=s3.secret_access_key,
        )
    )
    return kind(postgres, dbname, keys, keys_dir, bucket, bucket_name, s3)


@pytest.fixture
def central(postgres: PostgresServer, s3: S3Server, tmp_path: Path) -> Central:
    return new_central(postgres, s3, tmp_path / "central-keys")
