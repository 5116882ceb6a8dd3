"""Section pages, the news index and tag pages: what they list, in which order, and how they page and filter."""

import datetime

import pytest
from django.utils import timezone

from news.factories import ArticlePageFactory, SectionPageFactory
from news.models import PAGE_SIZE

pytestmark = pytest.mark.django_db


def titles(response):
    return [article.title for article in response.context["page_obj"].object_list]


def test_section_lists_its_own_subsections_and_extra_section_articles_newest_first(client, news_tree):
    now = timezone.now()
    own = ArticlePageFactory(
        parent=news_tree.economy, title="Xuất khẩu chè tăng mạnh", date=now - datetime.timedelta(days=1)
    )
    nested = ArticlePageFactory(parent=news_tree.digital, title="Ra mắt ứng dụng Thái Nguyên số", date=now)
    elsewhere = ArticlePageFactory(
        parent=news_tree.current, title="Hội nghị xúc tiến đầu tư", date=now - datetime.timedelta(days=2)
    )
    elsewhere.extra_sections.add(news_tree.economy)
    elsewhere.save_revision().publish()
    ArticlePageFactory(parent=news_tree.current, title="Tin chỉ ở Thời sự")
    ArticlePageFactory(parent=news_tree.economy, title="Bản nháp chưa đăng", live=False)

    response = client.get(news_tree.economy.url)
    assert response.status_code == 200
    assert titles(response) == [nested.title, own.title, elsewhere.title]
    html = response.content.decode()
    assert 'href="/tin-tuc/kinh-te/chuyen-doi-so/"' in html  # the subsection's link
    assert "Bản nháp chưa đăng" not in html


def test_featured_articles_come_first(client, news_tree):
    ArticlePageFactory(parent=news_tree.current, title="Tin mới nhất", date=timezone.now())
    ArticlePageFactory(
        parent=news_tree.current, title="Tin nổi bật", featured=True, date=timezone.now() - datetime.timedelta(days=3)
    )
    assert titles(client.get(news_tree.current.url)) == ["Tin nổi bật", "Tin mới nhất"]


def test_news_index_lists_every_section_and_pages_by_twenty(client, news_tree):
    for n in range(PAGE_SIZE + 1):
        ArticlePageFactory(parent=news_tree.current if n % 2 else news_tree.digital, title=f"Tin tức số {n}")
    first = client.get(news_tree.index.url)
    assert len(first.context["page_obj"].object_list) == PAGE_SIZE
    assert 'rel="next" href="?page=2"' in first.content.decode()
    second = client.get(news_tree.index.url, {"page": 2})
    assert len(second.context["page_obj"].object_list) == 1


def test_news_index_links_to_every_page_under_it_in_the_explorers_order(client, news_tree):
    """Not only the sections: the leaders', the work calendar's and the petitions' pages are found from the index.
    A draft or a private page is not linked."""
    from wagtail.models import PageViewRestriction

    from news.factories import WorkCalendarPageFactory
    from news.petitions.factories import PetitionIndexPageFactory

    calendar = WorkCalendarPageFactory(parent=news_tree.index, title="Lịch công tác", slug="lich-cong-tac")
    petitions = PetitionIndexPageFactory(parent=news_tree.index, title="Phản ánh – Kiến nghị", slug="phan-anh")
    SectionPageFactory(parent=news_tree.index, title="Chuyên mục nháp", slug="nhap", live=False)
    private = SectionPageFactory(parent=news_tree.index, title="Chuyên mục nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(news_tree.index.url).content.decode()
    nav = html[html.index('<nav class="news-sections"') :]
    nav = nav[: nav.index("</nav>")]
    expected = [news_tree.current, news_tree.direction, news_tree.economy, news_tree.leaders, calendar, petitions]
    assert [f'<a href="{page.url}">{page.title}</a>' for page in expected] == [
        link for link in nav.replace("<li>", "\n").replace("</li>", "\n").split("\n") if link.startswith("<a ")
    ]
    # A section lists only its subsections, not its articles.
    assert 'href="/tin-tuc/kinh-te/chuyen-doi-so/"' in client.get(news_tree.economy.url).content.decode()


@pytest.mark.parametrize("value", ["0", "-1", "abc", "999999", "2.5", "1e9", "%00", "9" * 40])
def test_a_bad_page_number_shows_the_first_or_last_page(client, news_tree, value):
    ArticlePageFactory(parent=news_tree.current)
    response = client.get(news_tree.current.url, {"page": value})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


def test_date_filter_shows_that_days_articles(client, news_tree):
    day = timezone.localtime().replace(year=2026, month=11, day=20, hour=9)
    ArticlePageFactory(parent=news_tree.current, title="Tin ngày 20", date=day)
    ArticlePageFactory(parent=news_tree.current, title="Tin ngày 21", date=day + datetime.timedelta(days=1))
    response = client.get(news_tree.current.url, {"date": "2026-11-20"})
    assert titles(response) == ["Tin ngày 20"]
    assert "Bài viết ngày 20/11/2026" in response.content.decode()


@pytest.mark.parametrize("value", ["20/11/2026", "2026-02-30", "hôm qua", "2026-13-01", "9" * 200])
def test_a_malformed_date_gives_a_message_and_the_whole_listing(client, news_tree, value):
    ArticlePageFactory(parent=news_tree.current, title="Tin vẫn hiện")
    response = client.get(news_tree.current.url, {"date": value})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "không phải là ngày" in html
    assert titles(response) == ["Tin vẫn hiện"]


def test_tag_page_lists_the_tagged_articles_under_a_vietnamese_slug(client, news_tree):
    tagged = ArticlePageFactory(parent=news_tree.current, title="Đô thị thông minh")
    tagged.tags.add("Chuyển đổi số")
    tagged.save_revision().publish()
    ArticlePageFactory(parent=news_tree.current, title="Không gắn thẻ")
    article_html = client.get(tagged.url).content.decode()
    assert 'href="/tin-tuc/tag/chuyen-doi-so/"' in article_html
    response = client.get("/tin-tuc/tag/chuyen-doi-so/")
    assert response.status_code == 200
    assert titles(response) == ["Đô thị thông minh"]
    assert "Thẻ: Chuyển đổi số" in response.content.decode()
    assert client.get("/tin-tuc/tag/khong-co-the-nay/").status_code == 404


def test_nested_section_and_unknown_urls(client, news_tree):
    deeper = SectionPageFactory(parent=news_tree.digital, title="Chính quyền số", slug="chinh-quyen-so")
    article = ArticlePageFactory(parent=deeper, title="Một cửa điện tử", slug="mot-cua-dien-tu")
    assert client.get("/tin-tuc/kinh-te/chuyen-doi-so/chinh-quyen-so/mot-cua-dien-tu/").status_code == 200
    assert article.url == "/tin-tuc/kinh-te/chuyen-doi-so/chinh-quyen-so/mot-cua-dien-tu/"
    assert client.get("/tin-tuc/kinh-te/khong-ton-tai/").status_code == 404
    assert client.get("/tin-tuc/kinh-te/chuyen-doi-so/chinh-quyen-so/mot-cua-dien-tu/thua/").status_code == 404
    assert client.get("/tin-tuc/thoi-su/rss/thua/").status_code == 404


def test_unpublished_and_private_pages_stay_hidden(client, news_tree, django_capture_on_commit_callbacks):
    from wagtail.models import PageViewRestriction

    draft = ArticlePageFactory(parent=news_tree.current, title="Tin chưa duyệt")
    draft.unpublish()
    assert client.get(draft.url or "/tin-tuc/thoi-su/tin-chua-duyet/").status_code == 404
    private = SectionPageFactory(parent=news_tree.index, title="Nội bộ", slug="noi-bo")
    secret = ArticlePageFactory(parent=private, title="Tin nội bộ", slug="tin-noi-bo")
    with django_capture_on_commit_callbacks(execute=True):  # the cached restrictions are renewed on commit
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/tin-tuc/noi-bo/tin-noi-bo/").status_code == 302  # to the login page
    assert secret.title not in client.get(news_tree.index.url).content.decode()
