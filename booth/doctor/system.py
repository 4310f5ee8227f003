"""The machine under the kiosk: Qt's system libraries, free disk, and the clock."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from booth.doctor.report import Check, Status
from booth.staff_alerts import LOW_DISK_BYTES
from booth.system_libraries import missing_packages, qt_platform

DISPLAY = "display"
DISK = "free disk"
CLOCK = "clock"
CLOCK_TIMEOUT_S = 5.0


def display_platform() -> str:
    """The platform the kiosk will use: the session's, or Wayland (cage) from a console."""
    session = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")
    return qt_platform() if any(os.environ.get(name) for name in session) else "wayland"


def display_libraries(platform: str | None = None) -> list[Check]:
    platform = platform or display_platform()
    missing = missing_packages(platform)
    if missing:
        return [
            Check(
                DISPLAY,
                Status.FAIL,
                f"Qt's {platform!r} platform misses system libraries: "
                f"sudo apt-get install {' '.join(missing)}",
            )
        ]
    return [Check(DISPLAY, Status.OK, f"Qt's {platform!r} platform has its system libraries")]


def free_disk(folder: Path, low: int = LOW_DISK_BYTES) -> list[Check]:
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent  # a data folder not made yet: the disk it will be on
    free = shutil.disk_usage(probe).free
    gib = free / 1024**3
    if free < low:
        return [
            Check(
                DISK,
                Status.FAIL,
                f"only {gib:.1f} GiB free on the disk of {folder} (at least "
                f"{low / 1024**3:.0f} GiB wanted for photos and records): free some space",
            )
        ]
    return [Check(DISK, Status.OK, f"{gib:.1f} GiB free on the disk of {folder}")]


Runner = Callable[[list[str]], subprocess.CompletedProcess[str]]


def _timedatectl(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=CLOCK_TIMEOUT_S, check=False
    )


def clock_sync(run: Runner = _timedatectl) -> list[Check]:
    """Consent times, retention and link expiry trust the clock: is NTP keeping it right?"""
    try:
        answer = run(["timedatectl", "show", "-p", "NTPSynchronized", "--value"])
    except (OSError, subprocess.TimeoutExpired):
        answer = None
    value = answer.stdout.strip() if answer is not None and answer.returncode == 0 else ""
    if value == "yes":
        return [Check(CLOCK, Status.OK, "synchronised by NTP (timedatectl)")]
    if value == "no":
        return [
            Check(
                CLOCK,
                Status.FAIL,
                "not synchronised: sudo timedatectl set-ntp true, and let the kiosk reach an "
                "NTP server (consent times and link expiry depend on the clock)",
            )
        ]
    return [
        Check(
            CLOCK,
            Status.UNKNOWN,
            "timedatectl cannot tell here (no systemd): check the time by hand",
        )
    ]
