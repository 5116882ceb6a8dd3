"""The Google News sitemap: the last 48 hours of live, public articles of the URL's language, valid XML in the
sitemaps.org and Google News namespaces."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.factories import ArticlePageFactory, OutletFactory, SectionPageFactory
from thainguyen_portal.core.demo import DemoBuilder

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    entries = []
    for url in root.findall("sm:url", NS):
        news = url.find("news:news", NS)
        entries.append(
            {
                "loc": url.findtext("sm:loc", namespaces=NS),
                "name": news.findtext("news:publication/news:name", namespaces=NS),
                "language": news.findtext("news:publication/news:language", namespaces=NS),
                "date": news.findtext("news:publication_date", namespaces=NS),
                "title": news.findtext("news:title", namespaces=NS),
            }
        )
    return entries


@pytest.fixture
def articles(news_tree):
    now = timezone.now()
    recent = ArticlePageFactory(
        parent=news_tree.current,
        title="Thái Nguyên & Bắc Giang <hợp tác> phát triển",
        date=now - datetime.timedelta(hours=3),
    )
    ArticlePageFactory(parent=news_tree.digital, title="Tin 47 giờ trước", date=now - datetime.timedelta(hours=47))
    ArticlePageFactory(parent=news_tree.current, title="Tin ba ngày trước", date=now - datetime.timedelta(days=3))
    ArticlePageFactory(parent=news_tree.current, title="Tin hẹn giờ ngày mai", date=now + datetime.timedelta(days=1))
    draft = ArticlePageFactory(parent=news_tree.current, title="Bản nháp", date=now - datetime.timedelta(hours=1))
    draft.unpublish()
    ArticlePageFactory(
        parent=news_tree.current,
        title="Tin báo chí về Thái Nguyên",
        kind="press",
        outlet=OutletFactory(),
        original_url="https://bao.example.vn/a",
        date=now - datetime.timedelta(hours=2),
    )
    private = SectionPageFactory(parent=news_tree.index, title="Nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    ArticlePageFactory(parent=private, title="Tin nội bộ", date=now - datetime.timedelta(hours=1))
    return recent


def test_vietnamese_news_sitemap(client, news_tree, articles):
    entries = parse(client.get("/sitemap-news.xml"))
    assert [entry["title"] for entry in entries] == ["Thái Nguyên & Bắc Giang <hợp tác> phát triển", "Tin 47 giờ trước"]
    first = entries[0]
    assert first["loc"] == "http://testserver" + articles.url
    assert first["name"] == news_tree.settings.organisation_name and first["language"] == "vi"
    published = datetime.datetime.fromisoformat(first["date"])
    assert published.tzinfo is not None and published == articles.date.replace(microsecond=0)


def test_english_news_sitemap_lists_only_english_articles(client, news_tree, articles):
    assert parse(client.get("/en/sitemap-news.xml")) == []
    builder = DemoBuilder()
    builder.translation(news_tree.index, "en", title="News", slug="news")
    builder.translation(news_tree.current, "en", title="Current affairs", slug="current-affairs")
    english = builder.translation(
        articles, "en", title="Thai Nguyen and Bac Giang cooperate", slug="cooperate", sapo="Two provinces."
    )
    entries = parse(client.get("/en/sitemap-news.xml"))
    assert [(entry["title"], entry["language"]) for entry in entries] == [("Thai Nguyen and Bac Giang cooperate", "en")]
    assert entries[0]["loc"] == "http://testserver" + english.url and "/en/" in entries[0]["loc"]
    assert entries[0]["name"] == news_tree.settings.organisation_name_en
    # The Vietnamese sitemap does not list the English translation.
    assert "Thai Nguyen and Bac Giang cooperate" not in [
        entry["title"] for entry in parse(client.get("/sitemap-news.xml"))
    ]


def test_empty_news_sitemap_is_valid(client, news_tree):
    assert parse(client.get("/sitemap-news.xml")) == []
