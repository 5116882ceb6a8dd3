"""The spokesperson's page: spokespersons and the office's contacts, the official social accounts, the latest
statements."""

import datetime

import pytest
from django.utils import timezone

from news.factories import ArticlePageFactory, SectionPageFactory, SpokespersonFactory, SpokespersonPageFactory
from news.models import STATEMENTS_SHOWN
from tests.helpers import get_ok

pytestmark = pytest.mark.django_db


@pytest.fixture
def statements(news_tree):
    section = SectionPageFactory(parent=news_tree.index, title="Phát ngôn báo chí", slug="phat-ngon-bao-chi")
    spokesperson = SpokespersonFactory(name="Phạm Thị Hà", phone="0208 3852 666", email="vanphong@thainguyen.gov.vn")
    now = timezone.now()
    articles = [
        ArticlePageFactory(
            parent=section,
            title=f"Thông cáo báo chí số {n}",
            kind="statement",
            statement_kind="statement",
            spokesperson=spokesperson,
            date=now - datetime.timedelta(days=n),
        )
        for n in range(STATEMENTS_SHOWN + 2)
    ]
    # A statement filed elsewhere, a news article, a draft statement.
    ArticlePageFactory(
        parent=news_tree.current,
        title="Phát ngôn ở chuyên mục khác",
        kind="statement",
        spokesperson=spokesperson,
        date=now - datetime.timedelta(minutes=30),
    )
    ArticlePageFactory(parent=section, title="Tin thường ở chuyên mục phát ngôn")
    draft = ArticlePageFactory(parent=section, title="Phát ngôn chưa đăng", kind="statement", spokesperson=spokesperson)
    draft.unpublish()
    return section, articles


def test_spokespersons_contacts_accounts_and_latest_statements(client, news_tree, statements):
    section, articles = statements
    page = SpokespersonPageFactory(parent=news_tree.index, statements_section=section)
    response = get_ok(client, page.url)
    html = response.content.decode()
    assert "Phạm Thị Hà" in html
    assert 'href="tel:02083852666"' in html and 'href="mailto:vanphong@thainguyen.gov.vn"' in html
    # The province's official accounts from the portal settings.
    assert f'href="{news_tree.settings.facebook_url}"' in html
    assert "Tài khoản mạng xã hội chính thức" in html
    shown = [statement.title for statement in response.context["statements"]]
    assert shown == [article.title for article in articles[:STATEMENTS_SHOWN]]  # newest first, ten of them
    assert "Phát ngôn ở chuyên mục khác" not in html and "Phát ngôn chưa đăng" not in html
    assert "Tin thường ở chuyên mục phát ngôn" not in html
    assert f'href="{section.url}"' in html  # "all statements"


def test_without_a_section_it_lists_the_statements_of_the_whole_news_index(client, news_tree, statements):
    page = SpokespersonPageFactory(parent=news_tree.index)
    response = client.get(page.url)
    titles = [statement.title for statement in response.context["statements"]]
    assert "Phát ngôn ở chuyên mục khác" in titles  # filed under Thời sự
    assert response.context["statements_section"] is None


def test_an_unpublished_statements_section_is_not_linked(client, news_tree, statements):
    section, _articles = statements
    page = SpokespersonPageFactory(parent=news_tree.index, statements_section=section)
    section.unpublish()
    response = client.get(page.url)
    assert response.status_code == 200
    assert response.context["statements_section"] is None
