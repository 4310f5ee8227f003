"""Sign-in (password, then a TOTP code for the privacy officer), sign-out and the start page."""

from __future__ import annotations

from django import forms
from django.contrib.auth import login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token

from headoffice.console import runtime
from headoffice.console.roles import NEEDS_TOTP, roles_of


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def _audit(request: HttpRequest, action: str, outcome: str = "ok", **details: object) -> None:
    runtime.office(request).note(action, outcome, details)


def signin(request: HttpRequest) -> HttpResponse:
    form = AuthenticationForm(request, data=request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            login(request, form.get_user())
            _audit(request, "console.sign_in")
            if roles_of(request) & NEEDS_TOTP:
                return redirect("console:code")
            return redirect("console:home")
        runtime.office(actor="console").note(
            "console.sign_in", "refused", {"username_given": bool(request.POST.get("username"))}
        )
    return render(request, "console/signin.html", {"form": form})


def code(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("console:signin")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            _audit(request, "console.second_factor")
            return redirect("console:home")
        _audit(request, "console.second_factor", "refused")
        form.add_error("code", _("That code is not right, or has expired. Try the next one."))
    return render(request, "console/code.html", {"form": form})


@require_POST
def signout(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        _audit(request, "console.sign_out")
    logout(request)
    return redirect("console:signin")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form posted without its token (or from another site): refused, calmly, nothing done."""
    return render(request, "console/csrf.html", status=403)


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("console:signin")
    return render(request, "console/home.html")
