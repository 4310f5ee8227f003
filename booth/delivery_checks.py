"""Staff's "test connection" and "test send", as plain functions for the screen and the CLI.

Both build the providers' clients from the settings exactly as the outbox does (each
channel's setup, ``booth.channels``), so a check that passes here means the kiosk's own
delivery will get as far. They go straight to the providers, not through the outbox: a
staff address is not a visitor's, and nothing of a test lands in the records file.

Each part (every channel, the photo host, the dry-run folder) is checked on its own and
reported with a sentence staff can act on; one failing part never hides the others.
Everything here blocks on the network: the screen runs it in the task runner.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from booth.channels import AddressKind, DeliveryChannel, all_channels, enabled_channels, setup_of
from booth.contact_form import check_address
from booth.paths import DataLayout
from booth.provider_config import ProviderHooks, media_host_config
from booth.settings import Settings
from delivery.channels import DeliveryJob, SendError
from delivery.media_host import S3MediaHost

log = logging.getLogger(__name__)

TEST_DELIVERY_ID = "test-send"


@dataclass(frozen=True)
class CheckResult:
    part: str  # "Email (SendGrid)", "Text messages (Twilio)", "Photo host", "Dry run"
    ok: bool
    message: str


HOST = "Photo host"
DELIVERY = "Delivery"
DRY_RUN = "Dry run"
NOT_VALID = {
    AddressKind.EMAIL: "That email address is not valid.",
    AddressKind.PHONE: "That mobile number is not valid.",
}


def _attempt(part: str, action: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(part, True, action())
    except SendError as exc:
        return CheckResult(part, False, str(exc))
    except OSError as exc:
        return CheckResult(part, False, f"{exc.strerror or type(exc).__name__}")
    except Exception as exc:  # a check must report, never crash the staff screen
        log.warning("%s check failed unexpectedly: %s", part, type(exc).__name__)
        return CheckResult(part, False, f"unexpected error ({type(exc).__name__})")


def _media_host(settings: Settings) -> S3MediaHost | None:
    config = media_host_config(settings)
    return S3MediaHost(config) if config is not None else None


def _dry_run_check(layout: DataLayout) -> str:
    folder = layout.dry_run_outbox
    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / ".write-check"
    probe.write_bytes(b"ok")
    probe.unlink()
    return f"Nothing leaves the kiosk: messages are written to {folder}."


def _connection(settings: Settings, hooks: ProviderHooks, channel: DeliveryChannel) -> CheckResult:
    return _attempt(
        channel.words.live_part, lambda: setup_of(channel).test_connection(settings, hooks)
    )


def check_connections(
    settings: Settings, layout: DataLayout, hooks: ProviderHooks | None = None
) -> list[CheckResult]:
    """Can each enabled channel reach its provider with these credentials? Sends nothing."""
    hooks = hooks or ProviderHooks()
    d = settings.delivery
    if d.mode != "live":
        return [_attempt(DRY_RUN, lambda: _dry_run_check(layout))]
    channels = enabled_channels(settings)
    results = [_connection(settings, hooks, channel) for channel in channels]
    if any(channel.hosts_photo for channel in channels) or d.qr_pickup:
        host = _media_host(settings)
        if host is None:
            results.append(
                CheckResult(
                    HOST,
                    False,
                    "No photo host: text messages and QR pickup need delivery.media_host.bucket.",
                )
            )
        else:
            results.append(_attempt(HOST, host.check))
    if not results:
        results.append(CheckResult(DELIVERY, False, "Every delivery channel is switched off."))
    return results


def test_photo(store_name: str) -> bytes:
    """A plain card in the store's colours: what a test sends instead of anyone's photo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 750), (176, 141, 87))
    draw = ImageDraw.Draw(image)
    draw.rectangle((30, 30, 570, 720), outline=(255, 255, 255), width=6)
    draw.text((60, 340), f"Test photo\n{store_name}", fill=(255, 255, 255), font_size=48)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def send_tests(
    settings: Settings,
    layout: DataLayout,
    email: str = "",
    phone: str = "",
    hooks: ProviderHooks | None = None,
    *,
    sandbox: bool = False,
) -> list[CheckResult]:
    """Send the test card to staff's own address and/or number, through every channel that
    sends to what was typed.

    Wrong input comes back as a result (not an exception) naming the field, like the
    visitor form's messages: the same checks (booth.contact_form) apply.
    """
    hooks = hooks or ProviderHooks()
    typed = {AddressKind.EMAIL: email, AddressKind.PHONE: phone}
    if not any(value.strip() for value in typed.values()):
        return [CheckResult("Test send", False, "Type an email address or a mobile number first.")]
    photo = test_photo(settings.store.store_name)
    live = settings.delivery.mode == "live"
    region = settings.delivery.default_region
    results: list[CheckResult] = []
    for channel in all_channels():
        raw = typed[channel.address]
        if not raw.strip():
            continue
        part = channel.words.live_part if live else channel.words.staff
        address, problem = check_address(channel.address, raw, region)
        if address is None:
            results.append(CheckResult(part, False, problem or NOT_VALID[channel.address]))
            continue
        job = DeliveryJob(
            TEST_DELIVERY_ID,
            TEST_DELIVERY_ID,
            channel.name,
            "Staff",
            address if channel.address is AddressKind.EMAIL else None,
            address if channel.address is AddressKind.PHONE else None,
            photo,
            "en",
        )
        send = partial(_send_test, settings, layout, hooks, channel, job, sandbox)
        results.append(_attempt(part, send))
    return results


def _send_test(
    settings: Settings,
    layout: DataLayout,
    hooks: ProviderHooks,
    channel: DeliveryChannel,
    job: DeliveryJob,
    sandbox: bool,
) -> str:
    setup = setup_of(channel)
    if settings.delivery.mode == "live":
        return setup.test_send(settings, hooks, job, sandbox)
    setup.dry_run_sender(settings, layout.dry_run_outbox).send(job)
    return f"Written to {layout.dry_run_outbox} (dry run: nothing was sent)."
