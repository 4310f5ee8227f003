"""The command line as a store (or CI) runs it: separate processes, real files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.people import visitors

CLI = [sys.executable, "-m", "kiosk"]


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, env=full_env
    )


def test_autopilot_runs_sessions_and_prints_a_summary(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run("run", "--demo", "--autopilot", "4", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["sessions"] == 4 and summary["photos"] == 4
    assert summary["deliveries"] == {"sent": 4}
    assert summary["elapsed_s"] > 0
    with sqlite3.connect(data / "records.sqlite3") as conn:
        channels = [
            r[0] for r in conn.execute("select channel from deliveries order by created_at")
        ]
        publish = [
            r[0]
            for r in conn.execute(
                "select given from consents where purpose = 'publish_social' order by created_at"
            )
        ]
    assert channels == ["email", "sms", "email", "sms"]
    assert publish == [1, 0, 0, 1], "autopilot visitors alternate ticking the publish box"
    written = sorted(p.suffix for p in (data / "dry-run-outbox").iterdir())
    assert written == [".eml", ".eml", ".jpg", ".jpg", ".json", ".json"]
    assert "Traceback" not in result.stderr


def test_no_pii_in_logs_after_sessions(tmp_path: Path) -> None:
    """P7: the log file names visits by id, never by name, email or phone."""
    data = tmp_path / "data"
    assert run("run", "--demo", "--autopilot", "2", "--data-dir", str(data)).returncode == 0
    log_text = (data / "logs" / "kiosk.log").read_text()
    assert "committed" in log_text, "the log does record what happened"
    for person in visitors(0, "kiosk-01", 2):
        for secret in (
            person.name,
            person.name.split()[1],
            person.email,
            person.phone,
            person.typed_phone,
        ):
            assert secret not in log_text


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    result = run("run", "--demo", "--autopilot", "1", env={"PHOTOBOOTH_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "records.sqlite3").exists()


def test_broken_settings_file_is_named_and_nothing_starts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"flow": {"idle_timeout_s": 5}}))
    result = run("run", "--demo", "--autopilot", "1", "--data-dir", str(data))
    assert result.returncode == 2
    assert "flow.idle_timeout_s" in result.stderr and "greater than or equal to 10" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (data / "records.sqlite3").exists(), "the kiosk did not open half-configured"


def test_no_display_gives_a_clear_message(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [*CLI, "run", "--demo", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "no display found" in result.stderr and "Traceback" not in result.stderr


def test_screenshots_renders_every_visitor_screen(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = run(
        "screenshots", "--out", str(out), "--data-dir", str(tmp_path / "data"), "--size", "1600x900"
    )
    assert result.returncode == 0, result.stderr
    names = {p.stem for p in out.glob("*.png")}
    assert {
        "attract",
        "welcome",
        "underage",
        "preview",
        "countdown",
        "review",
        "details",
        "details-invalid",
        "sending",
        "done",
        "done-queued",
    } <= names
    from PIL import Image

    for png in out.glob("*.png"):
        with Image.open(png) as image:
            assert image.size == (1600, 900), f"{png.name} does not fit a 1600x900 window"
    with Image.open(out / "preview.png") as image:
        assert len(set(image.convert("L").resize((64, 36)).tobytes())) > 20, (
            "the preview shows a picture"
        )


def test_camera_check_reports_what_the_source_granted(tmp_path: Path) -> None:
    import cv2
    import numpy as np

    video = tmp_path / "cam.avi"
    writer = cv2.VideoWriter(
        str(video), cv2.CAP_FFMPEG, cv2.VideoWriter.fourcc(*"MJPG"), 25, (640, 360)
    )
    for i in range(30):
        writer.write(np.full((360, 640, 3), i * 8, np.uint8))
    writer.release()
    result = run(
        "camera",
        "check",
        "--camera",
        str(video),
        "--seconds",
        "0.5",
        "--data-dir",
        str(tmp_path / "d"),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["granted"]["width"] == 640 and report["granted"]["height"] == 360
    assert report["requested"]["width"] == 1920

    missing = run(
        "camera", "check", "--camera", str(tmp_path / "nope.avi"), "--data-dir", str(tmp_path / "d")
    )
    assert (
        missing.returncode == 2
        and "not found" in missing.stderr
        and "Traceback" not in missing.stderr
    )


def test_damaged_branding_frame_stops_the_kiosk_with_its_name(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    broken = tmp_path / "frame.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really a png")
    (data / "settings.json").write_text(json.dumps({"photo": {"frame": str(broken)}}))
    result = run("run", "--demo", "--autopilot", "1", "--data-dir", str(data))
    assert result.returncode == 2
    assert "photo.frame" in result.stderr and "frame.png" in result.stderr
    assert "Traceback" not in result.stderr


def test_restart_replaces_the_process_with_the_same_command(tmp_path: Path) -> None:
    """ "Restart to apply" (issue #6) execs the same command line again, in the same process."""
    code = (
        "import os, sys; from kiosk.gui_main import restart_process; "
        "print(os.getpid(), flush=True); restart_process(['--version'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split()
    assert lines[0].isdigit() and lines[1] == "photobooth-kiosk", result.stdout


def test_with_a_screen_a_broken_settings_file_keeps_a_closed_screen_up(tmp_path: Path) -> None:
    """Issue #6: the kiosk refuses to open half-configured, says why, and does not exit
    into a restart loop (a black screen under systemd); the message is in the log too.
    That is `run` under a kiosk (full screen); at the command line (`--windowed`, `--demo`,
    `--check`) the same problem is one line and exit 2 (tests/kiosk/test_start_faults.py)."""
    import time

    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text("{ not json")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [*CLI, "run", "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        log_file = data / "logs" / "kiosk.log"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "not open to visitors" not in (
            log_file.read_text() if log_file.exists() else ""
        ):
            assert proc.poll() is None, proc.communicate()[1]
            time.sleep(0.2)
        time.sleep(2)
        assert proc.poll() is None, "the closed screen stays up"
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    assert "settings need fixing" in err and "settings.json" in err
    assert "Traceback" not in err
    assert not (data / "records.sqlite3").exists()


def test_restart_starts_the_command_the_console_script_was_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`photobooth-kiosk run …` keeps its own arguments for "Restart to apply"."""
    import kiosk.gui_main
    from kiosk import cli

    seen: list[list[str] | None] = []
    monkeypatch.setattr(kiosk.gui_main, "run_kiosk", lambda args: seen.append(args.argv) or 0)
    command = ["run", "--demo", "--data-dir", str(tmp_path)]
    monkeypatch.setattr(sys, "argv", ["/usr/local/bin/photobooth-kiosk", *command])
    assert cli.main() == 0
    assert seen == [command], "restart_process runs `python -m kiosk` with exactly these"


def test_every_file_and_folder_a_run_writes_is_the_kiosk_users_alone(tmp_path: Path) -> None:
    """P7: started with the common umask 022, the kiosk still writes nothing that group or
    others can read: records file and WAL, logs, photos, dry-run messages, settings, folders."""
    data = tmp_path / "data"
    result = subprocess.run(
        [*CLI, "run", "--demo", "--autopilot", "1", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=240,
        preexec_fn=lambda: os.umask(0o022),
    )
    assert result.returncode == 0, result.stderr
    written = [data, *data.rglob("*")]
    assert len(written) > 8
    assert [p for p in written if p.stat().st_mode & 0o077] == []
