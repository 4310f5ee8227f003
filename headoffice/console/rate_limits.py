"""Rate limits every server process shares: counts in a table of the console's own schema.

A limit kept in one process's memory holds only for that process: under gunicorn with four
workers, or two servers behind one proxy, a guesser gets four or two times the tries. The
count lives in PostgreSQL instead (``console.rate_counts``), one row per key and window,
moved by a single ``INSERT … ON CONFLICT DO UPDATE``, which PostgreSQL runs atomically
whichever process asks. Keys are stored as a keyed hash (HMAC with the console's secret),
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
HIT = (
    f"INSERT INTO {TABLE} AS c (key, window_start, hits) VALUES (%s, now(), 1) "
    "ON CONFLICT (key) DO UPDATE SET "
    "hits = CASE WHEN c.window_start <= now() - make_interval(secs => %s) THEN 1 "
    "ELSE c.hits + 1 END, "
    "window_start = CASE WHEN c.window_start <= now() - make_interval(secs => %s) "
    "THEN now() ELSE c.window_start END "
    "RETURNING hits"
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


def hit(key: str, window_s: int) -> int:
    """Count one hit on ``key``; returns the hits in its current window, this one included."""
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(HIT, [_digest(key), window_s, window_s])
        row = cur.fetchone()
        if secrets.randbelow(SWEEP_ONE_IN) == 0:
            cur.execute(SWEEP, [window_s])
    return int(row[0]) if row else 1
