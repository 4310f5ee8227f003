"""Secrets the service holds as systemd credentials, which a doctor run by hand cannot see.

Under systemd the unit's ``LoadCredentialEncrypted=`` lines decrypt the records key and the
secrets into ``$CREDENTIALS_DIRECTORY``, a folder only the service can read. ``photobooth-kiosk
doctor`` typed at a console has no such folder: without this module it would report the key
and the secrets missing, which they are not. When the encrypted files are there (or their
folder exists but this user may not list it), the doctor says where they are held and prints
the one command that checks them as the service sees them.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass
from pathlib import Path

from booth.paths import DataLayout
from booth.secrets import SECRETS
from consent.keys import SYSTEMD_CREDENTIAL

# Where systemd looks for a credential the unit names without a path (systemd.exec(5)); the
# unit names the records key with the first one.
CREDSTORES: tuple[Path, ...] = (
    Path("/etc/credstore.encrypted"),
    Path("/run/credstore.encrypted"),
    Path("/usr/local/lib/credstore.encrypted"),
    Path("/usr/lib/credstore.encrypted"),
)
SERVICE_USER = "photobooth"
RECORDS_KEY = SYSTEMD_CREDENTIAL
NAMES: tuple[str, ...] = (RECORDS_KEY, *SECRETS.values())
FIELD_OF = {credential: field for field, credential in SECRETS.items()}


@dataclass(frozen=True)
class ServiceCredentials:
    """What the doctor can tell of the service's credentials from outside the service."""

    found: dict[str, Path]  # credential name -> its encrypted file
    unreadable: tuple[Path, ...]  # credstore folders this user may not list (root's, 0700)

    @property
    def fields(self) -> list[str]:
        """The settings fields held there, as far as this user can see."""
        return [FIELD_OF[name] for name in self.found if name in FIELD_OF]

    def may_hold(self, field: str) -> bool:
        """Whether ``field`` (a settings field, or the records key) may be held there."""
        name = RECORDS_KEY if field == RECORDS_KEY else SECRETS.get(field, "")
        return name in self.found or bool(self.unreadable)

    def where(self) -> str:
        if self.found:
            folders = sorted({str(path.parent) for path in self.found.values()})
            return f"{', '.join(sorted(self.found))} in {', '.join(folders)}"
        return f"{', '.join(str(p) for p in self.unreadable)} (which this user may not list)"


def service_credentials(
    layout: DataLayout, stores: tuple[Path, ...] = CREDSTORES
) -> ServiceCredentials | None:
    """None under systemd itself (the credentials are there to read) or when no credstore
    holds any of this kiosk's credentials."""
    if layout.credentials.systemd_folder is not None:
        return None
    found: dict[str, Path] = {}
    unreadable: list[Path] = []
    for store in stores:
        try:
            present = set(os.listdir(store))
        except PermissionError:
            unreadable.append(store)
            continue
        except OSError:  # no such folder: nothing there
            continue
        for name in NAMES:
            if name in present and name not in found:
                found[name] = store / name
    if not found and not unreadable:
        return None
    return ServiceCredentials(found, tuple(unreadable))


def _owner(folder: Path) -> str:
    try:
        import pwd

        return pwd.getpwuid(folder.stat().st_uid).pw_name
    except (ImportError, KeyError, OSError):
        return SERVICE_USER


def check_command(layout: DataLayout, held: ServiceCredentials) -> str:
    """The doctor again, run by systemd with the unit's credentials, as the kiosk's user.

    The credentials are named as the unit names them: the records key with its file, the
    secrets by name alone, so that systemd finds each in its credstore and skips one that was
    never made (as it does for the service)."""
    words = ["sudo", "systemd-run", "-P", "--wait", "-p", f"User={_owner(layout.root)}"]
    if RECORDS_KEY in held.found or held.unreadable:
        key_file = held.found.get(RECORDS_KEY, CREDSTORES[0] / RECORDS_KEY)
        words += ["-p", f"LoadCredentialEncrypted={RECORDS_KEY}:{key_file}"]
    for name in SECRETS.values():
        if name in held.found or held.unreadable:
            words += ["-p", f"LoadCredentialEncrypted={name}"]
    words += ["photobooth-kiosk", "doctor", "--data-dir", str(layout.root)]
    return shlex.join(words)


def explained(layout: DataLayout, held: ServiceCredentials) -> str:
    return (
        f"held as systemd credentials that only the photobooth-kiosk service can read "
        f"({held.where()}); run by hand, the doctor cannot see them. To check them as the "
        f"service sees them: {check_command(layout, held)}"
    )
