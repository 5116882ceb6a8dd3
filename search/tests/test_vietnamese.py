"""The Vietnamese table test: each query must find some documents and must not find others, on SQLite and on
PostgreSQL (CI runs both)."""

import pytest

from thainguyen_portal.core.fulltext.engine import find, order
from thainguyen_portal.core.fulltext.query import parse_query
from thainguyen_portal.core.fulltext.text import fold
from thainguyen_portal.core.models import TextEntry

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
    # Ð (U+00D0, the Icelandic eth some fonts and converters give for Đ) folds to d like Đ and đ.
    ("\u00d0ẶC SAN TRÀ VIỆT", {"tra"}, {"dac"}),
    ("\u00d0ường lên", {"duong"}, {"tra"}),
    # đ and d are one letter to the search: "Dặc biệt" (typed with a plain D) is found by "Đặc biệt".
    ("Đặc biệt", {"dac"}, {"tra"}),
    # Neighbouring syllables the index holds side by side somewhere are one phrase (core/fulltext/query.py): "chè
    # Tân" is in the "tra" text ("vùng chè Tân Cương"), so the "duong" page, which has "chè" and "Tân" apart
    # ("Đường lên Tân Cương … đường chè"), no longer matches, as it did when each syllable was a separate word.
    ("chè tân", {"tra"}, {"duong"}),
    ("dat va", {"dat"}, {"mua"}),  # "Đất và người"; "mua" has "và" and "đất" apart
    # Syllables no text holds side by side stay separate words: "Việt Bắc trong lòng người" has both, apart.
    ("người Việt", {"viet"}, {"nguoi", "tra"}),
    # Each neighbouring pair is known ("đêm văn", "văn hóa") but no text holds all three side by side: the query is
    # relaxed to separate syllables, which "Đêm văn nghệ … ngày hội văn hóa" holds.
    ("đêm văn hóa", {"dac"}, {"dat", "hoi"}),
]


def found(documents, query, locale_id):
    """The documents a query finds, as the search page finds them (``find``: relaxed when no entry holds its
    phrases side by side)."""
    _parsed, entries = find(TextEntry.objects.filter(locale_id=locale_id), parse_query(query))
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


def ranked(queryset, query):
    """The page ids a query finds, most relevant first (as the search page orders them)."""
    _parsed, candidates = find(queryset, parse_query(query))
    return [candidate.page_id for candidate in order(candidates)]


def test_exact_marks_rank_above_folded_matches(site_tree, locales):
    from home.factories import StandardPageFactory

    exact_match = StandardPageFactory(parent=site_tree.home, title="Bàn hành động vì trẻ em", intro="", body=[])
    folded_match = StandardPageFactory(parent=site_tree.home, title="Ban hành quy chế mới", intro="", body=[])
    # The folded match is the newer page, so it would come first on a tie: the marks must lift the exact one.
    assert ranked(TextEntry.objects.filter(locale_id=locales.vi.pk), "bàn") == [exact_match.pk, folded_match.pk]
    # Unmarked, both are found.
    assert set(ranked(TextEntry.objects.all(), "ban")) == {folded_match.pk, exact_match.pk}


def test_title_matches_rank_above_body_matches(site_tree, locales):
    from home.factories import StandardPageFactory

    title_match = StandardPageFactory(parent=site_tree.home, title="Chè Tân Cương", intro="Bài viết.", body=[])
    # The newer page, first on a tie: the title match must outrank it.
    body_match = StandardPageFactory(parent=site_tree.home, title="Tin vắn", intro="Chè Tân Cương được mùa.", body=[])
    assert ranked(TextEntry.objects.all(), "che tan cuong") == [title_match.pk, body_match.pk]


def test_fold_keeps_length_and_folds_every_vietnamese_letter():
    text = "Đặc san Trà Việt: ệ ộ ữ ẫ ằ ỹ Ư Ơ"
    assert fold(text) == "dac san tra viet: e o u a a y u o"
    assert len(fold(text)) == len(text)


def test_parse_query_reads_phrases_and_unbalanced_quotes():
    # Groups now (core/fulltext/query.py), each its folded tokens, its typed tokens with their marks, and its origin.
    parsed = parse_query('chè "Tân Cương" "Trại Cài')
    assert [(group.tokens, group.exact, group.origin) for group in parsed.groups] == [
        (("che",), ("chè",), "words"),
        (("tan", "cuong"), ("tân", "cương"), "quoted"),
        (("trai", "cai"), ("trại", "cài"), "quoted"),  # the unbalanced quote runs to the end
    ]
    assert parse_query('""" ; -- ').is_empty


def test_a_phrase_nothing_holds_is_relaxed_to_syllables(documents, locales):
    entries = TextEntry.objects.filter(locale_id=locales.vi.pk)
    # "đêm văn" and "văn hóa" are each side by side somewhere, "đêm văn hóa" nowhere: cut into syllables, said so.
    parsed, found_entries = find(entries, parse_query("đêm văn hóa"))
    assert parsed.relaxed and [group.tokens for group in parsed.groups] == [("dem",), ("van",), ("hoa",)]
    assert [entry.page_id for entry in found_entries] == [documents["dac"].pk]
    # A phrase that is found is kept as it is.
    parsed, found_entries = find(entries, parse_query("đêm văn nghệ"))
    assert not parsed.relaxed and [group.tokens for group in parsed.groups] == [("dem", "van", "nghe")]
    assert [entry.page_id for entry in found_entries] == [documents["dac"].pk]
