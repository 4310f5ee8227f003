"""The audit chain's ends are sealed: cutting entries from either end is found (P7).

Found in review (#15): with only the records file (no key), turning on
``meta.audit_pruning``, deleting the last 10 entries and rewinding ``sqlite_sequence``
left ``audit verify`` reporting intact; so did cutting the first 10 and moving the
unauthenticated anchor. Each tampering below is done the same way, with a plain SQLite
connection and no key.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.audit import FIELDS, AuditLog, _payload
from consent.retention import months_before
from tests.consent.helpers import cli

T0 = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)


def log_with(layout: DataLayout, entries: int, start: datetime = T0) -> None:
    database = open_records(layout)
    try:
        audit = AuditLog(database)
        for i in range(entries):
            audit.append("report", actor="test", now=start + timedelta(hours=i))
    finally:
        database.close()


def tamper(layout: DataLayout, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Someone with the file and a SQLite shell, but not the key."""
    conn = sqlite3.connect(layout.database)
    try:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_pruning', '1')")
        for sql, args in statements:
            conn.execute(sql, args)
        conn.execute("DELETE FROM meta WHERE key = 'audit_pruning'")
        conn.commit()
    finally:
        conn.close()


def verify(layout: DataLayout) -> tuple[bool, str | None]:
    database = open_records(layout)
    try:
        result = AuditLog(database).verify()
        return result.ok, result.problem
    finally:
        database.close()


CUT_THE_TAIL = (
    ("DELETE FROM audit_log WHERE seq > 20", ()),
    ("UPDATE sqlite_sequence SET seq = 20 WHERE name = 'audit_log'", ()),
)
CUT_THE_START = (
    (
        "UPDATE meta SET value = (SELECT hash FROM audit_log WHERE seq = 10) "
        "WHERE key = 'audit_anchor'",
        (),
    ),
    ("DELETE FROM audit_log WHERE seq <= 10", ()),
)


def test_p7_deleting_the_last_entries_and_rewinding_the_sequence_is_detected(
    layout: DataLayout,
) -> None:
    log_with(layout, 30)
    assert verify(layout) == (True, None)
    tamper(layout, *CUT_THE_TAIL)
    ok, problem = verify(layout)
    assert not ok and problem == "entries after 20 were removed (the sealed head is entry 30)"
    result = cli(layout, "audit", "verify")
    assert result.returncode == 3 and "entries after 20 were removed" in result.stderr


def test_p7_cutting_the_first_entries_and_moving_the_anchor_is_detected(
    layout: DataLayout,
) -> None:
    log_with(layout, 30)
    conn = sqlite3.connect(layout.database)
    anchor = conn.execute("SELECT hash FROM audit_log WHERE seq = 10").fetchone()[0]
    conn.close()
    tamper(
        layout,
        ("DELETE FROM audit_log WHERE seq <= 10", ()),
        ("UPDATE meta SET value = ? WHERE key = 'audit_anchor'", (anchor,)),
    )
    ok, problem = verify(layout)
    assert not ok and problem is not None and "start was moved" in problem
    assert cli(layout, "audit", "verify").returncode == 3


@pytest.mark.parametrize("attack", [CUT_THE_TAIL, CUT_THE_START], ids=["tail", "start"])
def test_p7_removing_the_seal_as_well_is_detected(
    layout: DataLayout, attack: tuple[tuple[str, tuple[object, ...]], ...]
) -> None:
    log_with(layout, 30)
    tamper(layout, *attack, ("DELETE FROM meta WHERE key = 'audit_seal'", ()))
    assert verify(layout) == (False, "the seal of the chain's ends was removed")


def test_p7_a_forged_seal_is_detected_and_not_sealed_over_by_the_next_entry(
    layout: DataLayout,
) -> None:
    log_with(layout, 30)
    conn = sqlite3.connect(layout.database)
    seal = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'audit_seal'").fetchone()[0])
    conn.close()
    forged = json.dumps({**seal, "head_seq": 20, "head": "0" * 64})
    tamper(layout, *CUT_THE_TAIL, ("UPDATE meta SET value = ? WHERE key = 'audit_seal'", (forged,)))
    assert verify(layout) == (False, "the seal of the chain's ends was altered")
    log_with(layout, 1, T0 + timedelta(days=5))  # the kiosk goes on auditing
    assert not verify(layout)[0], "still caught after a new entry"

    other = DataLayout(layout.root.parent / "other").create()
    log_with(other, 30)
    tamper(other, *CUT_THE_TAIL)
    log_with(other, 1, T0 + timedelta(days=5))
    assert not verify(other)[0], "a new entry does not seal a cut tail over"


def test_p7_pruning_moves_the_sealed_anchor_and_the_chain_still_verifies(
    layout: DataLayout,
) -> None:
    log_with(layout, 3)
    database = open_records(layout)
    try:
        audit = AuditLog(database)
        cutoff = months_before(T0 + timedelta(days=1), 0).isoformat()
        with database.transaction():
            assert audit.prune_before(cutoff) >= 1
        audit.append("retention.sweep", actor="test")
        result = audit.verify()
        assert result.ok and result.sealed, result.problem
        assert audit.head()[0] == 4
    finally:
        database.close()


def old_entries(layout: DataLayout, count: int) -> None:
    """Entries as a kiosk wrote them before the ends were sealed: unmarked HMAC, no seal."""
    database = open_records(layout)
    try:
        prev = "genesis"
        with database.transaction():
            for i in range(count):
                values = {
                    "id": str(uuid.uuid4()),
                    "created_at": (T0 + timedelta(hours=i)).isoformat(),
                    "actor": "cli:old",
                    "action": "report",
                    "outcome": "ok",
                    "subject_id": None,
                    "details": "{}",
                    "prev_hash": prev,
                }
                digest = database.vault.audit_mac(_payload(values, marked=False))
                database.conn.execute(
                    f"INSERT INTO audit_log ({', '.join(FIELDS)}, hash) "
                    f"VALUES ({', '.join('?' * len(FIELDS))}, ?)",
                    (*(values[f] for f in FIELDS), digest),
                )
                prev = digest
    finally:
        database.close()


def test_p7_a_log_from_before_sealing_verifies_and_is_sealed_by_its_next_entry(
    layout: DataLayout,
) -> None:
    old_entries(layout, 30)
    database = open_records(layout)
    try:
        before = AuditLog(database).verify()
        assert before.ok and not before.sealed
    finally:
        database.close()
    result = cli(layout, "audit", "verify")
    assert result.returncode == 0 and "sealed" in result.stdout
    database = open_records(layout)
    try:
        after = AuditLog(database).verify()
        assert after.ok and after.sealed and after.entries == 31
    finally:
        database.close()
    log_with(layout, 10, T0 + timedelta(days=5))
    tamper(
        layout,
        ("DELETE FROM audit_log WHERE seq > 35", ()),
        ("UPDATE sqlite_sequence SET seq = 35 WHERE name = 'audit_log'", ()),
        ("DELETE FROM meta WHERE key = 'audit_seal'", ()),
    )
    assert verify(layout) == (False, "the seal of the chain's ends was removed")


def test_the_chain_head_is_what_sync_reports_to_head_office(layout: DataLayout) -> None:
    log_with(layout, 2)
    database = open_records(layout)
    try:
        last = database.conn.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        assert AuditLog(database).head() == tuple(last)
    finally:
        database.close()
