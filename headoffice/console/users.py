"""``central console-user add``: accounts are made on head office's command line, not in a page.

A privacy officer's account gets its TOTP device here, shown once, so the second factor
is never set up by whoever first holds the password.
"""

from __future__ import annotations

from typing import Any

from wire.postgres import CentralError


def add_user(username: str, role: str, password: str) -> dict[str, Any]:
    """Create the account in ``role`` (Django must be configured: :func:`setup.prepare`)."""
    from django.contrib.auth import password_validation
    from django.contrib.auth.models import Group, User
    from django.core.exceptions import ValidationError
    from django.db import transaction
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from headoffice.console.roles import NEEDS_TOTP, ROLES

    if role not in ROLES:
        raise CentralError(f"unknown role {role!r}; known: {', '.join(ROLES)}")
    if not username or len(username) > 150:
        raise CentralError("a user name is 1-150 characters")
    if User.objects.filter(username=username).exists():
        raise CentralError(f"there is already a console user {username!r}")
    candidate = User(username=username)
    try:
        password_validation.validate_password(password, candidate)
    except ValidationError as exc:
        raise CentralError("the password is too weak: " + " ".join(exc.messages)) from None
    result: dict[str, Any] = {"user": username, "role": role}
    with transaction.atomic():
        user = User.objects.create_user(username=username, password=password)
        user.groups.add(Group.objects.get(name=role))
        if role in NEEDS_TOTP:
            device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
            result["totp_uri"] = device.config_url
    return result
