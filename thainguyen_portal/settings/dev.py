"""Development: `make run`. SQLite and local memory unless DATABASE_URL / REDIS_URL are set."""

import os

from .base import *  # noqa: F403
from .base import env_bool

PORTAL_ENVIRONMENT = "development"
DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-used-in-production"
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve static files straight from the app directories while developing (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The demo admin signs in with a password only; set PORTAL_OTP_REQUIRED=true to try the one-time-password flow.
PORTAL_OTP_REQUIRED = env_bool("PORTAL_OTP_REQUIRED", False)
