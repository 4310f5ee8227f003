"""The layers hold: camera/ uses QtCore/QtGui only, and the core runs with no Qt at all.

import-linter (run by the test command) checks the package graph; these tests
check what it cannot express: a submodule of an external package (QtWidgets),
and what a fresh interpreter actually loads.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(folder: Path) -> set[str]:
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
    return names


def test_only_ui_imports_qt_widgets() -> None:
    for package in ("camera", "delivery", "consent", "booth", "sync", "headoffice", "wire"):
        widgets = {m for m in imported_modules(ROOT / package) if m.startswith("PySide6.QtWidgets")}
        assert widgets == set(), f"{package}/ imports {widgets}"


def test_core_packages_load_without_qt() -> None:
    code = (
        "import sys, consent.records, consent.notices, delivery.worker, delivery.dry_run, "
        "booth.flow, booth.contact_form, booth.settings, booth.records_file, booth.manager_services, "
        "sync.feed, sync.client, headoffice.office, wire.sealing; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"


def test_camera_loads_without_qt_widgets() -> None:
    code = (
        "import sys, camera.worker, camera.compose, camera.sources; "
        "print('PySide6.QtWidgets' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "False"


def test_the_records_file_is_opened_in_one_place() -> None:
    """One way in: the key location and sync's tables are handed down from one function."""
    constructs = []
    for package in ("kiosk", "ui", "booth", "camera", "delivery", "consent", "sync", "headoffice"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "Database"
                ):
                    constructs.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert len(constructs) == 1 and constructs[0].startswith("booth/records_file.py"), constructs


def test_a_kiosk_command_loads_no_head_office_code() -> None:
    """The kiosk's own install does not need head office's server code."""
    code = (
        "import sys, kiosk.cli, kiosk.gui_main, booth.app; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'headoffice'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"
