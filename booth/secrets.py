"""The kiosk's secrets live in the credential store, not in settings.json (P7).

The SendGrid key, the Twilio token, the photo host's and the central bucket's secret
keys, head office's DSN (it carries the kiosk's database password) and the fleet key
are kept where the records key is (:mod:`consent.credentials`): a systemd credential
named below, the OS keyring, else ``secrets.json`` (0600) in this data folder's own
folder under the user's config folder. ``settings.json`` keeps an empty string in
their place, so a copy of the data folder carries none of them.

Settings are still one object in memory: ``booth.settings.load_settings`` fills these
fields from the store, and ``save_settings`` writes them there. A secret found in
``settings.json`` (a kiosk from before, or a file edited by hand) is moved to the store
the first time the file is read.
"""

from __future__ import annotations

import json
from typing import Any

from booth.settings_tree import holder, put
from consent.credentials import (
    CredentialPlace,
    CredentialProblem,
    keyring_delete,
    keyring_get,
    keyring_module,
    keyring_set,
    read_private,
    read_systemd,
    write_private,
)

# Field of the settings schema -> the name of its systemd credential.
SECRETS: dict[str, str] = {
    "delivery.sendgrid.api_key": "photobooth-sendgrid-api-key",
    "delivery.twilio.auth_token": "photobooth-twilio-auth-token",
    "delivery.media_host.secret_access_key": "photobooth-media-host-secret",
    "central.dsn": "photobooth-central-dsn",
    "central.fleet_key": "photobooth-fleet-key",
    "central.link_key": "photobooth-visitor-link-key",
    "central.secret_access_key": "photobooth-central-bucket-secret",
}
SECRETS_FILE = "secrets.json"


class SecretsProblem(Exception):
    """A secret cannot be read or kept; the message names the field, never the value."""


def take_secrets(raw: dict[str, Any]) -> dict[str, str]:
    """Empty every secret field of a settings dict; returns what they held (non-empty only)."""
    taken = {}
    for field in SECRETS:
        found = holder(raw, field)
        if found is None:
            continue
        node, name = found
        value = node.get(name)
        if isinstance(value, str) and value:
            taken[field] = value
        if name in node:
            node[name] = ""
    return taken


def put_secrets(raw: dict[str, Any], values: dict[str, str]) -> None:
    """Put secret values (settings field -> value) back into a settings dict."""
    for field, value in values.items():
        put(raw, field, value)


class SecretStore:
    """One data folder's secrets, in the order systemd credential, keyring, secrets file."""

    def __init__(self, place: CredentialPlace) -> None:
        self.place = place

    @property
    def file(self) -> str:
        return str(self.place.private_file(SECRETS_FILE))

    def _file_values(self) -> dict[str, str]:
        text = read_private(self.place.private_file(SECRETS_FILE))
        if not text:
            return {}
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            raise SecretsProblem(f"{self.file} is damaged (not JSON)") from None
        if not isinstance(data, dict):
            raise SecretsProblem(f"{self.file} is damaged (not a JSON object)")
        return {str(k): str(v) for k, v in data.items() if k in SECRETS and v}

    def read_all(self) -> dict[str, tuple[str, str]]:
        """Field -> (value, where it came from) for every secret that is set."""
        try:
            from_file = self._file_values()
            found: dict[str, tuple[str, str]] = {}
            for field, credential in SECRETS.items():
                value = read_systemd(self.place, credential)
                if value:
                    found[field] = (value, "systemd credential")
                    continue
                value = keyring_get(self.place.keyring_account(field))
                if value:
                    found[field] = (value, "keyring")
                elif field in from_file:
                    found[field] = (from_file[field], "secrets file")
            return found
        except CredentialProblem as exc:
            raise SecretsProblem(str(exc)) from None

    def values(self) -> dict[str, str]:
        return {field: value for field, (value, _) in self.read_all().items()}

    def write(self, values: dict[str, str]) -> list[str]:
        """Keep each field's value ("" removes it); returns the fields that changed.

        A secret a systemd credential provides is provisioned, not edited here: a different
        value for it is refused."""
        try:
            current = self.read_all()
            changed = [f for f in values if values[f] != current.get(f, ("", ""))[0]]
            for field in changed:
                if current.get(field, ("", ""))[1] == "systemd credential":
                    raise SecretsProblem(
                        f"{field} comes from the systemd credential {SECRETS[field]}; "
                        "change it there (see docs/deployment.md)"
                    )
            if not changed:
                return []
            in_file = self._file_values()
            use_keyring = keyring_module() is not None
            for field in changed:
                value = values[field]
                account = self.place.keyring_account(field)
                if value and use_keyring and keyring_set(account, value):
                    in_file.pop(field, None)
                    continue
                keyring_delete(account)
                if value:
                    in_file[field] = value
                else:
                    in_file.pop(field, None)
            write_private(
                self.place.private_file(SECRETS_FILE),
                json.dumps(in_file, indent=2, sort_keys=True) + "\n",
            )
            return changed
        except CredentialProblem as exc:
            raise SecretsProblem(str(exc)) from None
