"""Development: `make run`. SQLite and local memory unless DATABASE_URL / REDIS_URL are set."""

import os
from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import WAGTAILADMIN_BASE_URL, env_bool

PORTAL_ENVIRONMENT = "development"
# Readers' pages as production shows them: the portal's own 404 and 500 pages, never Django's debug pages (which
# list the URL map and settings). Tracebacks still reach the console through LOGGING ("django.request").
# `make run DEBUG=true` brings Django's debug pages back for a developer.
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-used-in-production"
# Without DEBUG, Django checks the host: the address `make run` serves on (WAGTAILADMIN_BASE_URL) is always allowed.
_base_host = urlsplit(WAGTAILADMIN_BASE_URL).hostname
if _base_host and _base_host not in ALLOWED_HOSTS:  # noqa: F405
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, _base_host]  # noqa: F405
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve static files straight from the app directories, with or without DEBUG (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The demo admin signs in with a password only; set PORTAL_OTP_REQUIRED=true to try the one-time-password flow.
PORTAL_OTP_REQUIRED = env_bool("PORTAL_OTP_REQUIRED", False)
