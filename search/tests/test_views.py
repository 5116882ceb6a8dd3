"""The search page: bad input, filters, ordering, snippets, pagination, locale, privacy and query count."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from thainguyen_portal.core.models import TextEntry

pytestmark = pytest.mark.django_db

BAD_INPUTS = [
    ("empty", ""),
    ("spaces", "    "),
    ("long", "chè Tân Cương " * 100),
    ("very long without spaces", "a" * 5000),
    ("punctuation only", "!!! ??? ... ,,, ;;; :::"),
    ("symbols", "@#$%^&*()_+=[]{}|\\<>/~`"),
    ("sql", "'; DROP TABLE wagtailcore_page; --"),
    ("sql or", "' OR 1=1 --"),
    ("unbalanced quote", '"Đặc san Trà'),
    ("only quotes", '""""""'),
    ("control characters", "chè\x00\x01\x1b[31m Tân\x7f Cương\u200b"),
    ("tsquery operators", "chè & | ! <-> :* ( )"),
    ("like wildcards", "%_% 100%"),
    ("emoji", "🍵🍵 chè"),
    ("rtl and cjk", "شاي 茶 차"),
    ("html", "<script>alert(1)</script>"),
    ("percent encoded", "%00%27"),
    ("invalid utf-8", None),
    ("many words", " ".join(f"tu{i}" for i in range(200))),
    ("page and filters bad", "chè"),
]


@pytest.mark.parametrize("label,query", BAD_INPUTS, ids=[row[0] for row in BAD_INPUTS])
def test_bad_input_answers_a_sensible_page(client, documents, label, query):
    params = {"q": query}
    if label == "page and filters bad":
        params.update({"page": "-3", "type": "nope", "section": "abc", "from": "31/02/2026", "to": "x", "sort": "?"})
    # None: bytes that are not UTF-8 (a lone surrogate, a stray byte) straight in the URL.
    response = client.get("/tim-kiem/?q=%ED%A0%80%FF%C3+ch%E8") if query is None else client.get("/tim-kiem/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Tìm kiếm</h1>" in html or "<h1>" in html
    assert "<script>alert(1)</script>" not in html
    assert 'name="q"' in html


def test_digits_that_are_not_decimal_answer_a_page(client, documents):
    # "²" is a digit to str.isdigit() but int() refuses it: the gazette's query-key reader answered 500.
    response = client.get("/tim-kiem/", {"q": "²"})
    assert response.status_code == 200 and 'name="q"' in response.content.decode()


def test_long_query_is_cut_with_a_note(client, documents):
    html = client.get("/tim-kiem/", {"q": "chè Tân Cương " * 100}).content.decode()
    assert "đã được cắt" in html or "has been cut" in html


def test_malformed_date_gives_a_message_and_is_ignored(client, documents):
    response = client.get("/tim-kiem/", {"q": "ho nui coc", "from": "32/13/2026"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert documents["ho"].url in html


def test_results_are_highlighted_and_link_to_the_pages(client, documents):
    html = client.get("/tim-kiem/", {"q": "tan cuong"}).content.decode()
    assert documents["duong"].url in html
    assert "<mark>Tân</mark> <mark>Cương</mark>" in html


def test_results_keep_to_the_readers_language(client, documents, site_tree):
    from thainguyen_portal.core.demo import DemoBuilder

    DemoBuilder().translation(documents["ho"], "en", title="Nui Coc Lake in autumn", slug="nui-coc-lake")
    vietnamese = client.get("/tim-kiem/", {"q": "nui coc"}).content.decode()
    english = client.get("/en/search/", {"q": "nui coc"}).content.decode()
    assert documents["ho"].url in vietnamese and "/en/nui-coc-lake/" not in vietnamese
    assert "/en/nui-coc-lake/" in english and documents["ho"].url not in english
    assert "<mark>Nui</mark> <mark>Coc</mark> Lake in autumn" in english


def test_unpublished_and_private_pages_are_not_found(client, documents):
    documents["ho"].unpublish()
    PageViewRestriction.objects.create(page=documents["ngu"], restriction_type="password", password="x")
    html = client.get("/tim-kiem/", {"q": "nui coc"}).content.decode()
    assert documents["ho"].url not in html
    assert documents["ngu"].url not in html
    assert "0 kết quả" in html
    assert not TextEntry.objects.filter(page=documents["ho"]).exists()


def test_edits_and_deletes_reach_the_index(client, documents):
    page = documents["mua"]
    page.title = "Mưa đá ở Võ Nhai"
    page.save_revision().publish()
    assert "<mark>Võ</mark> <mark>Nhai</mark>" in client.get("/tim-kiem/", {"q": "vo nhai"}).content.decode()
    page.delete()
    assert not TextEntry.objects.filter(object_key=str(page.pk)).exists()


def test_section_filter_and_date_order(client, site_tree):
    section = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", intro="", body=[])
    inside = StandardPageFactory(parent=section, title="Chè Thái Nguyên xưa", intro="", body=[])
    outside = StandardPageFactory(parent=site_tree.home, title="Chè Thái Nguyên nay", intro="", body=[])
    TextEntry.objects.filter(page=inside).update(date=timezone.make_aware(datetime.datetime(2020, 1, 1)))
    TextEntry.objects.filter(page=outside).update(date=timezone.make_aware(datetime.datetime(2026, 1, 1)))

    html = client.get("/tim-kiem/", {"q": "che", "section": section.pk}).content.decode()
    assert inside.url in html and outside.url not in html

    html = client.get("/tim-kiem/", {"q": "che thai nguyen", "sort": "date"}).content.decode()
    assert html.index(outside.url) < html.index(inside.url)

    html = client.get("/tim-kiem/", {"q": "che thai nguyen", "to": "31/12/2020"}).content.decode()
    assert inside.url in html and outside.url not in html
    html = client.get("/tim-kiem/", {"q": "che thai nguyen", "from": "2021-01-01"}).content.decode()
    assert outside.url in html and inside.url not in html
    # Reversed dates are swapped with a note.
    html = client.get("/tim-kiem/", {"q": "che thai nguyen", "from": "31/12/2020", "to": "01/01/2019"}).content.decode()
    assert inside.url in html and 'role="alert"' in html


def test_content_type_filter(client, documents):
    html = client.get("/tim-kiem/", {"q": "nui coc", "type": "home"}).content.decode()
    assert documents["ho"].url in html and 'role="alert"' not in html
    TextEntry.objects.filter(page=documents["ngu"]).update(kind="gazette")  # as a gazette document would be
    html = client.get("/tim-kiem/", {"q": "nui coc", "type": "home"}).content.decode()
    assert documents["ho"].url in html and documents["ngu"].url not in html
    # An unknown type is named and ignored.
    html = client.get("/tim-kiem/", {"q": "nui coc", "type": "nope"}).content.decode()
    assert documents["ho"].url in html and 'role="alert"' in html


def test_pagination_keeps_the_query_and_forgives_bad_pages(client, site_tree):
    for number in range(23):
        StandardPageFactory(parent=site_tree.home, title=f"Thông báo số {number}", intro="", body=[])
    html = client.get("/tim-kiem/", {"q": "thong bao", "page": "2"}).content.decode()
    assert "Trang 2/3" in html
    assert "q=thong+bao" in html and "page=3" in html
    assert client.get("/tim-kiem/", {"q": "thong bao", "page": "999"}).status_code == 200
    assert client.get("/tim-kiem/", {"q": "thong bao", "page": "x"}).status_code == 200


def test_search_page_query_count(client, documents, django_assert_num_queries):
    for page in documents.values():
        page.save_revision().publish()  # gives them a publication date
    # Fills the caches the frame and the search keep (site, locales, settings, menus: core/publishing/frame.py;
    # promotions; the query dictionary of synonyms and former place names, core/fulltext/query.py).
    client.get("/tim-kiem/", {"q": "warm up"})
    # 1 the vocabulary of the query's syllables and pairs (which neighbours are a phrase, which words need
    # correcting); 2 view restrictions; 3 the sections of the filter; 4 the newest matches, counted and ranked in
    # Python on their titles, keys and dates (core/fulltext/engine.py: no COUNT of its own); 5 the openings of the
    # best placed, for the rest of their score; 6 the entries of the page; 7 their pages (for their URLs). The
    # language links go to the home pages, which come with the cached Site (core/publishing/frame.py).
    with django_assert_num_queries(7):
        response = client.get("/tim-kiem/", {"q": "ho nui coc", "type": "home", "from": "01/01/2000"})
    assert response.status_code == 200
    assert documents["ho"].url in response.content.decode()
