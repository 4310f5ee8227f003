"""Where the kiosk may send a key and visitors' data: https only, or a DSN that checks TLS (P7, P8).

A provider's API base, the photo host's and the central bucket's S3 endpoints and head
office's DSN decide who receives the SendGrid key, the visitor's address and the photo.
Plain ``http://`` (or a PostgreSQL ``sslmode`` that does not verify the server) would hand
them to anyone on the path, or to a server on the kiosk itself. The settings schema runs
these checks on every value, so a hand-edited ``settings.json`` is refused as well as a
typed one, with a message naming the field and never the value (a DSN holds a password).

The one exception is this computer: tests and demos run Prism, moto and PostgreSQL on
127.0.0.1 without TLS. That is allowed only to a loopback host (127.0.0.0/8, ::1,
``localhost``) and only when the environment says so with
``PHOTOBOOTH_ALLOW_LOOPBACK_HTTP=1``; a kiosk in a store never sets it.
"""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit

ENV_ALLOW_LOOPBACK = "PHOTOBOOTH_ALLOW_LOOPBACK_HTTP"
VERIFYING_SSLMODES = frozenset({"verify-ca", "verify-full"})
WEAK_SSLMODES = frozenset({"disable", "allow", "prefer", "require"})
LOOPBACK_NAMES = frozenset({"localhost"})


def loopback_allowed() -> bool:
    """True only in a test or demo that set the allowance in its environment."""
    return os.environ.get(ENV_ALLOW_LOOPBACK, "").strip().lower() in ("1", "true", "yes")


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost; any other name (even one that resolves there) is not."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_endpoint_url(value: str) -> str:
    """An https:// URL with a host; plain http:// only to loopback under the allowance.
    Empty is left to the field (an S3 endpoint may be empty: AWS itself)."""
    if not value:
        return value
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        _ = parts.port  # a port that is not a number is refused here, not at the first send
    except ValueError:
        raise ValueError("is not a valid URL (e.g. https://api.sendgrid.com/v3)") from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        raise ValueError("must be a full https:// address (e.g. https://api.sendgrid.com/v3)")
    if parts.username is not None or parts.password is not None:
        raise ValueError("must not carry a user name or password; keys have fields of their own")
    if scheme == "https":
        return value
    if is_loopback(host) and loopback_allowed():
        return value
    if is_loopback(host):
        raise ValueError(
            f"plain http:// to this computer is allowed only in a test or demo that sets "
            f"{ENV_ALLOW_LOOPBACK}=1; use https://"
        )
    raise ValueError(
        "must start with https://: plain http:// would send the key and visitors' data unencrypted"
    )


def _dsn_params(value: str) -> dict[str, str]:
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(value)
    except ProgrammingError:
        # psycopg's message may quote the DSN, password included: never passed on.
        raise ValueError(
            "is not a PostgreSQL connection string (host=… dbname=… or postgresql://…)"
        ) from None
    return {str(k): str(v) for k, v in params.items() if v is not None}


def _dsn_hosts(params: dict[str, str]) -> list[str]:
    """Every host the connection may go to; none named means the local socket (or PGHOST)."""
    named = [
        host.strip()
        for key in ("host", "hostaddr")
        for host in params.get(key, "").split(",")
        if host.strip()
    ]
    if not named and os.environ.get("PGHOST"):
        named = [h.strip() for h in os.environ["PGHOST"].split(",") if h.strip()]
    return named


def _is_local(host: str) -> bool:
    """A loopback address, or a Unix socket (a path, or an abstract socket's @name)."""
    return host.startswith(("/", "@")) or is_loopback(host)


def check_dsn(value: str) -> str:
    """Head office's DSN verifies the server's certificate (sslmode verify-full, the default
    when none is given, or verify-ca); a weaker mode only to this computer under the allowance."""
    if not value:
        return value
    params = _dsn_params(value)
    sslmode = params.get("sslmode", "verify-full").strip().lower()
    if sslmode in VERIFYING_SSLMODES:
        return value
    if sslmode not in WEAK_SSLMODES:
        raise ValueError("its sslmode is not one PostgreSQL knows; use sslmode=verify-full")
    if all(_is_local(host) for host in _dsn_hosts(params)) and loopback_allowed():
        return value
    raise ValueError(
        f"sslmode={sslmode} does not check head office's certificate: use sslmode=verify-full "
        f"(or verify-ca); a weaker mode is allowed only to this computer, in a test or demo "
        f"that sets {ENV_ALLOW_LOOPBACK}=1"
    )
