"""The photo files of committed visits, encrypted at rest (P7).

Every read, write and delete of a visitor's photo goes through this one class,
so how photos rest on disk is decided in one place, and erasure has one thing
to call. A file holds ``PBE2 || key id || nonce || AES-256-GCM(jpeg)`` bound to
its own name (``PBE1 || nonce || …`` before keys could be rotated); a photo copied
or renamed does not decrypt, and a photo file on its own (a stolen disk, a backup)
shows nothing.
"""

from __future__ import annotations

from pathlib import Path

from consent.crypto import PHOTO_HEADER_BYTES, DecryptionError, Vault, photo_key_id
from consent.files import remove_temp_files, write_file_durably

SUFFIX = ".jpg.enc"


class PhotoStore:
    def __init__(self, folder: Path, vault: Vault) -> None:
        self.folder = folder
        self.vault = vault

    def path_for(self, name: str) -> Path:
        if "/" in name or "\\" in name or name.startswith("."):
            raise ValueError(f"not a photo name: {name!r}")
        return self.folder / name

    def write(self, visit_id: str, jpeg: bytes) -> str:
        """Encrypt, store durably (P7) and return the file name to keep in the visit row."""
        name = f"{visit_id}{SUFFIX}"
        self.folder.mkdir(parents=True, exist_ok=True)
        write_file_durably(self.path_for(name), self.vault.seal_photo(jpeg, name))
        return name

    def read(self, name: str) -> bytes:
        """The JPEG bytes; an altered file or a wrong key is a :class:`DecryptionError`."""
        return self.vault.open_photo(self.path_for(name).read_bytes(), name)

    def sealed_with(self, name: str) -> str | None:
        """The id of the key the file names (None: sealed before ids, or no such file)."""
        try:
            with self.path_for(name).open("rb") as handle:
                return photo_key_id(handle.read(PHOTO_HEADER_BYTES))
        except FileNotFoundError:
            return None

    def delete(self, name: str) -> None:
        path = self.path_for(name)
        remove_temp_files(self.folder, path.name)
        path.unlink(missing_ok=True)

    def names(self) -> set[str]:
        if not self.folder.exists():
            return set()
        return {p.name for p in self.folder.iterdir() if p.is_file() and not p.name.startswith(".")}


__all__ = ["SUFFIX", "DecryptionError", "PhotoStore"]
