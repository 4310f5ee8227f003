"""Django's settings, built in code from the DSN and head office's key folder.

There is no settings file to leak: the database comes from the DSN ``central serve`` was
given, and the signing secret for sessions and CSRF from ``console-secret.key`` in the keys
folder (made on first start, 0600), next to the keys it protects. The console's own tables
(accounts, sessions, lockouts, TOTP devices) go in the ``console`` schema, apart from the
kiosks' ``photobooth`` schema, and kiosk logins are given nothing there.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from psycopg.conninfo import conninfo_to_dict

SCHEMA = "console"
SECRET_FILE = "console-secret.key"
HERE = Path(__file__).resolve().parent


def secret_key(keys_dir: Path) -> str:
    path = keys_dir / SECRET_FILE
    if not path.exists():
        keys_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_urlsafe(48) + "\n")
    return path.read_text().strip()


def database(dsn: str) -> dict[str, Any]:
    """Django's DATABASES entry for a libpq DSN, with the console schema first on the path."""
    params = {k: str(v) for k, v in conninfo_to_dict(dsn).items() if v is not None}
    options = params.pop("options", "")
    entry: dict[str, Any] = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": params.pop("dbname", ""),
        "USER": params.pop("user", ""),
        "PASSWORD": params.pop("password", ""),
        "HOST": params.pop("host", ""),
        "PORT": params.pop("port", ""),
        "CONN_MAX_AGE": 600,  # SCRAM login is slow on purpose; keep a connection per thread
        "OPTIONS": {**params, "options": f"{options} -c search_path={SCHEMA}".strip()},
    }
    return entry


def build(
    dsn: str,
    keys_dir: Path,
    *,
    allowed_hosts: list[str],
    secure_cookies: bool = True,
) -> dict[str, Any]:
    from csp.constants import NONCE, NONE, SELF

    return {
        "DEBUG": False,
        "SECRET_KEY": secret_key(keys_dir),
        "ALLOWED_HOSTS": allowed_hosts,
        "ROOT_URLCONF": "headoffice.console.urls",
        "INSTALLED_APPS": [
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django_otp",
            "django_otp.plugins.otp_totp",
            "axes",
            "headoffice.console.apps.ConsoleConfig",
        ],
        "MIDDLEWARE": [
            "django.middleware.security.SecurityMiddleware",
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.locale.LocaleMiddleware",
            "headoffice.console.middleware.ConsoleLanguage",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django_otp.middleware.OTPMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
            "csp.middleware.CSPMiddleware",
            "axes.middleware.AxesMiddleware",
        ],
        "TEMPLATES": [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.template.context_processors.i18n",
                        "django.contrib.auth.context_processors.auth",
                        "headoffice.console.roles.context",
                    ]
                },
            }
        ],
        "DATABASES": {"default": database(dsn)},
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        # Argon2id first (argon2-cffi); PBKDF2 stays listed only to read hashes made before.
        "PASSWORD_HASHERS": [
            "django.contrib.auth.hashers.Argon2PasswordHasher",
            "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        ],
        "AUTH_PASSWORD_VALIDATORS": [
            {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
            {
                "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
                "OPTIONS": {"min_length": 12},
            },
            {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
            {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
        ],
        # django-axes first: it refuses a locked-out sign-in before the password is checked.
        "AUTHENTICATION_BACKENDS": [
            "axes.backends.AxesStandaloneBackend",
            "django.contrib.auth.backends.ModelBackend",
        ],
        "AXES_FAILURE_LIMIT": 5,
        "AXES_COOLOFF_TIME": 1,  # hours
        "AXES_LOCKOUT_PARAMETERS": [["username", "ip_address"]],
        "AXES_RESET_ON_SUCCESS": True,
        "AXES_LOCKOUT_TEMPLATE": "console/locked.html",
        "AXES_VERBOSE": False,
        "LOGIN_URL": "console:signin",
        "SESSION_ENGINE": "django.contrib.sessions.backends.db",
        "SESSION_COOKIE_AGE": 8 * 3600,
        "SESSION_EXPIRE_AT_BROWSER_CLOSE": True,
        "SESSION_COOKIE_SECURE": secure_cookies,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Strict",
        "CSRF_COOKIE_SECURE": secure_cookies,
        "CSRF_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SAMESITE": "Strict",
        "LANGUAGE_COOKIE_SECURE": secure_cookies,
        "LANGUAGE_COOKIE_HTTPONLY": True,
        "LANGUAGE_COOKIE_SAMESITE": "Strict",
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        # same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on a form
        # post and Django's CSRF check rightly refuses it; other sites still get no referrer
        # (so a visitor's link never leaks through one).
        "SECURE_REFERRER_POLICY": "same-origin",
        "CSRF_FAILURE_VIEW": "headoffice.console.views_auth.csrf_failure",
        "SECURE_CROSS_ORIGIN_OPENER_POLICY": "same-origin",
        "X_FRAME_OPTIONS": "DENY",
        # No script at all; styles only inline with this response's nonce; no external assets.
        "CONTENT_SECURITY_POLICY": {
            "DIRECTIVES": {
                "default-src": [NONE],
                "style-src": [NONCE],
                "img-src": [SELF, "data:"],
                "form-action": [SELF],
                "frame-ancestors": [NONE],
                "base-uri": [NONE],
            }
        },
        "USE_I18N": True,
        "USE_TZ": True,
        "TIME_ZONE": "UTC",
        "LANGUAGE_CODE": "en",
        # French for the visitor's page only (headoffice.console.middleware keeps the console
        # itself in English or Hebrew).
        "LANGUAGES": [("en", "English"), ("he", "עברית"), ("fr", "Français")],
        "LOCALE_PATHS": [str(HERE / "locale")],
        "LOGGING_CONFIG": None,
    }


def configure(
    dsn: str, keys_dir: Path, *, allowed_hosts: list[str], secure_cookies: bool = True
) -> None:
    """Configure Django for this process (once) and load the apps."""
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            **build(dsn, keys_dir, allowed_hosts=allowed_hosts, secure_cookies=secure_cookies)
        )
        django.setup()
