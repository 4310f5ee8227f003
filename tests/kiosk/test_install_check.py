"""The kiosk's packages are its own: another distribution's ``camera`` is named, not run."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
from pathlib import Path

from kiosk.install_check import PACKAGES, installation_problem

ROOT = Path(__file__).resolve().parents[2]


def _site(folder: Path) -> Path:
    for name in PACKAGES:
        (folder / name).mkdir(parents=True)
        (folder / name / "__init__.py").write_text(f'"""{name}"""\n')
    return folder


def _locator(**moved: Path):  # type: ignore[no-untyped-def]
    def locate(name: str) -> Path | None:
        return moved.get(name)

    return locate


def _record_line(folder: Path, path: str) -> str:
    digest = hashlib.sha256((folder / path).read_bytes()).digest()
    return f"{path},sha256={base64.urlsafe_b64encode(digest).rstrip(b'=').decode()},1"


def test_this_checkout_is_one_installation() -> None:
    assert installation_problem() is None


def test_a_package_shadowed_by_another_folder_is_named(tmp_path: Path) -> None:
    site = _site(tmp_path / "site")
    found = {name: site / name for name in PACKAGES}
    found["camera"] = tmp_path / "elsewhere" / "camera"
    problem = installation_problem(_locator(**found))
    assert problem is not None
    assert "'camera'" in problem and "another distribution" in problem
    assert "environment of its own" in problem and "\n" not in problem


def test_a_missing_package_is_named(tmp_path: Path) -> None:
    site = _site(tmp_path / "site")
    found = {name: site / name for name in PACKAGES if name != "wire"}
    problem = installation_problem(_locator(**found))
    assert problem is not None and "'wire' is missing" in problem


def test_a_package_overwritten_in_the_same_site_packages_is_named(tmp_path: Path) -> None:
    site = _site(tmp_path / "site")
    dist_info = site / "photobooth_kiosk-0.1.0.dist-info"
    dist_info.mkdir()
    lines = [_record_line(site, f"{name}/__init__.py") for name in PACKAGES]
    (dist_info / "RECORD").write_text("\n".join(lines) + "\n")
    found = {name: site / name for name in PACKAGES}
    assert installation_problem(_locator(**found)) is None

    (site / "ui" / "__init__.py").write_text('"""someone else\'s ui"""\n')
    problem = installation_problem(_locator(**found))
    assert problem is not None and "'ui'" in problem and "overwrote" in problem


def test_the_command_says_it_in_one_line_and_exits_2(tmp_path: Path) -> None:
    """A foreign ``consent`` earlier on the path: one line on stderr, before any import fails."""
    (tmp_path / "consent").mkdir()
    (tmp_path / "consent" / "__init__.py").write_text("raise RuntimeError('not ours')\n")
    result = subprocess.run(
        [sys.executable, "-c", "import kiosk.cli"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": f"{tmp_path}:{ROOT}", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "'consent'" in lines[0], result.stderr
