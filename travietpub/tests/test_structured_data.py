"""JSON-LD and the share bar of the Trà Việt issues and articles (issue 19)."""

import datetime
import json
import re

import pytest

from tests.helpers import html_of
from travietpub.factories import MagazineArticlePageFactory, MagazineIssuePageFactory

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def publish(page):
    page.save_revision().publish()
    return page


def json_ld(client, url):
    html = html_of(client, url)
    return html, {block["@type"]: block for block in (json.loads(text) for text in SCRIPT.findall(html))}


@pytest.fixture
def issue(magazine, media_root):
    issue = publish(MagazineIssuePageFactory(parent=magazine, number=7, issue_date=datetime.date(2024, 9, 1)))
    article = publish(MagazineArticlePageFactory(parent=issue, title="Người giữ nghề sao chè", slug="nguoi-giu-nghe"))
    return issue, article


def test_magazine_article_is_an_article_of_its_issue(client, issue):
    issue, article = issue
    html, blocks = json_ld(client, article.url)
    data = blocks["Article"]
    assert data["headline"] == "Người giữ nghề sao chè"
    assert data["url"] == f"http://testserver{article.url}"
    assert data["datePublished"] == "2024-09-01"
    assert [author["name"] for author in data["author"]] == ["Nguyễn Thu Hà", "Trần Văn Minh"]
    assert data["isPartOf"] == {
        "@type": "PublicationIssue",
        "issueNumber": "7",
        "datePublished": "2024-09-01",
        "url": f"http://testserver{issue.url}",
    }
    assert data["publisher"]["logo"]["url"].startswith("http://testserver/")
    assert 'class="share"' in html and f'data-copy-url="http://testserver{article.url}"' in html


def test_magazine_issue_is_a_publication_issue_with_its_articles(client, issue):
    issue, article = issue
    html, blocks = json_ld(client, issue.url)
    data = blocks["PublicationIssue"]
    assert data["issueNumber"] == "7"
    assert data["datePublished"] == "2024-09-01"
    assert data["image"].startswith("http://testserver/")
    assert data["hasPart"] == [
        {"@type": "Article", "headline": article.title, "url": f"http://testserver{article.url}"}
    ]
    assert 'class="share"' in html
