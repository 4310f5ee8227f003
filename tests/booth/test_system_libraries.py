"""The kiosk names the Debian packages Qt lacks instead of letting Qt abort (issue #6)."""

from __future__ import annotations

import sys

import pytest

from booth.system_libraries import explain, missing_packages, qt_platform

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages")


def loader_without(*stems: str):  # type: ignore[no-untyped-def]
    return lambda stem: None if stem in stems else f"lib{stem}.so"


@linux_only
def test_a_missing_xcb_library_is_named_by_its_debian_package() -> None:
    missing = missing_packages("xcb", loader_without("xcb-cursor", "xkbcommon-x11"))
    assert missing == ["libxcb-cursor0", "libxkbcommon-x11-0"]
    message = explain(missing, "xcb")
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in message


@linux_only
def test_offscreen_needs_no_x11_libraries_but_still_needs_egl() -> None:
    assert missing_packages("offscreen", loader_without("xcb-cursor", "xcb-icccm")) == []
    assert missing_packages("offscreen", loader_without("EGL")) == ["libegl1"]
    assert missing_packages("wayland", loader_without("wayland-client")) == ["libwayland-client0"]


def test_the_platform_is_read_like_qt_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland:xcb")
    assert qt_platform() == "wayland"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert qt_platform() == "wayland"
    monkeypatch.delenv("WAYLAND_DISPLAY")
    assert qt_platform() == "xcb"


@linux_only
def test_this_machine_has_what_the_offscreen_tests_need() -> None:
    assert missing_packages("offscreen") == [], "CI installs these (.ci/run)"
