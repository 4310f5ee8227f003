"""IT's settings profiles: what every kiosk of a store group shares (issue #17, in the console).

The page edits the same document ``central profile set`` reads from a file
(``{"settings": {...}, "locked": [...]}``) and stores it through the same service,
:func:`headoffice.profiles.save_document`, with the kiosks' own settings rules: a value
they refuse is named on the page, nothing is stored, and the text typed stays in the
box to be corrected. The service writes head office's audit log.
"""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from headoffice import profiles
from headoffice.console import runtime
from headoffice.console.roles import IT, role_required
from wire.postgres import CentralError

STARTER = {"settings": {"flow": {"countdown_s": 3}}, "locked": []}


class GroupForm(forms.Form):
    group = forms.CharField(label=_("Store group"), max_length=48)

    def clean_group(self) -> str:
        group = str(self.cleaned_data["group"]).strip()
        try:
            return profiles.check_group(group)
        except CentralError:
            raise forms.ValidationError(
                _(
                    "A group is 1 to 48 letters, digits, '-' or '_', starting with a letter or digit."
                )
            ) from None


class ProfileForm(forms.Form):
    document = forms.CharField(
        label=_("Profile, as JSON"),
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false", "dir": "ltr"}),
    )


def _found(group: str) -> dict[str, Any] | None:
    try:
        (found,) = profiles.show_profiles(runtime.current().dsn, group)
    except CentralError:
        return None
    return found


@role_required(IT)
def profile_list(request: HttpRequest) -> HttpResponse:
    form = GroupForm(request.GET or None)
    if request.GET and form.is_valid():
        return redirect("console:profile", group=form.cleaned_data["group"])
    rows = profiles.show_profiles(runtime.current().dsn)
    return render(request, "console/profiles.html", {"profiles": rows, "form": form})


@role_required(IT)
def profile(request: HttpRequest, group: str) -> HttpResponse:
    try:
        profiles.check_group(group)
    except CentralError:
        return redirect("console:profiles")
    run = runtime.current()
    found = _found(group)
    shown = {"settings": found["settings"], "locked": found["locked"]} if found else STARTER
    form = ProfileForm(request.POST or None, initial={"document": json.dumps(shown, indent=2)})
    problem = None
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["document"]
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            problem = gettext("That is not valid JSON: %(msg)s at line %(line)s.") % {
                "msg": exc.msg,
                "line": exc.lineno,
            }
        else:
            actor = f"console:{request.user.get_username()}"
            try:
                saved = profiles.save_document(run.dsn, group, document, actor, run.profile_rules)
            except CentralError as exc:
                problem = str(exc)
            else:
                return redirect(f"{request.path}?saved={saved['revision']}")
    context = {
        "group": group,
        "found": found,
        "kiosks": found["kiosks"] if found else profiles.group_kiosks(run.dsn, group),
        "form": form,
        "problem": problem,
        "saved": request.GET.get("saved"),
        "fields": run.profile_rules.fields if run.profile_rules else (),
    }
    return render(request, "console/profile.html", context, status=400 if problem else 200)
