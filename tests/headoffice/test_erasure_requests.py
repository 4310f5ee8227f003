"""Erasures a kiosk asks for in other stores: head office's policy decides, and audits (P5, P7)."""

from __future__ import annotations

import base64
import json
import uuid
from typing import Any

import psycopg

from headoffice.erasure_review import ErasureReview
from headoffice.office import HeadOffice
from headoffice.office_audit import entries
from tests.support.central import Central
from wire.postgres import connect
from wire.sealing import fleet_hash, seal


def person(central: Central, email: str) -> dict[str, Any]:
    vid = str(uuid.uuid4())
    sealed = seal(central.keys.public, json.dumps({"email": email}).encode(), vid.encode())
    return {
        "id": vid,
        "store_id": "s1",
        "created_at": "2026-11-20T10:00:00Z",
        "email_hash": fleet_hash(central.keys.fleet_key, "email", email),
        "sealed": base64.b64encode(sealed).decode(),
    }


def call(dsn: str, function: str, rows: list[dict[str, Any]]) -> Any:
    with connect(dsn, autocommit=True) as conn:
        row = conn.execute(f"SELECT photobooth.{function}(%s)", (json.dumps(rows),)).fetchone()
    assert row is not None
    return row[0]


def visits_of(central: Central, email_hash: str) -> list[str]:
    with psycopg.connect(central.dsn) as conn:
        rows = conn.execute(
            "SELECT kiosk_id FROM photobooth.visits WHERE email_hash = %s ORDER BY kiosk_id",
            (email_hash,),
        ).fetchall()
    return [r[0] for r in rows]


def pending_at(dsn: str) -> int:
    with connect(dsn, autocommit=True) as conn:
        return len(conn.execute("SELECT * FROM photobooth.pull_erasures()").fetchall())


def both_stores(central: Central, email: str, a_dsn: str, b_dsn: str) -> str:
    at_a, at_b = person(central, email), person(central, email)
    call(a_dsn, "push_visits", [at_a])
    call(b_dsn, "push_visits", [at_b])
    return str(at_a["email_hash"])


def test_p5_an_erasure_at_a_reaches_b_through_a_request_head_office_applies(
    central: Central,
) -> None:
    """The visitor asked at A, who also visited B: applied by the default policy, and audited."""
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    ada = both_stores(central, "ada@example.com", a.dsn, b.dsn)
    request = {"id": str(uuid.uuid4()), "email_hash": ada}
    answer = call(a.dsn, "push_erasures", [request])
    assert answer["erased"] == 1 and answer["requests"] == [
        {"id": request["id"], "status": "applied"}
    ]
    assert visits_of(central, ada) == []
    assert pending_at(b.dsn) == 1 and pending_at(a.dsn) == 0
    (listed,) = HeadOffice(central.dsn, central.keys).requests()
    assert listed["origin"] == a.kiosk_id and listed["status"] == "applied"
    assert listed["decided_by"] == "policy" and listed["kiosks_pending"] == [b.kiosk_id]
    (audited,) = entries(central.dsn)
    assert audited["actor"] == f"kiosk:{a.kiosk_id}" and audited["action"] == "erasure.request"
    assert audited["outcome"] == "applied" and ada not in json.dumps(audited), "no hash in the log"
    assert call(a.dsn, "push_erasures", [request])["replayed"] == 1


def test_p5_p7_erasures_from_one_kiosk_are_rate_limited_then_approved_by_head_office(
    central: Central,
) -> None:
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    review = ErasureReview(central.dsn, "central:officer", central.bucket)
    assert review.set_policy(per_origin_per_day=1).per_origin_per_day == 1
    ada = both_stores(central, "ada@example.com", a.dsn, b.dsn)
    grace = both_stores(central, "grace@example.com", a.dsn, b.dsn)
    first = call(a.dsn, "push_erasures", [{"id": str(uuid.uuid4()), "email_hash": ada}])
    second = call(a.dsn, "push_erasures", [{"id": str(uuid.uuid4()), "email_hash": grace}])
    assert first["requests"][0]["status"] == "applied"
    assert second["erased"] == 1, "A's own copy goes at once whatever the policy"
    assert second["requests"][0]["status"] == "held"
    assert visits_of(central, grace) == [b.kiosk_id], "B keeps Grace until head office decides"
    assert pending_at(b.dsn) == 1, "only Ada's erasure reached B"

    approved = review.approve(second["requests"][0]["id"])
    assert approved["kiosks_pending"] == [b.kiosk_id]
    assert visits_of(central, grace) == [] and pending_at(b.dsn) == 2
    actions = [(e["actor"], e["action"], e["outcome"]) for e in entries(central.dsn)]
    assert actions == [
        ("central:officer", "erasure.policy", "ok"),
        (f"kiosk:{a.kiosk_id}", "erasure.request", "applied"),
        (f"kiosk:{a.kiosk_id}", "erasure.request", "held"),
        ("central:officer", "erasure.approve", "ok"),
    ]


def test_p5_in_review_mode_every_cross_store_erasure_waits_and_can_be_declined(
    central: Central,
) -> None:
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    review = ErasureReview(central.dsn, "central:officer")
    review.set_policy(mode="review")
    ada = both_stores(central, "ada@example.com", a.dsn, b.dsn)
    answer = call(a.dsn, "push_erasures", [{"id": str(uuid.uuid4()), "email_hash": ada}])
    assert answer["requests"][0]["status"] == "held"
    assert visits_of(central, ada) == [b.kiosk_id]
    assert (
        review.decline(answer["requests"][0]["id"], "not the same person")["status"] == "declined"
    )
    assert pending_at(b.dsn) == 0 and visits_of(central, ada) == [b.kiosk_id]
    (listed,) = HeadOffice(central.dsn, central.keys).requests()
    assert listed["status"] == "declined" and listed["reason"] == "not the same person"
