"""The console as a Django app: its templates and translations are found through it."""

from __future__ import annotations

from django.apps import AppConfig


class ConsoleConfig(AppConfig):
    name = "headoffice.console"
    label = "console"
    verbose_name = "Head office console"
