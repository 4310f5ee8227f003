"""What a kiosk's own login can and cannot do at head office (P5, P7)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
import pytest

from headoffice.admin import remove_kiosk
from headoffice.office import HeadOffice, Subject
from tests.support.central import Central
from wire.postgres import CentralError, connect
from wire.sealing import fleet_hash, seal


def visit(central: Central, email: str, store: str = "s1") -> dict[str, object]:
    vid = str(uuid.uuid4())
    sealed = seal(
        central.keys.public,
        json.dumps({"name": "Ada Lovelace", "email": email}).encode(),
        vid.encode(),
    )
    import base64

    return {
        "id": vid,
        "store_id": store,
        "created_at": "2026-11-20T10:00:00Z",
        "email_hash": fleet_hash(central.keys.fleet_key, "email", email),
        "sealed": base64.b64encode(sealed).decode(),
    }


def test_a_kiosk_reads_no_table_and_cannot_call_admin_functions(central: Central) -> None:
    a = central.add_kiosk("a")
    with connect(a.dsn, autocommit=True) as conn:
        for statement in (
            "SELECT * FROM photobooth.visits",
            "SELECT * FROM photobooth.consent_events",
            "SELECT * FROM photobooth.erasure_requests",
            "SELECT * FROM photobooth.kiosks",
            "DELETE FROM photobooth.visits",
            "SELECT photobooth.record_erasure(gen_random_uuid(), 'x', NULL, NULL, NULL)",
            "CREATE TABLE photobooth.mine (x int)",
            "SET ROLE postgres",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_a_kiosk_pushes_only_as_itself_and_cannot_rewrite_another_kiosks_rows(
    central: Central,
) -> None:
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    row = visit(central, "ada@example.com")
    with connect(b.dsn, autocommit=True) as conn:
        conn.execute("SELECT photobooth.push_visits(%s)", (json.dumps([row]),))
    forged = {**row, "kiosk_id": a.kiosk_id, "email_hash": "forged"}
    with connect(a.dsn, autocommit=True) as conn:
        conn.execute("SELECT photobooth.push_visits(%s)", (json.dumps([forged]),))
    with psycopg.connect(central.dsn) as admin:
        owner, email_hash = admin.execute(
            "SELECT kiosk_id, email_hash FROM photobooth.visits WHERE id = %s", (row["id"],)
        ).fetchone()  # type: ignore[misc]
    assert owner == b.kiosk_id and email_hash == row["email_hash"]


def test_a_kiosk_sees_only_the_erasure_requests_addressed_to_it(central: Central) -> None:
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    with connect(a.dsn, autocommit=True) as conn:
        conn.execute(
            "SELECT photobooth.push_visits(%s)", (json.dumps([visit(central, "ada@example.com")]),)
        )
    office = HeadOffice(central.dsn, central.keys, central.bucket)
    office.erase(Subject.from_input(central.keys, email="ada@example.com"))
    with connect(a.dsn, autocommit=True) as conn:
        assert len(conn.execute("SELECT * FROM photobooth.pull_erasures()").fetchall()) == 1
    with connect(b.dsn, autocommit=True) as conn:
        assert conn.execute("SELECT * FROM photobooth.pull_erasures()").fetchall() == []


def test_a_removed_kiosk_can_no_longer_log_in(central: Central) -> None:
    a = central.add_kiosk("a")
    connect(a.dsn).close()
    remove_kiosk(central.dsn, a.kiosk_id)
    with pytest.raises(CentralError, match="not permitted to log in"):
        connect(a.dsn)


def test_wrong_password_is_a_clear_message_without_the_password(central: Central) -> None:
    a = central.add_kiosk("a")
    bad = a.dsn.replace("password=", "password=x")
    with pytest.raises(CentralError) as caught:
        connect(bad)
    assert "wrong user name or password" in str(caught.value)
    assert "password=" not in str(caught.value)


def call(dsn: str, function: str, rows: list[dict[str, object]]) -> Any:
    with connect(dsn, autocommit=True) as conn:
        answer = conn.execute(f"SELECT photobooth.{function}(%s)", (json.dumps(rows),)).fetchone()
    assert answer is not None
    return answer[0]


def scalar(central: Central, sql: str, *args: object) -> Any:
    with psycopg.connect(central.dsn) as admin:
        row = admin.execute(sql, args).fetchone()
    return row[0] if row else None


def test_p5_p7_a_kiosk_cannot_erase_a_visitor_seen_only_at_another_store(central: Central) -> None:
    """Found in review: A's login erased B's visitor at central, and B erased them on its next sync."""
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    grace = visit(central, "grace@example.com")
    call(b.dsn, "push_visits", [grace])
    attack = {"id": str(uuid.uuid4()), "email_hash": grace["email_hash"]}
    answer = call(a.dsn, "push_erasures", [attack])
    assert answer["erased"] == 0 and answer["objects"] == []
    assert answer["requests"] == [{"id": attack["id"], "status": "held"}]
    assert scalar(central, "SELECT count(*) FROM photobooth.visits WHERE id = %s", grace["id"]) == 1
    with connect(b.dsn, autocommit=True) as conn:
        assert conn.execute("SELECT * FROM photobooth.pull_erasures()").fetchall() == []
    # A held request is no tombstone either: B's next visit of Grace is stored, not refused.
    again = {**visit(central, "grace@example.com"), "email_hash": grace["email_hash"]}
    assert call(b.dsn, "push_visits", [again])["stored"] == 1
    with connect(b.dsn, autocommit=True) as conn:
        assert conn.execute("SELECT * FROM photobooth.pull_erasures()").fetchall() == []
    (request,) = HeadOffice(central.dsn, central.keys).requests()
    assert request["status"] == "held" and request["origin"] == a.kiosk_id
    assert "held no visit" in request["reason"]


def test_p5_a_kiosk_cannot_add_a_withdrawal_to_another_kiosks_visit(central: Central) -> None:
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    grace = visit(central, "grace@example.com")
    photo = f"s1/{grace['id']}.sealed"
    call(b.dsn, "push_visits", [{**grace, "photo_object": photo}])
    forged = {
        "id": str(uuid.uuid4()),
        "visit_id": grace["id"],
        "purpose": "publish_social",
        "event": "withdrawn",
        "at": "2026-11-21T10:00:00Z",
    }
    answer = call(a.dsn, "push_consent_events", [forged])
    assert answer == {"stored": 0, "rejected": 1, "rejected_ids": [forged["id"]]}
    assert scalar(central, "SELECT count(*) FROM photobooth.consent_events") == 0
    assert scalar(central, "SELECT count(*) FROM photobooth.takedowns") == 0
    assert scalar(central, "SELECT photo_object FROM photobooth.visits") == photo
    own = {**forged, "id": str(uuid.uuid4())}
    assert call(b.dsn, "push_consent_events", [own])["stored"] == 1, "B's own withdrawal counts"
    assert scalar(central, "SELECT count(*) FROM photobooth.takedowns") == 1


def test_p7_pushing_another_kiosks_visit_reports_it_rejected_not_stored(central: Central) -> None:
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    grace = visit(central, "grace@example.com")
    assert call(b.dsn, "push_visits", [grace])["stored"] == 1
    answer = call(a.dsn, "push_visits", [{**grace, "email_hash": "forged"}])
    assert answer["stored"] == 0 and answer["rejected"] == 1
    assert answer["rejected_ids"] == [grace["id"]]
    assert call(b.dsn, "push_visits", [grace])["stored"] == 1, "a replay of its own row is written"
    outcome = {
        "id": str(uuid.uuid4()),
        "visit_id": grace["id"],
        "channel": "email",
        "status": "sent",
    }
    assert call(a.dsn, "push_delivery_outcomes", [outcome]) == {"stored": 0, "rejected": 1}
    assert scalar(central, "SELECT count(*) FROM photobooth.delivery_outcomes") == 0


def test_p7_kiosks_cannot_list_role_names(central: Central) -> None:
    a, b = central.add_kiosk("a"), central.add_kiosk("b")
    with psycopg.connect(central.dsn) as admin:
        roles = [r[0] for r in admin.execute("SELECT role_name FROM photobooth.kiosks").fetchall()]
    assert all(a.kiosk_id not in r and b.kiosk_id not in r for r in roles), "names say nothing"
    with connect(a.dsn, autocommit=True) as conn:
        for statement in (
            "SELECT rolname FROM pg_catalog.pg_roles",
            "SELECT usename FROM pg_catalog.pg_user",
            "SELECT groname FROM pg_catalog.pg_group",
            "SELECT member FROM pg_catalog.pg_auth_members",
            "SELECT usename FROM pg_catalog.pg_stat_activity",
            "SELECT rolname FROM pg_catalog.pg_authid",
            "SELECT pg_catalog.pg_get_userbyid(10)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        # PostgreSQL still names any role oid for anyone: what that shows must not say whose.
        names = [
            r[0]
            for r in conn.execute(
                "SELECT i::oid::regrole::text FROM generate_series(16384, "
                "(SELECT max(oid)::int8 + 100000 FROM pg_catalog.pg_class)) AS i "
                "WHERE i::oid::regrole::text !~ '^[0-9]+$'"
            ).fetchall()
        ]
    assert not [n for n in names if b.kiosk_id.lower() in n.lower() or "-b-" in n]
