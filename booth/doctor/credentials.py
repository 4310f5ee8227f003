"""The records key and the secrets can be read from where this kiosk keeps them (P7).

Opening the records file with its key is the real test: a key that is missing, a
systemd credential not passed in, or a keyring that is locked all come out as the
message the kiosk itself would stop with, naming where it looked.
"""

from __future__ import annotations

from booth.doctor.report import Check, Status
from booth.key_rotation import key_status
from booth.paths import DataLayout
from booth.secrets import SecretsProblem, SecretStore
from consent.keys import KeyProblem, slot_pairs
from consent.storage import StorageError

NAME = "credentials"


def credentials(layout: DataLayout) -> list[Check]:
    try:
        secrets = SecretStore(layout.credentials).read_all()
    except SecretsProblem as exc:
        return [Check(NAME, Status.FAIL, f"the secrets cannot be read: {exc}")]
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
