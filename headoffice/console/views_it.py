"""IT's pages: the fleet at a glance, enrolling and revoking kiosks; and the audit log."""

from __future__ import annotations

import json

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from headoffice import admin, office_audit
from headoffice.console import runtime
from headoffice.console.roles import IT, PRIVACY, role_required, roles_of
from wire.postgres import CentralError


class KioskForm(forms.Form):
    kiosk_id = forms.CharField(label=_("Kiosk id"), max_length=48)


@role_required(IT)
def fleet(request: HttpRequest) -> HttpResponse:
    run = runtime.current()
    store = request.GET.get("store") or None
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 1
    view = runtime.office(request).fleet_view(run.interval_s, store, page)
    context = {**view, "store": store, "interval_min": run.interval_s // 60}
    return render(request, "console/fleet.html", context)


@role_required(IT)
def kiosks(request: HttpRequest) -> HttpResponse:
    run = runtime.current()
    view = runtime.office(request).fleet_view(run.interval_s, per_page=100_000)
    return render(
        request,
        "console/kiosks.html",
        {"kiosks": view["kiosks"], "enroll": KioskForm(), "revoke": KioskForm()},
    )


@require_POST
@role_required(IT)
def enroll(request: HttpRequest) -> HttpResponse:
    run = runtime.current()
    form = KioskForm(request.POST)
    office = runtime.office(request)
    if form.is_valid():
        kiosk_id = form.cleaned_data["kiosk_id"]
        try:
            creds = admin.add_kiosk(run.dsn, kiosk_id, run.keys)
        except CentralError as exc:
            form.add_error("kiosk_id", str(exc))
        else:
            office.note("console.enroll", details={"kiosk_id": kiosk_id})
            enroll_file = json.dumps(creds.as_dict())
            response = render(request, "console/enrolled.html", {"creds": enroll_file})
            response["Cache-Control"] = "no-store"
            return response
    view = office.fleet_view(run.interval_s, per_page=100_000)
    return render(
        request,
        "console/kiosks.html",
        {"kiosks": view["kiosks"], "enroll": form, "revoke": KioskForm()},
        status=400,
    )


@require_POST
@role_required(IT)
def revoke(request: HttpRequest) -> HttpResponse:
    run = runtime.current()
    form = KioskForm(request.POST)
    if form.is_valid():
        kiosk_id = form.cleaned_data["kiosk_id"]
        try:
            admin.remove_kiosk(run.dsn, kiosk_id)
        except CentralError:
            pass
        else:
            runtime.office(request).note("console.revoke", details={"kiosk_id": kiosk_id})
    return redirect("console:kiosks")


def audit(request: HttpRequest) -> HttpResponse:
    """Readable by the privacy officer and IT."""
    mine = roles_of(request)
    if PRIVACY in mine:
        return role_required(PRIVACY)(_audit)(request)
    return role_required(IT)(_audit)(request)


def _audit(request: HttpRequest) -> HttpResponse:
    entries = list(reversed(office_audit.entries(runtime.current().dsn, 300)))
    return render(request, "console/audit.html", {"entries": entries})
