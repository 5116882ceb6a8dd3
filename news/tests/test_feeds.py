"""RSS 2.0 and Atom feeds: well-formed XML, absolute URLs, images as enclosures, categories.

feedparser is not a dependency of the project; the feeds are checked with the standard library's XML parser
against the elements RSS 2.0 and Atom require.
"""

import xml.etree.ElementTree as ET

import pytest

from news.factories import ArticlePageFactory
from thainguyen_portal.core.factories import ImageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def tagged_article(news_tree):
    article = ArticlePageFactory(
        parent=news_tree.digital, title="Thái Nguyên & chuyển đổi số <2026>", featured_image=ImageFactory()
    )
    article.tags.add("Chuyển đổi số")
    article.save_revision().publish()
    ArticlePageFactory(parent=news_tree.current, title="Tin Thời sự")
    return article


def test_section_rss(client, news_tree, tagged_article):
    response = client.get("/tin-tuc/kinh-te/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("link") == "http://testserver/tin-tuc/kinh-te/"
    assert channel.findtext("language") == "vi"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [tagged_article.title]  # its subsection's article only
    item = items[0]
    assert item.findtext("link") == f"http://testserver{tagged_article.url}"
    assert item.findtext("guid") == f"http://testserver{tagged_article.url}"
    assert item.findtext("pubDate")
    enclosure = item.find("enclosure")
    assert enclosure.get("url").startswith("http://testserver/") and enclosure.get("type") == "image/jpeg"
    assert {category.text for category in item.findall("category")} == {"Kinh tế", "Chuyển đổi số"}


def test_all_news_atom(client, news_tree, tagged_article):
    response = client.get("/tin-tuc/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") == "http://testserver/tin-tuc/"
    entries = feed.findall(f"{ATOM}entry")
    assert {entry.findtext(f"{ATOM}title") for entry in entries} == {tagged_article.title, "Tin Thời sự"}
    for entry in entries:
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/tin-tuc/")
        assert entry.findtext(f"{ATOM}updated")
    enclosures = [link for link in feed.iter(f"{ATOM}link") if link.get("rel") == "enclosure"]
    assert len(enclosures) == 1 and enclosures[0].get("href").startswith("http://testserver/")


def test_feeds_are_announced_in_the_listing(client, news_tree):
    html = client.get("/tin-tuc/thoi-su/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Thời sự (RSS)" href="/tin-tuc/thoi-su/rss/">' in html
    )
    assert 'type="application/atom+xml"' in html


def test_english_feed_is_english(client, news_tree):
    from thainguyen_portal.core.demo import DemoBuilder

    builder = DemoBuilder()
    builder.translation(news_tree.index, "en", title="News", slug="news")
    response = client.get("/en/news/rss/")
    assert response.status_code == 200
    assert ET.fromstring(response.content).find("channel").findtext("language") == "en"


def test_feed_answers_304_to_a_reader_that_has_it(client, news_tree, tagged_article):
    first = client.get("/tin-tuc/kinh-te/rss/")
    assert first["ETag"] and first["Last-Modified"]
    again = client.get("/tin-tuc/kinh-te/rss/", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    since = client.get("/tin-tuc/kinh-te/rss/", headers={"if-modified-since": first["Last-Modified"]})
    assert since.status_code == 304
