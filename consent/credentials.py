"""Where a data folder's key and secrets are kept: outside the data folder (P7).

A copy of the data folder, or the data folder read off a stolen disk, must show no
visitor and hold no provider key. So the records key and the secrets (SendGrid,
Twilio, the photo host, head office) are looked up, in this order, in:

1. systemd credentials: ``$CREDENTIALS_DIRECTORY/<name>``, which systemd fills from
   ``LoadCredentialEncrypted=`` lines in the unit (made with ``systemd-creds encrypt``,
   bound to the TPM2 where there is one). Read-only: the kiosk never writes there.
2. the OS keyring (Secret Service, Keychain, Windows Credential Locker) where there is a
   usable one, unless ``PHOTOBOOTH_KEY_BACKEND=file``;
3. for the key only, a key file the deployment names (``PHOTOBOOTH_KEY_FILE``);
4. a 0600 file in the user's config folder, in a 0700 folder of its own per data folder.

This module reads and writes those places; *where* they are for one data folder is
decided once, by ``booth.paths.DataLayout``, and handed down as a
:class:`CredentialPlace`. A file that would land inside the data folder is refused.
"""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from consent.files import TEMP_PREFIX, fsync_dir

log = logging.getLogger(__name__)

ENV_BACKEND = "PHOTOBOOTH_KEY_BACKEND"  # auto | keyring | file
BACKENDS = ("auto", "keyring", "file")
KEYRING_SERVICE = "photobooth-kiosk"


class CredentialProblem(Exception):
    """A credential cannot be read or kept; the message says where and why."""


@dataclass(frozen=True)
class CredentialPlace:
    """Where one data folder's credentials are kept (decided by ``booth.paths.DataLayout``)."""

    folder: Path  # <user config folder>/data-folders/<digest>: the files of last resort
    scope: str  # the data folder's resolved path: keyring accounts end with it
    data_folder: Path  # never write a credential inside it
    systemd_folder: Path | None = None  # $CREDENTIALS_DIRECTORY of a systemd service
    key_file: Path | None = None  # $PHOTOBOOTH_KEY_FILE

    def private_file(self, name: str) -> Path:
        return self.checked(self.folder / name)

    def checked(self, path: Path) -> Path:
        """``path``, unless it is inside the data folder, where a copy would carry it."""
        resolved = path.expanduser().resolve()
        if resolved.is_relative_to(self.data_folder.resolve()):
            raise CredentialProblem(
                f"{path} is inside the data folder {self.data_folder}; keys and secrets are "
                "kept outside it, so that a copy of the folder reveals nothing"
            )
        return resolved

    def keyring_account(self, name: str) -> str:
        return f"{name}:{self.scope}"

    def systemd_file(self, name: str) -> Path | None:
        return self.systemd_folder / name if self.systemd_folder else None


def backend() -> str:
    chosen = os.environ.get(ENV_BACKEND, "auto") or "auto"
    if chosen not in BACKENDS:
        raise CredentialProblem(f"{ENV_BACKEND} must be one of {', '.join(BACKENDS)}")
    return chosen


# -- systemd credentials ---------------------------------------------------------------------
def read_systemd(place: CredentialPlace, name: str) -> str | None:
    path = place.systemd_file(name)
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CredentialProblem(
            f"the systemd credential {name} cannot be read: {exc.strerror}"
        ) from None


# -- the OS keyring ----------------------------------------------------------------------------
def keyring_module() -> ModuleType | None:
    """The keyring module when it has a real backend and the backend choice allows it."""
    if backend() == "file":
        return None
    import keyring
    import keyring.backends.fail

    ring = keyring.get_keyring()
    if isinstance(ring, keyring.backends.fail.Keyring) or getattr(ring, "priority", 0) < 1:
        if backend() == "keyring":
            raise CredentialProblem(
                f"{ENV_BACKEND} is 'keyring' but no usable OS keyring was found"
            )
        return None
    return keyring


def keyring_get(account: str) -> str | None:
    ring = keyring_module()
    if ring is None:
        return None
    try:
        value = ring.get_password(KEYRING_SERVICE, account)
    except Exception as exc:  # a locked or broken keyring: the next place is tried
        if backend() == "keyring":
            raise CredentialProblem(f"the OS keyring failed ({type(exc).__name__})") from None
        log.warning("the OS keyring is not usable (%s)", type(exc).__name__)
        return None
    return str(value) if value else None


def keyring_set(account: str, value: str) -> bool:
    """True when the keyring kept it; False when there is no usable keyring."""
    ring = keyring_module()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, account, value)
    except Exception as exc:
        if backend() == "keyring":
            raise CredentialProblem(f"the OS keyring failed ({type(exc).__name__})") from None
        log.warning("the OS keyring refused a credential (%s)", type(exc).__name__)
        return False
    return True


def keyring_delete(account: str) -> None:
    ring = keyring_module()
    if ring is None:
        return
    try:
        if ring.get_password(KEYRING_SERVICE, account) is not None:
            ring.delete_password(KEYRING_SERVICE, account)
    except Exception as exc:
        log.warning("the OS keyring could not delete a credential (%s)", type(exc).__name__)


# -- private files -----------------------------------------------------------------------------
def read_private(path: Path) -> str | None:
    """A credential file's text; a file others could read is made 0600 first."""
    try:
        if os.name == "posix" and path.stat().st_mode & 0o077:
            log.warning("a credential file was readable by others; it is now 0600")
            path.chmod(0o600)
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CredentialProblem(f"{path} cannot be read: {exc.strerror}") from None


def write_private(path: Path, text: str, *, exclusive: bool = False) -> None:
    """0600 in a 0700 folder, written whole (temp file, fsync, rename, fsync the folder);
    what the file held before is overwritten (:func:`replace_scrubbing`). ``exclusive``:
    a file already there is kept and :class:`FileExistsError` raised (two processes making
    a key at once must not replace each other's)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            path.parent.chmod(0o700)
        fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", dir=path.parent)
    except OSError as exc:
        raise CredentialProblem(f"{path.parent} cannot be written: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            os.link(tmp, path)  # fails if the name exists: no window, no replacement
            Path(tmp).unlink()
            fsync_dir(path.parent)
        else:
            replace_scrubbing(Path(tmp), path)
    except FileExistsError:
        Path(tmp).unlink(missing_ok=True)
        raise
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CredentialProblem(f"{path} cannot be written: {exc.strerror}") from None


def replace_scrubbing(new: Path, path: Path) -> None:
    """Rename ``new`` over ``path``, then overwrite the replaced file's bytes.

    The old file is held open across the rename, so its bytes are overwritten after the
    name already points at the new file: a kill at any moment leaves one whole file under
    the name, and no old secret in the replaced blocks (best effort: see
    :func:`remove_securely`).
    """
    try:
        old = path.open("r+b")
    except OSError:  # no such file, or one we may not write: nothing to overwrite
        old = None
    try:
        os.replace(new, path)
        fsync_dir(path.parent)
        if old is not None:
            size = os.fstat(old.fileno()).st_size
            old.write(os.urandom(size))
            old.flush()
            os.fsync(old.fileno())
    finally:
        if old is not None:
            old.close()


def remove_securely(path: Path) -> bool:
    """Overwrite a file with random bytes, then delete it; True when there was one.

    The file is first renamed to a hidden name, so a reader never sees half-overwritten
    bytes under the real name. Overwriting is best effort: a copy-on-write or flash file
    system may keep the old blocks, which is why the key is better kept off the disk
    (systemd credentials bound to the TPM2, or the keyring).
    """
    scrap = path.with_name(f".scrap-{secrets.token_hex(4)}-{path.name}")
    try:
        os.replace(path, scrap)
    except FileNotFoundError:
        return False
    try:
        size = scrap.stat().st_size
        with scrap.open("r+b") as handle:
            handle.write(os.urandom(max(size, 64)))
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        scrap.unlink(missing_ok=True)
        fsync_dir(scrap.parent)
    return True
