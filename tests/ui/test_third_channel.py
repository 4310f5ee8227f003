"""A delivery channel is one declaration (issue #14): a third channel, declared here and
nowhere in the product, goes the whole way.

The test declares "whatsapp": it sends to a mobile number and links to a hosted copy of
the photo, and its sender is a folder standing in for the provider, which keeps every
message and photo it was given until erasure asks it to delete them. Registered before
the kiosk is built, it is offered on the details screen beside email and text message;
the outbox gives its delivery a hosted-photo key and hands it to its sender; the done
screen, the manager's Outbox tab (Retry) and erasure (records erase) all handle it with
no product file naming it. It is unregistered afterwards, so no other test sees it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from booth.channels import (
    AddressKind,
    ChannelWords,
    DeliveryChannel,
    all_channels,
    register_channel,
    unregister_channel,
)
from booth.flow import State
from booth.settings import Settings
from delivery.channels import DeliveryJob, PermanentError, SendReceipt
from tests.conftest import open_kiosk, quick_settings
from tests.support.pins import MANAGER, provision
from tests.ui.test_admin import audit_actions, sign_in
from tests.ui.test_admin_manager import click, find, ready
from tests.ui.visitor import Visitor

NAME = "WhatsApp"
WORDS = ChannelWords(
    choice="WhatsApp",
    staff="WhatsApp messages",
    provider="Test Cloud API",
    live="WhatsApp messages through the test cloud",
    sent="Your photo is on its way on WhatsApp.",
    failed="We couldn't send it on WhatsApp. A member of staff can help.",
    queued="We've saved your photo and will send it on WhatsApp soon.",
)
REFUSAL = "The test provider refused the message once."
PHONE_TYPED, PHONE = "2015550123", "+12015550123"


class FolderProvider:
    """The provider's side: one message file and one hosted photo per accepted message."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.jobs: list[DeliveryJob] = []
        self.refusals = 1  # the first message is refused, so the manager has one to retry

    def accept(self, job: DeliveryJob) -> SendReceipt:
        self.jobs.append(job)
        if self.refusals:
            self.refusals -= 1
            raise PermanentError(REFUSAL)
        provider_id = f"wa-{job.delivery_id}"
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"{provider_id}.jpg").write_bytes(job.photo_jpeg)
        message = {"to": job.phone, "photo": job.media_key, "hello": job.first_name}
        (self.folder / f"{provider_id}.json").write_text(json.dumps(message))
        return SendReceipt(provider_id, provider_status="accepted")

    def delete(self, provider_id: str) -> int:
        deleted = 0
        for path in self.folder.glob(f"{provider_id}.*"):
            path.unlink()
            deleted += 1
        return deleted


class WhatsAppSender:
    """A Sender, and a CopyKeeper: erasure asks it to delete what its provider holds."""

    channel = "whatsapp"

    def __init__(self, provider: FolderProvider) -> None:
        self.provider = provider

    def send(self, job: DeliveryJob) -> SendReceipt:
        if not job.phone:
            raise PermanentError("This delivery has no phone number.")
        return self.provider.accept(job)

    def delete_sent(self, provider_id: str) -> int:
        return self.provider.delete(provider_id)


class WhatsAppSetup:
    """The channel's ChannelSetup: always offered, no send rate, one provider in every mode."""

    def __init__(self, provider: FolderProvider) -> None:
        self.provider = provider

    def enabled(self, settings: Settings) -> bool:
        return True

    def per_second(self, settings: Settings) -> float:
        return 0.0

    def dry_run_sender(self, settings: Settings, folder: Path) -> WhatsAppSender:
        return WhatsAppSender(self.provider)

    def live_sender(self, settings: Settings, hooks: Any) -> WhatsAppSender:
        return WhatsAppSender(self.provider)

    def test_connection(self, settings: Settings, hooks: Any) -> str:
        return "The test cloud answers."

    def test_send(self, settings: Settings, hooks: Any, job: DeliveryJob, sandbox: bool) -> str:
        return self.provider.accept(job).provider_id


@pytest.fixture
def provider(tmp_path: Path) -> Iterator[FolderProvider]:
    """The third channel, registered for this test only."""
    provider = FolderProvider(tmp_path / "whatsapp-cloud")
    register_channel(
        DeliveryChannel(
            "whatsapp",
            AddressKind.PHONE,
            hosts_photo=True,
            words=WORDS,
            setup=WhatsAppSetup(provider),
        )
    )
    try:
        yield provider
    finally:
        unregister_channel("whatsapp")
    assert "whatsapp" not in [c.name for c in all_channels()]


def live_settings() -> Settings:
    """Live delivery, so the outbox chooses hosted-photo keys; the built-in providers get
    made-up keys and are never called (the visitor picks WhatsApp only)."""
    base = quick_settings()
    delivery = Settings.model_validate(
        {
            "delivery": {
                "mode": "live",
                "sendgrid": {"api_key": "SG.never-used"},
                "twilio": {"account_sid": "AC" + "0" * 32, "auth_token": "never-used"},
            }
        }
    ).delivery
    return base.model_copy(update={"delivery": delivery})


def rows(layout, sql: str, *args: object) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    with sqlite3.connect(layout.database) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, args)]


def test_a_third_channel_declared_in_a_test_goes_from_the_details_screen_to_erasure(
    qtbot, layout, provider: FolderProvider, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    for name in ("SENDGRID_API_KEY", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    provision(layout)
    settings = live_settings()
    with open_kiosk(qtbot, layout, settings, size=(1600, 900), admin=True) as running:
        visitor = Visitor(qtbot, running)
        window = visitor.window
        details = window.details

        # The details screen offers it beside the built-in channels, in its own words.
        visitor.reach_details()
        assert list(details.toggles) == ["email", "sms", "whatsapp"]
        whatsapp = details.toggles["whatsapp"]
        assert whatsapp.isVisible() and whatsapp.text() == "WhatsApp"
        for name, toggle in details.toggles.items():
            if toggle.isChecked() != (name == "whatsapp"):
                visitor.tap(toggle)
        assert details.rows["phone"].isVisible(), "it sends to a mobile number"
        assert not details.rows["email"].isVisible()
        visitor.tap(details.name)
        visitor.type("grace hopper")
        visitor.tap(details.phone)
        visitor.type(PHONE_TYPED)
        visitor.tap(details.send_button)
        visitor.wait_for(State.DONE)

        # The outbox handed the delivery to the channel's own sender, with a hosted-photo key
        # chosen before the upload, since the channel says it hosts the photo.
        (delivery,) = rows(layout, "SELECT * FROM deliveries")
        assert delivery["channel"] == "whatsapp" and delivery["status"] == "failed"
        assert delivery["media_key"].startswith(settings.delivery.media_host.key_prefix)
        (job,) = provider.jobs
        assert (job.phone, job.email, job.first_name) == (PHONE, None, "Grace")
        assert job.media_key == delivery["media_key"]
        assert window.done.status.text() == WORDS.failed, "the done screen says its words"
        visitor.tap(window.done.finish_button)
        visitor.wait_for(State.ATTRACT)

        # The manager's Outbox tab lists it by its channel and retries it.
        sign_in(qtbot, window, MANAGER)
        area = window.admin
        outbox = area.outbox
        area.tabs.setCurrentWidget(outbox)
        qtbot.waitUntil(lambda: len(outbox.rows) == 1, timeout=5000)
        shown = [outbox.table.item(0, c).text() for c in (1, 2, 5)]
        assert shown == ["whatsapp", "failed (will not be retried by itself)", REFUSAL]
        retry = outbox.row_buttons[delivery["id"]]["retry"]
        qtbot.waitUntil(lambda: ready(retry))
        click(qtbot, retry)
        qtbot.waitUntil(lambda: "queued again" in outbox.message.text(), timeout=5000)
        qtbot.waitUntil(
            lambda: rows(layout, "SELECT status FROM deliveries")[0]["status"] == "sent",
            timeout=15_000,
        )
        (sent,) = rows(layout, "SELECT provider_id, media_key FROM deliveries")
        assert sent["media_key"] == delivery["media_key"], "the same key on every attempt"
        held = sorted(p.name for p in provider.folder.iterdir())
        assert held == [f"{sent['provider_id']}.jpg", f"{sent['provider_id']}.json"]

        # Erasure removes its delivery rows and what its provider holds.
        find(qtbot, area, PHONE_TYPED)
        records = area.records
        assert "whatsapp: sent" in "\n".join(
            w.text()
            for w in records.person_page.visits_body.findChildren(type(records.person_page.message))
        )
        records.rights.erase_confirm.setText("ERASE")
        click(qtbot, records.rights.erase_button)
        qtbot.waitUntil(
            lambda: "Erased: 1 visit(s)" in records.search_page.search_message.text(),
            timeout=5000,
        )
        assert rows(layout, "SELECT * FROM deliveries") == []
        assert rows(layout, "SELECT * FROM visits") == []
        assert list(provider.folder.iterdir()) == [], "the provider's copies are deleted"
        (erased,) = [
            json.loads(r["details"])
            for r in rows(
                layout,
                "SELECT details FROM audit_log WHERE action = 'records.erase' AND outcome = 'ok'",
            )
        ]
        assert erased["deliveries"] == 1 and erased["copies"] == 2
        assert ("records.erase", "kiosk-admin:manager", "ok") in audit_actions(layout)
