"""The privacy officer's pages: find a person, export, erase, and the request log.

The person is typed once (email, phone or visit id) and only its keyed hash travels on in
the page's hidden field, so no contact detail sits in a URL, a log or the next form.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from django import forms
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from consent.subjects import LookupInputError
from headoffice.console import runtime
from headoffice.console.paging import SqlRows, filters_query, page_of
from headoffice.console.roles import PRIVACY, role_required
from headoffice.erasure_review import ErasureReview
from headoffice.office import Subject
from wire.postgres import CentralError

KINDS = ("email_hash", "phone_hash", "visit_id")
# The request log's filter, as the privacy officer reads it (headoffice.office.REQUEST_STATES).
REQUEST_STATES = [
    ("", _("Every request")),
    ("held", _("Held for a decision")),
    ("waiting", _("Waiting for kiosks")),
    ("complete", _("Complete")),
    ("declined", _("Declined")),
]


class FindForm(forms.Form):
    email = forms.CharField(label=_("Email address"), required=False)
    phone = forms.CharField(label=_("Phone number"), required=False)
    visit = forms.CharField(label=_("Visit id"), required=False)
    region = forms.CharField(
        label=_("Country for numbers typed without +"), initial="US", max_length=2
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        given = [k for k in ("email", "phone", "visit") if data.get(k)]
        if len(given) != 1:
            raise forms.ValidationError(_("Fill in exactly one of email, phone or visit id."))
        return data


class SubjectForm(forms.Form):
    kind = forms.ChoiceField(choices=[(k, k) for k in KINDS], widget=forms.HiddenInput)
    value = forms.CharField(max_length=128, widget=forms.HiddenInput)

    def subject(self) -> Subject:
        return Subject(**{self.cleaned_data["kind"]: self.cleaned_data["value"]})


class EraseForm(SubjectForm):
    confirm = forms.CharField(label=_("Type erase to confirm"), max_length=20)

    def clean_confirm(self) -> str:
        typed = str(self.cleaned_data["confirm"]).strip().lower()
        if typed not in ("erase", "מחק"):
            raise forms.ValidationError(_("Type the word erase to confirm."))
        return typed


def _subject_fields(subject: Subject) -> dict[str, str]:
    for kind in KINDS:
        value = getattr(subject, kind)
        if value is not None:
            return {"kind": kind, "value": value}
    raise CentralError("no person named")


@role_required(PRIVACY)
def find(request: HttpRequest) -> HttpResponse:
    form = FindForm(request.POST or None)
    context: dict[str, object] = {"form": form}
    if request.method == "POST" and form.is_valid():
        office = runtime.office(request)
        data = form.cleaned_data
        try:
            subject = Subject.from_input(
                office.keys,
                email=data["email"] or None,
                phone=data["phone"] or None,
                visit=data["visit"] or None,
                region=data["region"] or "US",
            )
        except (CentralError, LookupInputError) as exc:
            form.add_error(None, str(exc))
        else:
            visits = office.find(subject)
            office.note("console.find", details={"visits": len(visits)})
            context.update(
                visits=visits,
                subject=_subject_fields(subject),
                searched=True,
                withdraw=WithdrawForm(),
            )
    return render(request, "console/find.html", context)


@require_POST
@role_required(PRIVACY)
def export(request: HttpRequest) -> HttpResponse:
    form = SubjectForm(request.POST)
    if not form.is_valid():
        return render(request, "console/find.html", {"form": FindForm()}, status=400)
    office = runtime.office(request)
    out = Path(tempfile.mkdtemp(prefix="console-export-"))
    try:
        archive = office.export(form.subject(), out)
    except CentralError as exc:
        return render(request, "console/find.html", {"form": FindForm(), "problem": str(exc)})
    office.note("console.export", details={"file": archive.name})
    response = FileResponse(archive.open("rb"), as_attachment=True, filename=archive.name)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@role_required(PRIVACY)
def erase(request: HttpRequest) -> HttpResponse:
    form = EraseForm(request.POST)
    if not form.is_valid():
        subject = SubjectForm(request.POST)
        context = {"form": form, "subject": subject.cleaned_data if subject.is_valid() else None}
        return render(request, "console/erase_confirm.html", context, status=400)
    try:
        result = runtime.office(request).erase(form.subject())
    except CentralError as exc:
        return render(
            request, "console/find.html", {"form": FindForm(), "problem": str(exc)}, status=409
        )
    return render(request, "console/erased.html", {"result": result})


class WithdrawForm(forms.Form):
    visit_id = forms.UUIDField(widget=forms.HiddenInput)
    channel = forms.ChoiceField(
        label=_("How did the person ask?"),
        choices=[
            ("email", _("by email")),
            ("letter", _("by letter")),
            ("phone", _("by phone")),
            ("in-store", _("in the store")),
        ],
    )


@require_POST
@role_required(PRIVACY)
def withdraw(request: HttpRequest) -> HttpResponse:
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        return render(request, "console/find.html", {"form": FindForm()}, status=400)
    try:
        result = runtime.office(request).withdraw_publish(
            str(form.cleaned_data["visit_id"]), form.cleaned_data["channel"]
        )
    except CentralError as exc:
        return render(request, "console/find.html", {"form": FindForm(), "problem": str(exc)})
    return render(request, "console/withdrawn.html", {"result": result})


class HoldForm(SubjectForm):
    reason = forms.CharField(label=_("Reason for the legal hold"), max_length=300)


@require_POST
@role_required(PRIVACY)
def hold(request: HttpRequest) -> HttpResponse:
    form = HoldForm(request.POST)
    if form.is_valid():
        runtime.office(request).hold(form.subject(), form.cleaned_data["reason"])
    return redirect("console:holds")


@role_required(PRIVACY)
def holds(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        try:
            runtime.office(request).release_hold(request.POST.get("hold_id", ""))
        except CentralError as exc:
            return render(
                request,
                "console/holds.html",
                {"holds": runtime.office(request).holds(), "problem": str(exc)},
                status=400,
            )
        return redirect("console:holds")
    return render(request, "console/holds.html", {"holds": runtime.office(request).holds()})


@role_required(PRIVACY)
def requests(request: HttpRequest) -> HttpResponse:
    problem = None
    if request.method == "POST":
        run = runtime.current()
        review = ErasureReview(run.dsn, f"console:{request.user.get_username()}", run.bucket)
        request_id = request.POST.get("request_id", "")
        try:
            if request.POST.get("decision") == "approve":
                review.approve(request_id)
            else:
                review.decline(request_id, "declined at head office")
        except CentralError as exc:
            problem = str(exc)
        else:  # back to the same filter and page (the form posts to the page's own address)
            return redirect(request.get_full_path())
    office = runtime.office(request)
    state = request.GET.get("state") or None
    state = state if state in office.REQUEST_STATES else None
    page = page_of(
        request,
        SqlRows(
            lambda: office.count_requests(state),
            lambda offset, limit: office.request_rows(state, offset, limit),
        ),
    )
    return render(
        request,
        "console/requests.html",
        {
            "requests": page.object_list,
            "page_obj": page,
            "query": filters_query(request),
            "state": state or "",
            "states": REQUEST_STATES,
            "problem": problem,
        },
    )
