import pytest
from django.test import RequestFactory, override_settings

from tests.helpers import UNREACHABLE_CACHE, html_of
from thainguyen_portal.core.views import server_error

pytestmark = pytest.mark.django_db


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


@pytest.mark.parametrize(
    "url, expected",
    [
        pytest.param("/khong-co-trang-nay/", ['<html lang="vi"', "Không tìm thấy trang", 'href="/"'], id="vietnamese"),
        pytest.param("/en/no-such-page/", ['<html lang="en"', "Page not found"], id="english"),
    ],
)
def test_an_unknown_url_gives_the_portal_404_in_its_language(client, site_tree, url, expected):
    html = html_of(client, url, 404)
    for text in expected:
        assert text in html


def test_robots_txt_announces_the_sitemaps_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt", HTTP_HOST="testserver")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "User-agent: *" in body
    assert "Disallow: /admin/" in body
    for sitemap in ("/sitemap.xml", "/sitemap-news.xml", "/en/sitemap-news.xml"):
        assert f"Sitemap: http://testserver{sitemap}" in body
