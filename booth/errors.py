"""The one error the command line turns into a plain sentence instead of a traceback.

It lives apart from booth.app (which needs Qt) so that the Qt-free services, such as
the delivery wiring, can raise it too.
"""

from __future__ import annotations


class SetupError(Exception):
    """The kiosk cannot open to visitors as configured; the message says what to change."""


class SettingsError(Exception):
    """The settings file cannot be used; the message says which field and why.

    Defined here, not in booth.settings (which re-exports it), so that the modules around the
    schema (upgrade steps, secrets) can raise it without importing the schema."""
