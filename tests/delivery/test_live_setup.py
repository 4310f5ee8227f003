"""Live mode from the settings: secrets from the environment, a clear stop when one is missing, QR pickup."""

from __future__ import annotations

import pytest

from booth.app import build_senders
from booth.errors import SetupError
from booth.paths import DataLayout
from booth.settings import Settings
from delivery.qr import host_for_pickup
from tests.delivery.conftest import PHOTO, Providers, media_host


def live(**delivery: object) -> Settings:
    settings = Settings()
    update = {"mode": "live", **delivery}
    return settings.model_copy(update={"delivery": settings.delivery.model_copy(update=update)})


def test_live_mode_without_a_key_stops_with_the_setting_to_fix(
    data: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SENDGRID_API_KEY", raising=False)
    with pytest.raises(SetupError, match="SENDGRID_API_KEY"):
        build_senders(live(), data)


def test_live_mode_takes_secrets_from_the_environment(
    data: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.from-env")
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "token-from-env")
    senders = build_senders(live(), data)
    assert set(senders) == {"email", "sms"}
    assert senders["email"].config.api_key == "SG.from-env"  # type: ignore[attr-defined]
    assert senders["sms"].config.auth_token == "token-from-env"  # type: ignore[attr-defined]
    assert senders["sms"].media_host is None, "no bucket set: SMS pauses with a clear reason"  # type: ignore[attr-defined]


def test_p1_qr_pickup_hosts_the_photo_and_encodes_its_link(local: Providers, bucket: str) -> None:
    """P1: the visitor takes the photo by scanning; no contact field is involved at all."""
    import urllib.request

    pickup = host_for_pickup(media_host(local, bucket), PHOTO)
    assert pickup.qr_png.startswith(b"\x89PNG")
    with urllib.request.urlopen(pickup.url, timeout=5) as response:
        assert response.read() == PHOTO


def test_p5_manager_tools_reach_the_hosted_copies_in_live_mode(
    data: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P5: `records erase`, `retention run` and sync erasures run without the kiosk window,
    and must still delete the hosted photo and the provider's message."""
    from booth.privacy import copy_stores
    from delivery.hosted_copies import HostedCopies

    monkeypatch.setenv("SENDGRID_API_KEY", "SG.from-env")
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "token-from-env")
    stores = copy_stores(data, live())
    assert any(isinstance(s, HostedCopies) for s in stores)
    assert not any(isinstance(s, HostedCopies) for s in copy_stores(data, Settings()))
