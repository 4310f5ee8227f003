"""The visitor link's rate limits hold across server processes (issue #19).

Two ``central serve`` processes on one central database stand for gunicorn's workers (or
two servers behind one proxy): the tries one link gets are counted once, whichever process
answers, so a guesser does not get a fresh allowance per process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator

import psycopg
import pytest

from headoffice.console.views_visitor import PER_TOKEN
from tests.support.central import Central
from tests.support.providers import free_port, wait_for_port

CLI = [sys.executable, "-m", "kiosk", "central"]


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as refused:
        return int(refused.code)


@pytest.fixture
def two_servers(central: Central) -> Iterator[tuple[str, str]]:
    started: list[subprocess.Popen[str]] = []
    urls = []
    try:
        for _ in range(2):  # one after the other: the first start migrates the console schema
            port = free_port()
            server = subprocess.Popen(
                [
                    *(*CLI, "serve", "--dsn", central.dsn),
                    *("--keys", str(central.keys_dir), "--port", str(port)),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
                env=os.environ.copy(),
            )
            started.append(server)
            wait_for_port(port, server)  # type: ignore[arg-type]
            urls.append(f"http://127.0.0.1:{port}")
        yield urls[0], urls[1]
    finally:
        for server in started:  # by its own handle, never by name
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


def test_two_server_processes_share_one_links_count(
    central: Central, two_servers: tuple[str, str]
) -> None:
    first, second = two_servers
    token = "not-a-real-token-but-counted-all-the-same-0123456789"
    codes = [_status(f"{(first, second)[n % 2]}/v/{token}") for n in range(PER_TOKEN)]
    assert set(codes) == {404}, "within the limit: the calm page for a link that does not work"
    assert _status(f"{first}/v/{token}") == 429, "the tries made on the other process count"
    assert _status(f"{second}/v/{token}") == 429
    other = "another-link-from-the-same-address-is-not-yet-over-its-own-limit"
    assert _status(f"{second}/v/{other}") == 404
    with psycopg.connect(central.dsn) as conn:
        keys = [str(r[0]) for r in conn.execute("SELECT key FROM console.rate_counts")]
    assert len(keys) == 3, "one link, another, one address"
    assert not any(token[-24:] in k or "127.0.0.1" in k for k in keys), "kept as keyed hashes"
