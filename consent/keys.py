"""Where the master key lives: never in the records file (P7).

In order of preference:

1. ``PHOTOBOOTH_KEY`` (a base64 32-byte key) for managed deployments whose
   secret store injects it into the environment;
2. a key file that already exists (``records.key``, 0600, in a 0700 folder);
3. the OS keyring (``keyring`` package, optional) when it is installed and has
   a real backend and ``PHOTOBOOTH_KEY_BACKEND`` is ``auto`` or ``keyring``;
4. a new key file.

*Where* the key file and the keyring entry are is not decided here: the data
folder's layout (``booth.paths.DataLayout.key_location``) decides it once and
hands a :class:`KeyLocation` down. ``PHOTOBOOTH_KEY_BACKEND=file`` never consults
the keyring.

A missing key is never replaced silently: :class:`consent.database.Database`
compares the key id stored in the records file and refuses a different key.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from consent.crypto import KEY_BYTES, Vault, new_master_key

log = logging.getLogger(__name__)

ENV_KEY = "PHOTOBOOTH_KEY"
ENV_KEY_BACKEND = "PHOTOBOOTH_KEY_BACKEND"  # auto | keyring | file
KEY_FILE = "records.key"
KEYRING_SERVICE = "photobooth-kiosk"


class KeyProblem(Exception):
    """The key cannot be found or used; the message says where it was looked for."""


@dataclass(frozen=True)
class UnlockedVault:
    vault: Vault
    source: str  # "environment", "keyring", "key file <path>": for messages, never the key


@dataclass(frozen=True)
class KeyLocation:
    """Where one data folder's records key is kept: a key file's folder and a keyring account."""

    folder: Path
    keyring_account: str

    @property
    def key_file(self) -> Path:
        return self.folder / KEY_FILE


def _decode(text: str, where: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip().encode() + b"==")
    except (binascii.Error, ValueError):
        raise KeyProblem(f"{where} does not hold a base64 key") from None
    if len(key) != KEY_BYTES:
        raise KeyProblem(f"{where} must hold a {KEY_BYTES}-byte key, base64-encoded")
    return key


def encode_key(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode().rstrip("=")


def _read_key_file(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyProblem(f"the key file {path} cannot be read: {exc.strerror}") from None
    if os.name == "posix" and path.stat().st_mode & 0o077:
        log.warning("the key file was readable by others; its permissions are now 0600")
        path.chmod(0o600)
    return _decode(text, f"the key file {path}")


def _create_key_file(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.parent.chmod(0o700)
    key = new_master_key()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another thread or process made it first: use theirs
        existing = _read_key_file(path)
        assert existing is not None
        return existing
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(encode_key(key) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return key


def _keyring() -> ModuleType | None:
    """The keyring module when it is installed and has a real backend, else None."""
    if os.environ.get(ENV_KEY_BACKEND, "auto") not in ("auto", "keyring"):
        return None
    try:  # optional dependency: `pip install photobooth-kiosk[keyring]`
        ring = importlib.import_module("keyring")
        fail = importlib.import_module("keyring.backends.fail")
    except ImportError:
        return None
    backend = ring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) < 1:
        return None
    return ring


def _from_keyring(account: str, create: bool) -> bytes | None:
    ring = _keyring()
    if ring is None:
        return None
    try:
        stored = ring.get_password(KEYRING_SERVICE, account)
        if stored:
            return _decode(stored, "the keyring entry")
        if not create:
            return None
        key = new_master_key()
        ring.set_password(KEYRING_SERVICE, account, encode_key(key))
        return key
    except KeyProblem:
        raise
    except Exception as exc:  # a locked or broken keyring: fall back to the key file
        log.warning("the OS keyring is not usable (%s); using a key file", type(exc).__name__)
        return None


def locate_key(location: KeyLocation, *, create: bool) -> UnlockedVault | None:
    """Find (or, with ``create``, make) the master key kept at ``location``."""
    from_env = os.environ.get(ENV_KEY)
    if from_env:
        return UnlockedVault(Vault(_decode(from_env, ENV_KEY)), "environment")
    path = location.key_file
    key = _read_key_file(path)
    if key is not None:
        return UnlockedVault(Vault(key), f"key file {path}")
    if os.environ.get(ENV_KEY_BACKEND, "auto") == "keyring" or _keyring() is not None:
        key = _from_keyring(location.keyring_account, create)
        if key is not None:
            return UnlockedVault(Vault(key), "keyring")
    if os.environ.get(ENV_KEY_BACKEND) == "keyring":
        raise KeyProblem("PHOTOBOOTH_KEY_BACKEND is 'keyring' but no usable OS keyring was found")
    if not create:
        return None
    return UnlockedVault(Vault(_create_key_file(path)), f"key file {path}")


_cache: dict[tuple[str, ...], UnlockedVault] = {}
_cache_lock = threading.Lock()


def vault_for(location: KeyLocation, *, create: bool) -> UnlockedVault | None:
    """:func:`locate_key`, remembered per location and environment for this process."""
    ident = (
        str(location.folder.resolve()),
        location.keyring_account,
        os.environ.get(ENV_KEY, ""),
        os.environ.get(ENV_KEY_BACKEND, ""),
    )
    with _cache_lock:
        cached = _cache.get(ident)
        if cached is not None:
            path = location.key_file
            if cached.source != f"key file {path}" or path.exists():
                return cached
            del _cache[ident]  # the key file was removed: look again, do not reuse
        found = locate_key(location, create=create)
        if found is not None:
            _cache[ident] = found
        return found


def forget_cached_keys() -> None:
    with _cache_lock:
        _cache.clear()
