"""An under-18 visitor and a visitor who walks away leave nothing at all (P6), and a full
session followed by the manager's tools leaves no personal data in any log line (P7)."""

from __future__ import annotations

from booth.flow import State
from booth.paths import DataLayout
from booth.records_file import open_records
from tests.consent.helpers import cli, find_secrets, scalar
from tests.ui.visitor import Visitor

TABLES = (
    "visits",
    "consents",
    "consent_events",
    "deliveries",
    "subjects",
    "audit_log",
    "tombstones",
)


def assert_no_data(layout: DataLayout) -> None:
    for table in TABLES:
        assert scalar(layout, f"SELECT count(*) FROM {table}") == 0, table
    assert list(layout.photos.iterdir()) == []
    assert list(layout.dry_run_outbox.iterdir()) == []


def test_under_18_and_abandoned_sessions_leave_nothing(qtbot, running_kiosk) -> None:  # type: ignore[no-untyped-def]
    """P6: no row in any table (subjects, consent events, audit included), no file."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.tap(visitor.window.attract.start_button)
    visitor.wait_for(State.WELCOME)
    visitor.tap(visitor.window.welcome.under_button)
    visitor.wait_for(State.UNDERAGE)
    visitor.tap(visitor.window.underage.ok_button)
    visitor.wait_for(State.ATTRACT)
    assert_no_data(running_kiosk.layout)

    visitor.reach_details()
    visitor.fill("ada lovelace", email="ada.lovelace@example.com", publish=True)
    visitor.controller.set_idle_timeout_ms(300)
    visitor.wait_for(State.ATTRACT, timeout=5000)
    assert_no_data(running_kiosk.layout)


def test_no_personal_data_in_any_log_line_after_sessions_and_rights(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """P7: autopilot sessions, then find/export/withdraw/erase: the logs hold no PII."""
    import subprocess
    import sys

    layout = DataLayout(tmp_path / "data")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "run",
            "--demo",
            "--autopilot",
            "3",
            "--data-dir",
            str(layout.root),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    from consent.records import visit_contact

    database = open_records(layout)
    contacts = [
        visit_contact(database, r[0]) for r in database.conn.execute("SELECT id FROM visits")
    ]
    database.close()
    assert len(contacts) == 3
    out = tmp_path / "out"
    out.mkdir()
    for c in contacts:
        who = ("--email", c.email) if c.email else ("--phone", c.phone or "")
        assert cli(layout, "records", "find", *who, "-v").returncode == 0
        assert cli(layout, "records", "export", *who, "--out", str(out), "-v").returncode == 0
        cli(layout, "consent", "withdraw", *who, "--purpose", "publish_social", "-v")
    first = contacts[0]
    who = ("--email", first.email) if first.email else ("--phone", first.phone or "")
    assert cli(layout, "records", "erase", *who, "--yes", "-v").returncode == 0
    assert cli(layout, "retention", "run", "--now", "2031-01-01T00:00:00Z", "-v").returncode == 0
    logs = list(layout.logs.glob("kiosk.log*"))
    text = "".join(p.read_text() for p in logs)
    assert "erase" in text or "retention" in text, "the log records what happened"
    secrets: list[str] = []
    for c in contacts:
        secrets += [s for s in (c.name, c.email, c.phone) if s]
        secrets += [(c.name or "").split()[-1], (c.phone or "+1")[2:]]
    secrets = [s for s in secrets if len(s) >= 4]
    assert len(secrets) >= 9
    assert find_secrets(logs, secrets) == []
