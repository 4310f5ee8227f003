"""The "folder or removable drive" choice shared by the records export and the social export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from booth import manager_services as ms

EXPORTS = "exports"


def _drive_texts(combo: QComboBox) -> list[str]:
    """The choices' texts in the current language, from what each one holds."""
    drives = [combo.itemData(i) for i in range(combo.count())]
    found = sum(1 for value in drives if value and value != EXPORTS)
    texts = []
    for value in drives:
        if value == EXPORTS:
            texts.append(QCoreApplication.translate("DriveChoice", "The kiosk's exports folder"))
        elif value:
            texts.append(
                QCoreApplication.translate("DriveChoice", "Drive: {drive}").format(drive=value)
            )
        elif found:
            texts.append(
                QCoreApplication.translate("DriveChoice", "{n} removable drive(s) found").format(
                    n=found
                )
            )
        else:
            texts.append(QCoreApplication.translate("DriveChoice", "No removable drive found"))
    return texts


def fill_drive_choices(combo: QComboBox, field: QLineEdit, data_root: Path) -> None:
    """List the drives found now, then the kiosk's own exports folder; prefill the field once."""
    combo.clear()
    drives = ms.removable_drives()
    combo.addItem("", "")
    for drive in drives:
        combo.addItem("", str(drive))
    combo.addItem("", EXPORTS)
    retitle_drive_choices(combo)
    if not field.text():
        field.setText(str(drives[0] if drives else data_root / EXPORTS))


def retitle_drive_choices(combo: QComboBox) -> None:
    """Say the listed choices again in the current language (the drives are not looked for)."""
    for index, text in enumerate(_drive_texts(combo)):
        combo.setItemText(index, text)


def apply_drive_choice(combo: QComboBox, field: QLineEdit, data_root: Path, index: int) -> None:
    value = combo.itemData(index)
    if value == EXPORTS:
        field.setText(str(data_root / EXPORTS))
    elif value:
        field.setText(str(value))
