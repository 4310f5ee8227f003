"""What staff should look at now: a paused delivery channel, a full disk, a missing camera,
a records file that failed its check at start.

The outbox keeps every photo through a provider's outage, so a visitor never learns of
one; staff must, or a revoked key would go unnoticed for days. The attract screen shows
the short form in a corner (no visitor data: a channel name, never an address), the
admin area the whole reason. This module only decides; the window asks it every half
minute and whenever the outbox raises an alert.

It speaks English and knows nothing of Qt: each alert also carries its ``kind`` and its
values, from which the screens say the same in the store's language (the attract screen's
``show_staff_alerts``, the admin area's ``show_alerts``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from booth.channels import channel_named

LOW_DISK_BYTES = 2 * 1024**3
AlertKind = Literal[
    "channel_paused", "camera_unavailable", "disk_low", "records_damaged", "profile_refused"
]


def local_time(moment: datetime) -> str:
    """Hours and minutes on the store's clock: the outbox keeps UTC, staff read local time."""
    return f"{moment.astimezone():%H:%M}"


@dataclass(frozen=True)
class StaffAlert:
    short: str  # for the attract screen's corner
    detail: str  # for the admin area: what happened and where to look
    kind: AlertKind
    channel: str = ""  # channel_paused: the channel's name (booth.channels)
    until: datetime | None = None  # channel_paused: when the outbox tries the channel again
    reason: str = ""  # channel_paused: the provider's answer; records_damaged: SQLite's, English
    disk_free: int = 0  # disk_low: bytes left


def staff_alerts(
    channel_health: Mapping[str, Any],
    camera_state: str,
    disk_free: int | None,
    records_problem: str | None = None,
    profile_problem: str | None = None,
) -> list[StaffAlert]:
    alerts = []
    if records_problem:
        alerts.append(
            StaffAlert(
                "Records file damaged",
                f"{records_problem}. The kiosk keeps taking visitors, but back up the data "
                "folder now and restore the records file from a backup (docs/faults.md).",
                "records_damaged",
                reason=records_problem,
            )
        )
    for channel, health in sorted(channel_health.items()):
        until = getattr(health, "paused_until", None)
        if until is None:
            continue
        declared = channel_named(channel)
        short = declared.words.paused if declared else f"{channel} paused"
        paused = (
            declared.words.paused_until
            if declared
            else f"{channel} paused until {{time}}: {{reason}}"
        )
        reason = getattr(health, "last_error", None) or ""
        alerts.append(
            StaffAlert(
                short,
                f"{paused.format(time=local_time(until), reason=reason)} "
                "Photos wait in the outbox; fix the setting, then use Delivery > Test connection.",
                "channel_paused",
                channel=channel,
                until=until,
                reason=reason,
            )
        )
    if camera_state == "unavailable":
        alerts.append(
            StaffAlert(
                "Camera unavailable",
                "The camera is not delivering pictures; the kiosk keeps trying to reconnect. "
                "Check the cable, or choose another camera in Settings.",
                "camera_unavailable",
            )
        )
    if profile_problem:
        alerts.append(
            StaffAlert(
                "Head office settings ignored",
                f"The settings profile head office sent was ignored ({profile_problem}). "
                "The kiosk keeps its last good settings; tell head office.",
                "profile_refused",
                reason=profile_problem,
            )
        )
    if disk_free is not None and disk_free < LOW_DISK_BYTES:
        alerts.append(
            StaffAlert(
                "Disk almost full",
                f"Only {disk_free / 1024**3:.1f} GiB left for photos and records. "
                "Free some space on the kiosk's disk.",
                "disk_low",
                disk_free=disk_free,
            )
        )
    return alerts


def gather(
    data_root: Path,
    channel_health: Callable[[], Mapping[str, Any]],
    camera_state: Callable[[], str],
    records_problem: str | None = None,
) -> list[StaffAlert]:
    """Blocking (asks the file system for free space): call it off the GUI thread."""
    try:
        free: int | None = shutil.disk_usage(data_root).free
    except OSError:
        free = None
    from booth.paths import DataLayout
    from booth.settings_profile import refused_profile

    profile_problem = refused_profile(DataLayout(data_root))
    return staff_alerts(channel_health(), camera_state(), free, records_problem, profile_problem)
