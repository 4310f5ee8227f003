"""Rate limits every server process shares: counts in a table of the console's own schema.

A limit kept in one process's memory holds only for that process: under gunicorn with four
workers, or two servers behind one proxy, a guesser gets four or two times the tries. The
count lives in PostgreSQL instead (``console.rate_counts``), one row per key and window,
moved by a single ``INSERT … ON CONFLICT DO UPDATE`` (every key of a request at once),
which PostgreSQL runs atomically whichever process asks. Keys are stored as a keyed hash (HMAC with the console's secret),
so the table holds neither a link's token nor a visitor's address. A fixed window per key:
its first hit starts it, and a hit after it ends starts the next at 1.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from headoffice.console.settings import SCHEMA

TABLE = f"{SCHEMA}.rate_counts"
CREATE = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (key text PRIMARY KEY, "
    "window_start timestamptz NOT NULL, hits integer NOT NULL)"
)
UPSERT = (
    f"INSERT INTO {TABLE} AS c (key, window_start, hits) "
    "SELECT k, now(), 1 FROM unnest(%s::text[]) AS k "
    "ON CONFLICT (key) DO UPDATE SET "
    "hits = CASE WHEN c.window_start <= now() - make_interval(secs => %s) THEN 1 "
    "ELSE c.hits + 1 END, "
    "window_start = CASE WHEN c.window_start <= now() - make_interval(secs => %s) "
    "THEN now() ELSE c.window_start END "
    "RETURNING key, hits"
)
SWEEP = f"DELETE FROM {TABLE} WHERE window_start <= now() - make_interval(secs => %s)"
SWEEP_ONE_IN = 200  # ended windows are deleted now and then, not on every hit


def create_table(conn: Any) -> None:
    """In ``setup.prepare``, with the console's schema (a psycopg connection)."""
    conn.execute(CREATE)


def _digest(key: str) -> str:
    from django.conf import settings

    secret = str(settings.SECRET_KEY).encode()
    return hmac.new(secret, key.encode(), hashlib.sha256).hexdigest()[:40]


def hits(keys: list[str], window_s: int) -> list[int]:
    """Count one hit on each of ``keys`` (one statement, one round trip); returns the hits
    in each key's current window, this one included, in the order given."""
    from django.db import connection

    digests = [_digest(key) for key in keys]
    with connection.cursor() as cur:
        cur.execute(UPSERT, [digests, window_s, window_s])
        counted = {str(key): int(n) for key, n in cur.fetchall()}
        if secrets.randbelow(SWEEP_ONE_IN) == 0:
            cur.execute(SWEEP, [window_s])
    return [counted.get(d, 1) for d in digests]
