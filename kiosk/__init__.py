"""photobooth-kiosk: the in-store Digital Photo Booth.

The package ``kiosk`` wires the layers together: settings, the visitor-flow
state machine, the command line and the application start-up. Widgets live in
``ui``; camera, delivery and the privacy core live in their own packages and
know nothing of Qt Widgets.
"""

__version__ = "0.1.0"
