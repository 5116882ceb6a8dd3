"""The public pages of the magazine: what they show, their filters, and their fixed SQL query counts."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model

from tests.helpers import html_of
from travietpub.factories import (
    MagazineArticlePageFactory,
    MagazineIssuePageFactory,
    MagazinePrintPageFactory,
    TeaBusinessFactory,
    TeaDirectoryPageFactory,
    TeaRegionFactory,
)
from travietpub.models import MagazineIssuePage

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def magazine_tree(magazine, media_root):
    issues = [
        publish(MagazineIssuePageFactory(parent=magazine, number=n, issue_date=datetime.date(year, month, 1)))
        for n, year, month in [(1, 2023, 6), (2, 2023, 12), (3, 2024, 3), (4, 2024, 9)]
    ]
    latest = issues[-1]
    for number in range(1, 6):
        MagazinePrintPageFactory(issue=latest, number=number, text=f"Trang {number}: hương chè Tân Cương.")
    latest.page_count = 5
    publish(latest)
    tan_cuong = TeaRegionFactory(name="Tân Cương")
    la_bang = TeaRegionFactory(name="La Bằng")
    hao_dat = TeaBusinessFactory(name="HTX chè Hảo Đạt", region=tan_cuong)
    TeaBusinessFactory(name="Chè La Bằng Thái Nguyên", region=la_bang)
    article = MagazineArticlePageFactory(parent=latest, title="Người giữ nghề sao chè", print_start=2, print_end=3)
    article.regions = [tan_cuong]
    article.businesses = [hao_dat]
    article.tags.add("Nghề truyền thống")
    publish(article)
    publish(MagazineArticlePageFactory(parent=latest, title="Chè La Bằng vào vụ", print_start=4, print_end=4))
    directory = publish(TeaDirectoryPageFactory(parent=magazine))
    return {"index": magazine, "issues": issues, "latest": latest, "article": article, "directory": directory}


def test_index_shows_every_issue_as_a_cover_by_year(client, magazine_tree):
    html = client.get(magazine_tree["index"].url).content.decode()
    assert html.count('class="traviet-cover"') == 4
    assert html.index('id="year-2024"') < html.index('id="year-2023"')
    directory = magazine_tree["directory"]
    assert f'<a class="button" href="{directory.url}">{directory.title}</a>' in html  # the directory is one tap away
    assert "09/2024" in html


def test_index_filters_by_year_and_explains_a_bad_year(client, magazine_tree):
    url = magazine_tree["index"].url
    assert client.get(url + "?year=2023").content.decode().count('class="traviet-cover"') == 2
    for bad, message in [("abc", "không phải là một năm"), ("1999", "Không có số nào")]:
        response = client.get(url, {"year": bad, "page": "99"})
        assert response.status_code == 200
        html = response.content.decode()
        assert message in html
        assert html.count('class="traviet-cover"') == 4


def test_issue_shows_its_contents_pdf_and_reader_link(client, magazine_tree):
    latest = magazine_tree["latest"]
    html = client.get(latest.url).content.decode()
    assert html.index("Người giữ nghề sao chè") < html.index("Chè La Bằng vào vụ")
    assert "trang 2–3" in html
    assert f'href="{latest.url}doc/1/"' in html
    assert "Thư tòa soạn" in html


def test_issue_shows_the_real_size_of_its_pdf(client, magazine_tree):
    """Issue 19: every issue said "Tải bản PDF (0 byte)": a document saved in code has no `file_size`."""
    latest = magazine_tree["latest"]
    content = b"%PDF-1.4\n" + b"%" * 40_000
    document = get_document_model()(title="Đặc san Trà Việt số 4 (PDF)")
    document.file.save("dac-san-tra-viet-so-4.pdf", ContentFile(content))
    latest.pdf = document
    publish(latest)
    html = client.get(latest.url).content.decode()
    with translation.override("vi"):
        size = filesizeformat(len(content))
    assert size == "39,1\xa0KB"
    assert f'download>Tải bản PDF</a> <span class="muted">({size})</span>' in html
    assert "0\xa0byte" not in html


def test_a_document_saved_in_code_stores_its_size_and_the_page_never_writes_it(client, magazine_tree):
    """#20: the size is stored when the document is saved (not left for the first render to write)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    Document = get_document_model()
    content = b"%PDF-1.4\n" + b"%" * 5_000
    document = Document(title="Đặc san Trà Việt số 5 (PDF)")
    document.file.save("dac-san-tra-viet-so-5.pdf", ContentFile(content), save=False)
    document.save()
    assert Document.objects.get(pk=document.pk).file_size == len(content)
    latest = magazine_tree["latest"]
    latest.pdf = document
    publish(latest)
    # A document of before the fix, with no size: the page shows none, and rendering it writes nothing.
    Document.objects.filter(pk=document.pk).update(file_size=None)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(latest.url).content.decode()
    assert "Tải bản PDF</a></li>" in html
    assert not [q["sql"] for q in queries if q["sql"].startswith("UPDATE") and "wagtaildocs_document" in q["sql"]]
    assert Document.objects.get(pk=document.pk).file_size is None


def test_reader_turns_pages_and_gives_the_text(client, magazine_tree):
    latest = magazine_tree["latest"]
    html = html_of(client, f"{latest.url}doc/3/")
    assert f'rel="prev" data-reader-prev href="{latest.url}doc/2/"' in html
    assert f'rel="next" data-reader-next href="{latest.url}doc/4/"' in html
    assert "Trang 3/5" in html
    assert "Trang 3: hương chè Tân Cương." in html  # the page's text, in the document for screen readers
    assert 'aria-current="page"' in html
    assert client.get(f"{latest.url}doc/").url == f"{latest.url}doc/1/"
    assert client.get(f"{latest.url}doc/6/").status_code == 404
    assert client.get(f"{latest.url}doc/0/").status_code == 404
    assert client.get(f"{magazine_tree['issues'][0].url}doc/1/").status_code == 404  # no pages imported


def test_article_links_its_regions_topics_businesses_and_printed_pages(client, magazine_tree):
    article, latest, directory = magazine_tree["article"], magazine_tree["latest"], magazine_tree["directory"]
    html = client.get(article.url).content.decode()
    assert "Nguyễn Thu Hà, Trần Văn Minh" in html
    assert "Tân Cương" in html and "Nghề truyền thống" in html
    business = article.businesses.get()
    assert f'href="{directory.url}#{business.anchor}">HTX chè Hảo Đạt</a>' in html
    assert f'href="{latest.url}doc/2/"' in html and f'href="{latest.url}doc/3/"' in html
    assert f'href="{latest.url}doc/4/"' not in html


def test_directory_lists_businesses_with_the_articles_that_mention_them(client, magazine_tree):
    directory, article = magazine_tree["directory"], magazine_tree["article"]
    html = client.get(directory.url).content.decode()
    assert 'id="dn-htx-che-hao-dat"' in html
    assert f'href="{article.url}">Người giữ nghề sao chè</a>' in html
    html = client.get(directory.url, {"region": "la-bang"}).content.decode()
    assert "Chè La Bằng Thái Nguyên" in html and "HTX chè Hảo Đạt" not in html
    response = client.get(directory.url, {"region": "khong-co", "page": "x"})
    assert response.status_code == 200
    assert "HTX chè Hảo Đạt" in response.content.decode()


def test_home_page_shows_the_latest_issues(client, magazine_tree):
    html = client.get("/").content.decode()
    assert 'id="slot-traviet"' in html
    assert html.count('class="traviet-cover"') == 4
    assert f'href="{magazine_tree["index"].url}"' in html


def test_a_word_only_in_a_pdf_page_is_found_by_the_site_search(client, magazine_tree):
    latest = magazine_tree["latest"]
    MagazinePrintPageFactory(issue=latest, number=6, text="Giống chè Kim Tuyên trồng thử ở Phúc Xuân.")
    publish(MagazineIssuePage.objects.get(pk=latest.pk))
    with translation.override("vi"):  # the Vietnamese search, whatever language an earlier test left active
        url = reverse("search")
    html = client.get(url, {"q": "Kim Tuyên"}).content.decode()
    assert f'href="{latest.url}"' in html


# --- Query counts (each view is requested once first: renditions are made on the first view) -----------------
# Serving and the frame cost three queries at any depth: the pages of the URL, the page itself (core/pages/routing.py)
# and the language alternates (the site, locales, view restrictions, settings and menus are cached:
# core/publishing/frame.py).
INDEX_QUERIES = 8  # and the tea directory it links to
ISSUE_QUERIES = 7
READER_QUERIES = 7
ARTICLE_QUERIES = 11
DIRECTORY_QUERIES = 7


@pytest.mark.parametrize(
    "page, path, expected",
    [
        # The pages of the URL, the page, issues (+ years), renditions of covers (one query, prefetched by
        # the image tag's cache), language alternates.
        pytest.param("index", "", INDEX_QUERIES, id="index"),
        # The pages of the URL, the page, cover and its rendition, PDF document, articles, first printed pages,
        # language alternates.
        pytest.param("latest", "", ISSUE_QUERIES, id="issue"),
        # The pages of the URL, the page, printed pages (without text), the current page with its text, PDF,
        # language alternates.
        pytest.param("latest", "doc/2/", READER_QUERIES, id="reader"),
        # The pages of the URL, the page, parent issue (with PDF), regions, topics, businesses, directory page,
        # printed pages of its range, language alternates.
        pytest.param("article", "", ARTICLE_QUERIES, id="article"),
        # The pages of the URL, the page, regions, businesses (with region and logo), their count, the articles
        # mentioning them (one query), language alternates.
        pytest.param("directory", "", DIRECTORY_QUERIES, id="directory"),
    ],
)
def test_query_count(magazine_tree, count_queries, page, path, expected):
    count_queries(magazine_tree[page].url + path, expected)


def test_home_slot_costs_no_query_once_cached_and_follows_publishing(client, magazine_tree, django_assert_num_queries):
    from travietpub.wagtail_hooks import latest_issues

    home = magazine_tree["index"].get_parent().specific
    assert len(latest_issues(None, home).items) == 4
    with django_assert_num_queries(0):
        assert len(latest_issues(None, home).items) == 4
    with TestCase.captureOnCommitCallbacks(execute=True):  # the slot follows once the change is committed
        magazine_tree["issues"][0].unpublish()
    assert [issue.number for issue in latest_issues(None, home).items] == [4, 3, 2]
