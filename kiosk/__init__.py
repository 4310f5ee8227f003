"""photobooth-kiosk: the in-store Digital Photo Booth.

The package ``kiosk`` is the top of the house: it starts and wires the app (the
command line, the GUI entry, the screenshots and the autopilot). Widgets live in
``ui``; the flow, settings and services screens call live in ``booth``; camera,
delivery, sync and the privacy core live in their own packages and know nothing
of Qt Widgets.

Before anything else is imported, the packages are checked to be the kiosk's own
(``kiosk/install_check.py``): in a shared site-packages another distribution's
``camera`` or ``ui`` would otherwise be run, or fail, in their place.
"""

import sys

from kiosk.install_check import installation_problem

_problem = installation_problem()
if _problem:
    print(f"photobooth-kiosk: {_problem}", file=sys.stderr)
    raise SystemExit(2)

from booth import __version__  # noqa: E402  (only once the packages are known to be ours)

__all__ = ["__version__"]
