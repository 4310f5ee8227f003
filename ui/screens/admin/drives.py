"""The "folder or removable drive" choice shared by the records export and the social export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit

from kiosk import manager_services as ms

EXPORTS = "exports"


def fill_drive_choices(combo: QComboBox, field: QLineEdit, data_root: Path) -> None:
    """List the drives found now, then the kiosk's own exports folder; prefill the field once."""
    combo.clear()
    drives = ms.removable_drives()
    combo.addItem(
        f"{len(drives)} removable drive(s) found" if drives else "No removable drive found", ""
    )
    for drive in drives:
        combo.addItem(f"Drive: {drive}", str(drive))
    combo.addItem("The kiosk's exports folder", EXPORTS)
    if not field.text():
        field.setText(str(drives[0] if drives else data_root / EXPORTS))


def apply_drive_choice(combo: QComboBox, field: QLineEdit, data_root: Path, index: int) -> None:
    value = combo.itemData(index)
    if value == EXPORTS:
        field.setText(str(data_root / EXPORTS))
    elif value:
        field.setText(str(value))
