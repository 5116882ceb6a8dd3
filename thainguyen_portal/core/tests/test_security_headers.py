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
