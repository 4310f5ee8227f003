"""An erasure cut short by a kill is finished at the next start, and audited either way (P5, P7).

Erasure deletes the copies (dry-run message, hosted photo) before the rows. A kill in
between used to leave the person in the records file, un-erased, with no audit entry.
"""

from __future__ import annotations

import pytest

from booth.paths import DataLayout
from booth.records_file import open_outbox, open_records
from booth.settings import Settings
from consent.copies import DryRunCopies
from consent.photos import PhotoStore
from consent.rights import SubjectRights
from tests.consent.helpers import IDENTITY, cli, scalar, visit


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it in the erasure runs."""


class DiesAfterDeleting(DryRunCopies):
    def delete_for_visit(self, visit_id: str, delivery_ids: list[str]) -> int:  # type: ignore[override]
        super().delete_for_visit(visit_id, delivery_ids)
        raise Killed


def erase_until_killed(layout: DataLayout, subject_id: str) -> None:
    database = open_records(layout)
    rights = SubjectRights(
        database,
        PhotoStore(layout.photos, database.vault),
        IDENTITY,
        "manager",
        [DiesAfterDeleting(layout.dry_run_outbox)],
    )
    with pytest.raises(Killed):
        rights.erase(subject_id)
    database.close()


def audit_outcomes(layout: DataLayout, subject_id: str) -> list[str]:
    database = open_records(layout)
    try:
        return [
            row[0]
            for row in database.conn.execute(
                "SELECT outcome FROM audit_log WHERE action = 'records.erase' AND subject_id = ? "
                "ORDER BY seq",
                (subject_id,),
            )
        ]
    finally:
        database.close()


def test_a_person_half_erased_gets_nothing_sent_and_is_erased_at_the_next_start(
    layout: DataLayout,
) -> None:
    """P5: the next start finishes the erasure; P7: both steps are in the audit log."""
    submitted = visit(layout)
    subject_id = str(
        scalar(layout, "SELECT subject_id FROM visits WHERE id = ?", submitted.visit_id)
    )
    erase_until_killed(layout, subject_id)
    assert audit_outcomes(layout, subject_id) == ["begun"]
    assert open_outbox(layout).claim_next() is None, "nothing is sent for a person being erased"

    (layout.root / "settings.json").write_text(Settings().model_dump_json())
    result = cli(layout, "run", "--demo", "--autopilot", "1")
    assert result.returncode == 0, result.stderr
    assert scalar(layout, "SELECT count(*) FROM subjects WHERE id = ?", subject_id) == 0
    assert scalar(layout, "SELECT count(*) FROM visits WHERE id = ?", submitted.visit_id) == 0
    assert not layout.photos.joinpath(submitted.photo_file.name).exists()
    assert audit_outcomes(layout, subject_id) == ["begun", "ok"]
