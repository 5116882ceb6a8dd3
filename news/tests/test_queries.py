"""Every public page type and view of the news area has its number of SQL queries fixed.

The frame costs one query on any page: the language alternates. The Site with its home pages, the locales, the view
restrictions, the site settings and both menus come from the cache (core/publishing/frame.py), the breadcrumbs from the
router. Routing costs two queries whatever the depth (core/pages/routing.py): the pages of the URL by url_path, then
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


def test_section_page_of_twenty_articles(news_tree, full_section, count_queries):
    response = count_queries(news_tree.economy.url, SECTION_QUERIES)
    assert response.content.decode().count('<article class="card news-card') == PAGE_SIZE
    # A second page, a date filter and a malformed date cost the same.
    count_queries(news_tree.economy.url + "?page=2", SECTION_QUERIES)
    # A day without articles: no images and no renditions to fetch.
    count_queries(news_tree.economy.url + "?date=2026-11-20", SECTION_QUERIES - 2)
    count_queries(news_tree.economy.url + "?date=sai", SECTION_QUERIES)


# The same as a section.
INDEX_QUERIES = 7


def test_news_index(news_tree, full_section, count_queries):
    count_queries(news_tree.index.url, INDEX_QUERIES)


# Router (2: the index takes the rest of the URL) + alternates + tag, count, articles with images, renditions (4).
TAG_QUERIES = 7


def test_tag_page(news_tree, full_section, count_queries):
    response = count_queries("/tin-tuc/tag/chuyen-doi-so/", TAG_QUERIES)
    assert len(response.context["page_obj"].object_list) == 1


# Router (2, the article with its image, leader, spokesperson and outlet joined) + alternates + corrections, tags,
# previous, next, related articles with their images, their renditions (6).
ARTICLE_QUERIES = 9


def test_article_page(news_tree, full_section, count_queries):
    article = full_section[5]
    response = count_queries(article.url, ARTICLE_QUERIES)
    assert "Kinh tế số" in response.content.decode()


@pytest.mark.parametrize("kind", ["direction", "statement", "press"])
def test_every_kind_of_article_costs_the_same(news_tree, count_queries, kind):
    fields = {
        "direction": {"leader": LeaderFactory(photo=ImageFactory())},
        "statement": {"spokesperson": SpokespersonFactory(), "statement_kind": "conference"},
        "press": {"outlet": OutletFactory(), "original_url": "https://baomoi.example/a.html"},
    }[kind]
    article = ArticlePageFactory(parent=news_tree.direction, kind=kind, featured_image=ImageFactory(), **fields)
    # No related article has an image here (no renditions query); the direction kind looks up the leaders' page
    # for its link (one more query).
    expected = ARTICLE_QUERIES - 1 + (1 if kind == ArticlePage.Kind.DIRECTION else 0)
    count_queries(article.url, expected)


# Router (2) + corrections: no alternates or listings (the site settings come from the cache).
PRINT_QUERIES = 3


def test_print_view(news_tree, full_section, count_queries):
    count_queries(full_section[5].url + "print/", PRINT_QUERIES)


# Router (2) + alternates + leaders, their photos, the photos' renditions (3).
LEADERS_QUERIES = 6


def test_leaders_page(news_tree, count_queries):
    for n in range(4):
        LeaderFactory(photo=ImageFactory(), sort_order=n)
    response = count_queries(news_tree.leaders.url, LEADERS_QUERIES)
    assert response.content.decode().count('class="leader"') == 4


# Router (2), then the feed: articles with their images, their tagged items, the tags (3). Enclosure renditions
# come from the cache; view restrictions too.
FEED_QUERIES = 5


@pytest.mark.parametrize("flavour", ["rss", "atom"])
def test_feeds(news_tree, full_section, count_queries, flavour):
    count_queries(f"{news_tree.economy.url}{flavour}/", FEED_QUERIES)
    # The index's own feed: the router stops at the index, which takes the rest of the URL.
    count_queries(f"{news_tree.index.url}{flavour}/", FEED_QUERIES)
