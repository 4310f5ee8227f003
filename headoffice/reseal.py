"""Re-seal what head office holds to the current format (``central keys reseal``).

Values sealed before HPKE (``pbs1``) or by a kiosk that had only head office's X25519
key (``pbs2``) would fall to a future quantum computer that records them today. This
opens each one with head office's private keys and seals it again with the hybrid
ML-KEM-768 + X25519 KEM, bound to the same visit id, in short transactions: a visit row
is rewritten only if it still holds the value that was read (a kiosk may have pushed a
newer one meanwhile), and a run can be stopped and started again at any moment.
Consented photos in the central bucket are re-sealed in place the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wire.bucket import BucketError, CentralBucket
from wire.postgres import connect
from wire.sealing import CURRENT_VERSION, HeadOfficeKeys, is_current, open_sealed, seal

BATCH = 200


@dataclass
class ResealReport:
    visits_resealed: int = 0
    objects_resealed: int = 0
    objects_already_current: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def reseal(
    dsn: str, keys: HeadOfficeKeys, bucket: CentralBucket | None = None, batch: int = BATCH
) -> ResealReport:
    if keys.mlkem is None:
        raise ValueError("re-sealing needs head office's ML-KEM key (HeadOfficeKeys.with_mlkem)")
    report = ResealReport()
    _reseal_visits(dsn, keys, batch, report)
    if bucket is not None:
        _reseal_objects(dsn, keys, bucket, report)
    return report


def _reseal_visits(dsn: str, keys: HeadOfficeKeys, batch: int, report: ResealReport) -> None:
    after = "00000000-0000-0000-0000-000000000000"
    with connect(dsn) as conn:
        while True:
            with conn.transaction():
                rows: list[Any] = conn.execute(
                    "SELECT id::text, sealed FROM photobooth.visits WHERE id > %s::uuid "
                    "AND sealed IS NOT NULL AND substring(sealed FROM 1 FOR 4) <> %s "
                    "ORDER BY id LIMIT %s",
                    (after, CURRENT_VERSION, batch),
                ).fetchall()
                for visit_id, sealed in rows:
                    old = bytes(sealed)
                    fresh = seal(
                        keys.public, open_sealed(keys, old, visit_id.encode()), visit_id.encode()
                    )
                    report.visits_resealed += conn.execute(
                        "UPDATE photobooth.visits SET sealed = %s WHERE id = %s::uuid AND sealed = %s",
                        (fresh, visit_id, old),
                    ).rowcount
            if len(rows) < batch:
                return
            after = rows[-1][0]


def _reseal_objects(
    dsn: str, keys: HeadOfficeKeys, bucket: CentralBucket, report: ResealReport
) -> None:
    """A photo withdrawn while it is being re-sealed must not come back: checked after the put."""
    with connect(dsn) as conn:
        held = conn.execute(
            "SELECT id::text, photo_object FROM photobooth.visits WHERE photo_object IS NOT NULL ORDER BY id"
        ).fetchall()
        for visit_id, key in held:
            try:
                data = bucket.get(str(key))
            except BucketError:
                continue  # taken down meanwhile
            if is_current(data):
                report.objects_already_current += 1
                continue
            opened = open_sealed(keys, data, str(visit_id).encode())
            bucket.put(str(key), seal(keys.public, opened, str(visit_id).encode()))
            still = conn.execute(
                "SELECT 1 FROM photobooth.visits WHERE id = %s::uuid AND photo_object = %s",
                (visit_id, key),
            ).fetchone()
            conn.commit()
            if still is None:
                bucket.delete(str(key))
                continue
            report.objects_resealed += 1
