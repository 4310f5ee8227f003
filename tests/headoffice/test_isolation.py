"""What a kiosk's own login can and cannot do at head office (P7)."""

from __future__ import annotations

import json
import uuid

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
