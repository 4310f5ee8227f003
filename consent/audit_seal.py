"""The audit chain's two ends, authenticated (P7).

Each entry's HMAC covers the one before it, so a removed or altered entry in the
middle breaks the chain. Its ends did not: with only the records file (no key),
someone could delete the last entries and rewind ``sqlite_sequence``, or cut the
first ones and move ``meta.audit_anchor`` forward, and the shorter chain still
verified. So the chain's anchor (where it starts after pruning) and its head (the
latest entry) are kept together in ``meta.audit_seal`` with an HMAC under a key
derived from the records key with a label of its own (``Vault.audit_seal_mac``):
cutting either end no longer matches the seal, and the seal cannot be rewritten
without the key.

The seal only ever moves forward from a seal that is authentic and matches the
chain: an append extends it only if it names the entry being appended to, pruning
moves the anchor only if it names the anchor being moved. Anything else is left as
found, so tampering stays visible to ``audit verify`` instead of being sealed over.

A records file from before the seal has none; it is sealed by its first new entry.
Entries written since carry a format marker in their HMAC (``audit.py``), so a missing
seal on a chain holding any such entry is reported as removed, not taken for an old
file. Removing every entry written since the upgrade, seal and all, still looks like
an old file here; that is what head office's copy of each kiosk's head is for
(``central audit verify``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from consent.crypto import Vault

SEAL_KEY = "audit_seal"
SEAL_FORMAT = "audit-seal/v1"


@dataclass(frozen=True)
class ChainEnds:
    """Entries up to ``anchor_seq`` were pruned, the last of them hashing to ``anchor``;
    the latest entry is ``head_seq`` with hash ``head`` (the anchor again when none is left)."""

    anchor_seq: int
    anchor: str
    head_seq: int
    head: str

    def payload(self) -> bytes:
        fields = [SEAL_FORMAT, self.anchor_seq, self.anchor, self.head_seq, self.head]
        return json.dumps(fields, separators=(",", ":")).encode()


@dataclass(frozen=True)
class StoredSeal:
    ends: ChainEnds | None  # None: the stored value is not even well-formed
    authentic: bool


class AuditSeal:
    """Reads and moves the seal inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection, vault: Vault) -> None:
        self.conn = conn
        self.vault = vault

    def stored(self) -> StoredSeal | None:
        """None when there is no seal at all (a file from before sealing, or a removed seal)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (SEAL_KEY,)).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row[0])
            ends = ChainEnds(
                int(data["anchor_seq"]),
                str(data["anchor"]),
                int(data["head_seq"]),
                str(data["head"]),
            )
            mac = str(data["mac"])
        except (ValueError, KeyError, TypeError):
            return StoredSeal(None, False)
        return StoredSeal(ends, self.vault.audit_seal_mac(ends.payload()) == mac)

    def write(self, ends: ChainEnds) -> None:
        value = {**ends.__dict__, "mac": self.vault.audit_seal_mac(ends.payload())}
        self.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (SEAL_KEY, json.dumps(value, sort_keys=True, separators=(",", ":"))),
        )

    def extend(
        self,
        previous: tuple[int, str],
        head: tuple[int, str],
        first_seal: Callable[[], ChainEnds | None],
    ) -> None:
        """After appending ``head`` to the chain that ended at ``previous``.

        ``first_seal`` gives the ends to seal when there is no seal yet and the file is
        from before sealing (None when the chain shows the seal was removed).
        """
        stored = self.stored()
        if stored is None:
            ends = first_seal()
            if ends is not None:
                self.write(ChainEnds(ends.anchor_seq, ends.anchor, *head))
            return
        if (
            stored.authentic
            and stored.ends
            and (stored.ends.head_seq, stored.ends.head) == previous
        ):
            self.write(ChainEnds(stored.ends.anchor_seq, stored.ends.anchor, *head))

    def move_anchor(self, old_anchor: str, anchor: tuple[int, str]) -> None:
        """After pruning: the chain now starts after ``anchor``."""
        stored = self.stored()
        if stored and stored.authentic and stored.ends and stored.ends.anchor == old_anchor:
            self.write(ChainEnds(*anchor, stored.ends.head_seq, stored.ends.head))

    def problem(self, anchor: str, head: tuple[int, str], marked: bool) -> tuple[str | None, bool]:
        """What is wrong with the chain's ends, if anything, and whether they are sealed.

        ``anchor`` is ``meta.audit_anchor``; ``head`` the last entry's (seq, hash), or the
        anchor's when no entry is left; ``marked``: some entry was written since sealing.
        """
        stored = self.stored()
        if stored is None:
            if marked:
                return "the seal of the chain's ends was removed", False
            return None, False  # a file from before sealing: its first new entry seals it
        if not stored.authentic or stored.ends is None:
            return "the seal of the chain's ends was altered", True
        ends = stored.ends
        if ends.anchor != anchor:
            return "the chain's start was moved: entries before it were removed", True
        if head[0] < ends.head_seq:
            return (
                f"entries after {head[0]} were removed (the sealed head is entry {ends.head_seq})",
                True,
            )
        if head != (ends.head_seq, ends.head):
            return "the chain's head does not match its seal", True
        return None, True
