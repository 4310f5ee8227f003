"""Lock-down and recovery (issue #6): the whole kiosk process killed mid-send comes back
to the attract screen and sends what was waiting, as systemd's ``Restart=always`` does it.

Both runs are the real ``photobooth-kiosk run`` in its own process (offscreen Qt, the
autopilot in place of a visitor), live delivery through the SendGrid SDK to the local
Prism stub, the camera a video file opened by OpenCV.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from booth.paths import DataLayout
from booth.settings import Settings, save_settings
from camera.demo_video import ensure_demo_video
from tests.delivery.conftest import Providers, rows
from tests.support.providers import Fault

ROOT = Path(__file__).resolve().parents[2]


def kiosk_command(data: DataLayout, *args: str) -> list[str]:
    return [sys.executable, "-m", "kiosk", "run", "--data-dir", str(data.root), *args]


def test_p7_after_a_crash_mid_send_the_kiosk_returns_to_attract_with_the_outbox_intact(
    data: DataLayout, local: Providers
) -> None:
    data.create()
    settings = Settings.model_validate(
        {
            "flow": {"countdown_s": 1},
            "camera": {"source": str(ensure_demo_video(data.cache))},
            "delivery": {
                "mode": "live",
                "sms_enabled": False,
                "sendgrid": {"api_key": "SG.test", "api_base": local.sendgrid.url},
            },
        }
    )
    save_settings(data.settings_file, settings)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("SENDGRID_API_KEY", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"):
        env.pop(name, None)
    reached = threading.Event()
    local.sendgrid.on_request = lambda _count: reached.set()
    local.sendgrid.faults.append(Fault("hang"))  # SendGrid never answers the first send

    first = subprocess.Popen(
        kiosk_command(data, "--autopilot", "1"),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert reached.wait(120), "the first run never tried to send"
        os.kill(first.pid, signal.SIGKILL)  # a crash, a power cut: nothing gets to clean up
    finally:
        first.wait(10)
    assert first.returncode == -signal.SIGKILL
    before = rows(data)
    assert [r["status"] for r in before] == ["sending"], "the crash hit mid-send"
    local.sendgrid.release.set()  # let the stub's hung handler go
    local.sendgrid.on_request = None

    second = subprocess.run(
        kiosk_command(data, "--autopilot", "0"),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert second.returncode == 0, second.stderr[-2000:]
    summary = json.loads(second.stdout.strip().splitlines()[-1])
    assert summary["screen"] == "attract", "back to the attract screen for the next visitor"
    after = rows(data)
    assert [(r["id"], r["status"]) for r in after] == [(before[0]["id"], "sent")]
    mailed = [
        m["personalizations"][0]["custom_args"]["photobooth_delivery"]
        for m in local.sendgrid.messages.values()
    ]
    assert mailed == [before[0]["id"]], "the photo that waited went out once it could"
    assert "Traceback" not in second.stderr
