"""Every public page type and view of the news area has its number of SQL queries fixed.

The frame costs one query on any page: the language alternates. The Site with its home pages, the locales, the view
restrictions, the site settings and both menus come from the cache (core/frame.py), the breadcrumbs from the
router. Routing costs two queries whatever the depth (core/routing.py): the pages of the URL by url_path, then
the routed page as its specific type. Listings read the view restrictions from the cache too. Renditions are
made ahead (on upload and publish); the counts are for a view after the first, which fills the caches. Raise a
number only with a reason.
"""

import pytest

from news.factories import (
    ArticleCorrectionFactory,
    ArticlePageFactory,
    LeaderFactory,
    OutletFactory,
    SpokespersonFactory,
)
from news.models import PAGE_SIZE, ArticlePage
from thainguyen_portal.core.factories import ImageFactory

pytestmark = pytest.mark.django_db


def count(client, url, django_assert_num_queries, expected):
    client.get(url)  # renditions and caches warm up
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    return response


@pytest.fixture
def full_section(news_tree):
    """A subsection full of illustrated articles, one of them tagged and corrected, filed under Kinh tế."""
    articles = [
        ArticlePageFactory(parent=news_tree.digital, featured_image=ImageFactory(), featured=n == 3)
        for n in range(PAGE_SIZE + 2)
    ]
    article = articles[5]
    article.tags.add("Chuyển đổi số", "Kinh tế số")
    article.save_revision().publish()
    ArticleCorrectionFactory(page=article)
    return articles


# Router (2) + alternates (1) + count, subsections, articles with their images, their renditions (4).
SECTION_QUERIES = 7


def test_section_page_of_twenty_articles(client, news_tree, full_section, django_assert_num_queries):
    response = count(client, news_tree.economy.url, django_assert_num_queries, SECTION_QUERIES)
    assert response.content.decode().count('<article class="card news-card') == PAGE_SIZE
    # A second page, a date filter and a malformed date cost the same.
    count(client, news_tree.economy.url + "?page=2", django_assert_num_queries, SECTION_QUERIES)
    # A day without articles: no images and no renditions to fetch.
    count(client, news_tree.economy.url + "?date=2026-11-20", django_assert_num_queries, SECTION_QUERIES - 2)
    count(client, news_tree.economy.url + "?date=sai", django_assert_num_queries, SECTION_QUERIES)


# The same as a section.
INDEX_QUERIES = 7


def test_news_index(client, news_tree, full_section, django_assert_num_queries):
    count(client, news_tree.index.url, django_assert_num_queries, INDEX_QUERIES)


# Router (2: the index takes the rest of the URL) + alternates + tag, count, articles with images, renditions (4).
TAG_QUERIES = 7


def test_tag_page(client, news_tree, full_section, django_assert_num_queries):
    response = count(client, "/tin-tuc/tag/chuyen-doi-so/", django_assert_num_queries, TAG_QUERIES)
    assert len(response.context["page_obj"].object_list) == 1


# Router (2, the article with its image, leader, spokesperson and outlet joined) + alternates + corrections, tags,
# previous, next, related articles with their images, their renditions (6).
ARTICLE_QUERIES = 9


def test_article_page(client, news_tree, full_section, django_assert_num_queries):
    article = full_section[5]
    response = count(client, article.url, django_assert_num_queries, ARTICLE_QUERIES)
    assert "Kinh tế số" in response.content.decode()


@pytest.mark.parametrize("kind", ["direction", "statement", "press"])
def test_every_kind_of_article_costs_the_same(client, news_tree, django_assert_num_queries, kind):
    fields = {
        "direction": {"leader": LeaderFactory(photo=ImageFactory())},
        "statement": {"spokesperson": SpokespersonFactory(), "statement_kind": "conference"},
        "press": {"outlet": OutletFactory(), "original_url": "https://baomoi.example/a.html"},
    }[kind]
    article = ArticlePageFactory(parent=news_tree.direction, kind=kind, featured_image=ImageFactory(), **fields)
    # No related article has an image here (no renditions query); the direction kind looks up the leaders' page
    # for its link (one more query).
    expected = ARTICLE_QUERIES - 1 + (1 if kind == ArticlePage.Kind.DIRECTION else 0)
    count(client, article.url, django_assert_num_queries, expected)


# Router (2) + corrections: no alternates or listings (the site settings come from the cache).
PRINT_QUERIES = 3


def test_print_view(client, news_tree, full_section, django_assert_num_queries):
    count(client, full_section[5].url + "print/", django_assert_num_queries, PRINT_QUERIES)


# Router (2) + alternates + leaders, their photos, the photos' renditions (3).
LEADERS_QUERIES = 6


def test_leaders_page(client, news_tree, django_assert_num_queries):
    for n in range(4):
        LeaderFactory(photo=ImageFactory(), sort_order=n)
    response = count(client, news_tree.leaders.url, django_assert_num_queries, LEADERS_QUERIES)
    assert response.content.decode().count('class="leader"') == 4


# Router (2), then the feed: articles with their images, their tagged items, the tags (3). Enclosure renditions
# come from the cache; view restrictions too.
FEED_QUERIES = 5


@pytest.mark.parametrize("flavour", ["rss", "atom"])
def test_feeds(client, news_tree, full_section, django_assert_num_queries, flavour):
    count(client, f"{news_tree.economy.url}{flavour}/", django_assert_num_queries, FEED_QUERIES)
    # The index's own feed: the router stops at the index, which takes the rest of the URL.
    count(client, f"{news_tree.index.url}{flavour}/", django_assert_num_queries, FEED_QUERIES)
