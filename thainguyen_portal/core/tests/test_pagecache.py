"""The page cache: anonymous readers get cached pages, everyone gets the new version right after a change.

Each test runs inside a transaction that is never committed; `committed()` runs what the commit of a change would
(core/publishing/signals.py renews the page cache and purges the CDN then, never before).
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from home.factories import StandardPageFactory
from home.models import StandardPage
from tests.helpers import QuietHandler, committed, get_ok, local_http_server
from thainguyen_portal.core.factories import MenuFactory
from thainguyen_portal.core.publishing import pagecache

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def test_second_anonymous_view_is_a_cache_hit_without_queries(client, site_tree, django_assert_num_queries):
    first = get_ok(client, "/")
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = get_ok(client, "/")
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content


def test_shared_cache_headers_on_anonymous_pages(client, site_tree):
    response = get_ok(client, "/")
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "s-maxage=60" in cache_control
    assert "stale-while-revalidate=60" in cache_control
    vary = response.get("Vary", "").lower()
    assert "cookie" not in vary and "accept-language" not in vary


def test_publishing_a_page_refreshes_home_and_its_section_at_once(client, site_tree):
    section = StandardPageFactory(parent=site_tree.home, title="Tin tức", slug="tin-tuc")
    get_ok(client, "/")
    get_ok(client, "/tin-tuc/")
    article = StandardPage(title="Khánh thành cầu Bến Tượng", slug="khanh-thanh-cau-ben-tuong", live=False)
    section.add_child(instance=article)
    assert "Khánh thành cầu Bến Tượng" not in get_ok(client, "/").content.decode()
    with committed():
        article.save_revision().publish()
    home = get_ok(client, "/")
    assert home["X-Cache"] == "MISS"
    assert "Khánh thành cầu Bến Tượng" in home.content.decode()
    assert get_ok(client, "/tin-tuc/khanh-thanh-cau-ben-tuong/").status_code == 200


def test_unpublishing_and_deleting_take_effect_at_once(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Thông báo tuyển dụng", slug="thong-bao-tuyen-dung")
    assert "Thông báo tuyển dụng" in get_ok(client, "/").content.decode()
    get_ok(client, "/thong-bao-tuyen-dung/")
    with committed():
        page.unpublish()
    assert "Thông báo tuyển dụng" not in get_ok(client, "/").content.decode()
    assert client.get("/thong-bao-tuyen-dung/").status_code == 404
    with committed():
        page.save_revision().publish()
    assert "Thông báo tuyển dụng" in get_ok(client, "/").content.decode()
    with committed():
        page.delete()
    assert "Thông báo tuyển dụng" not in get_ok(client, "/").content.decode()
    assert client.get("/thong-bao-tuyen-dung/").status_code == 404


def test_moving_a_page_refreshes_both_places(client, site_tree):
    old = StandardPageFactory(parent=site_tree.home, title="Kinh tế", slug="kinh-te")
    new = StandardPageFactory(parent=site_tree.home, title="Du lịch", slug="du-lich")
    page = StandardPageFactory(parent=old, title="Hồ Núi Cốc đón khách", slug="ho-nui-coc-don-khach")
    get_ok(client, "/kinh-te/ho-nui-coc-don-khach/")
    with committed():
        page.move(new, pos="last-child")
    assert client.get("/kinh-te/ho-nui-coc-don-khach/").status_code in (301, 302, 404)
    assert get_ok(client, "/du-lich/ho-nui-coc-don-khach/").status_code == 200


def test_one_publish_keeps_other_areas_cached(client, site_tree):
    with committed():
        news = StandardPageFactory(parent=site_tree.home, title="Tin tức", slug="tin-tuc")
        gazette = StandardPageFactory(parent=site_tree.home, title="Công báo", slug="cong-bao")
        StandardPageFactory(parent=gazette, title="Số 01/2026", slug="so-01-2026")
        StandardPageFactory(parent=news, title="Tin cũ", slug="tin-cu")
    get_ok(client, "/cong-bao/so-01-2026/")
    get_ok(client, "/tin-tuc/tin-cu/")
    article = StandardPage(title="Tin mới", slug="tin-moi")
    news.add_child(instance=article)
    with committed():
        article.save_revision().publish()
    assert get_ok(client, "/cong-bao/so-01-2026/")["X-Cache"] == "HIT"
    assert get_ok(client, "/tin-tuc/tin-cu/")["X-Cache"] == "MISS"


def test_menu_change_refreshes_every_page(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    get_ok(client, "/gioi-thieu/")
    with committed():
        menu = MenuFactory.with_pages("main", [page])
    assert menu.pk
    response = get_ok(client, "/gioi-thieu/")
    assert response["X-Cache"] == "MISS"
    assert 'href="/gioi-thieu/" aria-current="page"' in response.content.decode()


def test_signed_in_users_never_get_a_cached_page(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Liên hệ", slug="lien-he")
    get_ok(client, "/lien-he/")
    user = get_user_model().objects.create_superuser("bientap", "b@example.invalid", "mat-khau-dai-2026")
    client.force_login(user)
    response = get_ok(client, "/lien-he/")
    assert "X-Cache" not in response
    page.title = "Liên hệ (bản sửa chưa xuất bản)"
    page.save()
    assert "X-Cache" not in get_ok(client, "/lien-he/")


def test_admin_and_responses_with_cookies_are_not_cached(client, site_tree):
    assert "X-Cache" not in client.get("/admin/login/")
    assert not pagecache.response_is_cacheable(client.get("/khong-co/"))  # 404s are not kept


def test_pages_are_served_when_the_cache_is_down(client, site_tree):
    """As configured for production (django-redis ignoring exceptions), with nothing listening on the port."""
    down = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
        },
        "sessions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(CACHES=down):
        response = client.get("/")
    assert response.status_code == 200
    assert "Trang chủ" in response.content.decode()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", ("site", "listings:vi")),
        ("/en/", ("site", "listings:en")),
        ("/tin-tuc/thoi-su/bai-viet/", ("site", "area:vi:tin-tuc")),
        ("/en/news/article/", ("site", "area:en:news")),
        ("/tim-kiem/", ("site", "listings:vi")),
        ("/en/search/", ("site", "listings:en")),
        ("/" + "a" * 500 + "/", ("site", "area:vi:_other")),
        ("/%00/", ("site", "area:vi:_other")),
        ("/Đường/", ("site", "area:vi:_other")),
    ],
)
def test_generations_for_path(path, expected):
    assert pagecache.generations_for_path(path) == expected


class PurgeRecorder(QuietHandler):
    """A stand-in for nginx/Varnish: records the PURGE requests it receives."""

    received = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()


@pytest.fixture
def purge_server():
    PurgeRecorder.received = []
    with local_http_server(PurgeRecorder) as port:
        yield f"http://127.0.0.1:{port}", PurgeRecorder.received


def test_publishing_purges_the_page_and_its_listings_from_the_cdn(site_tree, purge_server, immediate_tasks):
    location, received = purge_server
    with committed():  # before the CDN is there (the fixtures made the home page before the site had its host)
        section = StandardPageFactory(parent=site_tree.home, title="Tin tức", slug="tin-tuc")
    backend = {"purge": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}}
    with override_settings(WAGTAILFRONTENDCACHE=backend):
        article = StandardPage(title="Lễ hội Trà Thái Nguyên", slug="le-hoi-tra")
        section.add_child(instance=article)
        with committed():
            article.save_revision().publish()
    paths = {path for host, path in received}
    assert {"/tin-tuc/le-hoi-tra/", "/tin-tuc/", "/"} <= paths
    assert {host for host, path in received} == {"testserver"}


def test_sitemap_is_refreshed_on_publish_and_unpublish(client, site_tree):
    first = get_ok(client, "/sitemap.xml")
    assert "le-hoi-tra" not in first.content.decode()
    page = StandardPage(title="Lễ hội Trà", slug="le-hoi-tra", live=False)
    site_tree.home.add_child(instance=page)
    with committed():
        page.save_revision().publish()
    assert "/le-hoi-tra/" in get_ok(client, "/sitemap.xml").content.decode()
    with committed():
        StandardPage.objects.get(pk=page.pk).unpublish()  # a fresh copy: the one in hand still says "not live"
    assert "/le-hoi-tra/" not in get_ok(client, "/sitemap.xml").content.decode()


def test_english_and_vietnamese_pages_are_cached_apart(client, site_tree):
    vi = get_ok(client, "/").content.decode()
    en = get_ok(client, "/en/").content.decode()
    assert '<html lang="vi"' in vi and '<html lang="en"' in en
    assert '<html lang="en"' in get_ok(client, "/en/").content.decode()  # from the cache, still English


def test_a_page_created_live_shows_at_once(client, site_tree):
    """Imports and scripts may create pages already live, without a publish: the listings still follow."""
    get_ok(client, "/")
    with committed():
        StandardPageFactory(parent=site_tree.home, title="Văn bản mới nhập", slug="van-ban-moi-nhap")
    assert "Văn bản mới nhập" in get_ok(client, "/").content.decode()


# --- A response that changes by itself at a known time (page_cache_until) ------------------------------------------


def _middleware_serving(moment_after):
    """The page-cache middleware in front of a view whose response changes `moment_after` from now (None: never)."""
    import datetime

    from django.http import HttpResponse
    from django.utils import timezone

    calls = []

    def view(request):
        calls.append(1)
        if moment_after is not None:
            pagecache.page_cache_until(request, timezone.now() + datetime.timedelta(seconds=moment_after))
            pagecache.page_cache_until(request, None)  # ignored
            pagecache.page_cache_until(request, timezone.now() + datetime.timedelta(days=1))  # a later one: ignored
        return HttpResponse("<p>open</p>", content_type="text/html")

    return pagecache.AnonymousPageCacheMiddleware(view), calls


@pytest.mark.parametrize("seconds", [30, 3600])
def test_a_response_that_changes_at_a_time_is_kept_no_longer(rf, seconds, settings):
    middleware, calls = _middleware_serving(seconds)
    first = middleware(rf.get("/cong-viec/"))
    assert first["X-Cache"] == "MISS"
    shared = min(settings.PAGE_CACHE_SHARED_MAX_AGE, seconds - 1)
    assert f"s-maxage={shared}" in first["Cache-Control"] or f"s-maxage={shared + 1}" in first["Cache-Control"]
    assert "stale-while-revalidate" not in first["Cache-Control"]
    assert middleware(rf.get("/cong-viec/"))["X-Cache"] == "HIT" and len(calls) == 1


def test_a_response_that_changes_within_a_second_is_not_cached(rf):
    middleware, calls = _middleware_serving(0.5)
    assert "X-Cache" not in middleware(rf.get("/cong-viec/"))  # served, not stored
    assert "X-Cache" not in middleware(rf.get("/cong-viec/")) and len(calls) == 2


def test_a_response_without_a_time_keeps_the_usual_headers(rf, settings):
    middleware, _calls = _middleware_serving(None)
    response = middleware(rf.get("/cong-viec/"))
    assert f"s-maxage={settings.PAGE_CACHE_SHARED_MAX_AGE}" in response["Cache-Control"]
    assert "stale-while-revalidate" in response["Cache-Control"]
