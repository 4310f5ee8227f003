"""The records key and the secrets can be read from where this kiosk keeps them (P7).

Opening the records file with its key is the real test: a key that is missing, a
systemd credential not passed in, or a keyring that is locked all come out as the
message the kiosk itself would stop with, naming where it looked. Run by hand on a kiosk
whose key and secrets are the service's systemd credentials, it cannot see them: it says
so, and how to check them as the service does (:mod:`booth.doctor.service_credentials`),
instead of calling them missing.
"""

from __future__ import annotations

from booth.doctor.report import Check, Status
from booth.doctor.service_credentials import RECORDS_KEY, ServiceCredentials, explained
from booth.key_rotation import key_status
from booth.paths import DataLayout
from booth.secrets import SecretsProblem, SecretStore
from consent.keys import KeyProblem, slot_pairs
from consent.storage import StorageError

NAME = "credentials"


def credentials(layout: DataLayout, held: ServiceCredentials | None = None) -> list[Check]:
    try:
        secrets = SecretStore(layout.credentials).read_all()
    except SecretsProblem as exc:
        return [Check(NAME, Status.FAIL, f"the secrets cannot be read: {exc}")]
    if held is not None:
        return [_held_by_service(layout, held)]
    kept = ", ".join(f"{field} ({where})" for field, (_, where) in sorted(secrets.items()))
    said = f"; secrets: {kept}" if kept else "; no secrets kept"
    if not layout.database.exists():
        new_key = slot_pairs(layout.key_location)[0][0].name
        return [
            Check(
                NAME,
                Status.OK,
                f"no records file yet: its key will be made in the {new_key}{said}",
            )
        ]
    try:
        status = key_status(layout)
    except (KeyProblem, StorageError) as exc:
        return [Check(NAME, Status.FAIL, str(exc))]
    return [
        Check(NAME, Status.OK, f"the records key was found in the {status['key_found_in']}{said}")
    ]


def _held_by_service(layout: DataLayout, held: ServiceCredentials) -> Check:
    """Neither passed nor failed: what is visible from here, and how to check the rest."""
    key = ""
    if layout.database.exists():
        try:
            key = f"the records key was found in the {key_status(layout)['key_found_in']}; "
        except (KeyProblem, StorageError) as exc:
            if not held.may_hold(RECORDS_KEY):
                return Check(NAME, Status.FAIL, str(exc))
    return Check(NAME, Status.UNKNOWN, key + explained(layout, held))
