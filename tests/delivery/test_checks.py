"""Staff's "test connection" and "test send" (issue #6), against the local providers.

The real SDKs talk to Prism (validating the providers' specs) and moto's S3 on 127.0.0.1;
each wrong credential a store could type gives a message naming what to fix.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from booth.delivery_checks import check_connections, send_tests
from booth.paths import DataLayout
from booth.provider_config import ProviderHooks
from booth.settings import Settings
from tests.delivery.conftest import Providers
from tests.support.providers import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    SENDGRID_BAD_KEY,
    SENDGRID_NO_MAIL_KEY,
    SUSPENDED_ACCOUNT_SID,
    VALID_SENDER,
    loopback_twilio_http,
)


def live_settings(local: Providers, bucket: str, **changes: Any) -> Settings:
    raw: dict[str, Any] = {
        "delivery": {
            "mode": "live",
            "sms_from": VALID_SENDER,
            "sendgrid": {"api_key": "SG.test", "api_base": local.sendgrid.url},
            "twilio": {"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN},
            "media_host": {
                "bucket": bucket,
                "region": local.s3.region,
                "endpoint_url": local.s3.endpoint_url,
                "access_key_id": local.s3.access_key_id,
                "secret_access_key": local.s3.secret_access_key,
                "path_style": True,
            },
        }
    }
    for dotted, value in changes.items():
        node = raw["delivery"]
        *path, last = dotted.split("__")
        for part in path:
            node = node.setdefault(part, {})
        node[last] = value
    return Settings.model_validate(raw)


def hooks(local: Providers) -> ProviderHooks:
    return ProviderHooks(twilio_http=lambda: loopback_twilio_http(local.twilio.url, 5))


@pytest.fixture(autouse=True)
def no_provider_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SENDGRID_API_KEY", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(name, raising=False)


def test_connection_check_passes_for_good_credentials_and_sends_nothing(
    local: Providers, bucket: str, data: DataLayout
) -> None:
    results = check_connections(live_settings(local, bucket), data, hooks(local))
    assert [(r.part, r.ok) for r in results] == [
        ("Email (SendGrid)", True),
        ("Text messages (Twilio)", True),
        ("Photo host", True),
    ], results
    assert "mail.send" in results[0].message
    assert local.sendgrid.sent() == [] and local.twilio.sent() == [], "a check sends nothing"
    assert [r.path for r in local.sendgrid.requests] == ["/scopes"]
    assert local.twilio.requests[0].path == f"/2010-04-01/Accounts/{ACCOUNT_SID}.json"
    assert local.s3.list_keys(bucket) == [], "the probe object is deleted again"


@pytest.mark.parametrize(
    ("changes", "part", "expected"),
    [
        ({"sendgrid__api_key": SENDGRID_BAD_KEY}, "Email (SendGrid)", "Check the API key"),
        ({"sendgrid__api_key": SENDGRID_NO_MAIL_KEY}, "Email (SendGrid)", "'Mail Send' permission"),
        ({"twilio__auth_token": "wrong-token"}, "Text messages (Twilio)", "auth token"),
        ({"twilio__account_sid": SUSPENDED_ACCOUNT_SID}, "Text messages (Twilio)", "suspended"),
        ({"media_host__bucket": "no-such-bucket"}, "Photo host", "check the bucket name"),
        ({"media_host__bucket": ""}, "Photo host", "need delivery.media_host.bucket"),
        ({"sendgrid__api_key": ""}, "Email (SendGrid)", "SENDGRID_API_KEY"),
    ],
)
def test_each_wrong_credential_is_named_and_the_other_parts_still_report(
    local: Providers,
    bucket: str,
    data: DataLayout,
    changes: dict[str, str],
    part: str,
    expected: str,
) -> None:
    results = {
        r.part: r
        for r in check_connections(live_settings(local, bucket, **changes), data, hooks(local))
    }
    assert not results[part].ok
    assert expected in results[part].message, results[part].message
    others = [r for name, r in results.items() if name != part]
    assert others and all(r.ok for r in others), "one bad part does not hide the others"


def test_test_send_reaches_staff_by_email_and_text(
    local: Providers, bucket: str, data: DataLayout
) -> None:
    results = send_tests(
        live_settings(local, bucket), data, "staff@store.example", "+1 201 555 0123", hooks(local)
    )
    assert all(r.ok for r in results), results
    email = local.sendgrid.sent()[0].json()
    assert email["personalizations"][0]["to"][0]["email"] == "staff@store.example"
    assert "sandbox_mode" not in json.dumps(email.get("mail_settings", {})), "a real send"
    sms = local.twilio.sent()[0].form()
    assert sms["To"] == ["+12015550123"]
    assert "Check the phone" in results[1].message
    assert len(local.s3.list_keys(bucket)) == 1, "the test card is hosted for the message"


def test_test_send_names_a_wrong_address_before_calling_anyone(
    local: Providers, bucket: str, data: DataLayout
) -> None:
    results = send_tests(live_settings(local, bucket), data, "staff@@store", "12", hooks(local))
    assert [r.ok for r in results] == [False, False]
    assert "email" in results[0].message.lower()
    assert "number" in results[1].message.lower()
    assert local.sendgrid.requests == [] and local.twilio.requests == []
    assert send_tests(live_settings(local, bucket), data)[0].message.startswith("Type an email")


def test_dry_run_test_send_writes_to_the_folder(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path)
    layout.create()
    settings = Settings()
    assert [r.ok for r in check_connections(settings, layout)] == [True]
    results = send_tests(settings, layout, "staff@store.example", "+12015550123")
    assert all(r.ok for r in results), results
    written = sorted(p.suffix for p in layout.dry_run_outbox.iterdir())
    assert ".eml" in written and any(s != ".eml" for s in written), written


def test_delivery_tab_shows_each_answer_next_to_its_part(
    qtbot, local: Providers, bucket: str, data: DataLayout
) -> None:  # type: ignore[no-untyped-def]
    """The staff screen runs the checks off the GUI thread and shows what to fix."""
    from PySide6.QtCore import Qt

    from booth.tasks import TaskRunner
    from ui.screens.admin.delivery_tab import DeliveryTab

    audited: list[tuple[str, str, dict[str, object]]] = []
    settings = live_settings(local, bucket, sendgrid__api_key=SENDGRID_BAD_KEY)
    tab = DeliveryTab(
        data,
        lambda: settings,
        TaskRunner(),
        lambda *entry: audited.append(entry),
        hooks(local),
    )
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    assert "Live: email through SendGrid and text messages through Twilio" in tab.mode.text()
    qtbot.mouseClick(tab.connection_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.result_labels) == 3, timeout=15_000)
    texts = [label.text() for label in tab.result_labels]
    assert texts[0].startswith("✗  Email (SendGrid): SendGrid refused the kiosk's key"), texts
    assert texts[1].startswith("✓  Text messages (Twilio)") and texts[2].startswith("✓  Photo host")
    assert tab.result_labels[0].objectName() == "error"
    assert audited == [
        (
            "admin.test_connection",
            "failed",
            {"Email (SendGrid)": "failed", "Text messages (Twilio)": "ok", "Photo host": "ok"},
        )
    ]
    qtbot.keyClicks(tab.phone, "+12015550123")
    qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Check the phone" in " ".join(x.text() for x in tab.result_labels), timeout=15_000
    )
    assert "+12015550123" not in repr(audited), "the audit says what was tested, not to whom (P7)"
    tab.reset()
    assert tab.phone.text() == "" and tab.result_labels == []


def test_a_refused_key_pauses_email_and_staff_see_it_on_the_attract_screen(
    qtbot, local: Providers, data: DataLayout
) -> None:  # type: ignore[no-untyped-def]
    """The outbox keeps the photo through a revoked key; staff learn of it without the CLI,
    and the note names the channel only, never the visitor (P7)."""
    from tests.conftest import open_kiosk, quick_settings
    from tests.delivery.conftest import queue_visit

    base = quick_settings()
    settings = base.model_copy(
        update={
            "delivery": Settings.model_validate(
                {
                    "delivery": {
                        "mode": "live",
                        "sms_enabled": False,
                        "sendgrid": {"api_key": SENDGRID_BAD_KEY, "api_base": local.sendgrid.url},
                    }
                }
            ).delivery
        }
    )
    with open_kiosk(qtbot, data, settings, size=(1600, 900), admin=True) as running:
        window = running.window
        assert not window.attract.staff_note.isVisible()
        queue_visit(data, ("email",), email="ada@example.com")
        running.kiosk.outbox_worker.wake()
        qtbot.waitUntil(lambda: window.attract.staff_note.isVisible(), timeout=15_000)
        note = window.attract.staff_note.text()
        assert "Email paused" in note and "ada" not in note
        assert "SendGrid refused the kiosk's key" in window.admin.alerts.text()
        assert "Delivery > Test connection" in window.admin.alerts.text()
