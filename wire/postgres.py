"""How the kiosk and head office connect to the central PostgreSQL: one rule for both.

TLS is ``verify-full`` unless the DSN says otherwise, every statement has a
timeout so a kiosk's sync can never hang on a stuck server, and errors a person
can act on (wrong password, unreachable host, TLS refused) come out as
:class:`CentralError` with a plain message. The DSN's password is never part of
a message or a log line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a connection is made: every command of the command line
    import psycopg  # imports this module for CentralError, and most never connect

CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 60_000


class CentralError(Exception):
    """A head-office problem a person can fix; the message says what to check."""


def describe_error(exc: psycopg.Error) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if "password authentication failed" in lowered:
        return "the central database refused the login: wrong user name or password"
    if "ssl" in lowered or "certificate" in lowered:
        return f"the TLS connection to the central database failed: {text}"
    if "could not connect" in lowered or "connection refused" in lowered or "timeout" in lowered:
        return f"the central database cannot be reached: {text}"
    return text


def connect(dsn: str, **kwargs: Any) -> psycopg.Connection[Any]:
    """Connect with a timeout on the connection and on every statement."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(dsn)
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    params.setdefault("sslmode", "verify-full")
    params.setdefault("application_name", "photobooth-kiosk")
    params["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    try:
        return psycopg.connect(make_conninfo("", **params), **kwargs)
    except psycopg.Error as exc:
        raise CentralError(describe_error(exc)) from None
