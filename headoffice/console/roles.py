"""The three roles, as Django groups, and the check every page makes.

A page names the role it belongs to; a person without that group gets 403, and a privacy
officer who has not given a TOTP code this session is sent to the code step first.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

PRIVACY = "privacy-officer"
SOCIAL = "social-team"
IT = "it"
ROLES: dict[str, Any] = {
    PRIVACY: _("Privacy officer"),
    SOCIAL: _("Social team"),
    IT: _("IT"),
}
NEEDS_TOTP = {PRIVACY}
CONSOLE_LANGUAGES = [("en", "English"), ("he", "עברית")]


def ensure_roles() -> None:
    from django.contrib.auth.models import Group

    for name in ROLES:
        Group.objects.get_or_create(name=name)


def roles_of(request: HttpRequest) -> set[str]:
    user = request.user
    if not user.is_authenticated:
        return set()
    cached: set[str] | None = getattr(request, "_console_roles", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        request._console_roles = cached
    return cached


def context(request: HttpRequest) -> dict[str, Any]:
    mine = roles_of(request)
    return {
        "is_privacy": PRIVACY in mine,
        "is_social": SOCIAL in mine,
        "is_it": IT in mine,
        "console_languages": CONSOLE_LANGUAGES,
    }


View = Callable[..., HttpResponse]


def role_required(role: str) -> Callable[[View], View]:
    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect("console:signin")
            if role not in roles_of(request):
                return render(request, "console/forbidden.html", status=403)
            if role in NEEDS_TOTP and not request.user.is_verified():
                return redirect("console:code")
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
