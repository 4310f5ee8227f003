"""IT's pages: the fleet at a glance, enrolling and revoking kiosks; and the audit log."""

from __future__ import annotations

import json

from django import forms
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from headoffice import admin, office_audit
from headoffice.console import runtime
from headoffice.console.paging import SqlRows, filters_query, page_of
from headoffice.console.roles import IT, PRIVACY, role_required, roles_of
from headoffice.visitor_links import link_secret
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


def _kiosk_list(request: HttpRequest, enroll: KioskForm, status: int = 200) -> HttpResponse:
    """The enroll and revoke page: a page of kiosks (filtered by ``?q=``, part of an id)."""
    office = runtime.office(request)
    search = request.GET.get("q", "").strip()[:48]
    page = page_of(
        request,
        SqlRows(
            lambda: office.count_kiosks(search),
            lambda offset, limit: office.kiosk_rows(search, offset, limit),
        ),
    )
    context = {
        "kiosks": page.object_list,
        "page_obj": page,
        "query": filters_query(request),
        "q": search,
        "enroll": enroll,
    }
    return render(request, "console/kiosks.html", context, status=status)


@role_required(IT)
def kiosks(request: HttpRequest) -> HttpResponse:
    return _kiosk_list(request, KioskForm())


@require_POST
@role_required(IT)
def enroll(request: HttpRequest) -> HttpResponse:
    run = runtime.current()
    form = KioskForm(request.POST)
    office = runtime.office(request)
    if form.is_valid():
        kiosk_id = form.cleaned_data["kiosk_id"]
        try:
            secret = link_secret(run.keys_dir, create=True) if run.public_url else None
            creds = admin.add_kiosk(
                run.dsn, kiosk_id, run.keys, public_url=run.public_url, link_secret=secret
            )
        except CentralError as exc:
            form.add_error("kiosk_id", str(exc))
        else:
            office.note("console.enroll", details={"kiosk_id": kiosk_id})
            enroll_file = json.dumps(creds.as_dict())
            response = render(request, "console/enrolled.html", {"creds": enroll_file})
            response["Cache-Control"] = "no-store"
            return response
    return _kiosk_list(request, form, status=400)


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
    back = QueryDict(mutable=True)  # back to the page and filter the kiosk was revoked from
    for name in ("q", "page"):
        if request.POST.get(name):
            back[name] = request.POST[name][:48]
    return redirect(f"{reverse('console:kiosks')}?{back.urlencode()}" if back else "console:kiosks")


@role_required(IT)
def activity(request: HttpRequest) -> HttpResponse:
    """Visits and delivery success per day, per store: counts only, drawn as inline SVG bars."""
    store = request.GET.get("store") or None
    days = runtime.office(request).activity(store)
    top = max([d["visits"] for d in days] + [d["deliveries"] for d in days] + [1])
    for d in days:
        d["visits_w"] = round(200 * d["visits"] / top)
        d["sent_w"] = round(200 * d["sent"] / top)
        d["failed_w"] = round(200 * (d["deliveries"] - d["sent"]) / top)
        d["rate"] = round(100 * d["sent"] / d["deliveries"]) if d["deliveries"] else None
    return render(request, "console/activity.html", {"days": days, "store": store})


class RetentionForm(forms.Form):
    """Head office's retention rules: whole days or months, as the kiosks understand them."""

    delivered_days = forms.IntegerField(
        label=_("Contact details after delivery (days)"), min_value=0
    )
    undelivered_max_days = forms.IntegerField(
        label=_("Contact details if never delivered (days)"), min_value=0
    )
    publish_max_months = forms.IntegerField(label=_("Published photos (months)"), min_value=0)
    consent_proof_months = forms.IntegerField(
        label=_("Consent records as proof (months)"), min_value=0
    )
    delivery_log_days = forms.IntegerField(label=_("Delivery log (days)"), min_value=0)


@role_required(IT)
def retention(request: HttpRequest) -> HttpResponse:
    office = runtime.office(request)
    form = RetentionForm(request.POST or None, initial=office.retention())
    saved = False
    if request.method == "POST" and form.is_valid():
        office.set_retention({k: int(v) for k, v in form.cleaned_data.items()})
        office.note("console.retention", details=dict(form.cleaned_data))
        saved = True
    return render(request, "console/retention.html", {"form": form, "saved": saved})


def audit(request: HttpRequest) -> HttpResponse:
    """Readable by the privacy officer and IT."""
    mine = roles_of(request)
    if PRIVACY in mine:
        return role_required(PRIVACY)(_audit)(request)
    return role_required(IT)(_audit)(request)


def _audit(request: HttpRequest) -> HttpResponse:
    entries = list(reversed(office_audit.entries(runtime.current().dsn, 300)))
    return render(request, "console/audit.html", {"entries": entries})
