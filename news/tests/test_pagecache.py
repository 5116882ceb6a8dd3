"""The page cache with real articles: every page that lists an article is new right after it changes.

An anonymous reader first fills the cache with the home page, the section, the tag page, the feeds and the
sitemap; then the article is published, unpublished, moved or deleted, its transaction commits (`committed()`: each
test runs inside a transaction that is never committed) and the very next anonymous request for each of them shows
the change. Editors never get a cached page. The CDN (nginx/Varnish) is a local HTTP server
that records the PURGE requests.
"""

import pytest
from django.contrib.auth import get_user_model

from news.factories import ArticlePageFactory
from news.models import ArticlePage
from tests.helpers import committed

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

TITLE = "Khánh thành cầu Bến Tượng mới"
SLUG = "khanh-thanh-cau-ben-tuong-moi"


def listings(tree, section):
    return {
        "home": "/",
        "section": section.url,
        "tag": "/tin-tuc/tag/cau-ben-tuong/",
        "section feed": section.url + "rss/",
        "news feed": tree.index.url + "atom/",
        "sitemap": "/sitemap.xml",
    }


def read_all(client, urls):
    pages = {}
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code in (200, 404), (name, url, response.status_code)
        pages[name] = response.content.decode() if response.status_code == 200 else ""
    return pages


def warm(client, urls):
    """Fill the page cache: the second request of each URL is a hit."""
    read_all(client, urls)
    for name, url in urls.items():
        response = client.get(url)
        if response.status_code == 200:
            assert response["X-Cache"] == "HIT", name


def draft_article(section):
    article = ArticlePageFactory.build(title=TITLE, slug=SLUG, live=False)
    section.add_child(instance=article)
    article.tags.add("Cầu Bến Tượng")
    article.save_revision()
    return ArticlePage.objects.get(pk=article.pk)


def assert_gone_everywhere(client, urls):
    """The article is in none of the listings at `urls` (nor their feeds and sitemap), and its own page is a 404."""
    for name, html in read_all(client, urls).items():
        assert TITLE not in html and SLUG not in html, name
    assert client.get(f"/tin-tuc/thoi-su/{SLUG}/").status_code == 404


def test_publishing_unpublishing_and_deleting_an_article_refresh_every_listing_at_once(client, news_tree):
    urls = listings(news_tree, news_tree.current)
    article = draft_article(news_tree.current)
    warm(client, urls)
    assert not any(TITLE in html for html in read_all(client, urls).values())

    with committed():
        article.get_latest_revision().publish()
    pages = read_all(client, urls)
    for name in ("home", "section", "tag", "section feed", "news feed"):
        assert TITLE in pages[name], name
    assert SLUG in pages["sitemap"]
    assert client.get(article.url).status_code == 200
    warm(client, urls)

    with committed():
        ArticlePage.objects.get(pk=article.pk).unpublish()
    assert_gone_everywhere(client, urls)

    with committed():
        ArticlePage.objects.get(pk=article.pk).get_latest_revision().publish()
    warm(client, urls)
    with committed():
        ArticlePage.objects.get(pk=article.pk).delete()
    assert_gone_everywhere(client, urls)


def test_moving_an_article_refreshes_both_sections_and_every_listing(client, news_tree):
    article = draft_article(news_tree.current)
    with committed():
        article.get_latest_revision().publish()
    old, new = listings(news_tree, news_tree.current), listings(news_tree, news_tree.economy)
    urls = {**old, "new section": new["section"], "new section feed": new["section feed"]}
    warm(client, urls)
    warm(client, {"article": f"/tin-tuc/thoi-su/{SLUG}/"})

    with committed():
        ArticlePage.objects.get(pk=article.pk).move(news_tree.economy, pos="last-child")
    pages = read_all(client, urls)
    assert TITLE not in pages["section"] and TITLE not in pages["section feed"]
    assert TITLE in pages["new section"] and TITLE in pages["new section feed"]
    assert f"/tin-tuc/kinh-te/{SLUG}/" in pages["tag"] and f"/tin-tuc/thoi-su/{SLUG}/" not in pages["tag"]
    assert f"/tin-tuc/kinh-te/{SLUG}/" in pages["sitemap"] and f"/tin-tuc/thoi-su/{SLUG}/" not in pages["sitemap"]
    assert f"/tin-tuc/kinh-te/{SLUG}/" in pages["home"]
    assert client.get(f"/tin-tuc/thoi-su/{SLUG}/").status_code in (301, 302, 404)
    assert client.get(f"/tin-tuc/kinh-te/{SLUG}/").status_code == 200


def test_editors_never_get_a_cached_page(client, news_tree):
    article = ArticlePageFactory(parent=news_tree.current, title=TITLE, slug=SLUG)
    warm(client, {"article": article.url, "section": news_tree.current.url})
    editor = get_user_model().objects.create_superuser("bientap", "bt@example.invalid", "mat-khau-dai-2026")
    client.force_login(editor)
    # A draft change the readers must not see yet; the editor's own views are rendered for them.
    article.title = "Bản nháp: cầu Bến Tượng"
    article.save_revision()
    for url in (article.url, news_tree.current.url, "/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Cache" not in response, url
    client.logout()
    assert client.get(article.url)["X-Cache"] == "HIT"


def test_the_search_form_of_a_cached_page_still_works(client, news_tree):
    """Every cached page carries the search form (GET, no CSRF token): submitting it gives fresh results."""
    ArticlePageFactory(parent=news_tree.current, title=TITLE, slug=SLUG)
    warm(client, {"section": news_tree.current.url})
    page = client.get(news_tree.current.url)
    html = page.content.decode()
    assert page["X-Cache"] == "HIT"
    assert 'role="search" action="/tim-kiem/" method="get"' in html
    assert "csrfmiddlewaretoken" not in html  # nothing in a cached page belongs to one reader
    results = client.get("/tim-kiem/", {"q": "Bến Tượng"})
    assert results.status_code == 200
    assert results["X-Cache"] == "MISS"  # a new question is answered, not an old page
    assert 'value="Bến Tượng"' in results.content.decode()


def test_publishing_purges_the_article_its_listings_feeds_tags_and_sitemap(news_tree, cdn):
    article = draft_article(news_tree.current)
    with committed():
        article.get_latest_revision().publish()
    purged = set(cdn)
    expected = {
        f"/tin-tuc/thoi-su/{SLUG}/",
        "/tin-tuc/thoi-su/",
        "/tin-tuc/thoi-su/rss/",
        "/tin-tuc/thoi-su/atom/",
        "/tin-tuc/",
        "/tin-tuc/rss/",
        "/tin-tuc/tag/cau-ben-tuong/",
        "/",
        "/sitemap.xml",
    }
    assert expected <= purged, expected - purged


def test_unpublishing_purges_too(news_tree, cdn):
    article = ArticlePageFactory(parent=news_tree.current, title=TITLE, slug=SLUG)
    cdn.clear()
    with committed():
        article.unpublish()
    assert {f"/tin-tuc/thoi-su/{SLUG}/", "/tin-tuc/thoi-su/", "/", "/sitemap.xml"} <= set(cdn)


def test_moving_purges_the_old_address_and_both_sections(news_tree, cdn):
    article = ArticlePageFactory(parent=news_tree.current, title=TITLE, slug=SLUG)
    cdn.clear()
    with committed():
        ArticlePage.objects.get(pk=article.pk).move(news_tree.economy, pos="last-child")
    purged = set(cdn)
    assert {f"/tin-tuc/thoi-su/{SLUG}/", f"/tin-tuc/kinh-te/{SLUG}/", "/tin-tuc/kinh-te/", "/"} <= purged


def test_deleting_purges_the_article_and_its_listings(news_tree, cdn):
    article = ArticlePageFactory(parent=news_tree.current, title=TITLE, slug=SLUG)
    cdn.clear()
    with committed():
        ArticlePage.objects.get(pk=article.pk).delete()
    assert {f"/tin-tuc/thoi-su/{SLUG}/", "/tin-tuc/thoi-su/", "/tin-tuc/thoi-su/rss/", "/"} <= set(cdn)
