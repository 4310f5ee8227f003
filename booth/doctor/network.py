"""What the kiosk reaches over the network: head office, and each live delivery channel.

Head office is asked only when the kiosk is enrolled, over TLS with ``verify-full``
(the server's certificate and name checked): a DSN that asks for less fails here, so a
kiosk is never left syncing to a server it did not verify. Delivery channels get the
same "test connection" as the staff Delivery tab (``booth.delivery_checks``), which
sends nothing; dry-run delivery reaches nothing and is skipped.
"""

from __future__ import annotations

from psycopg.conninfo import conninfo_to_dict

from booth.central_sync import central_dsn
from booth.delivery_checks import check_connections
from booth.doctor.report import Check, Status
from booth.paths import DataLayout
from booth.settings import Settings
from wire.postgres import CentralError, connect

HEAD_OFFICE = "head office"
DELIVERY = "delivery"


def head_office(settings: Settings) -> list[Check]:
    dsn = central_dsn(settings)
    central = settings.central
    if not (dsn and central.fleet_key and central.head_office_public_key):
        return [Check(HEAD_OFFICE, Status.SKIP, "not enrolled (photobooth-kiosk central enroll)")]
    params = conninfo_to_dict(dsn)
    host = str(params.get("host", "localhost"))
    sslmode = str(params.get("sslmode", "verify-full"))
    if sslmode != "verify-full":
        return [
            Check(
                HEAD_OFFICE,
                Status.FAIL,
                f"the DSN asks for sslmode={sslmode}: remove it, so that head office's "
                "certificate and name are verified (verify-full)",
            )
        ]
    try:
        with connect(dsn) as conn:
            conn.execute("SELECT 1")
            tls = conn.pgconn.ssl_in_use
    except CentralError as exc:
        return [Check(HEAD_OFFICE, Status.FAIL, str(exc))]
    if not tls:
        return [Check(HEAD_OFFICE, Status.FAIL, f"{host} answered without TLS")]
    return [Check(HEAD_OFFICE, Status.OK, f"{host} reached over TLS (verify-full)")]


def delivery(settings: Settings, layout: DataLayout) -> list[Check]:
    if settings.delivery.mode != "live":
        return [Check(DELIVERY, Status.SKIP, "dry run: nothing is sent (delivery.mode is dry_run)")]
    return [
        Check(f"{DELIVERY}: {result.part}", Status.OK if result.ok else Status.FAIL, result.message)
        for result in check_connections(settings, layout)
    ]
