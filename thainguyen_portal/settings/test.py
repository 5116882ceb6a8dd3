"""Tests: `make test`. The same environment switches as production: DATABASE_URL and REDIS_URL pick the
real PostgreSQL and Redis (CI runs the suite on both); without them SQLite and local memory."""

import os

from .base import *  # noqa: F403
from .base import REDIS_URL, VAR_DIR, env_bool, redis_db_url

PORTAL_ENVIRONMENT = "test"
DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or "test-only-insecure-key"
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
MEDIA_ROOT = VAR_DIR / "test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Fast hashing: tests create users; production keeps Django's default hasher.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The page cache is off in tests, so that every test measures and sees what the page renders; the page-cache tests
# (core/tests/test_pagecache.py and the tests that check a cache hit) switch it on with override_settings.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)
# One test database per process: no other process renews its pages (core/tests/test_cache_signal.py starts the
# processes of `make run` to test the signal).
PAGE_CACHE_SIGNAL_FILE = None
# One-time passwords are off so that tests sign in editors with force_login; core/tests/test_otp.py switches them on.
PORTAL_OTP_REQUIRED = False
# django-axes needs the request to authenticate, which test helpers' client.login() (Wagtail's WagtailTestUtils.login)
# does not pass; the lockout tests (core/tests/test_admin_security.py) switch it on.
AXES_ENABLED = False
# Background tasks are recorded, not run (django-tasks' DummyBackend): a page save in a test no longer makes
# renditions, writes Wagtail's search and reference indexes or computes purge URLs it does not test. A test about
# those runs them explicitly with the `tasks` fixture (conftest.py); the shared demo seed runs them once.
TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

# pytest-xdist: each worker has its own test database (pytest-django), and here its own Redis databases and media
# folder, so that one worker's cache.clear() or file clean-up never touches another's.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if XDIST_WORKER:
    MEDIA_ROOT = VAR_DIR / f"test-media-{XDIST_WORKER}"
    _worker_index = int(XDIST_WORKER.removeprefix("gw") or 0)
    if REDIS_URL and _worker_index:
        for _alias, _offset in (("default", 0), ("sessions", 1)):
            if _alias in CACHES and "redis" in CACHES[_alias]["BACKEND"].lower():
                CACHES[_alias]["LOCATION"] = redis_db_url(REDIS_URL, 2 * _worker_index + _offset)
