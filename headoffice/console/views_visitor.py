"""The visitor's page behind the link in their message: public, no script, no sign-in.

It shows the store, the visit's date and the active permissions, in the language of the
consent record, and offers two things: stop publishing, and delete (after a confirmation).
Every refusal (altered, expired, used, too many tries) is the same calm page with the
privacy contact, so the page tells a stranger holding a guessed token nothing.
"""

from __future__ import annotations

import threading

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.http import require_http_methods, require_POST

from headoffice.console import rate_limits, runtime
from headoffice.visitor_actions import LinkGone, VisitorActions
from headoffice.withdrawals import PUBLISH
from wire.visitor_link import LinkError, VisitLink

PER_TOKEN = 20  # requests per window for one link
PER_ADDRESS = 60  # requests per window from one address
WINDOW_S = 600
LANGUAGES = ("en", "he", "fr")  # the visitor page's; the consent record chooses


def _over_limit(request: HttpRequest, token: str) -> bool:
    """Per link and per address, counted in the database every server process shares."""
    address = request.META.get("REMOTE_ADDR", "?")
    counted = rate_limits.hits([f"v:t:{token[-24:]}", f"v:a:{address}"], WINDOW_S)
    return counted[0] > PER_TOKEN or counted[1] > PER_ADDRESS


_local = threading.local()


def _actions() -> VisitorActions:
    """One per server thread, with its own database connection."""
    run = runtime.current()
    found: VisitorActions | None = getattr(_local, "actions", None)
    if found is None or found.dsn != run.dsn:
        found = VisitorActions(run.dsn, run.keys_dir, run.bucket)
        _local.actions = found
    return found


def _calm(request: HttpRequest, status: int = 404) -> HttpResponse:
    response = render(
        request,
        "console/visitor_gone.html",
        {"privacy_contact": runtime.current().privacy_contact},
        status=status,
    )
    response["Cache-Control"] = "no-store"
    return response


def _page(request: HttpRequest, template: str, link: VisitLink, **extra: object) -> HttpResponse:
    view = _actions().view(link)
    language = view.language.split("-")[0] if view.language else None
    with translation.override(language if language in LANGUAGES else translation.get_language()):
        response = render(
            request,
            template,
            {
                "visit": view,
                "publishing": view.publishing,
                "other_permissions": [
                    p for p, e in view.permissions.items() if e == "given" and p != PUBLISH
                ],
                "privacy_contact": runtime.current().privacy_contact,
                "token": request.resolver_match.kwargs["token"] if request.resolver_match else "",
                **extra,
            },
        )
    response["Cache-Control"] = "no-store"
    return response


def _link(request: HttpRequest, token: str) -> VisitLink | HttpResponse:
    if _over_limit(request, token):
        return _calm(request, status=429)
    try:
        return _actions().read(token)
    except (LinkError, LinkGone):
        return _calm(request)


@require_http_methods(["GET", "HEAD"])
def visit(request: HttpRequest, token: str) -> HttpResponse:
    link = _link(request, token)
    if isinstance(link, HttpResponse):
        return link
    try:
        done = request.GET.get("done")
        return _page(request, "console/visitor.html", link, done=done)
    except LinkGone:
        return _calm(request)


@require_POST
def stop_publishing(request: HttpRequest, token: str) -> HttpResponse:
    link = _link(request, token)
    if isinstance(link, HttpResponse):
        return link
    _actions().stop_publishing(link)
    return redirect(f"/v/{token}?done=stopped")


@require_http_methods(["GET", "HEAD", "POST"])
def delete(request: HttpRequest, token: str) -> HttpResponse:
    link = _link(request, token)
    if isinstance(link, HttpResponse):
        return link
    try:
        if request.method != "POST" or request.POST.get("confirm") != "yes":
            return _page(request, "console/visitor_delete.html", link)
        view = _actions().view(link)
        result = _actions().erase(link)
    except LinkGone:
        return _calm(request)
    language = view.language.split("-")[0] if view.language else None
    with translation.override(language if language in LANGUAGES else translation.get_language()):
        response = render(
            request,
            "console/visitor_deleted.html",
            {"privacy_contact": runtime.current().privacy_contact, "held": result.get("held")},
        )
    response["Cache-Control"] = "no-store"
    return response
