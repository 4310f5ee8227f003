"""Where the kiosk keeps its files.

Everything a kiosk writes lives under one data folder so that a store can back
it up, move it, or wipe it as one unit, and so that tests never touch a real
user folder. The folder is chosen, in order, by ``--data-dir``, by the
``PHOTOBOOTH_DATA_DIR`` environment variable, and finally by the platform's
user data directory.

The layout is also the one place that says where the records key is looked for
(:attr:`DataLayout.key_location`); the privacy core is handed that, and never
works it out from a file's parent folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from consent.keys import KeyLocation

ENV_DATA_DIR = "PHOTOBOOTH_DATA_DIR"
ENV_KEY_DIR = "PHOTOBOOTH_KEY_DIR"
APP_NAME = "photobooth-kiosk"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Pick the data folder: the flag, then the environment, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataLayout:
    """The named places inside one data folder."""

    root: Path

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def database(self) -> Path:
        return self.root / "records.sqlite3"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def dry_run_outbox(self) -> Path:
        return self.root / "dry-run-outbox"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def key_folder(self) -> Path:
        """``PHOTOBOOTH_KEY_DIR``; for the platform's default data folder, its *config* folder,
        kept apart from the data; for an explicit data folder, ``keys/`` inside it."""
        explicit = os.environ.get(ENV_KEY_DIR)
        if explicit:
            return Path(explicit).expanduser().resolve()
        if self.root.resolve() == default_data_dir().resolve():
            return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "keys"
        return self.root / "keys"

    @property
    def key_location(self) -> KeyLocation:
        return KeyLocation(
            folder=self.key_folder, keyring_account=f"records-key:{self.root.resolve()}"
        )

    def create(self) -> DataLayout:
        """Make the folders, readable by the kiosk's own user only (P7)."""
        for folder in (self.root, self.photos, self.dry_run_outbox, self.logs, self.cache):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)
        return self
