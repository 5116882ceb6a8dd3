"""Every absolute URL follows the address the portal is served on (`make run PORT=8765`, WAGTAILADMIN_BASE_URL):
canonical, og:url, hreflang alternates, share links, JSON-LD, sitemaps, feeds and robots.txt agree once
`manage.py set_site_url` has aligned the default Site, also for pages the page cache kept with the old address."""

import datetime
import json
import re
from io import StringIO
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from news.factories import ArticlePageFactory
from thainguyen_portal.core.demo import DemoBuilder

pytestmark = pytest.mark.django_db

BASE = "http://127.0.0.1:8765"
HOST = "127.0.0.1:8765"


@pytest.fixture
def article(news_tree):
    builder = DemoBuilder()
    builder.translation(news_tree.index, "en", title="News", slug="news")
    builder.translation(news_tree.current, "en", title="Current affairs", slug="current-affairs")
    # Dated an hour ago: the Google News sitemap lists the last two days only (the factory's dates go further back
    # the more articles a test run has made).
    article = ArticlePageFactory(
        parent=news_tree.current,
        title="Lễ hội Trà Thái Nguyên",
        slug="le-hoi-tra",
        date=timezone.now() - datetime.timedelta(hours=1),
    )
    builder.translation(article, "en", title="Thai Nguyen Tea Festival", slug="tea-festival", sapo="English lead.")
    return article


def get(client, path):
    response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == 200, path
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode()


def set_site_url(*args):
    out = StringIO()
    call_command("set_site_url", *args, stdout=out)
    return out.getvalue()


def absolute_urls(text):
    return re.findall(r"https?://[^\s\"'<>&]+", text)


def own_urls(text):
    """The text's absolute URLs that name this portal (not a share service or an XML namespace)."""
    foreign = ("facebook.com", "zalo.me", "x.com", "sitemaps.org", "google.com", "w3.org", "schema.org", "purl.org")
    return [url for url in absolute_urls(text) if not any(name in url for name in foreign)]


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_every_absolute_url_names_the_address_the_portal_is_served_on(client, article):
    assert "now answers at http://127.0.0.1:8765 (was http://testserver)" in set_site_url()

    html = get(client, "/tin-tuc/thoi-su/le-hoi-tra/")
    canonical = f"{BASE}/tin-tuc/thoi-su/le-hoi-tra/"
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert f'hreflang="vi" href="{canonical}"' in html
    assert f'hreflang="x-default" href="{canonical}"' in html
    assert f'hreflang="en" href="{BASE}/en/news/current-affairs/tea-festival/"' in html
    assert f"https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe='')}" in html
    assert f"https://sp.zalo.me/share_inline?d={quote(canonical, safe='')}" in html
    assert f'data-copy-url="{canonical}"' in html
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        json.loads(block)
        assert all(url.startswith(BASE) for url in own_urls(block)), block
    assert "testserver" not in html and "127.0.0.1:8000" not in html

    for path in ("/sitemap.xml", "/sitemap-news.xml", "/en/sitemap-news.xml", "/tin-tuc/rss/", "/tin-tuc/atom/"):
        text = get(client, path)
        urls = own_urls(text)
        assert urls and all(url.startswith(BASE + "/") for url in urls), (path, urls)
        assert "testserver" not in text, path
    assert canonical in get(client, "/sitemap.xml")
    assert canonical in get(client, "/sitemap-news.xml")
    assert canonical in get(client, "/tin-tuc/rss/")
    robots = get(client, "/robots.txt")
    assert f"Sitemap: {BASE}/sitemap.xml" in robots


@override_settings(PAGE_CACHE_ENABLED=True)
def test_pages_the_page_cache_kept_with_the_old_address_are_renewed(
    client, article, django_capture_on_commit_callbacks
):
    canonical = '<link rel="canonical" href="{}/tin-tuc/thoi-su/le-hoi-tra/">'
    assert canonical.format("http://testserver") in get(client, article.url)
    cached = client.get(article.url, HTTP_HOST=HOST)
    assert cached["X-Cache"] == "HIT" and canonical.format("http://testserver") in cached.content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # the page cache is renewed once the change commits
        set_site_url(BASE)
    renewed = client.get(article.url, HTTP_HOST=HOST)
    assert renewed["X-Cache"] == "MISS" and canonical.format(BASE) in renewed.content.decode()
    assert f"<loc>{BASE}/tin-tuc/thoi-su/le-hoi-tra/</loc>" in get(client, "/sitemap.xml")
