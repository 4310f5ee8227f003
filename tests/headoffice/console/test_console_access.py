"""Who may see and do what in head office's console (issue #19, P7).

Each role's pages answer only to that role (a table of every page and action), the
privacy officer's need a TOTP code as well as the password, every form refuses a post
without its CSRF token, wrong passwords lock the account, and the cookies and headers
are the strict ones.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from tests.headoffice.console.conftest import PASSWORD, Account

PRIVACY, SOCIAL, IT = "privacy-officer", "social-team", "it"

# (method, path, form data, roles allowed)
PAGES: list[tuple[str, str, dict[str, str], set[str]]] = [
    ("get", "/privacy/find/", {}, {PRIVACY}),
    ("post", "/privacy/find/", {"visit": "00000000-0000-0000-0000-000000000000"}, {PRIVACY}),
    (
        "post",
        "/privacy/export/",
        {"kind": "visit_id", "value": "00000000-0000-0000-0000-000000000000"},
        {PRIVACY},
    ),
    (
        "post",
        "/privacy/erase/",
        {"kind": "visit_id", "value": "00000000-0000-0000-0000-000000000000"},
        {PRIVACY},
    ),
    (
        "post",
        "/privacy/withdraw/",
        {"visit_id": "00000000-0000-0000-0000-000000000000", "channel": "email"},
        {PRIVACY},
    ),
    ("get", "/privacy/requests/", {}, {PRIVACY}),
    ("post", "/privacy/requests/", {"request_id": "x", "decision": "decline"}, {PRIVACY}),
    ("post", "/privacy/hold/", {"kind": "visit_id", "value": "x"}, {PRIVACY}),
    ("get", "/privacy/holds/", {}, {PRIVACY}),
    ("post", "/privacy/holds/", {"hold_id": "x"}, {PRIVACY}),
    ("get", "/social/photos/", {}, {SOCIAL}),
    ("get", "/social/photos/00000000-0000-0000-0000-000000000000.jpg", {}, {SOCIAL}),
    ("get", "/social/take-down/", {}, {SOCIAL}),
    ("get", "/it/fleet/", {}, {IT}),
    ("get", "/it/kiosks/", {}, {IT}),
    ("get", "/it/activity/", {}, {IT}),
    ("get", "/it/retention/", {}, {IT}),
    ("post", "/it/retention/", {"delivered_days": "-1"}, {IT}),
    ("post", "/it/kiosks/enroll/", {"kiosk_id": "!"}, {IT}),
    ("post", "/it/kiosks/revoke/", {"kiosk_id": "none-such"}, {IT}),
    ("get", "/it/profiles/", {}, {IT}),
    ("get", "/it/profiles/boundary-test/", {}, {IT}),
    ("post", "/it/profiles/boundary-test/", {"document": "{"}, {IT}),
    ("get", "/audit/", {}, {PRIVACY, IT}),
]


def sign_in(account: Account, client: Client | None = None) -> Client:
    client = client or Client()
    response = client.post("/signin/", {"username": account.username, "password": PASSWORD})
    assert response.status_code == 302, response.content[:500]
    if account.totp_uri:
        assert response["Location"] == "/signin/code/"
        response = client.post("/signin/code/", {"code": account.code()})
        assert response.status_code == 302 and response["Location"] == "/"
    return client


def test_root_and_every_page_ask_for_a_sign_in(console_db: object) -> None:
    client = Client()
    assert client.get("/")["Location"] == "/signin/"
    for method, path, data, _roles in PAGES:
        response = getattr(client, method)(path, data)
        assert response.status_code == 302 and response["Location"] == "/signin/", path
    page = client.get("/signin/")
    assert page.status_code == 200
    assert b'name="csrfmiddlewaretoken"' in page.content


@pytest.mark.parametrize("role", [PRIVACY, SOCIAL, IT])
def test_p7_each_role_is_refused_every_other_roles_pages(
    make_account: Callable[[str], Account], role: str
) -> None:
    client = sign_in(make_account(role))
    for method, path, data, allowed in PAGES:
        response = getattr(client, method)(path, data)
        if role in allowed:
            assert response.status_code != 403, (role, path)
        else:
            assert response.status_code == 403, (role, path, response.status_code)
            assert b"This page belongs to another role" in response.content


def test_p7_the_privacy_officer_needs_the_totp_code(
    make_account: Callable[[str], Account],
) -> None:
    officer = make_account(PRIVACY)
    client = Client()
    client.post("/signin/", {"username": officer.username, "password": PASSWORD})
    assert client.get("/privacy/find/")["Location"] == "/signin/code/"
    wrong = client.post(
        "/signin/code/", {"code": "000000" if officer.code() != "000000" else "111111"}
    )
    assert wrong.status_code == 200 and b"That code is not right" in wrong.content
    assert client.get("/privacy/find/")["Location"] == "/signin/code/"
    # A wrong code slows guessing down: even the right one is refused for a moment after it.
    throttled = client.post("/signin/code/", {"code": officer.code()})
    assert b"That code is not right" in throttled.content
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.get(user__username=officer.username).throttle_reset()  # the moment passes
    client.post("/signin/code/", {"code": officer.code()})
    assert client.get("/privacy/find/").status_code == 200


# Every form the console has, posted without its CSRF token.
FORMS = [
    "/signin/",
    "/signin/code/",
    "/signout/",
    "/language/",
    "/privacy/find/",
    "/privacy/export/",
    "/privacy/erase/",
    "/privacy/withdraw/",
    "/privacy/requests/",
    "/privacy/hold/",
    "/privacy/holds/",
    "/it/kiosks/enroll/",
    "/it/kiosks/revoke/",
    "/it/retention/",
    "/it/profiles/boundary-test/",
]


def test_every_form_refuses_a_post_without_its_csrf_token(
    make_account: Callable[[str], Account],
) -> None:
    anonymous = Client(enforce_csrf_checks=True)
    assert anonymous.post("/signin/", {"username": "x", "password": "y"}).status_code == 403
    for role in (PRIVACY, IT):
        client = Client(enforce_csrf_checks=True)
        account = make_account(role)
        page = client.get("/signin/")
        token = page.cookies["csrftoken"].value
        signed = client.post(
            "/signin/",
            {"username": account.username, "password": PASSWORD, "csrfmiddlewaretoken": token},
        )
        assert signed.status_code == 302
        if account.totp_uri:
            client.get("/signin/code/")
            token = client.cookies["csrftoken"].value
            client.post("/signin/code/", {"code": account.code(), "csrfmiddlewaretoken": token})
        for path in FORMS:
            assert client.post(path, {"kiosk_id": "x", "visit": "y"}).status_code == 403, path
        assert client.get("/").status_code == 200, "still signed in: nothing was done"


def test_wrong_passwords_lock_the_account(make_account: Callable[[str], Account]) -> None:
    account = make_account(SOCIAL)
    client = Client()
    for _ in range(5):
        client.post("/signin/", {"username": account.username, "password": "wrong password"})
    locked = client.post("/signin/", {"username": account.username, "password": PASSWORD})
    assert locked.status_code in (403, 429)
    assert b"Account locked for an hour" in locked.content
    assert client.get("/social/photos/")["Location"] == "/signin/"


def test_cookies_and_headers_are_strict(make_account: Callable[[str], Account]) -> None:
    client = Client()
    page = client.get("/signin/")
    policy = page["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy and "form-action 'self'" in policy
    assert page["X-Frame-Options"] == "DENY"
    assert page["Referrer-Policy"] == "same-origin"
    account = make_account(SOCIAL)
    signed = client.post("/signin/", {"username": account.username, "password": PASSWORD})
    for name in ("sessionid", "csrftoken"):
        cookie = signed.cookies[name] if name in signed.cookies else client.cookies[name]
        assert cookie["secure"] and cookie["httponly"], name
        assert cookie["samesite"] == "Strict", name


def test_passwords_are_hashed_with_argon2(make_account: Callable[[str], Account]) -> None:
    from django.contrib.auth.models import User

    account = make_account(IT)
    assert User.objects.get(username=account.username).password.startswith("argon2$argon2id$")
