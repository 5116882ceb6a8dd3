"""The news slots of the home page: latest news and direction & administration, cached until an article changes."""

import pytest
from django.test import TestCase

from news.factories import ArticlePageFactory, LeaderFactory
from news.models import ArticlePage

pytestmark = pytest.mark.django_db


def slot(html, key):
    start = html.index(f'class="slot slot--{key}"')
    return html[start : html.index("</section>", start)]


def test_home_page_shows_latest_and_direction_news(client, news_tree):
    ArticlePageFactory(parent=news_tree.current, title="Tin thời sự mới")
    ArticlePageFactory(
        parent=news_tree.direction,
        title="Chủ tịch tỉnh chỉ đạo",
        kind=ArticlePage.Kind.DIRECTION,
        leader=LeaderFactory(),
    )
    html = client.get("/").content.decode()
    latest = slot(html, "news-latest")
    assert "Tin mới nhất" in latest and "Tin thời sự mới" in latest and "Chủ tịch tỉnh chỉ đạo" in latest
    assert 'href="/tin-tuc/"' in latest
    direction = slot(html, "news-direction")
    assert "Chủ tịch tỉnh chỉ đạo" in direction and "Tin thời sự mới" not in direction
    assert "news-latest" not in client.get("/en/").content.decode()  # no English articles yet


def test_home_page_announces_the_news_feeds(client, news_tree):
    ArticlePageFactory(parent=news_tree.current, title="Tin thời sự mới")
    html = client.get("/").content.decode()
    head = html[: html.index("</head>")]
    assert '<link rel="alternate" type="application/rss+xml" title="Tin mới nhất (RSS)" href="/tin-tuc/rss/">' in head
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Tin mới nhất (Atom)" href="/tin-tuc/atom/">' in head
    )
    assert client.get("/tin-tuc/rss/").status_code == 200


def test_slots_follow_publishing(client, news_tree, django_assert_num_queries):
    first = ArticlePageFactory(parent=news_tree.current, title="Bài đầu tiên")
    client.get("/")
    # From the cache: the home page costs what it cost before the news area existed.
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        client.get("/")
    with TestCase.captureOnCommitCallbacks(execute=True):  # the slots follow once the change is committed
        ArticlePageFactory(parent=news_tree.current, title="Bài vừa đăng")
    assert "Bài vừa đăng" in slot(client.get("/").content.decode(), "news-latest")
    with TestCase.captureOnCommitCallbacks(execute=True):
        first.unpublish()
    assert "Bài đầu tiên" not in client.get("/").content.decode()


# The home page's own queries with no featured pages (home/tests/test_pages.py fixes them in full): latest
# updates (the language links come from the cached Site); the news slots add none while their cache holds.
HOME_PAGE_QUERIES = 1
