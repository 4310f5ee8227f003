"""Local providers for the delivery tests: Prism + stub for SendGrid and Twilio, moto for S3.

Started once per session on free 127.0.0.1 ports and stopped by PID; each test gets
clean stub state and its own bucket. Nothing here reaches the internet.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from booth import records_file
from booth.paths import DataLayout
from booth.records_file import open_records
from consent.notices import current_notice
from consent.photos import PhotoStore
from consent.records import KioskIdentity, RecordsStore, VisitDraft
from delivery.media_host import MediaHostConfig, S3MediaHost, new_media_key
from delivery.messages import StoreVoice
from delivery.outbox import Outbox
from delivery.sendgrid_email import SendGridConfig, SendGridEmailSender
from delivery.twilio_sms import TwilioConfig, TwilioSmsSender
from tests.support.providers import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    VALID_SENDER,
    ProviderStub,
    derived_twilio_spec,
    loopback_twilio_http,
    start_prism,
    start_stub,
)
from tests.support.s3 import S3Server, start_s3

VOICE = StoreVoice("Test Store", "privacy@store.example")
IDENTITY = KioskIdentity("s", "k", "Test Store", "privacy@store.example", "US")
PHOTO = b"\xff\xd8\xff\xe0-a-small-jpeg-\xff\xd9"


@dataclass
class Providers:
    sendgrid: ProviderStub
    twilio: ProviderStub
    s3: S3Server


@pytest.fixture(scope="session")
def providers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Providers]:
    folder = tmp_path_factory.mktemp("providers")
    from tests.support.providers import SPECS

    sg_prism = start_prism(SPECS / "sendgrid_mail_send.json", folder / "prism-sendgrid.log")
    tw_prism = start_prism(derived_twilio_spec(folder / "twilio.json"), folder / "prism-twilio.log")
    s3 = start_s3()
    stubs = Providers(start_stub("sendgrid", sg_prism), start_stub("twilio", tw_prism), s3)
    try:
        yield stubs
    finally:
        for stub in (stubs.sendgrid, stubs.twilio):
            stub.stop()
            stub.prism.stop()
        s3.stop()


@pytest.fixture
def local(providers: Providers) -> Iterator[Providers]:
    providers.sendgrid.reset()
    providers.twilio.reset()
    yield providers
    for stub in (providers.sendgrid, providers.twilio):
        assert stub.violations == [], f"{stub.name}: a request broke the provider's spec"


@pytest.fixture
def bucket(local: Providers) -> str:
    return local.s3.create_bucket(f"photos-{secrets.token_hex(4)}")


def media_host(local: Providers, bucket: str, expiry_s: int = 3600) -> S3MediaHost:
    return S3MediaHost(
        MediaHostConfig(
            bucket=bucket,
            region=local.s3.region,
            endpoint_url=local.s3.endpoint_url,
            access_key_id=local.s3.access_key_id,
            secret_access_key=local.s3.secret_access_key,
            link_expiry_s=expiry_s,
            path_style=True,
            timeout_s=5,
        )
    )


def email_sender(
    local: Providers, api_key: str = "SG.test", timeout_s: float = 5, sandbox: bool = False
) -> SendGridEmailSender:
    config = SendGridConfig(
        api_key=api_key,
        from_email="photos@store.example",
        from_name="Test Store",
        reply_to="hello@store.example",
        api_base=local.sendgrid.url,  # Prism routes the spec's paths without the /v3 basePath
        timeout_s=timeout_s,
        sandbox=sandbox,
    )
    return SendGridEmailSender(config, VOICE)


def sms_sender(
    local: Providers,
    bucket: str | None,
    sender: str = VALID_SENDER,
    timeout_s: float = 5,
    shorten: bool = False,
) -> TwilioSmsSender:
    config = TwilioConfig(
        ACCOUNT_SID, AUTH_TOKEN, sender, shorten_urls=shorten, timeout_s=timeout_s
    )
    host = media_host(local, bucket) if bucket else None
    return TwilioSmsSender(config, VOICE, host, loopback_twilio_http(local.twilio.url, timeout_s))


def queue_visit(
    layout: DataLayout,
    channels: tuple[str, ...],
    email: str | None = "ada@example.com",
    phone: str | None = "+12015550123",
    name: str = "Ada Lovelace",
) -> list[str]:
    database = open_records(layout)
    try:
        records = RecordsStore(database, PhotoStore(layout.photos, database.vault), IDENTITY)
        draft = VisitDraft(name, email, phone, channels, False, "en", PHOTO)
        return list(records.submit(draft, current_notice("en")).deliveries)
    finally:
        database.close()


def open_outbox(layout: DataLayout) -> Outbox:
    return records_file.open_outbox(layout, lambda: new_media_key("t/"))


def rows(layout: DataLayout) -> list[dict[str, object]]:
    database = open_records(layout)
    try:
        cur = database.conn.execute(
            "SELECT id, channel, status, attempts, provider_id, provider_status, last_error, "
            "media_key, reconcile_since, next_attempt_at FROM deliveries ORDER BY created_at, channel"
        )
        names = [c[0] for c in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    finally:
        database.close()


@pytest.fixture
def data(tmp_path: Path) -> DataLayout:
    return DataLayout(tmp_path / "data").create()
