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


def test_the_qt_binding_keeps_the_kiosk_alive() -> None:
    """The kiosk must run for days; PySide6 6.12.0 on Python 3.11 aborts it within minutes.

    That release drops a reference to the object a wrapped call returns: ``None`` for every
    void method (``update()``, ``QPainter.drawImage()``...) and ``True`` for every
    ``Signal.emit()``. On Python 3.11 those are ordinary objects, so once their count reaches
    zero the interpreter stops with "Fatal Python error: none_dealloc" (about 8 s of live
    preview in bench/preview.py). Python 3.12+ makes them immortal, and PySide6 6.11.3 does
    not have the bug; either fixes it.
    """
    import sys

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QColor, QImage, QPainter

    class Probe(QObject):
        probed = Signal()

    probe = Probe()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        probe.probed.emit()
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor("#111111"))
        painter.end()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    if sys.version_info < (3, 12):  # hand back what the probe lost so the run can finish
        import ctypes

        for obj, lost in ((None, none_lost), (True, true_lost)):
            for _ in range(max(0, lost)):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
    assert none_lost < 100 and true_lost < 100, (
        f"Qt calls leaked references to None ({none_lost}) and True ({true_lost}) in 200 "
        "rounds: this PySide6/Python pair crashes a long-running kiosk. Use Python >= 3.12 "
        "or a PySide6 other than 6.12.0."
    )
