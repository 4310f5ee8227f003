"""Each kiosk's audit chain, anchored at head office: backwards or forked is reported (P7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from headoffice.audit_heads import judge, verify_fleet
from tests.support.central import Central
from wire.postgres import connect

T = datetime(2026, 11, 20, 10, tzinfo=UTC)


def report(dsn: str, seq: int, digest: str) -> None:
    with connect(dsn, autocommit=True) as conn:
        conn.execute(
            "SELECT photobooth.push_audit_head(%s)", (json.dumps({"seq": seq, "hash": digest}),)
        )


def central_audit_verify(central: Central) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "central", "audit", "verify", "--dsn", central.dsn],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )


def test_p7_judging_a_kiosks_heads() -> None:
    at = [T + timedelta(minutes=i) for i in range(5)]
    assert judge("k", [(3, "c", at[0]), (3, "c", at[1]), (7, "g", at[2])]).ok
    backwards = judge("k", [(7, "g", at[0]), (4, "d", at[1])])
    assert not backwards.ok and "went backwards" in backwards.problems[0]
    forked = judge("k", [(7, "g", at[0]), (9, "i", at[1]), (7, "x", at[2])])
    assert any("forked" in p for p in forked.problems)
    assert judge("k", []).ok and judge("k", []).head_seq is None


def test_p7_central_audit_verify_reports_a_chain_that_went_backwards_or_forked(
    central: Central,
) -> None:
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    report(a.dsn, 5, "e5")
    report(a.dsn, 5, "e5")  # an unchanged head is not stored twice
    report(a.dsn, 9, "e9")
    report(b.dsn, 4, "d4")
    healthy = central_audit_verify(central)
    assert healthy.returncode == 0, healthy.stderr
    chains = {c["kiosk_id"]: c for c in json.loads(healthy.stdout)["kiosks"]}
    assert chains[a.kiosk_id]["head_seq"] == 9 and chains[a.kiosk_id]["ok"]

    report(a.dsn, 6, "f6")  # entries 7-9 gone, or an old copy of the file put back
    report(b.dsn, 4, "other")  # the same entry with another hash: rewritten
    broken = central_audit_verify(central)
    assert broken.returncode == 3
    chains = {c["kiosk_id"]: c for c in json.loads(broken.stdout)["kiosks"]}
    assert "went backwards" in chains[a.kiosk_id]["problems"][0]
    assert "forked" in chains[b.kiosk_id]["problems"][0]
    assert a.kiosk_id in broken.stderr and b.kiosk_id in broken.stderr
    assert {c.kiosk_id for c in verify_fleet(central.dsn) if not c.ok} == {a.kiosk_id, b.kiosk_id}


def test_a_kiosk_reports_only_its_own_head(central: Central) -> None:
    a = central.add_kiosk("a")
    with (
        connect(a.dsn, autocommit=True) as conn,
        pytest.raises(psycopg.errors.InvalidParameterValue, match="an audit head is"),
    ):
        conn.execute("SELECT photobooth.push_audit_head(%s)", (json.dumps({"seq": -1}),))
    report(a.dsn, 1, "h1")
    (chain,) = [c for c in verify_fleet(central.dsn) if c.kiosk_id == a.kiosk_id]
    assert chain.head_seq == 1
