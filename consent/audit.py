"""The audit log: who exported, erased, withdrew, restricted or looked up what, and when (P7).

Entries are append-only (SQLite triggers refuse UPDATE and DELETE, except
the retention sweep's pruning of entries past their retention) and
hash-chained: each entry's ``hash`` is an HMAC, under a key derived from the
records key, over its own fields and the previous entry's hash. Removing or
altering an entry breaks the chain at that point, and someone holding only
the records file cannot forge a new chain. The chain's two ends (its anchor and
its latest entry) are sealed too (:mod:`consent.audit_seal`), so cutting entries
from either end is found as well. :meth:`AuditLog.verify` walks it.

Entries never hold personal data: a pseudonymous subject id, counts, purposes,
file names made of ids. Not what was typed to find someone.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from consent.audit_seal import AuditSeal, ChainEnds
from consent.clock import iso, utcnow
from consent.database import Database

GENESIS = "genesis"
FIELDS = ("id", "created_at", "actor", "action", "outcome", "subject_id", "details", "prev_hash")
SEALED_MARK = "sealed-ends"  # in the HMAC of every entry written since the ends are sealed


def default_actor(channel: str = "cli") -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (a container): say so rather than guess
        user = "unknown"
    return f"{channel}:{user}"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    id: str
    created_at: str
    actor: str
    action: str
    outcome: str
    subject_id: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    head: str
    problem: str | None = None
    sealed: bool = True  # False: a file from before sealing, not yet given a new entry


def _payload(values: Mapping[str, Any], marked: bool = True) -> bytes:
    """``marked``: written since sealing; an older entry's HMAC has no mark."""
    fields = [values[f] for f in FIELDS] + ([SEALED_MARK] if marked else [])
    return json.dumps(fields, separators=(",", ":")).encode()


class AuditLog:
    def __init__(self, database: Database) -> None:
        self.database = database

    def append(
        self,
        action: str,
        *,
        actor: str,
        outcome: str = "ok",
        subject_id: str | None = None,
        details: Mapping[str, Any] | None = None,
        now: datetime | None = None,
    ) -> str:
        """Append one entry in its own transaction; returns its id."""
        with self.database.transaction():
            return self.append_in_transaction(
                action,
                actor=actor,
                outcome=outcome,
                subject_id=subject_id,
                details=details,
                now=now,
            )

    def append_in_transaction(
        self,
        action: str,
        *,
        actor: str,
        outcome: str = "ok",
        subject_id: str | None = None,
        details: Mapping[str, Any] | None = None,
        now: datetime | None = None,
    ) -> str:
        """Append inside the caller's ``BEGIN IMMEDIATE``: the entry commits with the change."""
        conn = self.database.conn
        assert conn.in_transaction, "audit entries are appended inside a write transaction"
        previous = self._head_entry(conn)
        prev = previous[1]
        values: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "created_at": iso(now or utcnow()),
            "actor": actor,
            "action": action,
            "outcome": outcome,
            "subject_id": subject_id,
            "details": json.dumps(dict(details or {}), sort_keys=True, separators=(",", ":")),
            "prev_hash": prev,
        }
        values["hash"] = self.database.vault.audit_mac(_payload(values))
        seq = conn.execute(
            "INSERT INTO audit_log (id, created_at, actor, action, outcome, subject_id, details, "
            "prev_hash, hash) VALUES (:id, :created_at, :actor, :action, :outcome, :subject_id, "
            ":details, :prev_hash, :hash)",
            values,
        ).lastrowid
        assert seq is not None
        AuditSeal(conn, self.database.vault).extend(
            previous, (seq, values["hash"]), lambda: self._first_seal(conn, seq)
        )
        return str(values["id"])

    def head(self) -> tuple[int, str]:
        """The latest entry's (seq, hash), or the anchor's when none is left: what head office keeps."""
        return self._head_entry(self.database.conn)

    @staticmethod
    def _anchor(conn: sqlite3.Connection) -> str:
        anchor = conn.execute("SELECT value FROM meta WHERE key = 'audit_anchor'").fetchone()
        return str(anchor[0]) if anchor else GENESIS

    @classmethod
    def _head_entry(cls, conn: sqlite3.Connection) -> tuple[int, str]:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        if row:
            return int(row[0]), str(row[1])
        issued = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
        return (int(issued[0]) if issued else 0), cls._anchor(conn)

    def _first_seal(self, conn: sqlite3.Connection, before: int) -> ChainEnds | None:
        """The ends to seal a file from before sealing with; None if it already had a seal."""
        vault = self.database.vault
        first = None
        for row in conn.execute(
            f"SELECT seq, {', '.join(FIELDS)}, hash FROM audit_log WHERE seq < ? ORDER BY seq",
            (before,),
        ):
            first = row[0] if first is None else first
            if vault.audit_mac(_payload(dict(zip(FIELDS, row[1:9], strict=True)))) == row[9]:
                return None  # an entry written since sealing: the seal was removed
        anchor_seq = first - 1 if first is not None else before - 1
        return ChainEnds(anchor_seq, self._anchor(conn), anchor_seq, self._anchor(conn))

    def entries(
        self, *, subject_id: str | None = None, limit: int | None = None, since: str | None = None
    ) -> list[AuditEntry]:
        sql = "SELECT seq, id, created_at, actor, action, outcome, subject_id, details, prev_hash, hash FROM audit_log"
        where, args = [], []
        if subject_id:
            where.append("subject_id = ?")
            args.append(subject_id)
        if since:
            where.append("created_at >= ?")
            args.append(since)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        rows = self.database.conn.execute(sql, args).fetchall()
        return [
            AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9])
            for r in reversed(rows)
        ]

    def verify(self) -> Verification:
        """Walk the chain from the anchor; the first break names the entry where it happened."""
        conn = self.database.conn
        anchor_row = conn.execute("SELECT value FROM meta WHERE key = 'audit_anchor'").fetchone()
        expected_prev = str(anchor_row[0]) if anchor_row else GENESIS
        count = 0
        last_seq = 0
        cursor = conn.execute(
            "SELECT seq, id, created_at, actor, action, outcome, subject_id, details, prev_hash, hash "
            "FROM audit_log ORDER BY seq"
        )
        vault = self.database.vault
        marked = False
        for row in cursor:
            seq = row[0]
            values = dict(zip(FIELDS, row[1:9], strict=True))
            if row[8] != expected_prev:
                return Verification(
                    False,
                    count,
                    expected_prev,
                    f"entry {seq}: the entry before it was removed or altered",
                )
            if vault.audit_mac(_payload(values)) == row[9]:
                marked = True
            elif vault.audit_mac(_payload(values, marked=False)) != row[9]:
                return Verification(False, count, expected_prev, f"entry {seq} was altered")
            expected_prev = row[9]
            last_seq = seq
            count += 1
        issued = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
        if issued and int(issued[0]) != last_seq:
            return Verification(
                False, count, expected_prev, f"entries after {last_seq} were removed"
            )
        head = (last_seq, expected_prev) if count else self._head_entry(conn)
        problem, sealed = AuditSeal(conn, vault).problem(self._anchor(conn), head, marked)
        return Verification(problem is None, count, expected_prev, problem, sealed)

    def prune_before(self, cutoff: str, now: datetime | None = None) -> int:
        """Remove entries older than ``cutoff`` (retention), moving the chain's anchor forward.

        The caller holds the transaction; the pruning itself is recorded as a new entry.
        """
        conn = self.database.conn
        assert conn.in_transaction
        row = conn.execute(
            "SELECT max(seq), count(*) FROM audit_log WHERE created_at < ?", (cutoff,)
        ).fetchone()
        last_seq, count = row
        if not count:
            return 0
        last_hash = conn.execute(
            "SELECT hash FROM audit_log WHERE seq = ?", (last_seq,)
        ).fetchone()[0]
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_pruning', '1')")
        conn.execute("DELETE FROM audit_log WHERE seq <= ?", (last_seq,))
        conn.execute("DELETE FROM meta WHERE key = 'audit_pruning'")
        old_anchor = self._anchor(conn)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_anchor'", (last_hash,))
        AuditSeal(conn, self.database.vault).move_anchor(
            old_anchor, (int(last_seq), str(last_hash))
        )
        return int(count)
