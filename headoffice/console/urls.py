"""Every address the console answers."""

from __future__ import annotations

from django.urls import include, path
from django.views.i18n import set_language

from headoffice.console import (
    views_auth,
    views_it,
    views_privacy,
    views_profiles,
    views_social,
    views_visitor,
)

app_name = "console"

console = [
    path("", views_auth.home, name="home"),
    path("signin/", views_auth.signin, name="signin"),
    path("signin/code/", views_auth.code, name="code"),
    path("signout/", views_auth.signout, name="signout"),
    path("language/", set_language, name="language"),
    path("privacy/find/", views_privacy.find, name="find"),
    path("privacy/export/", views_privacy.export, name="export"),
    path("privacy/erase/", views_privacy.erase, name="erase"),
    path("privacy/withdraw/", views_privacy.withdraw, name="withdraw"),
    path("privacy/requests/", views_privacy.requests, name="requests"),
    path("privacy/hold/", views_privacy.hold, name="hold"),
    path("privacy/holds/", views_privacy.holds, name="holds"),
    path("social/photos/", views_social.consented, name="consented"),
    path("social/photos/<str:visit_id>.jpg", views_social.photo, name="photo"),
    path("social/take-down/", views_social.takedowns, name="takedowns"),
    path("it/fleet/", views_it.fleet, name="fleet"),
    path("it/kiosks/", views_it.kiosks, name="kiosks"),
    path("it/activity/", views_it.activity, name="activity"),
    path("it/retention/", views_it.retention, name="retention"),
    path("it/kiosks/enroll/", views_it.enroll, name="enroll"),
    path("it/kiosks/revoke/", views_it.revoke, name="revoke"),
    path("it/profiles/", views_profiles.profile_list, name="profiles"),
    path("it/profiles/<str:group>/", views_profiles.profile, name="profile"),
    path("audit/", views_it.audit, name="audit"),
    # the visitor's page: public, reached from the link in their message
    path("v/<str:token>", views_visitor.visit, name="visit"),
    path("v/<str:token>/stop-publishing", views_visitor.stop_publishing, name="stop_publishing"),
    path("v/<str:token>/delete", views_visitor.delete, name="delete"),
]

urlpatterns = [path("", include((console, "console")))]
