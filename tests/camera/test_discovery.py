"""Listing cameras for the staff picker (issue #6), from a sysfs tree laid out like Linux's."""

from __future__ import annotations

from pathlib import Path

from camera.discovery import linux_cameras


def node(root: Path, name: str, label: str, index: str) -> None:
    (root / name).mkdir(parents=True)
    (root / name / "name").write_text(label + "\n")
    (root / name / "index").write_text(index + "\n")


def test_capture_nodes_are_listed_by_name_and_metadata_nodes_skipped(tmp_path: Path) -> None:
    node(tmp_path, "video0", "HD Pro Webcam C920", "0")
    node(tmp_path, "video1", "HD Pro Webcam C920", "1")  # the same webcam's metadata node
    node(tmp_path, "video10", "Integrated Camera", "0")
    node(tmp_path, "video2", "Integrated Camera", "0")
    choices = linux_cameras(tmp_path)
    assert [(c.spec, c.label) for c in choices] == [
        ("/dev/video0", "HD Pro Webcam C920 (/dev/video0)"),
        ("/dev/video2", "Integrated Camera (/dev/video2)"),
        ("/dev/video10", "Integrated Camera (/dev/video10)"),
    ]


def test_no_video4linux_folder_means_no_cameras(tmp_path: Path) -> None:
    assert linux_cameras(tmp_path / "missing") == []
