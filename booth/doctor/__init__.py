"""``photobooth-kiosk doctor``: is this installed kiosk ready for a store? One check per concern.

A store's IT sets a kiosk up once and then sees it again only when something is wrong.
The doctor answers "what is wrong, and what do I do about it" in one line per check:
the display's system libraries, the camera and the mode it grants, the records key and
the secrets, the data folder's owner and modes, free disk, clock sync, head office over
TLS (``verify-full``) when the kiosk is enrolled, and each delivery channel's test
connection when delivery is live. It writes nothing: no settings file, no log, no key.

Each concern is a small module returning :class:`Check` values; :func:`run_checks` runs
them in order and never lets one check's crash hide the others. The command line
(``kiosk/cli_doctor.py``) prints them and exits 2 when any failed.
"""

from booth.doctor.report import Check, Status, any_failed
from booth.doctor.run import DoctorOptions, run_checks

__all__ = ["Check", "DoctorOptions", "Status", "any_failed", "run_checks"]
