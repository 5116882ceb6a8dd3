"""Settings read the environment: the same module gives SQLite/local memory or PostgreSQL/Redis."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from thainguyen_portal.settings.base import redis_db_url

BASE_DIR = Path(__file__).resolve().parents[3]

PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "engine": settings.DATABASES["default"]["ENGINE"],
    "name": str(settings.DATABASES["default"]["NAME"]),
    "host": settings.DATABASES["default"].get("HOST", ""),
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION", ""),
    "sessions_location": settings.CACHES["sessions"].get("LOCATION", ""),
    "session_engine": settings.SESSION_ENGINE,
    "time_zone": settings.TIME_ZONE,
    "debug": settings.DEBUG,
    "allowed_hosts": settings.ALLOWED_HOSTS,
    "whitenoise_use_finders": settings.WHITENOISE_USE_FINDERS,
    "serve_media": settings.SERVE_MEDIA,
}))
"""


def probe_settings(module, **env):
    clean = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "PORTAL_VAR_DIR"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=BASE_DIR, env=clean, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_embedded_default_without_environment():
    found = probe_settings("thainguyen_portal.settings.dev")
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["name"].endswith("var/portal.sqlite3")
    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert found["session_engine"] == "django.contrib.sessions.backends.db"
    assert found["time_zone"] == "Asia/Ho_Chi_Minh"


def test_development_shows_readers_the_portal_own_error_pages():
    """`make run` shows readers what production shows them (the portal's 404 and 500, not Django's debug pages
    with the URL map), with static files and media still served; DEBUG=true brings the debug pages back."""
    found = probe_settings("thainguyen_portal.settings.dev", DEBUG="")
    assert found["debug"] is False
    assert found["whitenoise_use_finders"] is True and found["serve_media"] is True
    assert probe_settings("thainguyen_portal.settings.dev", DEBUG="true")["debug"] is True


def test_development_allows_the_host_it_is_served_on():
    found = probe_settings("thainguyen_portal.settings.dev", WAGTAILADMIN_BASE_URL="http://192.168.1.20:8765")
    assert "192.168.1.20" in found["allowed_hosts"] and "127.0.0.1" in found["allowed_hosts"]


def test_postgresql_and_redis_from_the_environment():
    found = probe_settings(
        "thainguyen_portal.settings.dev",
        DATABASE_URL="postgres://portal:secret@db.internal:5432/portal",
        REDIS_URL="redis://cache.internal:6379/4",
    )
    assert found["engine"] == "django.db.backends.postgresql"
    assert (found["name"], found["host"]) == ("portal", "db.internal")
    assert found["cache"] == "django_redis.cache.RedisCache"
    # Cache and sessions live in separate Redis databases.
    assert found["cache_location"] == "redis://cache.internal:6379/4"
    assert found["sessions_location"] == "redis://cache.internal:6379/5"
    # Sessions in the database, read through the cache: sign-in works while Redis is away.
    assert found["session_engine"] == "django.contrib.sessions.backends.cached_db"


@pytest.mark.parametrize(
    ("url", "offset", "expected"),
    [
        ("redis://127.0.0.1:6379", 0, "redis://127.0.0.1:6379/0"),
        ("redis://127.0.0.1:6379/", 1, "redis://127.0.0.1:6379/1"),
        ("redis://:pw@cache:6380/2", 1, "redis://:pw@cache:6380/3"),
        ("rediss://cache:6379/0?ssl_cert_reqs=none", 1, "rediss://cache:6379/1?ssl_cert_reqs=none"),
    ],
)
def test_redis_db_url(url, offset, expected):
    assert redis_db_url(url, offset) == expected


def test_this_suite_runs_on_the_backends_the_environment_names():
    """CI runs the suite twice; this makes the second run prove it really is PostgreSQL and Redis."""
    if os.environ.get("DATABASE_URL"):
        assert connection.vendor == "postgresql"
    else:
        assert connection.vendor == "sqlite"
    expected_cache = (
        "django_redis.cache.RedisCache"
        if os.environ.get("REDIS_URL")
        else "django.core.cache.backends.locmem.LocMemCache"
    )
    assert settings.CACHES["default"]["BACKEND"] == expected_cache


def run_manage(*args, **env):
    clean = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=clean, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="thainguyen_portal.settings.production")
    assert result.returncode != 0
    assert result.stderr.strip() == "SECRET_KEY is not set: production refuses to start without it (see README.md)."


def test_production_passes_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="thainguyen_portal.settings.production",
        SECRET_KEY="x7#kq2!vT9@pL4$mZ8^wR1&nB6*cY3(eH5)jF0_gD-sA+uQ=oI~" + "a" * 10,
        ALLOWED_HOSTS="thainguyen.gov.vn,www.thainguyen.gov.vn",
        CSRF_TRUSTED_ORIGINS="https://thainguyen.gov.vn",
        WAGTAILADMIN_BASE_URL="https://thainguyen.gov.vn",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_a_new_var_directory_is_made_for_the_embedded_database(tmp_path):
    """PORTAL_VAR_DIR may name a folder that does not exist yet (README): SQLite cannot make it itself."""
    var = tmp_path / "elsewhere" / "var"
    result = run_manage(
        "check",
        "--database",
        "default",
        DJANGO_SETTINGS_MODULE="thainguyen_portal.settings.dev",
        PORTAL_VAR_DIR=str(var),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert var.is_dir()
