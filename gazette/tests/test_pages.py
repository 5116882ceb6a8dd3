"""The gazette's pages: index, issue (with its table of contents), and their fixed query counts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import translation

from gazette.factories import GazetteIssuePageFactory, LegalDocumentFactory
from gazette.models import GazetteIndexPage, GazetteIssuePage
from tests.helpers import html_of
from thainguyen_portal.core.text import vietnamese_slugify

from .conftest import publish

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    assert GazetteIndexPage.parent_page_types == ["home.HomePage"]
    # The gazette index sets no subpage_types: its children name it (the consultations page is gazette/consultations/).
    allowed = {model._meta.label for model in GazetteIndexPage.allowed_subpage_models() if model.is_creatable}
    assert allowed == {"gazette.GazetteIssuePage", "consultations.ConsultationIndexPage"}
    assert GazetteIssuePage.parent_page_types == ["gazette.GazetteIndexPage"]
    assert GazetteIssuePage.subpage_types == []


def test_index_lists_live_issues_newest_first(client, gazette):
    GazetteIssuePageFactory(parent=gazette.index, number="06", publication_date=datetime.date(2026, 3, 17))
    GazetteIssuePageFactory(parent=gazette.index, number="07", publication_date=datetime.date(2026, 3, 24), live=False)
    html = client.get("/cong-bao/").content.decode()
    assert html.index("Công báo số 06 năm 2026") < html.index("Công báo số 05 năm 2026")
    assert "số 07" not in html  # a draft issue is not listed


def test_index_year_filter_and_bad_year(client, gazette):
    GazetteIssuePageFactory(parent=gazette.index, number="40", publication_date=datetime.date(2025, 11, 3))
    html = client.get("/cong-bao/?year=2025").content.decode()
    assert "Công báo số 40 năm 2025" in html and "số 05 năm 2026" not in html
    response = client.get("/cong-bao/?year=hai-nghin")
    assert response.status_code == 200
    assert "“hai-nghin” không phải là một năm" in response.content.decode()
    assert client.get("/cong-bao/?page=999").status_code == 200


@pytest.mark.parametrize(
    "typed,stored", [("5", "05"), ("05+06", "05+06"), ("5 + 6", "05+06"), ("12+13+14", "12+13+14")]
)
def test_issue_numbers_are_normalised(gazette, typed, stored):
    issue = GazetteIssuePage(
        title="Công báo",
        slug=vietnamese_slugify(f"so-{stored}"),
        number=typed,
        publication_date=datetime.date(2025, 1, 6),
    )
    gazette.index.add_child(instance=issue)
    assert GazetteIssuePage.objects.get(pk=issue.pk).number == stored


@pytest.mark.parametrize("typed", ["", "năm", "05-06", "5+", "+6", "1234"])
def test_bad_issue_numbers_are_refused(gazette, typed):
    issue = GazetteIssuePage(title="Công báo", slug="so-x", number=typed, publication_date=datetime.date(2025, 1, 6))
    with pytest.raises(ValidationError) as error:
        gazette.index.add_child(instance=issue)
    assert "number" in error.value.message_dict


def test_issue_number_is_unique_within_its_year(gazette):
    duplicate = GazetteIssuePage(title="Trùng", slug="trung", number="5", publication_date=datetime.date(2026, 6, 1))
    with pytest.raises(ValidationError):
        gazette.index.add_child(instance=duplicate)
    next_year = GazetteIssuePage(
        title="Số 5/2027", slug="so-5-2027", number="5", publication_date=datetime.date(2027, 1, 4)
    )
    gazette.index.add_child(instance=next_year)


def test_issue_page_shows_its_table_of_contents_in_page_order(client, documents, gazette):
    html = html_of(client, gazette.issue.url)
    toc = html[html.index('class="gz-toc"') :]
    assert toc.index("05/2026/NQ-HĐND") < toc.index("15/2026/QĐ-UBND") < toc.index("12/2024/CT-UBND")
    assert '<a href="/cong-bao/van-ban/15-2026-qd-ubnd/">' in toc
    assert "<td>3–9</td>" in toc


def test_index_query_count_is_fixed(documents, gazette, count_queries):
    for n in range(6, 12):
        GazetteIssuePageFactory(parent=gazette.index, number=f"{n:02d}", publication_date=datetime.date(2026, 4, n))
    count_queries("/cong-bao/", INDEX_QUERIES)


def test_issue_page_query_count_is_fixed(gazette, count_queries):
    for n in range(1, 8):
        publish(LegalDocumentFactory(), gazette.issue, page_from=n)
    count_queries(gazette.issue.url, ISSUE_QUERIES)


# Serving and the frame cost three queries at any depth: the pages of the URL, the page itself (core/pages/routing.py)
# and the language alternates (the site, locales, view restrictions, settings and menus are cached:
# core/publishing/frame.py). Ours: issues count + page of issues, latest documents, the listings under the index (the
# drafts open for comment) and the view restrictions (Wagtail's public() reads them for the issues and for the
# listings).
INDEX_QUERIES = 9
# The frame's queries as above; ours: the table of contents (appearances joined with their documents).
ISSUE_QUERIES = 4


def test_home_page_slot_lists_new_documents_and_follows_the_index(client, documents, gazette):
    html = client.get("/").content.decode()
    assert 'id="slot-gazette"' in html
    assert 'href="/cong-bao/van-ban/15-2026-qd-ubnd/"' in html
    with TestCase.captureOnCommitCallbacks(execute=True):
        gazette.index.unpublish()  # the cached index URL is dropped with it, once committed
    assert 'id="slot-gazette"' not in client.get("/").content.decode()
    assert 'id="slot-gazette"' not in client.get("/en/").content.decode()


def test_home_page_slot_costs_no_query_once_warm_and_renews_with_a_new_document(
    rf, documents, gazette, django_assert_num_queries, django_capture_on_commit_callbacks
):
    from gazette.wagtail_hooks import latest_documents_slot

    home = gazette.site.home
    with translation.override("vi"):  # as PathLocaleMiddleware does for "/"
        latest_documents_slot(rf.get("/"), home)
        with django_assert_num_queries(0):  # from the cache (core/publishing/slots.py)
            slot = latest_documents_slot(rf.get("/"), home)
        assert sorted(item.number for item in slot.items) == ["05/2026/NQ-HĐND", "12/2024/CT-UBND", "15/2026/QĐ-UBND"]

        # A document published moves the slot's generation once the change commits: the next home page shows it.
        with django_capture_on_commit_callbacks(execute=True):
            publish(LegalDocumentFactory(number="20/2026/QĐ-UBND"), gazette.issue, page_from=9)
        slot = latest_documents_slot(rf.get("/"), home)
    assert "20/2026/QĐ-UBND" in [item.number for item in slot.items]
