"""A deterministic pool of fake visitors for the autopilot, the screenshots and the tests.

All of them are fictional: names from a small list, addresses at the
reserved ``example.com``/``example.org`` domains, and US numbers in the
555-01xx block set aside for fiction. The same seed gives the same people, so
two kiosks run with one seed meet some of the same "returning customers".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST = [
    "Ada",
    "Grace",
    "Alan",
    "Edsger",
    "Barbara",
    "Ken",
    "Margaret",
    "Linus",
    "Hedy",
    "Dennis",
    "Radia",
    "Tim",
    "Frances",
    "John",
    "Katherine",
    "Niklaus",
    "Sophie",
    "Guido",
    "Joan",
    "Donald",
]
LAST = [
    "Lovelace",
    "Hopper",
    "Turing",
    "Dijkstra",
    "Liskov",
    "Thompson",
    "Hamilton",
    "Torvalds",
    "Lamarr",
    "Ritchie",
    "Perlman",
    "Lee",
    "Allen",
    "Backus",
    "Johnson",
    "Wirth",
    "Wilson",
    "Rossum",
    "Clarke",
    "Knuth",
]
AREAS = ["201", "312", "415", "617", "212", "303", "512", "206"]


@dataclass(frozen=True)
class FakePerson:
    name: str
    email: str
    phone: str  # E.164

    @property
    def typed_phone(self) -> str:
        """As a visitor in the store's country would type it: national digits only."""
        return self.phone[2:] if self.phone.startswith("+1") else self.phone


def visitors(seed: int, kiosk_id: str, sessions: int, pool_size: int = 60) -> list[FakePerson]:
    """Who walks up to this kiosk, in order: drawn from the seed's pool with a per-kiosk order.

    Two kiosks with the same seed share the pool, so some people visit both, as
    returning customers do; a person may also come back to the same kiosk.
    """
    pool = people(seed, pool_size)
    rng = random.Random(f"{seed}:{kiosk_id}")
    return [pool[rng.randrange(len(pool))] for _ in range(sessions)]


def people(seed: int = 0, count: int = 200) -> list[FakePerson]:
    rng = random.Random(seed)
    pool = []
    for index in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        domain = "example.com" if index % 3 else "example.org"
        pool.append(
            FakePerson(
                name=f"{first} {last}",
                email=f"{first}.{last}{index}@{domain}".lower(),
                phone=f"+1{rng.choice(AREAS)}55501{index % 100:02d}",
            )
        )
    return pool
