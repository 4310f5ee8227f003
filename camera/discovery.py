"""Which cameras this machine has, named the way staff recognise them.

On Linux the kernel already knows: ``/sys/class/video4linux`` lists each device with
the name its driver reports ("HD Pro Webcam C920"), and says which node of a camera
captures pictures (a UVC webcam also has a metadata node that cannot). Asking there
opens nothing, so it cannot disturb the camera the kiosk is using. Elsewhere OpenCV
offers no listing, so the first few indices are tried; that opens devices and is slow,
which is why it runs off the GUI thread, like everything here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

SYSFS = Path("/sys/class/video4linux")
PROBE_INDICES = 4


@dataclass(frozen=True)
class CameraChoice:
    spec: str  # what camera.source takes: "/dev/video0", "0", a file path
    label: str


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def linux_cameras(sysfs: Path = SYSFS) -> list[CameraChoice]:
    """Capture nodes only: a node whose ``index`` is not 0 is a second (metadata) node."""
    choices = []
    nodes = sorted(sysfs.glob("video*"), key=lambda p: int(p.name[5:] or 0))
    for node in nodes:
        if not node.name[5:].isdigit() or _read(node / "index") not in ("", "0"):
            continue
        name = _read(node / "name") or "Camera"
        device = f"/dev/{node.name}"
        choices.append(CameraChoice(device, f"{name} ({device})"))
    return choices


def probed_cameras(count: int = PROBE_INDICES) -> list[CameraChoice]:
    import cv2

    from camera.sources import _device_backends

    choices = []
    for index in range(count):
        capture = cv2.VideoCapture(index, _device_backends()[0])
        try:
            if capture.isOpened():
                choices.append(CameraChoice(str(index), f"Camera {index + 1}"))
        finally:
            capture.release()
    return choices


def list_cameras() -> list[CameraChoice]:
    """The cameras staff can choose from (blocking: run it in the task runner)."""
    if sys.platform.startswith("linux"):
        return linux_cameras()
    return probed_cameras()
