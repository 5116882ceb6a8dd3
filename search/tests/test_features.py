"""Suggestions, promoted results, the query counters and their report, the sources hook and the rebuild."""

import pytest
import wagtail_factories
from django.core.management import call_command
from django.test import override_settings
from wagtail import hooks
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from home.factories import StandardPageFactory
from search import stats
from search.factories import QueryStatFactory, TextEntryFactory
from search.models import QueryStat
from tests.helpers import html_of
from thainguyen_portal.core.fulltext.indexing import (
    SOURCES_HOOK,
    index_object,
    kind_choices,
    rebuild,
    registered_sources,
)
from thainguyen_portal.core.models import TextEntry

pytestmark = pytest.mark.django_db


# --- suggestions ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["dac san tr", "Đặc san Tr", "ĐẶC SAN TRÀ", "dac s"])
def test_suggestions_fold_marks_and_complete_the_last_word(client, documents, typed):
    response = client.get("/tim-kiem/", {"q": typed, "format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["suggestions"] == ["Đặc san Trà Việt số mùa xuân"]


def test_suggestions_keep_to_the_language_and_ignore_junk(client, documents):
    assert client.get("/en/search/", {"q": "dac san", "format": "json"}).json()["suggestions"] == []
    for junk in ["", "a", "!!!", "'; --", "&|!:*()", "x" * 3000]:
        response = client.get("/tim-kiem/", {"q": junk, "format": "json"})
        assert response.status_code == 200
        assert response.json()["suggestions"] == []


def test_suggestions_are_cached(client, documents, django_assert_num_queries):
    client.get("/tim-kiem/", {"q": "ho nui", "format": "json"})
    with django_assert_num_queries(0):  # the answer (and the locale ids) come from the cache
        response = client.get("/tim-kiem/", {"q": "HỒ NÚI", "format": "json"})
    assert set(response.json()["suggestions"]) == {"Hồ Núi Cốc mùa thu", "Ngư dân hồ Núi Cốc"}


def test_suggestions_query_count(client, documents, django_assert_num_queries):
    client.get("/tim-kiem/", {"q": "warm up", "format": "json"})
    # 1 view restrictions; 2 the titles that begin with what was typed; 3 fewer than eight did, so the titles holding
    # it further in; 4 the past queries that found something and begin with it (core/fulltext/engine.py suggest,
    # search/views.py _popular_queries).
    with django_assert_num_queries(4):
        response = client.get("/tim-kiem/", {"q": "viet b", "format": "json"})
    assert response.json()["suggestions"] == ["Việt Bắc trong lòng người"]


# --- promoted results ----------------------------------------------------------------------------------------


def test_promotions_show_first_for_any_spelling_without_writes(client, documents, django_assert_num_queries):
    query = Query.objects.create(query_string="đặc san")
    SearchPromotion.objects.create(query=query, page=documents["duong"], description="Chè Tân Cương.", sort_order=0)
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/tra", external_link_text="Trà Việt trên mạng", sort_order=1
    )
    for spelling in ["dac san", "ĐẶC SAN", "Đặc  san"]:
        html = client.get("/tim-kiem/", {"q": spelling}).content.decode()
        recommended = html.split("search-promoted-heading", 1)[1].split("</section>", 1)[0]
        assert documents["duong"].url in recommended and "https://example.org/tra" in recommended
    assert not QueryDailyHits.objects.exists()
    assert Query.objects.count() == 1

    # An edit drops the cached promotions at once.
    SearchPromotion.objects.filter(page=documents["duong"]).delete()
    html = client.get("/tim-kiem/", {"q": "dac san"}).content.decode()
    assert documents["duong"].url not in html.split("search-promoted-heading", 1)[1].split("</section>", 1)[0]


# --- counters and the editors' report --------------------------------------------------------------------------


def test_searches_are_counted_in_memory_and_written_in_batches(client, documents, django_assert_num_queries):
    with override_settings(SEARCH_STATS_FLUSH_EVERY=1000, SEARCH_STATS_FLUSH_SECONDS=3600):
        for query in ["Chè", "chè", "tra viet", "khong co gi het"]:
            client.get("/tim-kiem/", {"q": query})
        assert not QueryStat.objects.exists()  # nothing written yet
        hits, zero = stats.pending()
        assert hits == {"chè": 2, "tra viet": 1, "khong co gi het": 1}
        assert zero == {"khong co gi het": 1}
        assert stats.flush() == 3
    assert {(s.query, s.hits, s.zero_hits) for s in QueryStat.objects.all()} == {
        ("chè", 2, 0),
        ("tra viet", 1, 0),
        ("khong co gi het", 1, 1),
    }
    with override_settings(SEARCH_STATS_FLUSH_EVERY=2):
        client.get("/tim-kiem/", {"q": "chè"})
        client.get("/tim-kiem/", {"q": "chè"})  # the second search writes the batch
    assert QueryStat.objects.get(query="chè").hits == 4


def test_stats_table_is_pruned_to_its_limit(db):
    from datetime import timedelta

    from django.utils import timezone

    old = timezone.now() - timedelta(days=30)
    for number in range(6):
        QueryStatFactory(query=f"q{number}", hits=number, last_seen=old)
    with override_settings(SEARCH_STATS_MAX_ROWS=3):
        stats.prune()
    assert set(QueryStat.objects.values_list("query", flat=True)) == {"q5", "q4", "q3"}


def test_editors_report_lists_top_and_zero_result_queries(client, django_user_model):
    QueryStatFactory(query="lịch tiếp công dân", hits=40)
    QueryStatFactory(query="xyzzy", hits=3, zero_hits=3)
    admin = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    client.force_login(admin)
    html = html_of(client, "/admin/reports/search-queries/")
    assert "lịch tiếp công dân" in html and "xyzzy" in html
    assert "/admin/reports/search-queries/" in client.get("/admin/").content.decode()


def test_report_is_for_administrators_only(client, django_user_model):
    user = django_user_model.objects.create_user("reader", "r@example.org", "a-long-password-1")
    client.force_login(user)
    assert client.get("/admin/reports/search-queries/").status_code == 302


# --- the sources hook (the gazette's documents plug in this way) and the rebuild ---------------------------------


def document_source():
    from wagtail.documents.models import Document

    return {
        "name": "wagtaildocs.document",
        "kind": "library",
        "label": "Library documents",
        "model": Document,
        "queryset": lambda: Document.objects.exclude(title__startswith="[nháp]"),
        "entry": lambda doc: {"locale": "vi", "title": doc.title, "body": "Văn bản quy phạm pháp luật", "url": doc.url},
    }


def test_a_registered_source_is_searchable_and_filterable(client, documents):
    with hooks.register_temporarily(SOURCES_HOOK, document_source):
        document = wagtail_factories.DocumentFactory(title="Quyết định về vùng chè Tân Cương")
        # The gazette's legal documents (gazette/searching.py), then this one.
        assert [source.name for source in registered_sources()] == ["gazette.legaldocument", "wagtaildocs.document"]
        source = registered_sources()[1]
        assert ("library", "Library documents") in kind_choices()
        index_object(source, document)
        html = client.get("/tim-kiem/", {"q": "quyet dinh tan cuong", "type": "library"}).content.decode()
        assert document.url in html and documents["duong"].url not in html

        document.title = "[nháp] Quyết định"  # leaves the source's queryset: leaves the index
        document.save()
        index_object(source, document)
        assert not TextEntry.objects.filter(source="wagtaildocs.document").exists()


def test_rebuild_indexes_pages_and_sources(documents, site_tree):
    with hooks.register_temporarily(SOURCES_HOOK, document_source):
        wagtail_factories.DocumentFactory(title="Nghị quyết Hội đồng nhân dân")
        TextEntry.objects.all().delete()
        # Both home pages (the English one is a translation), the twelve documents and one gazette document.
        assert rebuild() == 2 + len(documents) + 1
    assert TextEntry.objects.filter(page=documents["tra"], kind="home").exists()
    call_command("rebuild_search")
    assert TextEntry.objects.count() == 2 + len(documents)


def test_text_entry_factory_makes_searchable_entries(client, site_tree):
    TextEntryFactory(title="Công văn về mùa chè", url="/cong-bao/cong-van/")
    assert "/cong-bao/cong-van/" in client.get("/tim-kiem/", {"q": "cong van mua che"}).content.decode()


def test_moved_pages_are_reindexed_under_their_new_section(client, site_tree):
    section = StandardPageFactory(parent=site_tree.home, title="Du lịch", intro="", body=[])
    page = StandardPageFactory(parent=site_tree.home, title="Hang Phượng Hoàng", intro="", body=[])
    page.move(section, pos="last-child")
    html = client.get("/tim-kiem/", {"q": "phuong hoang", "section": section.pk}).content.decode()
    assert "/du-lich/hang-phuong-hoang/" in html
