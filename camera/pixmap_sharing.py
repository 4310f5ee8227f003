"""Whether a pixmap's data is still used by another QPixmap: Qt's own count, read from any thread.

The camera thread sends each preview frame as a pixmap straight to the label's C++ slot, so no
Python runs on the GUI thread to show it (issue #18). It must still not send faster than the GUI
thread shows, or whole frames pile up in the event queue. A queued signal holds a copy of its
pixmap until the label takes it, and the label holds it until the next one; so once the copy
the camera thread kept is the only one left, that frame has been shown and replaced. Qt keeps
that count in an atomic (``QPixmap::isDetached``), but PySide6 does not wrap the function; it
is called here through ctypes, from the Qt library PySide6 has already loaded. Where the symbol
cannot be found (another C++ ABI, a Qt built without it), :data:`SHARING_KNOWN` is False and the
worker falls back to asking the GUI thread every few frames.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Final

import shiboken6
from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QPixmap

__all__ = ["SHARING_KNOWN", "pixmap_shared"]

log = logging.getLogger(__name__)

_SYMBOL: Final = "_ZNK7QPixmap10isDetachedEv"  # bool QPixmap::isDetached() const, Itanium ABI


def _library_names() -> list[str]:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)
    if sys.platform == "darwin":
        return [f"{folder}/QtGui.framework/QtGui"]
    # The soname first: the dynamic loader hands back the copy PySide6 already loaded.
    return ["libQt6Gui.so.6", f"{folder}/libQt6Gui.so.6"]


def _load() -> Callable[[int], bool] | None:
    if sys.platform == "win32":
        return None  # MSVC's C++ names differ; the worker's fallback applies
    for name in _library_names():
        try:
            function = getattr(ctypes.CDLL(name), _SYMBOL)
        except (OSError, AttributeError):
            continue
        function.restype = ctypes.c_bool
        function.argtypes = [ctypes.c_void_p]
        return function  # type: ignore[no-any-return]
    log.info("QPixmap::isDetached not found; the preview asks the GUI thread instead")
    return None


_IS_DETACHED = _load()
SHARING_KNOWN: Final = _IS_DETACHED is not None


def pixmap_shared(pixmap: QPixmap) -> bool:
    """True while another QPixmap (a queued signal's copy, a label's) still holds this one's
    data. Only meaningful when :data:`SHARING_KNOWN`; False otherwise."""
    if _IS_DETACHED is None or pixmap.isNull():
        return False
    address = shiboken6.getCppPointer(pixmap)[0]
    return not _IS_DETACHED(address)
