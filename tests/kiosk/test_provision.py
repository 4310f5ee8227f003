"""``photobooth-kiosk provision`` as an installer runs it: with options, and at a terminal (P7).

Real parts: the command line, a real data folder and credential store, the real PIN store,
and for enrolment a real PostgreSQL head office (pgserver) the kiosk then syncs with.
"""

from __future__ import annotations

import json
import os
import pty
import select
import sqlite3
import sys
import time
from pathlib import Path

import psycopg
import pytest

from booth.admin_auth import Role
from booth.central_sync import sync_once
from booth.paths import DataLayout
from booth.pin_record import PinState
from booth.pin_store import PinStore
from booth.protected_settings import AUDIT_ACTION
from booth.secrets import SecretStore
from booth.settings import load_settings
from booth.settings_profile import effective_settings
from kiosk.cli import main
from tests.consent.helpers import files_under, find_secrets, visit
from tests.support.central import Central

STAFF, MANAGER = "58392047", "71946205"
SENDGRID = "SG.provision-test-key-6f1e2a3c"
TWILIO_TOKEN = "twilio-token-9a0b1c2d3e4f5a6b"
TWILIO_SID = "AC0123456789abcdef0123456789abcdef"


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n")
    return path


def _doctor_code(data: Path) -> int:
    return main(["doctor", "--data-dir", str(data), "--camera-timeout", "2"])


def _secret_values() -> list[str]:
    return [STAFF, MANAGER, SENDGRID, TWILIO_TOKEN]


def test_p7_options_provision_a_kiosk_that_opens_with_those_ids_and_syncs_to_head_office(
    central: Central, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The ids, the PINs, the keys and head office, all from options and files; then the
    kiosk's PINs open the admin area, its keys are readable, it syncs, and no secret was
    printed, logged or left in the data folder."""
    creds = central.add_kiosk("prov")
    enroll = _file(tmp_path, "enroll.json", json.dumps(creds.as_dict()))
    data = tmp_path / "data"
    args = [
        "provision",
        "--data-dir", str(data),
        "--store-id", "store-042",
        "--staff-pin-file", str(_file(tmp_path, "staff", STAFF)),
        "--manager-pin-file", str(_file(tmp_path, "manager", MANAGER)),
        "--enroll", str(enroll),
        "--sendgrid-key-file", str(_file(tmp_path, "sendgrid", SENDGRID)),
        "--twilio-sid", TWILIO_SID,
        "--twilio-token-file", str(_file(tmp_path, "twilio", TWILIO_TOKEN)),
        "--camera-timeout", "2",
    ]  # fmt: skip
    code = main(args)
    printed = capsys.readouterr()
    assert f"kiosk {creds.kiosk_id}" in printed.out, "the kiosk id came from the enroll file"
    assert "PINs: staff and manager set." in printed.out
    assert "Head office: enrolled" in printed.out
    assert "delivery.sendgrid.api_key" in printed.out
    assert "delivery.twilio.auth_token" in printed.out
    doctor_lines = printed.out.split("Doctor:\n", 1)[1].splitlines()
    assert [line.split(":")[0].split(maxsplit=1)[1] for line in doctor_lines][:4] == [
        "display",
        "free disk",
        "clock",
        "data folder",
    ]
    assert code == _doctor_code(data), "the exit status is the doctor's"
    capsys.readouterr()

    assert main(["run", "--check", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.startswith("ready to open")
    layout = DataLayout(data)
    settings = effective_settings(layout, load_settings(layout.settings_file))
    assert (settings.store.store_id, settings.store.kiosk_id) == ("store-042", creds.kiosk_id)
    assert settings.delivery.twilio.account_sid == TWILIO_SID
    pins = PinStore(layout)
    assert pins.verify(Role.STAFF, STAFF).role is Role.STAFF
    assert pins.verify(Role.MANAGER, MANAGER).role is Role.MANAGER
    assert pins.verify(Role.MANAGER, STAFF).role is None
    kept = SecretStore(layout.credentials).values()
    assert kept["delivery.sendgrid.api_key"] == SENDGRID
    assert kept["delivery.twilio.auth_token"] == TWILIO_TOKEN
    assert kept["central.dsn"] == creds.dsn

    visit(layout)
    report = sync_once(layout, settings, settings.central.dsn)
    assert report["pushed"].get("visit") == 1
    with psycopg.connect(central.dsn) as conn:
        row = conn.execute(
            "SELECT count(*) FROM photobooth.visits WHERE kiosk_id = %s", (creds.kiosk_id,)
        ).fetchone()
    assert row is not None and row[0] == 1

    # P7: nothing printed or logged holds a secret, nor does the data folder's settings file.
    secrets = [*_secret_values(), creds.dsn, creds.fleet_key]
    assert [s for s in secrets if s in printed.out + printed.err] == []
    assert find_secrets(files_under(layout.logs, layout.settings_file), secrets) == []


def test_a_setup_code_is_printed_once_and_chooses_the_pins_at_the_corner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    args = ["provision", "--data-dir", str(data), "--store-id", "s-1", "--kiosk-id", "k-1"]
    main([*args, "--setup-code", "--no-enroll", "--camera-timeout", "2"])
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("Setup code: "))
    code = line.removeprefix("Setup code: ")
    assert len(code.replace(" ", "")) == 12 and out.count(code) == 1
    pins = PinStore(DataLayout(data))
    assert pins.status().state is PinState.SETUP_PENDING
    pins.set_up(code, STAFF, MANAGER)
    assert pins.verify(Role.STAFF, STAFF).role is Role.STAFF


@pytest.mark.parametrize(
    ("staff", "manager", "said"),
    [
        ("12", MANAGER, "the staff PIN: A PIN is 4 to 8 digits."),
        (STAFF, "1234", "the manager PIN: "),
        (STAFF, STAFF, "the manager PIN: "),
    ],
)
def test_a_pin_that_breaks_the_rules_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], staff: str, manager: str, said: str
) -> None:
    data = tmp_path / "data"
    code = main(
        [
            "provision", "--data-dir", str(data), "--store-id", "s-1", "--kiosk-id", "k-1",
            "--staff-pin-file", str(_file(tmp_path, "staff", staff)),
            "--manager-pin-file", str(_file(tmp_path, "manager", manager)),
            "--sendgrid-key-file", str(_file(tmp_path, "sendgrid", SENDGRID)),
        ]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and said in err and "Traceback" not in err
    assert not data.exists()
    assert SecretStore(DataLayout(data).credentials).values() == {}


def test_an_enroll_file_for_another_kiosk_or_unreadable_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    other = {
        "kiosk_id": "kiosk-77",
        "dsn": "postgresql://u:pa55word@hq.example/central?sslmode=verify-full",
        "fleet_key": "ZmxlZXQta2V5",
        "head_office_public_key": "aGVhZA",
    }
    base = [
        "provision", "--data-dir", str(data), "--store-id", "s-1", "--kiosk-id", "kiosk-01",
        "--staff-pin-file", str(_file(tmp_path, "staff", STAFF)),
        "--manager-pin-file", str(_file(tmp_path, "manager", MANAGER)),
    ]  # fmt: skip
    enroll = _file(tmp_path, "enroll.json", json.dumps(other))
    assert main([*base, "--enroll", str(enroll)]) == 2
    err = capsys.readouterr().err
    assert "the enroll file is for kiosk kiosk-77, not kiosk-01" in err
    assert "pa55word" not in err
    assert main([*base, "--enroll", str(tmp_path / "missing.json")]) == 2
    assert "cannot read the enroll file" in capsys.readouterr().err
    enroll.write_text("not json")
    assert main([*base, "--enroll", str(enroll)]) == 2
    assert "not the JSON object `central add-kiosk` printed" in capsys.readouterr().err
    assert not data.exists()


def test_an_unwritable_credential_store_is_named_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    place = DataLayout(data).credentials
    place.folder.parent.mkdir(parents=True, exist_ok=True)
    place.folder.write_text("a file where the credential folder should be")  # root ignores modes
    try:
        code = main(
            [
                "provision", "--data-dir", str(data), "--store-id", "s-1", "--kiosk-id", "k-1",
                "--staff-pin-file", str(_file(tmp_path, "staff", STAFF)),
                "--manager-pin-file", str(_file(tmp_path, "manager", MANAGER)),
                "--sendgrid-key-file", str(_file(tmp_path, "sendgrid", SENDGRID)),
            ]
        )  # fmt: skip
        err = capsys.readouterr().err
        assert code == 2 and "the credential store cannot be written" in err
        assert "nothing was changed" in err and SENDGRID not in err
        assert not DataLayout(data).settings_file.exists()
        assert not DataLayout(data).database.exists()
    finally:
        place.folder.unlink()


def test_without_a_terminal_a_missing_answer_names_its_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["provision", "--data-dir", str(tmp_path / "d"), "--kiosk-id", "k"]) == 2
    assert "--store-id is needed (no terminal to ask on)" in capsys.readouterr().err


MEDIA_SECRET = "media-host-secret-4c5d6e7f8a9b0c1d"


def test_p7_the_photo_hosts_bucket_is_provisioned_its_secret_only_from_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Endpoint, bucket, region and access key id land in the settings; the secret key only in
    the credential store, read from a file, never printed (P7). Where the photos go is a
    protected setting: provisioning sets it and the audit log names the change."""
    data = tmp_path / "data"
    code = main(
        [
            "provision", "--data-dir", str(data), "--store-id", "s-1", "--kiosk-id", "k-1",
            "--setup-code", "--no-enroll", "--camera-timeout", "2",
            "--media-bucket", "store-photos",
            "--media-endpoint", "https://acct.r2.cloudflarestorage.com",
            "--media-region", "auto",
            "--media-access-key-id", "AKIAPROVISION0001",
            "--media-secret-file", str(_file(tmp_path, "media", MEDIA_SECRET)),
        ]
    )  # fmt: skip
    printed = capsys.readouterr()
    assert "Photo host: bucket store-photos" in printed.out
    assert "delivery.media_host.secret_access_key" in printed.out
    assert MEDIA_SECRET not in printed.out + printed.err
    assert code == _doctor_code(data)
    capsys.readouterr()
    layout = DataLayout(data)
    host = load_settings(layout.settings_file).delivery.media_host
    assert (host.bucket, host.endpoint_url, host.region, host.access_key_id) == (
        "store-photos",
        "https://acct.r2.cloudflarestorage.com",
        "auto",
        "AKIAPROVISION0001",
    )
    assert host.secret_access_key == MEDIA_SECRET, "from the credential store"
    assert SecretStore(layout.credentials).values()["delivery.media_host.secret_access_key"] == (
        MEDIA_SECRET
    )
    assert find_secrets(files_under(layout.root), [MEDIA_SECRET]) == []
    with sqlite3.connect(layout.database) as conn:
        audited = [
            json.loads(details)
            for (details,) in conn.execute(
                "SELECT details FROM audit_log WHERE action = ?", (AUDIT_ACTION,)
            )
        ]
    assert {entry["field"] for entry in audited} == {
        "delivery.media_host.bucket",
        "delivery.media_host.endpoint_url",
    }
    assert {entry["via"] for entry in audited} == {"provision"}


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--media-secret-file", "{secret}"], "--media-secret-file needs --media-bucket"),
        (["--media-region", "auto"], "--media-region needs --media-bucket"),
        (
            ["--media-bucket", "b", "--media-endpoint", "http://s3.example.com"],
            "delivery.media_host.endpoint_url",
        ),
        (["--media-bucket", "b", "--media-secret-file", "{empty}"], "the file is empty"),
    ],
)
def test_a_photo_host_answer_that_cannot_be_used_is_named_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], said: str
) -> None:
    data = tmp_path / "data"
    files = {"{secret}": str(_file(tmp_path, "media", MEDIA_SECRET)), "{empty}": ""}
    files["{empty}"] = str(_file(tmp_path, "empty", ""))
    code = main(
        [
            "provision", "--data-dir", str(data), "--store-id", "s-1", "--kiosk-id", "k-1",
            "--setup-code", "--no-enroll",
            *[files.get(option, option) for option in options],
        ]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and said in err and "Traceback" not in err
    assert MEDIA_SECRET not in err
    assert not DataLayout(data).settings_file.exists()
    assert SecretStore(DataLayout(data).credentials).values() == {}


# -- at a terminal ---------------------------------------------------------------------------
class Terminal:
    """The command on a pseudo-terminal, answered prompt by prompt (no pexpect needed)."""

    def __init__(self, argv: list[str]) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the command, with the pty as its terminal
            os.execvpe(argv[0], argv, dict(os.environ))
        self.seen = b""  # everything the terminal showed, typed answers echoed included
        self.pos = 0

    def _read(self, deadline: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # the child closed the terminal
            return False
        self.seen += chunk
        return bool(chunk)

    def expect(self, text: str, timeout: float = 120) -> None:
        """Wait for ``text`` after what was already expected."""
        deadline = time.monotonic() + timeout
        while text.encode() not in self.seen[self.pos :]:
            if not self._read(deadline):
                raise AssertionError(f"never asked {text!r}; the terminal showed:\n{self.text}")
        self.pos = self.seen.index(text.encode(), self.pos) + len(text.encode())

    def send(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\r")

    def finish(self, timeout: float = 180) -> int:
        deadline = time.monotonic() + timeout
        while self._read(deadline):
            pass
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)

    @property
    def text(self) -> str:
        return self.seen.decode(errors="replace")


def test_p7_at_a_terminal_it_asks_each_answer_and_never_echoes_a_secret(tmp_path: Path) -> None:
    data = tmp_path / "data"
    term = Terminal(
        [sys.executable, "-m", "kiosk", "provision", "--data-dir", str(data),
         "--camera-timeout", "2"]
    )  # fmt: skip
    term.expect("Store id (e.g. store-042): ")
    term.send("store-7")
    term.expect("empty: none): ")  # the enroll file
    term.send("")
    term.expect("Kiosk id (e.g. kiosk-01): ")
    term.send("kiosk-9")
    term.expect("Staff PIN: ")
    term.send("1234")  # a run: refused, asked again
    term.expect("Staff PIN again: ")
    term.send("1234")
    term.expect("Manager PIN: ")
    term.send(MANAGER)
    term.expect("Manager PIN again: ")
    term.send(MANAGER)
    term.expect("Again.")
    term.expect("Staff PIN: ")
    term.send(STAFF)
    term.expect("Staff PIN again: ")
    term.send(STAFF)
    term.expect("Manager PIN: ")
    term.send(MANAGER)
    term.expect("Manager PIN again: ")
    term.send(MANAGER)
    term.expect("SendGrid API key (empty: none): ")
    term.send(SENDGRID)
    term.expect("Twilio Account SID (empty: none): ")
    term.send(TWILIO_SID)
    term.expect("Twilio auth token: ")
    term.send(TWILIO_TOKEN)
    term.expect("Photo host bucket, for SMS links and QR pickup (empty: none): ")
    term.send("")
    term.expect("Doctor:")
    code = term.finish()
    shown = term.text
    assert "Provisioned store store-7, kiosk kiosk-9" in shown
    assert [s for s in _secret_values() if s in shown] == [], "no secret echoed or printed"
    assert "Traceback" not in shown
    layout = DataLayout(data)
    assert PinStore(layout).verify(Role.MANAGER, MANAGER).role is Role.MANAGER
    assert SecretStore(layout.credentials).values()["delivery.twilio.auth_token"] == TWILIO_TOKEN
    assert code == _doctor_code(data)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root, as at a console")
def test_root_is_sent_to_the_kiosks_own_user_for_a_folder_that_is_theirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The secrets go to the running user's credential store: root's would be out of reach."""
    import pwd

    data = tmp_path / "data"
    data.mkdir()
    nobody = pwd.getpwnam("nobody")
    os.chown(data, nobody.pw_uid, nobody.pw_gid)
    assert main(["provision", "--data-dir", str(data), "--store-id", "s-1"]) == 2
    err = capsys.readouterr().err
    assert "belongs to nobody: run this as that user, e.g. sudo -u nobody" in err
    assert list(data.iterdir()) == []
