"""Test helpers every app's tests share (fixtures are in the root conftest.py; these are plain functions and bases)."""

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.test import TestCase
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

# The password of the admin users the tests make.
ADMIN_PASSWORD = "chè-Tân-Cương-2026"

# The cache down: Django's Redis backend (which raises) on a port where nothing listens. The sessions stay in memory.
UNREACHABLE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    },
    "sessions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}

# An empty slug: the page makes its own from the title, in Vietnamese (Wagtail's helper would send slugify's).
PROMOTE = {"slug": "", "seo_title": "", "search_description": "", "social_text": ""}


def serve_as_default_site(home):
    """`home` becomes the root page of the default site, served at testserver:80 (the test client's host)."""
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "testserver", 80, home
    site.save()
    return site


class PortalAdminTestCase(WagtailPageTestCase):
    """Admin tests on a fresh Vietnamese home page (`cls.home`, the default site's root) with Wagtail's superuser
    signed in (`self.user`)."""

    @classmethod
    def setUpTestData(cls):
        from home.factories import HomePageFactory

        Page.objects.filter(depth=2).delete()
        cls.home = HomePageFactory(parent=Page.get_first_root_node())
        serve_as_default_site(cls.home)

    def setUp(self):
        self.user = self.login()


def english_news_copies(home_en, index, section, article):
    """English pages with the translation keys of a news `index`, one `section` in it and one `article` in that
    (News, Current, Bridge), made by the factories, as a translator's would be: (index, section, article)."""
    from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory

    en = home_en.locale
    index_en = NewsIndexPageFactory(parent=home_en, locale=en, translation_key=index.translation_key, slug="news")
    section_en = SectionPageFactory(
        parent=index_en, locale=en, translation_key=section.translation_key, title="Current", slug="current"
    )
    article_en = ArticlePageFactory(
        parent=section_en, locale=en, translation_key=article.translation_key, title="Bridge", slug="bridge"
    )
    return index_en, section_en, article_en


def committed():
    """Run the on-commit callbacks of what the block does (page-cache renewals, purges), as a real commit would:
    each test runs inside a transaction that is never committed."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def get_ok(client, url, status=200):
    """GET `url` and assert its status (200 unless told); the response."""
    response = client.get(url)
    assert response.status_code == status, url
    return response


def html_of(client, url, status=200):
    """The text of the page at `url`, whose status is asserted (200 unless told)."""
    return get_ok(client, url, status).content.decode()


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler of a test's local HTTP server that writes no access log to the test's output."""

    def log_message(self, *args):
        pass


@contextmanager
def local_http_server(handler):
    """`handler` (a request handler class) answering on 127.0.0.1, on a free port, from a thread of its own for the
    length of the block; yields the port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
