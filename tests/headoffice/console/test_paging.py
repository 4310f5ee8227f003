"""The enroll/revoke list and the request log come a page at a time, and the page links
keep the filter (issue #19): what IT and the privacy officer see with a real fleet."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

import psycopg
from django.test import Client

from headoffice.console.paging import PER_PAGE
from tests.headoffice.console.conftest import Account, ConsoleDb
from tests.headoffice.console.test_console_access import sign_in


def _walk(client: Client, path: str, query: dict[str, str], pattern: str) -> list[list[str]]:
    """Every page from the first, following the "Next" link as a person would: the
    matches of ``pattern`` on each."""
    pages = []
    html = client.get(path, query).content.decode()
    while True:
        pages.append(re.findall(pattern, html))
        found = re.search(r'<a rel="next" href="([^"]+)"', html)
        if not found:
            return pages
        link = found.group(1).replace("&amp;", "&")
        for key, value in query.items():
            assert f"{key}={value}" in link, "the page link keeps the filter"
        html = client.get(path + link).content.decode()


def test_the_kiosk_list_is_paged_and_keeps_its_filter(
    console_db: ConsoleDb, make_account: Callable[[str], Account]
) -> None:
    prefix = f"pg{uuid.uuid4().hex[:6]}"
    many = PER_PAGE + 5
    with psycopg.connect(console_db.dsn) as conn:
        conn.execute(
            "INSERT INTO photobooth.kiosks (kiosk_id, role_name) SELECT %s || '-' || "
            "lpad(n::text, 3, '0'), 'pbk_' || %s || n FROM generate_series(1, %s) n",
            (prefix, prefix, many),
        )
    client = sign_in(make_account("it"))
    first = client.get("/it/kiosks/", {"q": prefix}).content.decode()
    assert f"{many} kiosks" in first and "Page 1 of 2" in first
    pages = _walk(client, "/it/kiosks/", {"q": prefix}, rf'<th scope="row">({prefix}-\d+)</th>')
    assert [len(p) for p in pages] == [PER_PAGE, 5]
    seen = [k for page in pages for k in page]
    assert sorted(seen) == [f"{prefix}-{n:03d}" for n in range(1, many + 1)]

    last = f"{prefix}-{many:03d}"
    revoked = client.post("/it/kiosks/revoke/", {"kiosk_id": last, "q": prefix, "page": "2"})
    assert revoked.status_code == 302
    assert revoked["Location"] == f"/it/kiosks/?q={prefix}&page=2", "back where IT was"
    shown = client.get(revoked["Location"]).content.decode()
    assert "Page 2 of 2" in shown and last in shown.split("</tbody>")[0]


def test_the_request_log_is_paged_and_keeps_its_filter(
    console_db: ConsoleDb, make_account: Callable[[str], Account]
) -> None:
    origin = f"pg{uuid.uuid4().hex[:6]}"
    many = PER_PAGE + 3
    with psycopg.connect(console_db.dsn) as conn:
        conn.execute(
            "INSERT INTO photobooth.erasure_requests (id, origin, visit_id, status, reason) "
            "SELECT gen_random_uuid(), %s || '-' || lpad(n::text, 3, '0'), gen_random_uuid(), "
            "'held', 'over the daily limit' FROM generate_series(1, %s) n",
            (origin, many),
        )
    client = sign_in(make_account("privacy-officer"))
    pages = _walk(
        client, "/privacy/requests/", {"state": "held"}, r"<td>([^<]+)</td><td>(held)<br>"
    )
    assert len(pages[0]) == PER_PAGE and len(pages) >= 2
    rows = [row for page in pages for row in page]
    assert all(status == "held" for _origin, status in rows), "only what the filter asks"
    mine = sorted(o for o, _status in rows if o.startswith(origin))
    assert mine == [f"{origin}-{n:03d}" for n in range(1, many + 1)], "each once, none lost"
    everything = client.get("/privacy/requests/").content.decode()
    assert 'rel="next"' in everything and "state=" not in everything.split("rel=")[1][:80]
