"""The console's pages in English or Hebrew, whatever else the browser prefers.

French is installed for the visitor's page (the kiosk speaks French to its visitors); the
console itself is not translated into it, so a browser asking for French gets English there
rather than a page half in each.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import translation

from headoffice.console.roles import CONSOLE_LANGUAGES

VISITOR_PREFIX = "/v/"


class ConsoleLanguage:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.codes = {code for code, _name in CONSOLE_LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            not request.path.startswith(VISITOR_PREFIX)
            and translation.get_language() not in self.codes
        ):
            translation.activate("en")
            request.LANGUAGE_CODE = "en"
        return self.get_response(request)
