"""The lookup (tra cứu): numbers typed any way, words, filters with facet counts, "as of", feeds and the API.

These run on SQLite and, in CI, on PostgreSQL; on both the words go through the portal's full-text layer
(core/fulltext/, gazette/searching.py).
"""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection

from gazette.factories import LegalDocumentFactory, LegalFieldFactory
from gazette.lookup import Lookup
from gazette.models import DocumentType, ForceStatus, IssuingBody, LegalDocument
from tests.helpers import html_of

from .conftest import publish

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 5, 1)


def numbers(lookup):
    return sorted(document.number for document in lookup.results())


@pytest.mark.parametrize(
    "typed",
    ["15/2026/QĐ-UBND", "15/2026/qd-ubnd", "15 2026 QD UBND", "15-2026-qđ-ubnd", "Số 15/2026/QĐ-UBND", "15/QĐ-UBND"],
)
def test_number_typed_any_way_finds_the_document(documents, typed):
    assert numbers(Lookup({"q": typed}, today=TODAY)) == ["15/2026/QĐ-UBND"]


def test_partial_number_and_leading_zeros(documents):
    assert numbers(Lookup({"q": "15/2026"}, today=TODAY)) == ["15/2026/QĐ-UBND"]
    assert numbers(Lookup({"q": "5/2026/nq-hdnd"}, today=TODAY)) == ["05/2026/NQ-HĐND"]
    assert numbers(Lookup({"q": "16/2026/QĐ-UBND"}, today=TODAY)) == []


def test_words_match_summary_and_full_text_with_or_without_marks(documents, signed_pdf_document):
    assert numbers(Lookup({"q": "học phí"}, today=TODAY)) == ["05/2026/NQ-HĐND"]
    assert numbers(Lookup({"q": "hoc phi"}, today=TODAY)) == ["05/2026/NQ-HĐND"]
    assert numbers(Lookup({"q": "Sạt lở"}, today=TODAY)) == ["12/2024/CT-UBND"]
    # "Phạm vi điều chỉnh" is only in the PDF's text.
    assert numbers(Lookup({"q": "pham vi dieu chinh"}, today=TODAY)) == ["20/2026/QĐ-UBND"]
    assert numbers(Lookup({"q": "đất đai"}, today=TODAY)) == ["12/2024/CT-UBND"]


def test_filters(documents):
    assert numbers(Lookup({"type": DocumentType.RESOLUTION}, today=TODAY)) == ["05/2026/NQ-HĐND"]
    assert numbers(Lookup({"body": IssuingBody.COUNCIL}, today=TODAY)) == ["05/2026/NQ-HĐND"]
    assert numbers(Lookup({"field": "dat-dai"}, today=TODAY)) == ["12/2024/CT-UBND", "15/2026/QĐ-UBND"]
    assert numbers(Lookup({"signer": "Phạm Hoàng Sơn"}, today=TODAY)) == ["05/2026/NQ-HĐND"]
    assert numbers(Lookup({"year": "2024"}, today=TODAY)) == ["12/2024/CT-UBND"]
    assert numbers(Lookup({"status": ForceStatus.EXPIRED}, today=TODAY)) == ["12/2024/CT-UBND"]
    assert numbers(Lookup({"status": ForceStatus.NOT_YET}, today=TODAY)) == ["05/2026/NQ-HĐND"]
    assert numbers(Lookup({"issued_from": "2026-01-01", "issued_to": "31/01/2026"}, today=TODAY)) == ["05/2026/NQ-HĐND"]
    assert numbers(Lookup({"effective_from": "2026-02-01", "effective_to": "2026-03-31"}, today=TODAY)) == [
        "15/2026/QĐ-UBND"
    ]
    assert numbers(Lookup({"field": "dat-dai", "q": "hạn mức"}, today=TODAY)) == ["15/2026/QĐ-UBND"]


def test_facet_counts_apply_the_other_filters(documents):
    facets = Lookup({"field": "dat-dai"}, today=TODAY).facets()
    assert {value: count for value, _, count in facets["type"]} == {"quyet-dinh": 1, "chi-thi": 1}
    assert {value: count for value, _, count in facets["status"]} == {"in-force": 1, "expired": 1}
    assert {value: count for value, _, count in facets["year"]} == {"2026": 1, "2024": 1}
    # The field facet ignores its own filter, so the reader can switch field.
    assert {value: count for value, _, count in facets["field"]} == {"dat-dai": 2, "giao-duc": 1}
    assert {value: count for value, _, count in facets["signer"]} == {"Trần Việt Hưng": 1, "Nguyễn Văn Hùng": 1}


def test_as_of_returns_exactly_the_documents_in_force_that_day(gazette):
    issue = gazette.issue
    made = {
        "always": ("2020-01-01", None),
        "ended-before": ("2020-01-01", "2026-04-30"),
        "ends-that-day": ("2020-01-01", "2026-05-01"),  # expires at the start of that day: not in force
        "ends-after": ("2020-01-01", "2026-05-02"),
        "starts-that-day": ("2026-05-01", None),
        "starts-after": ("2026-05-02", None),
    }
    for n, (name, (effective, expiry)) in enumerate(made.items(), start=1):
        publish(
            LegalDocumentFactory(
                number=f"{n}/QĐ-UBND",
                summary=name,
                issue_date=datetime.date(2020, 1, 1),
                effective_date=datetime.date.fromisoformat(effective),
                expiry_date=expiry and datetime.date.fromisoformat(expiry),
            ),
            issue,
        )
    found = sorted(d.summary for d in Lookup({"on": "2026-05-01"}).results())
    assert found == ["always", "ends-after", "starts-that-day"]


def test_order_newest_oldest(documents):
    assert [d.number for d in Lookup({"sort": "oldest"}, today=TODAY).results()][0] == "12/2024/CT-UBND"
    assert [d.number for d in Lookup({"sort": "newest"}, today=TODAY).results()][0] == "15/2026/QĐ-UBND"


def test_unpublished_documents_are_never_found(documents):
    LegalDocumentFactory(number="77/2026/QĐ-UBND", summary="Học phí bản nháp")
    assert numbers(Lookup({"q": "77/2026/QĐ-UBND"})) == []
    assert "77/2026/QĐ-UBND" not in numbers(Lookup({"q": "học phí"}))


@pytest.mark.parametrize(
    "query",
    [
        "year=hai-nghin",
        "on=2026-02-30",
        "issued_from=hôm-qua",
        "type=luat",
        "status=vo-hieu",
        "sort=random",
        "issued_from=2026-05-01&issued_to=2026-01-01",
        "page=abc",
        "page=99999",
        "field=%E2%80%A6",
        "q=" + "x" * 500,
    ],
)
def test_bad_filter_values_give_a_message_not_an_error(client, documents, query):
    html = html_of(client, f"/cong-bao/tra-cuu/?{query}")
    if not query.startswith("page="):
        assert 'class="gz-message gz-message--error" role="alert"' in html


def test_digits_that_are_not_decimal_answer_a_page(client, documents):
    # "²" is a digit to str.isdigit() but int() refuses it: the gazette's query-key reader answered 500.
    response = client.get("/cong-bao/tra-cuu/", {"q": "²"})
    assert response.status_code == 200 and 'name="q"' in response.content.decode()


def test_lookup_page_shows_results_facets_and_shareable_links(client, documents):
    response = client.get("/cong-bao/tra-cuu/?q=15+2026+QD+UBND")
    html = response.content.decode()
    assert 'href="/cong-bao/van-ban/15-2026-qd-ubnd/"' in html
    html = client.get("/cong-bao/tra-cuu/?field=dat-dai").content.decode()
    assert "(2)" in html
    assert 'href="?field=dat-dai&amp;type=chi-thi"' in html  # a facet link keeps the other filters
    assert 'href="?"' in html  # removing the only active filter


def test_lookup_query_count_is_fixed(client, documents, django_assert_num_queries):
    for n in range(30, 45):
        publish(
            LegalDocumentFactory(number=f"{n}/2026/QĐ-UBND", fields=[LegalFieldFactory(name="Đất đai")]),
            documents.land.appearances.get().issue,
        )
    url = "/cong-bao/tra-cuu/?q=quy+dinh&field=dat-dai&year=2026"
    client.get("/cong-bao/tra-cuu/?type=quyet-dinh")  # warms what every page of the site reads
    client.get("/cong-bao/tra-cuu/?q=hoc+phi")  # and what every word lookup reads: the query dictionary
    # PostgreSQL reads the matching documents' ids once through the full-text index, with sequential scans off for
    # that query (Lookup._match_ids, Lookup._select): inside a transaction, as in tests, it comes with the setting and
    # its restoring (three queries); SQLite matches in a subquery of the other queries instead.
    postgresql = 3 if connection.vendor == "postgresql" else 0
    with django_assert_num_queries(SERVING + WORDS + RANKED_PAGE + postgresql):
        assert client.get(url).status_code == 200
    # Another page, in another order, of the same lookup: the facet counts and the total come from the cache.
    with django_assert_num_queries(SERVING + WORDS + DATED_PAGE + postgresql):
        assert client.get(url + "&sort=oldest&page=2").status_code == 200


# Serving the index's route (the pages of the URL, the index: core/pages/routing.py) and the frame (alternates; the rest
# comes from the cache, core/publishing/frame.py).
SERVING = 3
# Reading the words (core/fulltext/query.py; the dictionary of synonyms and place names is cached): the vocabulary of
# the query's syllables and pairs ("quy dinh" is a phrase of the index), then whether any document holds the phrase
# side by side (Lookup._parse: if none does, the query is relaxed to separate syllables).
WORDS = 2
# By relevance, the default for words (Lookup.ranked_ids): the ids of the newest RANKED matching documents (by signing
# date), their entries, ranked on their titles, keys and dates, then the openings of the best placed
# (core/fulltext/engine.py rank); the facet counts and total (one query); the documents of the page.
RANKED_PAGE = 5
# By date: the facet counts come from the cache; the page of documents.
DATED_PAGE = 1


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_filter_by_type_and_field(client, documents, kind):
    response = client.get(f"/cong-bao/{kind}/?field=dat-dai")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    text = ET.tostring(root, encoding="unicode")
    assert "15/2026/QĐ-UBND" in text and "12/2024/CT-UBND" in text and "05/2026/NQ-HĐND" not in text
    text = client.get(f"/cong-bao/{kind}/?type=nghi-quyet").content.decode()
    assert "05/2026/NQ-HĐND" in text and "15/2026/QĐ-UBND" not in text


def site_search(client, query):
    """The links of the site search's results for `query`, in order."""
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    return [result.link for result in response.context["search_results"]]


def test_documents_are_indexed_for_the_site_search(client, documents, signed_pdf_document):
    """The site-wide search (issue 7) finds published documents: each is an entry of the portal's full-text index
    (gazette/searching.py), by its summary, its full text and its number in any spelling; a draft is not found."""
    LegalDocumentFactory(number="77/2026/QĐ-UBND", summary="Học phí bản nháp")  # in no issue: not published
    fees, land, pdf = (
        "/cong-bao/van-ban/5-2026-nq-hdnd/",
        "/cong-bao/van-ban/15-2026-qd-ubnd/",
        "/cong-bao/van-ban/20-2026-qd-ubnd/",
    )
    assert site_search(client, "học phí") == [fees]
    assert site_search(client, "hoc phi") == [fees]
    assert site_search(client, "pham vi dieu chinh") == [pdf]  # only in the PDF's text
    for number in ["15/2026/QĐ-UBND", "15/2026/qd-ubnd", "qd 15 2026", "quyết định 15"]:
        # The number matches through the document's keys, and a document found by its number comes first.
        assert site_search(client, number)[:1] == [land], number
    assert site_search(client, "77/2026/QĐ-UBND") == []


def test_documents_are_in_wagtails_index_for_the_admin(documents, tasks):
    """Wagtail's own index still serves the admin's list of documents (its search box: number and summary)."""
    assert "insert_or_update_object_task" in tasks.names  # Wagtail indexes in a background task
    tasks.run()
    results = LegalDocument.objects.published().search("học phí")
    assert [d.number for d in results] == ["05/2026/NQ-HĐND"]
