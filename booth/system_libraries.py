"""Before Qt starts on Linux: name the Debian packages of any system library it will miss.

Without them Qt prints "Could not load the Qt platform plugin "xcb"" and aborts the
process, which tells a store's technician nothing about what to install. The PySide6
wheels bring Qt itself but not these operating-system libraries. Looking them up
with the dynamic loader's cache costs a few milliseconds and opens nothing.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable

# What every Qt GUI needs, offscreen included: soname stem -> Debian package.
CORE = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}
# What the X11 ("xcb") platform plugin needs on top (Qt 6.5+ also needs xcb-cursor).
XCB = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}
WAYLAND = {"wayland-client": "libwayland-client0", "wayland-cursor": "libwayland-cursor0"}


def qt_platform() -> str:
    """The platform plugin Qt will pick, the way Qt picks it on Linux."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen:
        return chosen
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def missing_packages(
    platform: str | None = None, find: Callable[[str], str | None] = ctypes.util.find_library
) -> list[str]:
    """The Debian packages to install for Qt to start on this platform (empty: all there)."""
    if not sys.platform.startswith("linux"):
        return []
    platform = platform or qt_platform()
    needed = dict(CORE)
    if platform == "xcb":
        needed.update(XCB)
    elif platform.startswith("wayland"):
        needed.update(WAYLAND)
    return sorted({package for stem, package in needed.items() if find(stem) is None})


def explain(packages: list[str], platform: str) -> str:
    return (
        f"Qt cannot start its {platform!r} display here: system libraries are missing. "
        f"On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}"
    )
