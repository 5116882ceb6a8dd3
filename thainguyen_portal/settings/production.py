"""Production: gunicorn behind nginx or a CDN. Everything comes from the environment (README.md)."""

import os
import sys

from .base import *  # noqa: F403
from .base import env_bool, env_int

PORTAL_ENVIRONMENT = "production"
DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    # One clear line instead of a traceback: the process manager shows it as the reason for the failed start.
    sys.stderr.write("SECRET_KEY is not set: production refuses to start without it (see README.md).\n")
    raise SystemExit(1)
# Django's own criteria (check security.W009): a short or repetitive key can be guessed, and with it sessions and
# password-reset links forged.
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-"):
    sys.stderr.write(
        "SECRET_KEY is too weak: production needs at least 50 characters with at least 5 different ones "
        "(python -c 'import secrets; print(secrets.token_urlsafe(50))'; see README.md).\n"
    )
    raise SystemExit(1)

# Static files: hashed names, compressed, served by WhiteNoise with far-future cache headers.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Behind nginx / a CDN that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
USE_X_FORWARDED_HOST = env_bool("USE_X_FORWARDED_HOST", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^ping$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Cổng TTĐT tỉnh Thái Nguyên <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Admin sign-in: one-time passwords for approvers and administrators (core/security/otp.py), on unless switched off.
PORTAL_OTP_REQUIRED = env_bool("PORTAL_OTP_REQUIRED", True)

# Optional error reporting to Sentry: only with SENTRY_DSN set and sentry-sdk installed (README.md, "Security").
if SENTRY_DSN:  # noqa: F405
    try:
        import sentry_sdk
    except ImportError:
        sys.stderr.write("SENTRY_DSN is set but sentry-sdk is not installed: pip install sentry-sdk\n")
        raise SystemExit(1) from None
    sentry_sdk.init(
        dsn=SENTRY_DSN,  # noqa: F405
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,  # no cookies, user names or addresses of readers and editors
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0") or 0),
    )
