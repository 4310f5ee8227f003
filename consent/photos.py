"""The photo files of committed visits.

Every read, write and delete of a visitor's photo goes through this one class,
so how photos rest on disk (plain JPEG today, encrypted under issue #5) is
decided in one place, and erasure has one thing to call.
"""

from __future__ import annotations

from pathlib import Path

from consent.files import write_file_durably

SUFFIX = ".jpg"


class PhotoStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, name: str) -> Path:
        if "/" in name or "\\" in name or name.startswith("."):
            raise ValueError(f"not a photo name: {name!r}")
        return self.folder / name

    def write(self, visit_id: str, jpeg: bytes) -> str:
        """Store durably (P7) and return the file name to keep in the visit row."""
        name = f"{visit_id}{SUFFIX}"
        self.folder.mkdir(parents=True, exist_ok=True)
        write_file_durably(self.path_for(name), jpeg)
        return name

    def read(self, name: str) -> bytes:
        return self.path_for(name).read_bytes()

    def delete(self, name: str) -> None:
        self.path_for(name).unlink(missing_ok=True)

    def names(self) -> set[str]:
        if not self.folder.exists():
            return set()
        return {p.name for p in self.folder.iterdir() if p.is_file() and not p.name.startswith(".")}
