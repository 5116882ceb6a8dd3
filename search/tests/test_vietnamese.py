"""The Vietnamese table test: each query must find some documents and must not find others, on SQLite and on
PostgreSQL (CI runs both)."""

import pytest

from search.models import SearchEntry
from search.query import match
from search.text import fold, parse_query

pytestmark = pytest.mark.django_db

# query, the documents it must find, the documents it must not find.
CASES = [
    ("dac san tra viet", {"tra"}, {"dac", "duong"}),
    ("Đặc san Trà Việt", {"tra"}, {"dac", "duong"}),
    ("ĐẶC SAN TRÀ VIỆT", {"tra"}, {"dac"}),
    ("đặc san trà việt", {"tra"}, set()),
    ("DAC SAN", {"tra"}, {"hoi"}),
    ("tra viet", {"tra"}, {"viet"}),
    ("Trà", {"tra"}, {"viet", "ho"}),
    ("duong len tan cuong", {"duong"}, {"tra"}),
    ("ĐƯỜNG LÊN TÂN CƯƠNG", {"duong"}, set()),
    ("tan cuong", {"duong", "tra"}, {"hoi"}),
    ("dinh hoa", {"dat"}, {"hoi"}),
    ("Định Hóa", {"dat"}, set()),
    ("dat va nguoi", {"dat"}, set()),
    ("viet bac", {"viet"}, {"tra"}),
    ("Việt Bắc", {"viet"}, set()),
    ("hội nghị", {"hoi"}, {"ho"}),
    ("hoi nghi tong ket", {"hoi"}, set()),
    ("ho nui coc", {"ho", "ngu"}, {"hoi"}),
    ("hồ núi cốc", {"ho", "ngu"}, set()),
    ("nguoi dan", {"nguoi"}, {"ngu"}),
    ("ngư dân", {"ngu"}, set()),
    ("phu luong", {"nguoi"}, set()),
    ("mua lon", {"mua"}, {"muc"}),
    ("dai tu", {"mua"}, set()),
    ("muc luc cong bao", {"muc"}, {"mua"}),
    ("tuyen dung vien chuc", {"tuyen"}, set()),
    ("2026", {"tuyen"}, {"hoi"}),
    ('"hồ núi cốc"', {"ho", "ngu"}, set()),
    ('"nui coc ho"', set(), {"ho", "ngu"}),
    ('"tan cuong" "trai cai"', {"tra"}, {"duong"}),
    ('"viet bac" can cu', {"viet"}, set()),
    ("Ủy ban", {"hoi"}, set()),
    ("uy ban nhan dan", {"hoi"}, set()),
    ("ỦY BAN NHÂN DÂN", {"hoi"}, set()),
    ("cá", {"ngu"}, set()),
    ("không có trong tài liệu", set(), {"tra", "hoi"}),
    # Decomposed Unicode (combining marks typed separately) finds the precomposed text.
    ("Vie\u0302\u0323t Ba\u0306\u0301c", {"viet"}, set()),
]


def found(documents, query, locale_id):
    parsed = parse_query(query)
    entries = match(SearchEntry.objects.filter(locale_id=locale_id), parsed)
    by_page = {page.pk: key for key, page in documents.items()}
    return {by_page[entry.page_id] for entry in entries if entry.page_id in by_page}


@pytest.mark.parametrize("query,must,must_not", CASES, ids=[case[0] for case in CASES])
def test_vietnamese_query_finds_the_right_documents(documents, locales, query, must, must_not):
    result = found(documents, query, locales.vi.pk)
    assert must <= result, f"{query!r} should find {must - result}"
    assert not (must_not & result), f"{query!r} should not find {must_not & result}"
    if not must:
        assert not result


def test_there_are_at_least_25_vietnamese_cases():
    assert len(CASES) >= 25


def test_marked_and_unmarked_forms_find_the_same_documents(documents, locales):
    forms = ["dac san tra viet", "Đặc san Trà Việt", "ĐẶC SAN TRÀ VIỆT", "Dac San Tra Viet"]
    results = [found(documents, form, locales.vi.pk) for form in forms]
    assert results[0] == {"tra"}
    assert all(result == results[0] for result in results)


def test_exact_marks_rank_above_folded_matches(site_tree, locales):
    from home.factories import StandardPageFactory

    folded_match = StandardPageFactory(parent=site_tree.home, title="Ban hành quy chế mới", intro="", body=[])
    exact_match = StandardPageFactory(parent=site_tree.home, title="Bàn hành động vì trẻ em", intro="", body=[])
    parsed = parse_query("bàn")
    ranked = list(match(SearchEntry.objects.filter(locale_id=locales.vi.pk), parsed).order_by("-rank", "pk"))
    assert [entry.page_id for entry in ranked] == [exact_match.pk, folded_match.pk]
    # Unmarked, both are found.
    parsed = parse_query("ban")
    assert {e.page_id for e in match(SearchEntry.objects.all(), parsed)} == {folded_match.pk, exact_match.pk}


def test_title_matches_rank_above_body_matches(site_tree, locales):
    from home.factories import StandardPageFactory

    body_match = StandardPageFactory(parent=site_tree.home, title="Tin vắn", intro="Chè Tân Cương được mùa.", body=[])
    title_match = StandardPageFactory(parent=site_tree.home, title="Chè Tân Cương", intro="Bài viết.", body=[])
    ranked = list(match(SearchEntry.objects.all(), parse_query("che tan cuong")).order_by("-rank", "pk"))
    assert [entry.page_id for entry in ranked] == [title_match.pk, body_match.pk]


def test_fold_keeps_length_and_folds_every_vietnamese_letter():
    text = "Đặc san Trà Việt: ệ ộ ữ ẫ ằ ỹ Ư Ơ"
    assert fold(text) == "dac san tra viet: e o u a a y u o"
    assert len(fold(text)) == len(text)


def test_parse_query_reads_phrases_and_unbalanced_quotes():
    parsed = parse_query('chè "Tân Cương" "Trại Cài')
    assert parsed.words == ["chè"]
    assert parsed.phrases == [["tân", "cương"], ["trại", "cài"]]
    assert parse_query('""" ; -- ').is_empty
