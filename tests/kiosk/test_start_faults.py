"""Faults at start and on disk, as a store meets them: one line, exit 2, nothing lost (P7).

Each runs the real command in its own process. A full disk is a file-size limit of 0
(``RLIMIT_FSIZE``): every write that would grow a file fails, as on a disk with no
block left. A read-only data folder is one the kiosk's user cannot write (as root,
the command runs as ``nobody``, since root may write anywhere).
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from booth.paths import DataLayout
from booth.settings import Settings, save_settings
from tests.consent.helpers import visit

CLI = [sys.executable, "-m", "kiosk"]
NOBODY = 65534
IS_ROOT = os.geteuid() == 0


def run(
    *args: str,
    data: Path,
    preexec: Callable[[], None] | None = None,
    user: int | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(data.parent)}
    if user is not None:
        # Another user has a credential store of its own: the one in the test session's
        # config folder is root's, 0600, and would be refused before the fault under test.
        config = data.parent / f"config-{user}"
        config.mkdir(exist_ok=True)
        os.chown(config, user, user)
        env["XDG_CONFIG_HOME"] = str(config)
    result = subprocess.run(
        [*CLI, *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        preexec_fn=preexec,
        user=user,
        group=user,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def snapshot(root: Path) -> dict[str, str]:
    """Every file under the data folder but the log, by content."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder another user may enter (pytest's own are the owner's alone)."""
    parent = Path(tempfile.mkdtemp(prefix="photobooth-faults-"))
    parent.chmod(0o755)
    yield parent
    for path in parent.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o700 if path.is_dir() else 0o600)
    shutil.rmtree(parent, ignore_errors=True)


def kiosk_with_visits(root: Path) -> DataLayout:
    layout = DataLayout(root / "data").create()
    save_settings(layout.settings_file, Settings())
    for i in range(3):
        visit(layout, f"Visitor {i}", f"visitor{i}@example.com", None)
    return layout


def test_a_records_file_truncated_to_0_bytes_stops_run_and_keeps_every_photo(
    tmp_path: Path,
) -> None:
    """P7: `run` refuses an empty records file with one line and exit 2; it does not start
    a fresh database, and not one photo file is deleted as an orphan."""
    layout = kiosk_with_visits(tmp_path)
    layout.database.write_bytes(b"")
    before = snapshot(layout.root)
    assert len([p for p in before if p.startswith("photos/")]) == 3

    for args in (("--autopilot", "1"), ()):
        result = run("run", "--demo", *args, data=layout.root)
        assert result.returncode == 2
        assert "empty (0 bytes)" in one_line(result)
        assert snapshot(layout.root) == before, "nothing was touched"
    check = run("run", "--check", data=layout.root)
    assert check.returncode == 2 and "empty (0 bytes)" in one_line(check)


def no_space() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def test_a_full_disk_at_start_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    """P7: no traceback, exit 2, the records file and photos as they were."""
    layout = kiosk_with_visits(tmp_path)
    before = {k: v for k, v in snapshot(layout.root).items() if "-wal" not in k and "-shm" not in k}
    result = run("run", "--demo", "--autopilot", "1", data=layout.root, preexec=no_space)
    assert result.returncode == 2
    assert "disk" in one_line(result)
    after = snapshot(layout.root)
    assert {k: after[k] for k in before} == before


def test_a_full_disk_at_the_very_first_start_leaves_nothing_to_trip_over(
    tmp_path: Path,
) -> None:
    """No half-made records file is left: once space is freed the kiosk simply starts."""
    data = tmp_path / "fresh"
    result = run("run", "--demo", "--autopilot", "1", data=data, preexec=no_space)
    assert result.returncode == 2 and "full" in one_line(result)
    assert not (data / "records.sqlite3").exists()
    again = run("run", "--check", data=data)
    assert again.returncode == 0, again.stderr


def make_read_only(root: Path) -> int | None:
    """The data folder and all in it readable, not writable, by the user the command runs as:
    as root, a folder root keeps and ``nobody`` runs the kiosk; otherwise the modes."""
    for path in [root, *root.rglob("*")]:
        if IS_ROOT:
            path.chmod(0o755 if path.is_dir() else 0o644)
        else:
            path.chmod(0o500 if path.is_dir() else 0o400)
    return NOBODY if IS_ROOT else None


def test_a_read_only_data_folder_is_one_line_naming_it(open_folder: Path) -> None:
    layout = kiosk_with_visits(open_folder)
    before = snapshot(layout.root)
    user = make_read_only(layout.root)
    result = run("run", "--demo", "--autopilot", "1", data=layout.root, user=user)
    assert result.returncode == 2
    line = one_line(result)
    assert "cannot write to its" in line and str(layout.root) in line
    assert snapshot(layout.root) == before


def test_an_unreadable_records_file_stops_run_and_keeps_every_photo(open_folder: Path) -> None:
    """P7: a records file the kiosk's user cannot read is named, not replaced."""
    layout = kiosk_with_visits(open_folder)
    before = snapshot(layout.root)
    user = None
    if IS_ROOT:  # everything the kiosk's own but the records file
        for path in [open_folder, *open_folder.rglob("*")]:
            if path != layout.database:
                os.chown(path, NOBODY, NOBODY)
        user = NOBODY
    layout.database.chmod(0o600 if IS_ROOT else 0)
    result = run("run", "--demo", "--autopilot", "1", data=layout.root, user=user)
    assert result.returncode == 2
    assert "cannot be read" in one_line(result) and str(layout.database) in one_line(result)
    layout.database.chmod(0o600)
    assert snapshot(layout.root) == before


def unwritable_folder(tmp_path: Path) -> Path:
    if IS_ROOT:
        probe = Path("/sys")
        try:
            (probe / "photobooth-probe").write_bytes(b"")
        except OSError:
            return probe
        pytest.skip("no folder here that root cannot write")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def test_an_export_into_a_folder_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    """P5: `records export --out /sys` names the file it could not write, exit 2."""
    layout = kiosk_with_visits(tmp_path)
    out = unwritable_folder(tmp_path)
    for command in (
        ("records", "export", "--email", "visitor1@example.com", "--out", str(out)),
        ("records", "export-consented", "--out", str(out)),
    ):
        result = run(*command, data=layout.root)
        assert result.returncode == 2
        assert str(out) in one_line(result)


def test_run_check_answers_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    """README: `run --check` validates the settings (and the records file) without a window."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"flow": {"idle_timeout_s": 5}}))
    bad = run("run", "--check", data=data)
    assert bad.returncode == 2
    assert "flow.idle_timeout_s" in one_line(bad)
    (data / "settings.json").write_text(json.dumps({"photo": {"frame": "no-such-frame.png"}}))
    frame = run("run", "--check", data=data)
    assert frame.returncode == 2 and "photo.frame" in one_line(frame)
    (data / "settings.json").write_text("{}")
    good = run("run", "--check", data=data)
    assert good.returncode == 0 and "ready to open" in good.stdout
    assert sorted(p.name for p in data.iterdir()) == ["settings.json"], "nothing was created"


def test_at_the_command_line_a_broken_settings_file_is_one_line_and_exit_2(
    tmp_path: Path,
) -> None:
    """Outside kiosk mode (`--windowed`, `--demo`) there is a person at a terminal: the line
    and exit 2; the closed screen is for `run` under a kiosk (tests/test_cli.py)."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text("{ not json")
    result = run("run", "--windowed", data=data, timeout=60)
    assert result.returncode == 2
    assert "settings need fixing" in one_line(result)
