"""The check issue #15 runs from outside, as a store's security reviewer would (P7)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from kiosk.people import visitors

CLI = [sys.executable, "-m", "kiosk"]


def as_user(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line run by a user whose home (and so config folder) is ``home``; the
    umask it starts with is the usual 022: the kiosk must tighten it itself."""
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    for name in ("PHOTOBOOTH_KEY", "PHOTOBOOTH_KEY_FILE", "PHOTOBOOTH_KEY_DIR"):
        env.pop(name, None)
    return subprocess.run(
        [*CLI, *args],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        preexec_fn=lambda: os.umask(0o022),
    )


def open_to_others(root: Path) -> list[str]:
    return [
        f"{path} {stat.filemode(path.stat().st_mode)}"
        for path in [root, *root.rglob("*")]
        if path.stat().st_mode & 0o077
    ]


def test_a_copied_data_folder_shows_no_visitor_under_another_home(tmp_path: Path) -> None:
    """P7: visitors go into D under one HOME. A copy of D, opened with `records find` under
    another HOME with no credentials, shows nothing of them: one clear line, exit 2, no
    traceback. D holds no key file and nothing readable by group or others. Under the first
    HOME, `keys rotate`, then `records find` and `audit verify`, still work."""
    first, second = tmp_path / "home-1", tmp_path / "home-2"
    first.mkdir()
    second.mkdir()
    data = tmp_path / "D"
    ran = as_user(first, "run", "--demo", "--autopilot", "2", "--data-dir", str(data))
    assert ran.returncode == 0, ran.stderr
    person = visitors(0, "kiosk-01", 1)[0]

    copy = tmp_path / "copy-of-D"
    shutil.copytree(data, copy)
    found = as_user(second, "records", "find", "--email", person.email, "--data-dir", str(copy))
    assert found.returncode == 2, found.stdout + found.stderr
    assert "Traceback" not in found.stderr and len(found.stderr.strip().splitlines()) == 1
    assert "key that unlocks the records file was not found" in found.stderr
    assert person.name not in found.stdout + found.stderr

    assert not list(data.rglob("*.key")) and not (data / "keys").exists()
    key_files = list((first / ".config").rglob("records.key"))
    assert len(key_files) == 1, "the key is in the first user's config folder"
    key_text = key_files[0].read_text().strip()
    for path in data.rglob("*"):
        if path.is_file():
            assert key_text.encode() not in path.read_bytes(), f"the key is in {path}"
    assert open_to_others(data) == []

    rotated = as_user(first, "keys", "rotate", "--data-dir", str(data))
    assert rotated.returncode == 0, rotated.stderr
    found = as_user(first, "records", "find", "--email", person.email, "--data-dir", str(data))
    assert found.returncode == 0, found.stderr
    assert person.name in found.stdout
    verified = as_user(first, "audit", "verify", "--data-dir", str(data))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert open_to_others(data) == []
