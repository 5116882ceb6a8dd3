import pytest
from django.test import RequestFactory, override_settings

from thainguyen_portal.core.views import server_error

pytestmark = pytest.mark.django_db

UNREACHABLE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # Nothing listens on port 1: the cache is down.
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    },
    "sessions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert (body["database"], body["cache"], body["sessions_cache"]) == ("ok", "ok", "ok")
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_cache_is_down(client):
    with override_settings(CACHES=UNREACHABLE_CACHE):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert (body["status"], body["database"], body["cache"]) == ("down", "ok", "down")


def test_500_page_renders_without_the_database(django_db_blocker):
    request = RequestFactory().get("/")
    with django_db_blocker.block():
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Hệ thống đang gặp sự cố" in html
    assert "Server error" in html
    assert '<html lang="vi">' in html


def test_unknown_vietnamese_url_gives_the_portal_404(client, site_tree):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert "Không tìm thấy trang" in html
    assert 'href="/"' in html


def test_unknown_english_url_gives_an_english_404(client, site_tree):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Page not found" in html


def test_robots_txt_announces_the_sitemaps_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt", HTTP_HOST="testserver")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "User-agent: *" in body
    assert "Disallow: /admin/" in body
    for sitemap in ("/sitemap.xml", "/sitemap-news.xml", "/en/sitemap-news.xml"):
        assert f"Sitemap: http://testserver{sitemap}" in body
