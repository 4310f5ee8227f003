"""``photobooth-kiosk outbox list/retry/drop``: the manager sees failures and acts, without PII."""

from __future__ import annotations

import pytest

from booth.paths import DataLayout
from kiosk.cli import main
from tests.delivery.conftest import open_outbox, queue_visit, rows


def test_list_retry_and_drop(data: DataLayout, capsys: pytest.CaptureFixture[str]) -> None:
    """P7: the list names ids, states and reasons, never an address."""
    first, second = (queue_visit(data, ("email",))[0] for _ in range(2))
    outbox = open_outbox(data)
    outbox.claim_next()
    outbox.mark_failed(first, "The address bounced.")
    assert main(["outbox", "list", "--data-dir", str(data.root)]) == 0
    listed = capsys.readouterr().out
    assert first in listed and "The address bounced." in listed and "ada@" not in listed
    assert main(["outbox", "retry", first, "--data-dir", str(data.root)]) == 0
    assert main(["outbox", "drop", second, "--data-dir", str(data.root)]) == 0
    assert {r["id"]: r["status"] for r in rows(data)} == {first: "queued", second: "dropped"}
    assert main(["outbox", "retry", "nope", "--data-dir", str(data.root)]) == 2
