"""The page cache and the CDN follow translations: a page's language links change when its translation changes.

Every page names its translation in the language switcher and the hreflang alternates (or, without a live
translation, the other language's home page). So publishing, unpublishing or deleting a page renews the cached
pages of its translations in the other languages, and purges them from the CDN (played by a local HTTP server that
records the PURGE requests). The page cache is on and real (local memory, or Redis in CI). Both are renewed when the
change's transaction commits: each test runs inside one that never does, so `committed()` runs what the commit would.
"""

import pytest
from django.test import Client

from news.factories import ArticlePageFactory
from news.models import ArticlePage
from tests.helpers import committed

from .conftest import translate_with_localize
from .test_switcher import links

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

VI_URL = "/tin-tuc/kinh-te/nha-may-che-bien-che/"
EN_URL = "/en/news/economy/nha-may-che-bien-che-en/"


@pytest.fixture
def article(english_tree):
    """A live Vietnamese article deep in the tree (not named in menus: its publication alone renews no other page's
    frame). Committed with the tree, as it would have been long before the test's own change."""
    with committed():
        page = ArticlePageFactory(
            parent=english_tree.economy, title="Khánh thành nhà máy chế biến chè", slug="nha-may-che-bien-che"
        )
        page.save_revision().publish()
    return page


def cached(client, url):
    """The page at `url`, read twice so that the second answer comes from the page cache."""
    assert client.get(url).status_code == 200
    response = client.get(url)
    assert response.status_code == 200 and response["X-Cache"] == "HIT", url
    return response


def switcher_and_alternates(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    _lang, switcher, alternates = links(response.content.decode())
    return response, switcher, alternates


def english(text):
    return f"English: {text}"


def test_publishing_the_english_translation_renews_the_cached_vietnamese_page(client, article, locales):
    before = cached(client, VI_URL)
    _lang, switcher, alternates = links(before.content.decode())
    assert switcher["en"] == "/en/" and "en" not in alternates  # no English version yet
    cached(client, "/")

    translate_with_localize(article, locales.en, english=english)

    response, switcher, alternates = switcher_and_alternates(client, VI_URL)
    assert response["X-Cache"] == "MISS"
    assert switcher["en"] == EN_URL
    assert alternates["en"] == "http://testserver" + EN_URL
    # Only the translation's own page is renewed: the Vietnamese listings, which show no English link, stay cached.
    assert client.get("/")["X-Cache"] == "HIT"


def test_unpublishing_and_deleting_the_english_translation_renew_the_cached_vietnamese_page(client, article, locales):
    english_page = translate_with_localize(article, locales.en, english=english)
    assert switcher_and_alternates(client, VI_URL)[1]["en"] == EN_URL
    cached(client, VI_URL)

    with committed():
        english_page.unpublish()
    response, switcher, alternates = switcher_and_alternates(client, VI_URL)
    assert response["X-Cache"] == "MISS"
    assert switcher["en"] == "/en/" and "en" not in alternates

    with committed():
        english_page.save_revision().publish()
    assert switcher_and_alternates(client, VI_URL)[1]["en"] == EN_URL
    cached(client, VI_URL)

    with committed():
        ArticlePage.objects.get(pk=english_page.pk).delete()
    response, switcher, alternates = switcher_and_alternates(client, VI_URL)
    assert response["X-Cache"] == "MISS"
    assert switcher["en"] == "/en/" and "en" not in alternates


def test_unpublishing_and_republishing_the_vietnamese_source_renew_the_cached_english_page(client, article, locales):
    translate_with_localize(article, locales.en, english=english)
    before = cached(client, EN_URL)
    assert links(before.content.decode())[1]["vi"] == VI_URL

    with committed():
        ArticlePage.objects.get(pk=article.pk).unpublish()
    response, switcher, alternates = switcher_and_alternates(client, EN_URL)
    assert response["X-Cache"] == "MISS"
    assert switcher["vi"] == "/" and "vi" not in alternates
    cached(client, EN_URL)

    source = ArticlePage.objects.get(pk=article.pk)
    source.slug = "nha-may-che-bien-che-thai-nguyen"  # a new address: the English page must name it
    with committed():
        source.save_revision().publish()
    response, switcher, alternates = switcher_and_alternates(client, EN_URL)
    assert response["X-Cache"] == "MISS"
    assert switcher["vi"] == "/tin-tuc/kinh-te/nha-may-che-bien-che-thai-nguyen/"
    assert alternates["vi"] == "http://testserver/tin-tuc/kinh-te/nha-may-che-bien-che-thai-nguyen/"


def test_the_cdn_forgets_the_vietnamese_page_when_its_translation_is_published_unpublished_or_deleted(
    article, locales, cdn
):
    english_page = translate_with_localize(article, locales.en, english=english)
    assert {EN_URL, VI_URL} <= set(cdn)

    cdn.clear()
    with committed():
        english_page.unpublish()
    assert {EN_URL, VI_URL} <= set(cdn)

    with committed():
        english_page.save_revision().publish()
    cdn.clear()
    with committed():
        ArticlePage.objects.get(pk=english_page.pk).delete()
    assert {EN_URL, VI_URL} <= set(cdn)


def test_the_cdn_forgets_the_english_page_when_its_source_is_unpublished_or_deleted(article, locales, cdn):
    translate_with_localize(article, locales.en, english=english)
    cdn.clear()
    with committed():
        ArticlePage.objects.get(pk=article.pk).unpublish()
    assert {VI_URL, EN_URL} <= set(cdn)

    with committed():
        ArticlePage.objects.get(pk=article.pk).save_revision().publish()
    cdn.clear()
    with committed():
        ArticlePage.objects.get(pk=article.pk).delete()
    assert {VI_URL, EN_URL} <= set(cdn)
    assert Client().get(EN_URL).status_code == 200  # the English page stays, now without a Vietnamese version
