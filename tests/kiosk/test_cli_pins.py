"""``photobooth-kiosk pins setup-code | set | status``, run as an installer or manager would (P7)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from booth.admin_auth import Role
from booth.paths import DataLayout
from booth.pin_store import PinStore
from kiosk.cli import main
from tests.support.pins import MANAGER, STAFF, provision


class Terminal:
    """What ``getpass`` is asked, and what the person types at each prompt (never echoed)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.prompts: list[str] = []
        self.typed: list[str] = []
        monkeypatch.setattr("getpass.getpass", self._getpass)

    def _getpass(self, prompt: str = "Password: ", stream: object = None) -> str:
        self.prompts.append(prompt)
        return self.typed.pop(0)


def test_setup_code_is_printed_once_and_set_pins_are_replaced_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """P7: first PINs come from provisioning: a one-time code printed by the command."""
    data = tmp_path / "data"
    assert main(["pins", "setup-code", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    found = re.search(r"Setup code: (\d{4} \d{4} \d{4})", out)
    assert found is not None and "works once" in out
    pins = PinStore(DataLayout(data))
    pins.set_up(found.group(1), STAFF, MANAGER)
    assert main(["pins", "setup-code", "--data-dir", str(data)]) == 2
    refused = capsys.readouterr()
    assert "Setup code" not in refused.out and "--replace" in refused.err
    assert main(["pins", "setup-code", "--replace", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "Setup code:" in out and "no longer open the admin area" in out


def test_pins_set_reads_every_pin_without_echo_and_refuses_weak_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: each role's PIN changes from the command line, the manager resets staff's; the
    PINs are read with getpass, never as arguments, and never printed."""
    layout = DataLayout(tmp_path / "data").create()
    provision(layout)
    data = ["--data-dir", str(layout.root)]
    terminal = Terminal(monkeypatch)
    terminal.typed = [STAFF, "7305", "7305"]
    assert main(["pins", "set", "--role", "staff", *data]) == 0
    assert terminal.prompts == ["Current staff PIN: ", "New staff PIN: ", "New staff PIN again: "]
    assert capsys.readouterr().out == "The staff PIN was changed.\n"
    terminal.typed = ["7305", "1470"]
    assert main(["pins", "set", "--role", "staff", *data]) == 2
    assert "pattern on the keypad" in capsys.readouterr().err
    terminal.typed = ["7305", "90817", "90818"]
    assert main(["pins", "set", "--role", "staff", *data]) == 2
    assert "not the same" in capsys.readouterr().err
    terminal.typed = ["0000", "90817", "90817"]
    assert main(["pins", "set", "--role", "staff", *data]) == 2
    assert "Wrong PIN. 4 tries left" in capsys.readouterr().err
    terminal.prompts.clear()
    terminal.typed = [MANAGER, "40516273", "40516273"]
    assert main(["pins", "set", "--role", "staff", "--by", "manager", *data]) == 0
    assert terminal.prompts[0] == "Manager PIN: "
    assert capsys.readouterr().out == "The staff PIN was reset with the manager PIN.\n"
    terminal.typed = ["40516273", "90817", "90817"]
    assert main(["pins", "set", "--role", "manager", "--by", "staff", *data]) == 2
    assert "Only the manager" in capsys.readouterr().err
    pins = PinStore(layout)
    assert pins.verify(Role.STAFF, "40516273").role is Role.STAFF
    assert pins.verify(Role.MANAGER, MANAGER).role is Role.MANAGER


def test_status_and_set_on_a_kiosk_whose_pin_record_is_gone_say_how_to_reprovision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """P7: a missing PIN record is not a first start: the command line says the area is
    closed and how to provision the kiosk again."""
    layout = DataLayout(tmp_path / "data").create()
    pins = provision(layout)
    data = ["--data-dir", str(layout.root)]
    assert main(["pins", "status", *data]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "PINs: staff and manager set; the PIN record is intact.",
        "staff: not locked",
        "manager: not locked",
    ]
    pins.path.unlink()
    assert main(["pins", "status", *data]) == 2
    out = capsys.readouterr().out
    assert "missing" in out and "photobooth-kiosk pins setup-code" in out
    assert f"--data-dir {layout.root}" in out and "delete" not in out.lower()
    Terminal(monkeypatch).typed = [STAFF, "7305", "7305"]
    assert main(["pins", "set", "--role", "staff", *data]) == 2
    assert "pins setup-code" in capsys.readouterr().err
    assert not pins.path.exists()
