"""The social team's pages: consented photos (with the consent's date), and the take-down list."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from headoffice.console import runtime
from headoffice.console.roles import SOCIAL, role_required
from wire.postgres import CentralError


@role_required(SOCIAL)
def consented(request: HttpRequest) -> HttpResponse:
    photos = runtime.office(request).consented_photos()
    return render(request, "console/consented.html", {"photos": photos})


@role_required(SOCIAL)
def photo(request: HttpRequest, visit_id: str) -> HttpResponse:
    office = runtime.office(request)
    try:
        data = office.consented_photo(visit_id)
    except CentralError as exc:
        return render(request, "console/gone.html", {"problem": str(exc)}, status=404)
    office.note("console.photo_download", details={"visit_id": visit_id})
    response = HttpResponse(data, content_type="image/jpeg")
    response["Content-Disposition"] = f'attachment; filename="{visit_id}.jpg"'
    response["Cache-Control"] = "no-store"
    return response


@role_required(SOCIAL)
def takedowns(request: HttpRequest) -> HttpResponse:
    rows = runtime.office(request).takedown_list()
    return render(request, "console/takedowns.html", {"rows": rows})
