"""``photobooth-kiosk doctor`` on a real demo data folder, as a store's IT runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "kiosk"]
CHECKS = [
    "display",
    "free disk",
    "clock",
    "data folder",
    "settings",
    "records file",
    "credentials",
    "camera",
    "head office",
    "delivery",
]
DEPENDS_ON_THE_MACHINE = {"clock"}  # timedatectl's answer is the machine's, not the kiosk's


def _cli(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, env=dict(os.environ)
    )


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A data folder the demo kiosk made and used for one visit, and its demo video."""
    data = tmp_path_factory.mktemp("doctor") / "data"
    made = _cli("run", "--demo", "--autopilot", "1", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    (video,) = (data / "cache").glob("demo-camera-*")
    return data, video


def _doctor_json(data: Path, video: Path) -> tuple[int, dict[str, object]]:
    result = _cli("doctor", "--json", "--data-dir", str(data), "--camera", str(video))
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    return result.returncode, json.loads(lines[0])


def test_a_healthy_demo_folder_passes(demo_folder: tuple[Path, Path]) -> None:
    data, video = demo_folder
    result = _cli("doctor", "--data-dir", str(data), "--camera", str(video))
    lines = result.stdout.strip().splitlines()
    assert [line.split(":")[0].split(maxsplit=1)[1] for line in lines] == CHECKS
    statuses = {line.split(":")[0].split(maxsplit=1)[1]: line.split()[0] for line in lines}
    for name, status in statuses.items():
        if name not in DEPENDS_ON_THE_MACHINE:
            assert status in ("ok", "skip"), result.stdout
    assert statuses["head office"] == "skip" and "not enrolled" in result.stdout
    assert statuses["delivery"] == "skip" and "dry run" in result.stdout
    camera_line = next(line for line in lines if " camera: " in line)
    assert "1280x720" in camera_line and "fps" in camera_line
    assert result.returncode == (2 if "FAIL" in statuses.values() else 0)


def test_json_is_one_object_with_one_entry_per_check(demo_folder: tuple[Path, Path]) -> None:
    code, report = _doctor_json(*demo_folder)
    checks = report["checks"]
    assert isinstance(checks, list)
    assert [entry["name"] for entry in checks] == CHECKS
    assert all(set(entry) == {"name", "status", "message"} for entry in checks)
    assert report["ok"] is (code == 0)
    assert isinstance(report["version"], str) and report["data_dir"] == str(demo_folder[0])


def test_a_group_readable_file_fails_with_exit_2(demo_folder: tuple[Path, Path]) -> None:
    data, video = demo_folder
    settings = data / "settings.json"
    settings.chmod(0o640)
    try:
        code, report = _doctor_json(data, video)
    finally:
        settings.chmod(0o600)
    assert code == 2 and report["ok"] is False
    (folder,) = [entry for entry in report["checks"] if entry["name"] == "data folder"]  # type: ignore[union-attr]
    assert folder["status"] == "fail"
    assert "settings.json (0640)" in folder["message"] and "chmod -R go=" in folder["message"]


def test_a_missing_data_folder_fails_and_writes_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "never-started"
    result = _cli("doctor", "--data-dir", str(missing), "--camera", "/nonexistent.avi")
    assert result.returncode == 2
    assert "FAIL  data folder:" in result.stdout.replace("FAIL     ", "FAIL  ")
    assert not missing.exists()
