"""`central console-user add` and `central serve` at the command line (issue #19)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.central import Central
from wire.sealing import HeadOfficeKeys

CLI = [sys.executable, "-m", "kiosk", "central"]


def central_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=180, input=stdin, env=os.environ
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_console_user_add_makes_a_privacy_officer_with_a_totp_device(
    central: Central, tmp_path: Path
) -> None:
    password = tmp_path / "pw"
    password.write_text("a long enough passphrase 42\n")
    made = central_cli(
        *("console-user", "add", "dana", "--role", "privacy-officer"),
        *("--password-file", str(password), "--dsn", central.dsn, "--keys", str(central.keys_dir)),
    )
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout.splitlines()[-1])
    assert result["role"] == "privacy-officer"
    assert result["totp_uri"].startswith("otpauth://totp/")
    again = central_cli(
        *("console-user", "add", "dana", "--role", "it"),
        *("--password-file", str(password), "--dsn", central.dsn, "--keys", str(central.keys_dir)),
    )
    assert again.returncode == 2 and "already a console user" in again.stderr


def test_a_weak_password_or_no_terminal_is_refused_in_one_line(
    central: Central, tmp_path: Path
) -> None:
    weak = tmp_path / "pw"
    weak.write_text("password\n")
    refused = central_cli(
        *("console-user", "add", "sam", "--role", "it", "--password-file", str(weak)),
        *("--dsn", central.dsn, "--keys", str(central.keys_dir)),
    )
    assert refused.returncode == 2 and "too weak" in refused.stderr
    no_tty = central_cli(
        *("console-user", "add", "sam", "--role", "it"),
        *("--dsn", central.dsn, "--keys", str(central.keys_dir)),
    )
    assert no_tty.returncode == 2 and "--password-file" in no_tty.stderr


def test_serve_refuses_another_folders_keys(central: Central, tmp_path: Path) -> None:
    central_cli(
        "requests", "--dsn", central.dsn, "--keys", str(central.keys_dir)
    )  # records head office's keys
    wrong = tmp_path / "wrong"
    HeadOfficeKeys.load_or_create(wrong)
    refused = central_cli("serve", "--dsn", central.dsn, "--keys", str(wrong), "--port", "1")
    assert refused.returncode == 2
    assert "not the ones this head office was set up with" in refused.stderr


def test_add_kiosk_with_a_public_url_gives_the_link_key(central: Central) -> None:
    made = central_cli(
        *("add-kiosk", f"k-{central.dbname[-6:]}", "--dsn", central.dsn),
        *("--keys", str(central.keys_dir), "--public-url", "https://office.example.com/"),
    )
    assert made.returncode == 0, made.stderr
    creds = json.loads(made.stdout.splitlines()[-1])
    assert creds["public_url"] == "https://office.example.com"
    assert len(creds["link_key"]) == 44
    assert (central.keys_dir / "visitor-link.key").stat().st_mode & 0o777 == 0o600
    bad = central_cli(
        *("add-kiosk", f"j-{central.dbname[-6:]}", "--dsn", central.dsn),
        *("--keys", str(central.keys_dir), "--public-url", "http://office.example.com"),
    )
    assert bad.returncode == 2 and "https://" in bad.stderr
