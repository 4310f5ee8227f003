"""Exactly one OpenCV wheel, and it must be the headless one.

The regular ``opencv-python`` (and ``opencv-contrib-python``) wheels bundle their own Qt
plugins and, on import, point ``QT_QPA_PLATFORM_PLUGIN_PATH`` at them. PySide6 then loads
OpenCV's incompatible platform plugin and the kiosk fails to start ("could not load the Qt
platform plugin xcb") or crashes. Two OpenCV wheels side by side are worse: both install the
same ``cv2`` package, so whichever was installed last silently wins.
"""

from __future__ import annotations

from importlib import metadata

OPENCV_DISTRIBUTIONS = (
    "opencv-python",
    "opencv-python-headless",
    "opencv-contrib-python",
    "opencv-contrib-python-headless",
)


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_only_the_headless_opencv_wheel_is_installed() -> None:
    installed = [name for name in OPENCV_DISTRIBUTIONS if _installed(name)]
    assert installed == ["opencv-python-headless"], (
        f"found {installed}; uninstall the others and keep only opencv-python-headless"
    )


def test_cv2_does_not_redirect_qt_plugins() -> None:
    import os

    import cv2

    assert cv2.__file__
    assert "cv2" not in os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "")
    assert "cv2" not in os.environ.get("QT_PLUGIN_PATH", "")
