"""Where the kiosk keeps its files.

Everything a kiosk writes lives under one data folder so that a store can back
it up, move it, or wipe it as one unit, and so that tests never touch a real
user folder. The folder is chosen, in order, by ``--data-dir``, by the
``PHOTOBOOTH_DATA_DIR`` environment variable, and finally by the platform's
user data directory.

The layout is also the one place that says where the records key and the
secrets are kept (:attr:`DataLayout.credentials`): *outside* the data folder, so
that a copy of the folder reveals nothing (P7). The privacy core is handed that,
and never works it out from a file's parent folder.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from consent.credentials import CredentialPlace
from consent.keys import KEY_FILE, KeyLocation

ENV_DATA_DIR = "PHOTOBOOTH_DATA_DIR"
ENV_KEY_FILE = "PHOTOBOOTH_KEY_FILE"
ENV_KEY_DIR = "PHOTOBOOTH_KEY_DIR"  # before PHOTOBOOTH_KEY_FILE: the folder of records.key
ENV_SYSTEMD_CREDENTIALS = "CREDENTIALS_DIRECTORY"
APP_NAME = "photobooth-kiosk"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    """The user's config folder: a different HOME or XDG_CONFIG_HOME is a different folder."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


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
    def credentials(self) -> CredentialPlace:
        """Where this data folder's key and secrets are kept, all of it outside the folder:
        ``$CREDENTIALS_DIRECTORY`` (systemd), the keyring, ``PHOTOBOOTH_KEY_FILE``, and the
        user's config folder, in a folder of its own named after this data folder's path."""
        root = self.root.resolve()
        digest = hashlib.sha256(str(root).encode()).hexdigest()[:16]
        systemd = os.environ.get(ENV_SYSTEMD_CREDENTIALS)
        key_file = os.environ.get(ENV_KEY_FILE)
        key_dir = os.environ.get(ENV_KEY_DIR)
        if not key_file and key_dir:
            key_file = str(Path(key_dir) / KEY_FILE)
        return CredentialPlace(
            folder=user_config_dir() / "data-folders" / digest,
            scope=str(root),
            data_folder=root,
            systemd_folder=Path(systemd) if systemd else None,
            key_file=Path(key_file).expanduser() if key_file else None,
        )

    @property
    def key_location(self) -> KeyLocation:
        return self.credentials

    @property
    def legacy_key_files(self) -> tuple[Path, ...]:
        """Where earlier versions kept the key: ``keys/records.key`` inside the data folder,
        and for the platform's default data folder, the config folder's ``keys/``. A key
        found there is moved out at start (``booth.key_move``)."""
        inside = self.root / "keys" / KEY_FILE
        if self.root.resolve() == default_data_dir().resolve():
            return (inside, user_config_dir() / "keys" / KEY_FILE)
        return (inside,)

    def create(self) -> DataLayout:
        """Make the folders, readable by the kiosk's own user only (P7)."""
        for folder in (self.root, self.photos, self.dry_run_outbox, self.logs, self.cache):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)
        return self
