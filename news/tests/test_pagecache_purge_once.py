"""One article publish sends each URL to the CDN exactly once (a list of the PURGE requests, not a set).

The CDN is the local purge endpoint of the root conftest (`cdn`). The URLs come from Wagtail's own
``get_cached_paths`` of each page (through ``PurgeBatch.add_page``: the feeds of the sections and of the news
index), plus the article's tag pages and the sitemap (core/publishing/signals.py); Wagtail's frontend_cache app is not
installed, so nothing else purges.
"""

from collections import Counter

import pytest

from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
from news.models import ArticlePage
from tests.helpers import committed, english_news_copies

pytestmark = pytest.mark.django_db

SLUG = "khanh-thanh-cau-ben-tuong-moi"


@pytest.fixture
def draft(site_tree, locales):
    """A draft article in a section of the news index, with a tag and a live English translation. Built in a
    transaction of its own that commits (its purges are sent before the test's publish)."""
    with committed():
        index = NewsIndexPageFactory(parent=site_tree.home)
        section = SectionPageFactory(parent=index, title="Thời sự", slug="thoi-su")
        SectionPageFactory(parent=index, title="Kinh tế", slug="kinh-te")  # a sibling: not purged
        article = ArticlePageFactory.build(title="Khánh thành cầu Bến Tượng mới", slug=SLUG, live=False)
        section.add_child(instance=article)
        article.tags.add("Cầu Bến Tượng")
        article.save_revision()
        english_news_copies(site_tree.home_en, index, section, article)
    return ArticlePage.objects.get(pk=article.pk)


EXPECTED = [
    f"/tin-tuc/thoi-su/{SLUG}/",  # the article
    "/tin-tuc/thoi-su/",  # its section and the section's feeds
    "/tin-tuc/thoi-su/rss/",
    "/tin-tuc/thoi-su/atom/",
    "/tin-tuc/",  # the news index and its feeds
    "/tin-tuc/rss/",
    "/tin-tuc/atom/",
    "/tin-tuc/tag/cau-ben-tuong/",  # the tag page listing it
    "/",  # the home page
    "/sitemap.xml",
    "/en/news/current/bridge/",  # its English translation (its language links name it)
]


def test_publishing_an_article_purges_each_url_exactly_once(draft, cdn):
    cdn.clear()
    with committed():
        draft.get_latest_revision().publish()
    repeated = [path for path, count in Counter(cdn).items() if count > 1]
    assert not repeated, repeated
    assert sorted(cdn) == sorted(EXPECTED)


def test_publishing_it_twice_in_one_transaction_still_purges_each_url_once(draft, cdn):
    cdn.clear()
    with committed():
        draft.get_latest_revision().publish()
        draft.save_revision().publish()
    assert sorted(cdn) == sorted(EXPECTED)
