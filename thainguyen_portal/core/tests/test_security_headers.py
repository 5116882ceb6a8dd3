import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def directives(response):
    return dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))


def test_public_pages_have_a_strict_policy(client, site_tree):
    response = client.get("/")
    policy = directives(response)
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_cached_public_pages_keep_their_headers(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    client.get("/en/")
    cached = client.get("/en/")
    assert cached["X-Cache"] == "HIT"
    assert directives(cached)["script-src"] == "'self'"


def test_admin_gets_the_looser_policy_it_needs(client, site_tree):
    response = client.get("/admin/login/")
    assert "'unsafe-inline'" in directives(response)["script-src"]
    user = get_user_model().objects.create_superuser("bientap", "b@example.invalid", "mat-khau-dai-2026")
    client.force_login(user)
    assert "'unsafe-inline'" in directives(client.get("/"))["script-src"]  # the user bar on public pages


def test_public_templates_have_no_inline_script_or_style(client, site_tree):
    html = client.get("/").content.decode()
    assert "<script>" not in html and " style=" not in html and "<style" not in html


PRODUCTION_PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
client = Client()
secure = client.get("/ping", secure=True, headers={"host": "thainguyen.gov.vn"})
plain = client.get("/tin-tuc/", headers={"host": "thainguyen.gov.vn"})
print(json.dumps({
    "hsts": secure.get("Strict-Transport-Security", ""),
    "plain_status": plain.status_code,
    "plain_location": plain.get("Location", ""),
    "csp": secure.get("Content-Security-Policy", ""),
    "request_id": secure.get("X-Request-ID", ""),
    "session_secure": settings.SESSION_COOKIE_SECURE,
    "session_httponly": settings.SESSION_COOKIE_HTTPONLY,
    "csrf_secure": settings.CSRF_COOKIE_SECURE,
    "otp": settings.PORTAL_OTP_REQUIRED,
    "axes": [settings.AXES_ENABLED, settings.AXES_FAILURE_LIMIT, settings.AXES_CLIENT_IP_CALLABLE],
    "admin_languages": [code for code, _ in settings.WAGTAILADMIN_PERMITTED_LANGUAGES],
}))
"""


def production_probe(tmp_path, script=PRODUCTION_PROBE, **env):
    import os
    import subprocess
    import sys
    from pathlib import Path

    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "SECRET_KEY"}}
    clean.update(
        DJANGO_SETTINGS_MODULE="thainguyen_portal.settings.production",
        SECRET_KEY="x7#kq2!vT9@pL4$mZ8^wR1&nB6*cY3(eH5)jF0_gD-sA+uQ=oI~aaaaaaaaaa",
        ALLOWED_HOSTS="thainguyen.gov.vn",
        PORTAL_VAR_DIR=str(tmp_path),
        **env,
    )
    base = Path(__file__).resolve().parents[3]
    return subprocess.run(
        [sys.executable, "-c", script], cwd=base, env=clean, capture_output=True, text=True, timeout=120
    )


def test_production_sends_hsts_redirects_to_https_and_keeps_cookies_secure(tmp_path):
    import json

    result = production_probe(tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert found["plain_status"] == 301 and found["plain_location"] == "https://thainguyen.gov.vn/tin-tuc/"
    assert "script-src 'self'" in found["csp"]
    assert len(found["request_id"]) == 32
    assert found["session_secure"] and found["session_httponly"] and found["csrf_secure"]
    # The admin's door in production: one-time passwords on, logins throttled per proxy-aware address.
    assert found["otp"] is True
    assert found["axes"] == [True, 5, "thainguyen_portal.core.security.clientip.axes_client_ip"]
    assert found["admin_languages"] == ["vi", "en"]


def test_otp_and_lockout_pages_get_the_admin_policy(client, site_tree, settings):
    settings.PORTAL_OTP_REQUIRED = True
    user = get_user_model().objects.create_superuser("quantri", "q@example.invalid", "mat-khau-dai-2026")
    client.force_login(user)
    response = client.get("/admin/otp/setup/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in directives(response)["script-src"]
    assert directives(response)["img-src"].startswith("'self' data:")  # the QR code is a data: image
