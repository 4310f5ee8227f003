"""Each kiosk's audit log, anchored at head office (P7).

A kiosk's audit chain is authenticated with its own records key, so someone who holds
that key and the file could write a shorter or different chain that verifies locally.
Each sync therefore reports the kiosk's latest head (sequence number and entry hash),
and head office keeps every head it was told. ``central audit verify`` reads that
history: a head lower than one seen before means entries were removed (or an old copy
of the file was put back); the same sequence number with a different hash means the
chain was rewritten from that point (a fork).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from psycopg.rows import dict_row

from wire.postgres import connect


@dataclass
class KioskChain:
    kiosk_id: str
    head_seq: int | None = None
    head_hash: str | None = None
    reported_at: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "kiosk_id": self.kiosk_id,
            "ok": self.ok,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "reported_at": self.reported_at,
            "problems": self.problems,
        }


def judge(kiosk_id: str, heads: Iterable[tuple[int, str, datetime]]) -> KioskChain:
    """Walk one kiosk's reported heads in the order they arrived."""
    chain = KioskChain(kiosk_id)
    seen: dict[int, str] = {}
    highest = -1
    for seq, digest, at in heads:
        if seq < highest:
            chain.problems.append(
                f"went backwards at {at.isoformat()}: head {seq} after head {highest} "
                "(entries removed, or an older copy of the records file)"
            )
        if seq in seen and seen[seq] != digest:
            chain.problems.append(
                f"forked at {at.isoformat()}: entry {seq} reported with a different hash than before"
            )
        seen.setdefault(seq, digest)
        highest = max(highest, seq)
        chain.head_seq, chain.head_hash, chain.reported_at = seq, digest, at.isoformat()
    return chain


def verify_fleet(dsn: str) -> list[KioskChain]:
    """Every kiosk with the verdict on the heads it reported (none yet: nothing to judge)."""
    with connect(dsn, row_factory=dict_row) as conn:
        kiosks = [
            r["kiosk_id"]
            for r in conn.execute(
                "SELECT kiosk_id FROM photobooth.kiosks ORDER BY kiosk_id"
            ).fetchall()
        ]
        rows = conn.execute(
            "SELECT kiosk_id, seq, hash, received_at FROM photobooth.audit_heads ORDER BY kiosk_id, id"
        ).fetchall()
    by_kiosk: dict[str, list[tuple[int, str, datetime]]] = {k: [] for k in kiosks}
    for row in rows:
        by_kiosk.setdefault(row["kiosk_id"], []).append(
            (int(row["seq"]), str(row["hash"]), row["received_at"])
        )
    return [judge(kiosk, heads) for kiosk, heads in by_kiosk.items()]
