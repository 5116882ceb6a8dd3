"""The lookup's facet counts and total: equal to the real counts, kept in the cache, and new after a change.

The counts come from one grouped query rolled up in Python (lookup.py); here they are checked against counts made
the slow way, document by document, for many combinations of filters. Runs on SQLite and PostgreSQL.
"""

import datetime
import itertools
from collections import Counter

import pytest
from django.db import connection
from django.test import override_settings

from gazette.factories import GazetteIssuePageFactory, LegalDocumentFactory, LegalFieldFactory
from gazette.lookup import Lookup
from gazette.models import DocumentAppearance, DocumentType, ForceStatus, IssuingBody, LegalDocument
from tests.helpers import UNREACHABLE_CACHE

from .conftest import publish

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 5, 1)
LOOKUP_PATH = "/cong-bao/tra-cuu/"


@pytest.fixture
def varied(gazette):
    """Twenty-four published documents varying in every facet; some with two fields, some with none."""
    land, schools, money = (LegalFieldFactory(name=name) for name in ("Đất đai", "Giáo dục", "Tài chính"))
    kinds = [
        (DocumentType.DECISION, IssuingBody.COMMITTEE, "QĐ-UBND", "Nguyễn Văn Hùng"),
        (DocumentType.RESOLUTION, IssuingBody.COUNCIL, "NQ-HĐND", "Phạm Hoàng Sơn"),
        (DocumentType.DIRECTIVE, IssuingBody.CHAIRMAN, "CT-UBND", "Trần Việt Hưng"),
        (DocumentType.PLAN, IssuingBody.COMMITTEE, "KH-UBND", "Trần Việt Hưng"),
    ]
    field_sets = [[land], [schools], [land, money], [], [money, schools, land], [schools]]
    summaries = ["Quy định hạn mức giao đất", "Mức thu học phí năm học mới", "Quản lý quy hoạch đất đai"]
    for n in range(24):
        doc_type, body, symbol, signer = kinds[n % 4]
        year = 2024 + n % 3
        issue_date = datetime.date(year, 1 + n % 12, 10)
        expiry = issue_date + datetime.timedelta(days=400) if n % 5 == 0 else None
        publish(
            LegalDocumentFactory(
                number=f"{n + 1}/{year}/{symbol}",
                doc_type=doc_type,
                issuing_body=body,
                signer=signer,
                issue_date=issue_date,
                effective_date=issue_date + datetime.timedelta(days=30 * (n % 4)),
                expiry_date=expiry,
                status_override=ForceStatus.PARTLY_EXPIRED if n % 7 == 3 else "",
                summary=summaries[n % 3],
                fields=field_sets[n % 6],
            ),
            gazette.issue,
        )
    LegalDocumentFactory(number="99/2026/QĐ-UBND", summary="Quy định hạn mức giao đất, bản nháp")  # never public


def real_counts(params):
    """The facet counts and total, document by document, in Python."""
    outside = {name: value for name, value in params.items() if name not in Lookup.FACETS}
    base = list(Lookup(outside, today=TODAY).results())  # the words and the non-facet filters
    values = {
        "type": lambda d: [d.doc_type],
        "body": lambda d: [d.issuing_body],
        "signer": lambda d: [d.signer],
        "status": lambda d: [d.status(TODAY)],
        "year": lambda d: [str(d.issue_date.year)],
        "field": lambda d: [f.slug for f in d.fields.all()],
    }
    active = {name: str(value) for name, value in params.items() if name in Lookup.FACETS}

    def passes(document, skip=None):
        return all(value in values[name](document) for name, value in active.items() if name != skip)

    facets = {}
    for name in Lookup.FACETS:
        facets[name] = Counter(value for d in base if passes(d, skip=name) for value in values[name](d))
    return facets, sum(1 for d in base if passes(d))


CASES = [
    {},
    {"type": "quyet-dinh"},
    {"field": "dat-dai"},
    {"field": "tai-chinh", "year": "2025"},
    {"status": "in-force", "body": "ubnd-tinh"},
    {"status": "partly-expired"},
    {"signer": "Trần Việt Hưng", "field": "giao-duc"},
    {"q": "hạn mức"},
    {"q": "quy hoach", "type": "nghi-quyet"},
    {"q": "dat", "field": "dat-dai", "status": "not-yet"},
    {"on": "2025-06-01"},
    {"on": "2025-06-01", "type": "chi-thi", "year": "2025", "field": "giao-duc"},
    {"issued_from": "2025-03-01", "issued_to": "2026-02-01", "body": "hdnd-tinh"},
    {"q": "1/2024"},
]


@pytest.mark.parametrize("params", CASES, ids=[repr(case) for case in CASES])
def test_facet_counts_and_total_equal_the_real_counts(varied, params):
    lookup = Lookup(params, today=TODAY)
    facets, total = real_counts(params)
    assert lookup.count() == total == len(list(Lookup(params, today=TODAY).results()))
    for name in Lookup.FACETS:
        assert {str(value): count for value, _, count in lookup.facets()[name]} == facets[name], name


def test_every_pair_of_facet_filters(varied):
    """All pairs of one value from two facets: the roll-up applies exactly the other filters to each facet."""
    choices = {
        "type": "quyet-dinh",
        "body": "hdnd-tinh",
        "signer": "Trần Việt Hưng",
        "status": "expired",
        "year": "2026",
        "field": "tai-chinh",
    }
    for (a, x), (b, y) in itertools.combinations(choices.items(), 2):
        params = {a: x, b: y}
        lookup = Lookup(params, today=TODAY)
        facets, total = real_counts(params)
        assert lookup.count() == total, params
        for name in Lookup.FACETS:
            assert {str(v): n for v, _, n in lookup.facets()[name]} == facets[name], (params, name)


def test_counts_are_cached_per_filter_set(varied, django_assert_num_queries):
    first = Lookup({"field": "dat-dai", "sort": "newest"}, today=TODAY, cache_path=LOOKUP_PATH)
    expected = first.facets()
    with django_assert_num_queries(0):  # another order of the same lookup: the same counts, from the cache
        again = Lookup({"field": "dat-dai", "sort": "oldest"}, today=TODAY, cache_path=LOOKUP_PATH)
        assert again.facets() == expected and again.count() == first.count()
    with django_assert_num_queries(1):  # other filters: counted (one query for every facet and the total)
        Lookup({"field": "giao-duc"}, today=TODAY, cache_path=LOOKUP_PATH).count()
    with django_assert_num_queries(1):  # another day: statuses change at midnight
        Lookup({"field": "dat-dai"}, today=TODAY + datetime.timedelta(days=1), cache_path=LOOKUP_PATH).count()


def test_cached_counts_follow_a_publish(varied, gazette, django_capture_on_commit_callbacks):
    land = LegalDocument.objects.get(number="1/2024/QĐ-UBND").fields.get()
    issue = GazetteIssuePageFactory(
        parent=gazette.index, number="07", publication_date=datetime.date(2026, 4, 1), live=False
    )
    new = LegalDocumentFactory(
        number="50/2026/NQ-HĐND",
        doc_type=DocumentType.RESOLUTION,
        issuing_body=IssuingBody.COUNCIL,
        issue_date=datetime.date(2026, 3, 20),
        fields=[land],
    )
    DocumentAppearance.objects.create(document=new, issue=issue)
    new.recompute_published()
    assert not LegalDocument.objects.get(pk=new.pk).is_published  # the issue is a draft

    def counts():
        lookup = Lookup({"field": land.slug}, today=TODAY, cache_path=LOOKUP_PATH)
        return lookup.count(), {v: n for v, _, n in lookup.facets()["type"]}

    before_total, before_types = counts()
    assert counts() == (before_total, before_types)  # from the cache
    with django_capture_on_commit_callbacks(execute=True):  # the counts are renewed once the publish commits
        issue.save_revision().publish()
    after_total, after_types = counts()
    assert after_total == before_total + 1
    assert after_types["nghi-quyet"] == before_types.get("nghi-quyet", 0) + 1
    assert (after_total, after_types) == (
        real_counts({"field": land.slug})[1],
        real_counts({"field": land.slug})[0]["type"],
    )


def test_cached_counts_follow_a_document_leaving_its_issue(varied, gazette, django_capture_on_commit_callbacks):
    """Taking a document out of its only issue unpublishes it without any page being published: the gazette moves
    its own generation once that is committed."""
    document = LegalDocument.objects.get(number="2/2025/NQ-HĐND")
    before = Lookup({"type": "nghi-quyet"}, today=TODAY, cache_path=LOOKUP_PATH).count()
    with django_capture_on_commit_callbacks(execute=True):
        document.appearances.get().delete()
    assert not LegalDocument.objects.get(pk=document.pk).is_published
    assert Lookup({"type": "nghi-quyet"}, today=TODAY, cache_path=LOOKUP_PATH).count() == before - 1


def test_lookup_pages_count_without_a_count_query(varied, django_assert_num_queries):
    lookup = Lookup({"type": "quyet-dinh"}, today=TODAY)
    # The counts (one query), then one page of results: no COUNT of its own.
    with django_assert_num_queries(2):
        page = lookup.page("2", 4)
    assert page.paginator.count == 6 and page.number == 2 and len(page.object_list) == 2
    with django_assert_num_queries(2):  # the JSON API's page also reads the fields (the counts are kept)
        with_fields = lookup.page(1, 4, with_fields=True)
        read = {document.pk: {f.slug for f in document.fields.all()} for document in with_fields.object_list}
    assert read == {pk: set(LegalDocument.objects.get(pk=pk).fields.values_list("slug", flat=True)) for pk in read}
    assert Lookup({"type": "quyet-dinh"}, today=TODAY).page("abc", 4).number == 1  # bad page: the first
    assert Lookup({"type": "quyet-dinh"}, today=TODAY).page("99", 4).number == 2  # past the end: the last


def test_listings_do_not_read_the_full_text(varied):
    document = Lookup({"q": "hạn mức"}, today=TODAY).page(1, 20).object_list[0]
    # (The words are matched in the full-text index, core.TextEntry: the document has no search text of its own now.)
    assert "full_text" in document.get_deferred_fields()


def test_relevance_puts_summary_matches_first(gazette):
    in_summary = publish(
        LegalDocumentFactory(
            number="3/2025/QĐ-UBND", summary="Quy định bảng giá đất", issue_date=datetime.date(2025, 1, 5)
        ),
        gazette.issue,
    )
    in_text_only = publish(
        LegalDocumentFactory(
            number="4/2026/QĐ-UBND",
            summary="Quy định về phí thẩm định",
            full_text="Áp dụng bảng giá đất hiện hành của tỉnh.",
            issue_date=datetime.date(2026, 1, 5),
        ),
        gazette.issue,
    )
    found = [d.pk for d in Lookup({"q": "bảng giá đất"}).page(1, 20).object_list]
    # Ranked in Python on both databases now (core/fulltext/engine.py), where SQLite used to give newest first: the
    # older document, with the words in its summary, comes before the newer one that has them only in its text.
    assert found == [in_summary.pk, in_text_only.pk]


def test_word_lookup_puts_the_planner_setting_back(varied):
    """On PostgreSQL a word lookup runs with sequential scans off (Lookup.index_scans), and only while it runs."""
    Lookup({"q": "hạn mức"}, today=TODAY).page(1, 20)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            assert cursor.fetchone()[0] == "on"


@pytest.mark.parametrize("params", [{"q": "chữ không có ở đâu"}, {"q": "không có", "status": "partly-expired"}])
def test_a_lookup_that_finds_nothing(varied, params):
    lookup = Lookup(params, today=TODAY)
    page = lookup.page("1", 20)
    assert (lookup.count(), page.number, page.object_list) == (0, 1, [])
    assert all(values == [] for values in lookup.facets().values())


def test_counts_without_a_cache(varied):
    """The cache down (nothing listens on the port, and this backend raises): counted every time, no error."""
    with override_settings(CACHES=UNREACHABLE_CACHE):
        lookup = Lookup({"field": "dat-dai"}, today=TODAY, cache_path=LOOKUP_PATH)
        assert lookup.count() == real_counts({"field": "dat-dai"})[1]
