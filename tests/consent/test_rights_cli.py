"""Each data-subject right, end to end from the command line (P3, P5, P7)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from booth.paths import DataLayout
from booth.records_file import open_outbox, open_records
from consent.records import visit_contact
from delivery.dry_run import DryRunEmailSender, DryRunSmsSender
from delivery.messages import StoreVoice
from delivery.worker import OutboxWorker
from tests.consent.helpers import (
    JPEG,
    cli,
    files_under,
    find_secrets,
    scalar,
    visit,
)

ADA = ("Ada Lovelace", "Ada.Lovelace@Example.com", "+12015550123")
GRACE = ("Grace Hopper", "grace@example.org", "+12015550188")


def send_all(layout: DataLayout) -> None:
    """Run the real outbox with dry-run senders: copies land in dry-run-outbox/."""
    voice = StoreVoice("Test Store", "privacy@test.example")
    worker = OutboxWorker(
        open_outbox=lambda: open_outbox(layout),
        senders={
            "email": DryRunEmailSender(layout.dry_run_outbox, voice, "photos@test.example"),
            "sms": DryRunSmsSender(layout.dry_run_outbox, voice, "+15005550006"),
        },
    )
    while worker.process_one():
        pass
    worker.outbox().database.close()


def test_find_by_email_or_phone_as_typed_in_any_case_or_format(layout: DataLayout) -> None:
    """P5 access: the manager finds a person by the address or number they gave."""
    first = visit(layout, *ADA, publish=True)
    second = visit(layout, "Ada L.", None, "+12015550123")  # came back, phone only
    visit(layout, *GRACE)
    by_email = cli(layout, "records", "find", "--email", "ada.lovelace@example.COM", "--json")
    assert by_email.returncode == 0, by_email.stderr
    (doc,) = json.loads(by_email.stdout)
    assert {v["id"] for v in doc["visits"]} == {first.visit_id, second.visit_id}
    assert doc["visits"][0]["email"] == "Ada.Lovelace@Example.com"
    by_phone = cli(layout, "records", "find", "--phone", "(201) 555-0123")
    assert by_phone.returncode == 0 and doc["subject"]["id"] in by_phone.stdout
    assert "Ada Lovelace" in by_phone.stdout and "Grace" not in by_phone.stdout


def test_export_is_a_zip_of_documented_json_and_the_photos(
    layout: DataLayout, tmp_path: Path
) -> None:
    """P5 portability: structured, machine-readable JSON plus the photo files, decrypted."""
    submitted = visit(layout, *ADA, publish=True)
    out = tmp_path / "out"
    out.mkdir()
    result = cli(layout, "records", "export", "--email", ADA[1], "--out", str(out))
    assert result.returncode == 0, result.stderr
    (archive,) = out.glob("subject-*.zip")
    with zipfile.ZipFile(archive) as z:
        document = json.loads(z.read("subject.json"))
        assert z.read(f"photos/{submitted.visit_id}.jpg") == JPEG
    assert document["schema"] == "photobooth-kiosk/subject-export"
    assert document["schema_version"] == 1
    assert set(document) == {
        "schema",
        "schema_version",
        "generated_at",
        "controller",
        "subject",
        "visits",
        "requests",
    }
    (v,) = document["visits"]
    assert (v["name"], v["email"], v["phone"]) == ADA
    publish = next(c for c in v["consents"] if c["purpose"] == "publish_social")
    assert publish["state"] == "active" and publish["given"] is True
    # P3: the fields a consent record standard asks for
    assert {
        "record_id",
        "subject_id",
        "purpose",
        "legal_basis",
        "notice",
        "wording",
        "method",
        "timestamp",
        "store_id",
        "kiosk_id",
        "jurisdiction",
        "withdrawn_at",
        "withdrawal_channel",
        "events",
    } <= set(publish)
    assert set(publish["notice"]) == {"id", "version", "sha256", "language"}
    assert publish["subject_id"] == document["subject"]["id"]
    assert [e["event"] for e in publish["events"]] == ["given"]
    assert archive.stat().st_mode & 0o077 == 0, "the export holds personal data: owner only"


def test_rectify_corrects_the_data_and_the_lookup(layout: DataLayout) -> None:
    """P5 rectification: a corrected email is found under its new value only."""
    submitted = visit(layout, *ADA)
    result = cli(
        layout,
        "records",
        "rectify",
        "--email",
        ADA[1],
        "--new-name",
        "Augusta Ada King",
        "--new-email",
        "ada@lovelace.example",
    )
    assert result.returncode == 0, result.stderr
    contact = visit_contact(open_records(layout), submitted.visit_id)
    assert contact.name == "Augusta Ada King" and contact.email == "ada@lovelace.example"
    assert cli(layout, "records", "find", "--email", ADA[1]).returncode == 2
    assert cli(layout, "records", "find", "--email", "ADA@lovelace.example").returncode == 0


def test_erasure_reaches_every_copy_and_leaves_no_plaintext(layout: DataLayout) -> None:
    """P5 erasure, P7: after erase, a byte scan of the records file, its WAL and SHM, the
    photos, the dry-run outbox and the logs finds no name, email or phone (UTF-8, UTF-16)."""
    ada = visit(layout, *ADA, publish=True)
    grace = visit(layout, *GRACE)
    send_all(layout)
    assert len(list(layout.dry_run_outbox.iterdir())) >= 3, "copies exist before erasure"
    assert cli(layout, "records", "find", "--email", ADA[1]).returncode == 0  # also writes a log
    # Keep a reader open, as the running kiosk would, so the WAL is in use during erasure.
    reader = sqlite3.connect(layout.database)
    reader.execute("SELECT count(*) FROM visits").fetchone()

    result = cli(layout, "records", "erase", "--email", ADA[1], "--yes")
    assert result.returncode == 0, result.stderr
    reader.close()

    assert scalar(layout, "SELECT count(*) FROM visits WHERE id = ?", ada.visit_id) == 0
    for table in ("consents", "deliveries"):
        assert scalar(layout, f"SELECT count(*) FROM {table} WHERE visit_id = ?", ada.visit_id) == 0
    assert not ada.photo_file.exists()
    assert grace.photo_file.exists(), "nobody else was touched"
    assert scalar(layout, "SELECT count(*) FROM tombstones WHERE kind = 'email'") == 1
    assert cli(layout, "records", "find", "--phone", ADA[2]).returncode == 2

    secrets = [ADA[0], "Lovelace", ADA[1], ADA[1].lower(), ADA[2], "2015550123"]
    db = layout.database
    paths = files_under(
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        layout.photos,
        layout.dry_run_outbox,
        layout.logs,
    )
    assert db in paths and layout.logs / "kiosk.log" in paths
    assert find_secrets(paths, secrets) == []
    # ...and the scan would have found Grace, who was not erased (the test can fail).
    assert find_secrets(files_under(layout.dry_run_outbox), [GRACE[1]]) != []


def test_erase_asks_first_and_a_no_changes_nothing(layout: DataLayout) -> None:
    """P5: erasure is deliberate: without --yes it asks, and only 'erase' goes ahead."""
    submitted = visit(layout, *ADA)
    refused = cli(layout, "records", "erase", "--email", ADA[1], stdin="no\n")
    assert refused.returncode == 2 and "nothing was erased" in refused.stderr
    assert submitted.photo_file.exists()
    confirmed = cli(layout, "records", "erase", "--email", ADA[1], stdin="erase\n")
    assert confirmed.returncode == 0 and not submitted.photo_file.exists()


def test_restrict_stops_sending_and_publishing_until_lifted(
    layout: DataLayout, tmp_path: Path
) -> None:
    """P5 restriction: no send, no publish while restricted; lifting puts deliveries back."""
    submitted = visit(layout, *ADA, publish=True)
    assert cli(layout, "records", "restrict", "--email", ADA[1]).returncode == 0
    outbox = open_outbox(layout)
    assert outbox.claim_next() is None, "a restricted person's photo is not sent"
    out = tmp_path / "social"
    out.mkdir()
    assert cli(layout, "records", "export-consented", "--out", str(out)).returncode == 0
    (package,) = out.iterdir()
    assert json.loads((package / "manifest.json").read_text())["photos"] == []
    assert cli(layout, "records", "restrict", "--email", ADA[1], "--lift").returncode == 0
    job = outbox.claim_next()
    assert job is not None and job.visit_id == submitted.visit_id and job.photo_jpeg == JPEG


def test_withdrawn_consent_is_in_the_next_take_down_list(
    layout: DataLayout, tmp_path: Path
) -> None:
    """P3: withdrawing is one command, and the social team is told to take the photo down."""
    ada = visit(layout, *ADA, publish=True)
    grace = visit(layout, *GRACE, publish=True)
    visit(layout, "Alan Turing", "alan@example.com", publish=False)
    out = tmp_path / "social"
    out.mkdir()

    def package() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        result = cli(layout, "records", "export-consented", "--out", str(out))
        assert result.returncode == 0, result.stderr
        latest = sorted(out.iterdir())[-1]
        manifest = json.loads((latest / "manifest.json").read_text())
        takedown = json.loads((latest / "takedown.json").read_text())
        for entry in manifest["photos"]:
            assert (latest / entry["file"]).read_bytes() == JPEG
        assert "Lovelace" not in (latest / "manifest.json").read_text(), "P8: no names"
        return manifest["photos"], takedown["takedown"]

    photos, takedown = package()
    assert {p["visit_id"] for p in photos} == {ada.visit_id, grace.visit_id} and takedown == []
    withdrawn = cli(layout, "consent", "withdraw", "--email", ADA[1], "--purpose", "publish_social")
    assert withdrawn.returncode == 0, withdrawn.stderr
    assert cli(layout, "records", "erase", "--email", GRACE[1], "--yes").returncode == 0
    photos, takedown = package()
    assert photos == []
    assert {(t["visit_id"], t["reason"]) for t in takedown} == {
        (ada.visit_id, "withdrawn"),
        (grace.visit_id, "erased"),
    }
    assert package() == ([], []), "each take-down is listed once"
    refused = cli(layout, "consent", "withdraw", "--email", ADA[1], "--purpose", "delivery")
    assert refused.returncode == 2 and "does not rest on consent" in refused.stderr


def test_legal_hold_blocks_erasure_until_released(layout: DataLayout) -> None:
    """P4/P5: a legal hold suspends deletion of one person's records."""
    submitted = visit(layout, *ADA)
    assert (
        cli(layout, "records", "hold", "--email", ADA[1], "--reason", "case 2027-14").returncode
        == 0
    )
    blocked = cli(layout, "records", "erase", "--email", ADA[1], "--yes")
    assert blocked.returncode == 2 and "legal hold" in blocked.stderr
    assert submitted.photo_file.exists()
    assert cli(layout, "records", "release", "--email", ADA[1]).returncode == 0
    assert cli(layout, "records", "erase", "--email", ADA[1], "--yes").returncode == 0


def test_user_mistakes_get_one_clear_line_and_a_nonzero_exit(
    layout: DataLayout, tmp_path: Path
) -> None:
    """P5: unknown person, ambiguous input, a missing folder: a message, never a traceback."""
    visit(layout, *ADA)
    other = visit(layout, *GRACE)
    unknown = cli(layout, "records", "find", "--email", "nobody@example.com")
    assert unknown.returncode == 2 and "no records found" in unknown.stderr
    missing = cli(layout, "records", "export", "--email", ADA[1], "--out", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    both = cli(layout, "records", "find", "--email", ADA[1], "--phone", ADA[2])
    assert both.returncode == 2 and "not allowed with" in both.stderr
    bad_phone = cli(layout, "records", "find", "--phone", "hello")
    assert bad_phone.returncode == 2 and "not a phone number" in bad_phone.stderr
    # Two people behind one address: Grace's record is corrected to Ada's email by mistake.
    cli(
        layout,
        "records",
        "rectify",
        "--subject",
        str(scalar(layout, "SELECT subject_id FROM visits WHERE id = ?", other.visit_id)),
        "--new-email",
        ADA[1],
    )
    ambiguous = cli(layout, "records", "erase", "--email", ADA[1], "--yes")
    assert ambiguous.returncode == 2 and "matches 2 people" in ambiguous.stderr
    no_records = cli(DataLayout(tmp_path / "empty"), "records", "find", "--email", ADA[1])
    assert no_records.returncode == 2 and "no records file" in no_records.stderr


def test_every_request_is_in_a_tamper_evident_audit_log(layout: DataLayout) -> None:
    """P7: every rights command is audited (no personal data); a removed or altered entry
    fails `audit verify`."""
    visit(layout, *ADA, publish=True)
    for args in (
        ("records", "find", "--email", ADA[1]),
        ("records", "find", "--email", "nobody@example.com"),
        ("consent", "withdraw", "--email", ADA[1], "--purpose", "publish_social"),
        ("records", "restrict", "--email", ADA[1]),
        ("report",),
    ):
        cli(layout, *args)
    listing = cli(layout, "audit", "list")
    actions = [line.split()[3] for line in listing.stdout.splitlines()]
    assert actions == [
        "records.find",
        "records.find",
        "consent.withdraw",
        "records.restrict",
        "report",
    ]
    assert "not_found" in listing.stdout
    for secret in ("Lovelace", "ada.lovelace", "nobody@example.com", "5550123"):
        assert secret.lower() not in listing.stdout.lower()
    ok = cli(layout, "audit", "verify")
    assert ok.returncode == 0 and "intact: 6 entries" in ok.stdout

    conn = sqlite3.connect(layout.database)
    try:
        try:
            conn.execute("UPDATE audit_log SET outcome = 'ok' WHERE seq = 2")
            raise AssertionError("the audit log accepted an update")
        except sqlite3.IntegrityError as exc:
            assert "append-only" in str(exc)
        # Someone with the file and a SQLite shell: drop the guard and alter an entry.
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit_log SET outcome = 'ok' WHERE seq = 2")
        conn.commit()
    finally:
        conn.close()
    altered = cli(layout, "audit", "verify")
    assert altered.returncode == 3 and "entry 2 was altered" in altered.stderr


def test_removing_an_audit_entry_is_detected(layout: DataLayout) -> None:
    """P7: deleting an entry from the middle or the end of the chain is found."""
    visit(layout, *ADA)
    for _ in range(3):
        cli(layout, "report")
    conn = sqlite3.connect(layout.database)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 2")
    conn.commit()
    conn.close()
    middle = cli(layout, "audit", "verify")
    assert middle.returncode == 3 and "entry 3" in middle.stderr


def test_report_is_counts_only(layout: DataLayout) -> None:
    """P7: the report carries no personal data and no ids."""
    submitted = visit(layout, *ADA, publish=True)
    result = cli(layout, "report")
    assert result.returncode == 0
    figures = json.loads(result.stdout)
    assert figures["visits"] == 1 and figures["consents"]["publish_social"] == {"given": 1}
    for secret in ("Ada", "example.com", "5550123", submitted.visit_id):
        assert secret not in result.stdout
