"""photobooth-kiosk: the in-store Digital Photo Booth.

The package ``kiosk`` is the top of the house: it starts and wires the app (the
command line, the GUI entry, the screenshots and the autopilot). Widgets live in
``ui``; the flow, settings and services screens call live in ``booth``; camera,
delivery, sync and the privacy core live in their own packages and know nothing
of Qt Widgets.
"""

from booth import __version__

__all__ = ["__version__"]
