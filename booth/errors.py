"""The one error the command line turns into a plain sentence instead of a traceback.

It lives apart from booth.app (which needs Qt) so that the Qt-free services, such as
the delivery wiring, can raise it too.
"""

from __future__ import annotations


class SetupError(Exception):
    """The kiosk cannot open to visitors as configured; the message says what to change."""
