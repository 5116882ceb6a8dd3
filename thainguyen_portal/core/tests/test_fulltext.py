"""The full-text layer (core/fulltext/): the matching rule on both databases, query reading, ranking, snippets.

The rule is checked against a reference written in plain Python over the stored token strings: on SQLite the
database answers with ``LIKE``, on PostgreSQL with the tsvector the portal writes; CI runs this file on both, so
both are held to the same answer.
"""

import pytest
from django.core.cache import cache
from wagtail import hooks

from home.factories import StandardPageFactory
from thainguyen_portal.core.fulltext import engine
from thainguyen_portal.core.fulltext.indexing import ngrams, vector_literal
from thainguyen_portal.core.fulltext.query import DICTIONARY_CACHE_KEY, edit_candidates, parse_query, telex_candidates
from thainguyen_portal.core.fulltext.snippets import highlight
from thainguyen_portal.core.fulltext.text import fold, index_tokens, syllables
from thainguyen_portal.core.models import PlaceName, PlaceUnit, SynonymGroup, TextEntry

pytestmark = pytest.mark.django_db

PAGES = {
    "cds": ("Kế hoạch chuyển đổi số năm 2027", "Tỉnh đẩy mạnh chuyển đổi số trong cơ quan nhà nước."),
    "doi": ("Đối tượng được hỗ trợ", "Cộng hòa xã hội; chuyên môn nghiệp vụ; số liệu thống kê; đổi mới."),
    "tradao": ("Trà đạo của người Thái Nguyên", "Nghệ thuật thưởng trà, pha trà theo lối trà đạo."),
    "chidao": ("Chỉ đạo tổ chức Lễ hội Trà", "Ủy ban chỉ đạo các sở chuẩn bị lễ hội trà năm nay."),
    "ubnd": ("Ủy ban nhân dân tỉnh họp phiên thường kỳ", "Phiên họp thường kỳ tháng mười một."),
    "camera": ("Kết nối 1.500 camera giám sát", "Trung tâm điều hành thông minh, hộp thư lienhe@thainguyen.gov.vn."),
    "phubinh": ("Xã Kha Sơn làm đường giao thông nông thôn", "Người dân góp đất làm đường liên thôn."),
    "longphrase": ("Du lịch cộng đồng ở Định Hóa", "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa Tày."),
}


@pytest.fixture
def pages(site_tree):
    cache.delete(DICTIONARY_CACHE_KEY)
    return {
        key: StandardPageFactory(parent=site_tree.home, title=title, intro=intro, body=[])
        for key, (title, intro) in PAGES.items()
    }


def reference(parsed):
    """The matching rule in plain Python over the stored token strings: every group in one of its forms (up to
    three syllables side by side, longer forms as their three-syllable windows), or one of the keys."""

    def holds(text, form):
        windows = [" ".join(form)] if len(form) <= 3 else ngrams(list(form), 3)
        return all(f" {window} " in text for window in windows)

    found = set()
    for entry in TextEntry.objects.all():
        text_match = bool(parsed.groups) and all(
            any(holds(entry.text_folded, form) for form in group.alternatives) for group in parsed.groups
        )
        key_match = any(f" {key} " in entry.keys for key in parsed.keys)
        if text_match or key_match:
            found.add(entry.pk)
    return found


def matched(parsed):
    return set(TextEntry.objects.filter(engine.condition(parsed)).values_list("pk", flat=True))


def titles(parsed):
    return {entry.title for entry in TextEntry.objects.filter(engine.condition(parsed))}


QUERIES = [
    "chuyển đổi số",
    "chuyen doi so",
    "CHUYỂN ĐỔI SỐ",
    "trà đạo",
    "lễ hội trà",
    "1.500 camera",
    "lienhe@thainguyen.gov.vn",
    "du lịch cộng đồng ở Định Hóa",
    '"phiên họp thường kỳ"',
    "phiên thường kỳ",
    "số",
    "không có ở đâu cả",
    "Ð\u1ecbnh H\u00f3a",  # Ð is U+00D0
    "Đi\u0323nh Ho\u0301a",  # decomposed marks
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_database_matches_exactly_what_the_rule_says(pages, query):
    parsed = parse_query(query)
    assert matched(parsed) == reference(parsed)


def test_an_entry_vector_holds_tokens_pairs_and_triples():
    literal = vector_literal(["chuyen", "doi", "so"], keys=["68-2026-qd"])
    lexemes = set(literal.replace("' '", "'|'").strip("'").split("'|'"))
    assert lexemes == {"chuyen", "doi", "so", "chuyen doi", "doi so", "chuyen doi so", "key:68-2026-qd"}


def test_neighbouring_syllables_are_a_phrase_not_scattered_syllables(pages):
    # "chuyển đổi số" is in the index side by side: "đối tượng … chuyên môn … số liệu … đổi mới" does not count.
    assert titles(parse_query("chuyển đổi số")) == {PAGES["cds"][0]}
    # "trà đạo": not "Chỉ đạo … Lễ hội Trà".
    assert titles(parse_query("trà đạo")) == {PAGES["tradao"][0]}


def test_a_query_whose_phrase_is_nowhere_is_relaxed_to_all_its_syllables(pages):
    # every pair is somewhere ("lễ hội", "hội trà" in "chidao"; "trà đạo" in "tradao"), the four together nowhere
    parsed = parse_query("lễ hội trà đạo")
    assert [group.tokens for group in parsed.groups] == [("le", "hoi", "tra", "dao")]
    parsed, found = engine.find(TextEntry.objects.all(), parsed)
    assert parsed.relaxed
    assert {c.pk for c in found} == set(TextEntry.objects.filter(title=PAGES["chidao"][0]).values_list("pk", flat=True))


def test_numbers_and_addresses_are_cut_the_same_way_in_queries_and_documents(pages):
    assert syllables("68/2026/QĐ-UBND") == ["68", "2026", "QĐ", "UBND"]
    assert syllables("1.500 camera") == ["1", "500", "camera"]
    assert titles(parse_query("1.500 camera")) == {PAGES["camera"][0]}
    assert titles(parse_query("lienhe@thainguyen.gov.vn")) == {PAGES["camera"][0]}


def test_folding_keeps_nfc_nfd_u00d0_and_capitals_together():
    assert fold("ĐẶC SAN Trà Việt") == "dac san tra viet"
    assert fold("\u00d0ịnh") == "dinh"
    assert index_tokens("Vie\u0302\u0323t Ba\u0306\u0301c") == ["viet", "bac"]
    assert index_tokens("Investors invested", language="en") == ["investor", "invest"]


def test_tone_marks_typed_rank_the_exact_spelling_first(pages, site_tree):
    StandardPageFactory(parent=site_tree.home, title="Đổi mới cơ chế đối thoại", intro="", body=[])
    StandardPageFactory(parent=site_tree.home, title="Đối thoại về đổi mới", intro="", body=[])
    parsed, found = engine.find(TextEntry.objects.all(), parse_query("đối thoại"))
    ranked = [TextEntry.objects.get(pk=c.pk).title for c in engine.order(found)]
    assert ranked[0] == "Đối thoại về đổi mới"


def test_a_typo_is_corrected_from_the_index_vocabulary(pages):
    parsed = parse_query("chuyeenr doois sos")
    assert parsed.corrected == "chuyển đổi số"
    assert titles(parsed) == {PAGES["cds"][0]}
    one_letter = parse_query("chuyen doi sp")  # "sp": two letters, left alone
    assert not one_letter.corrected
    assert parse_query("kees hoachj").corrected == "kế hoạch"


def test_telex_and_edit_candidates():
    assert "thai" in telex_candidates("thais")
    assert "nguyen" in telex_candidates("nguyeen")
    assert "viet" in telex_candidates("vieejt")
    assert "viet" in edit_candidates("vjet")
    assert "viet" in edit_candidates("veit")


def test_a_synonym_finds_the_other_form_and_the_dictionary_is_renewed_on_save(pages):
    assert titles(parse_query("UBND")) == set()
    SynonymGroup.objects.create(terms="UBND, Ủy ban nhân dân")
    assert titles(parse_query("UBND tỉnh")) == {PAGES["ubnd"][0]}
    assert PAGES["ubnd"][0] in titles(parse_query("ubnd"))


def test_a_former_place_finds_its_successors_and_the_reader_is_told(pages):
    PlaceName.objects.create(
        name="Phú Bình",
        unit=PlaceUnit.DISTRICT,
        until="2025-06-30",
        now_part_of="xã Phú Bình, xã Kha Sơn, xã Tân Thành",
        note="Nghị quyết 1683/NQ-UBTVQH15",
    )
    parsed = parse_query("huyện Phú Bình")
    assert [group.origin for group in parsed.groups] == ["place"]  # "huyện" names the unit: left to the ranking
    assert titles(parsed) == {PAGES["phubinh"][0]}
    assert any("Kha Sơn" in notice.text and notice.kind == "place" for notice in parsed.notices)


@pytest.fixture
def number_keys():
    def keys(text):
        return ["68-2026-qd-ubnd"] if fold(text).replace(" ", "") == "68/2026/qd-ubnd" else []

    with hooks.register_temporarily("portal_search_query_keys", keys):
        yield


def test_an_identifier_key_matches_and_ranks_first(pages, site_tree, number_keys):
    from thainguyen_portal.core.fulltext.indexing import entry_values

    values = entry_values(
        {
            "locale_id": site_tree.home.locale_id,
            "kind": "gazette",
            "title": "Quy chế quản lý kiến trúc đô thị",
            "body": "",
            "keys": ["68-2026-qd-ubnd"],
        }
    )
    document = TextEntry.objects.create(source="test", object_key="1", **values)
    parsed = parse_query("68/2026/QĐ-UBND")
    assert parsed.keys == ["68-2026-qd-ubnd"]
    _parsed, found = engine.find(TextEntry.objects.all(), parsed)
    assert engine.order(found)[0].pk == document.pk


def test_the_snippet_is_the_best_passage_with_only_the_matches_marked():
    text = (
        "Ủy ban chỉ đạo các ngành. "
        + "Nội dung khác không liên quan. " * 12
        + "Nghệ thuật trà đạo của người Thái Nguyên."
    )
    html = str(highlight(text, parse_query("trà đạo", use_vocabulary=False)))
    assert "<mark>trà</mark> <mark>đạo</mark>" in html
    assert "chỉ <mark>" not in html  # "đạo" of "chỉ đạo" is not part of the phrase
    assert html.startswith("… ")


def test_suggestions_put_the_titles_that_begin_with_the_words_first(pages, site_tree):
    StandardPageFactory(parent=site_tree.home, title="Công báo", intro="", body=[])
    StandardPageFactory(parent=site_tree.home, title="Mục lục công báo tháng mười", intro="", body=[])
    StandardPageFactory(parent=site_tree.home, title="Công báo số 22 năm 2026", intro="", body=[])
    suggestions = engine.suggest(TextEntry.objects.all(), ["cong", "b"])
    assert suggestions[:3] == ["Công báo", "Công báo số 22 năm 2026", "Mục lục công báo tháng mười"]


def test_a_name_still_in_use_is_widened_only_when_the_former_unit_is_named(pages):
    PlaceName.objects.create(
        name="Phú Bình", unit=PlaceUnit.DISTRICT, until="2025-06-30", now_part_of="xã Phú Bình, xã Kha Sơn"
    )
    PlaceName.objects.create(
        name="Bắc Kạn", unit=PlaceUnit.PROVINCE, until="2025-06-30", now_part_of="tỉnh Thái Nguyên"
    )
    # "Phú Bình" is a commune today: the query means it, not the former district.
    assert parse_query("Phú Bình").groups[0].alternatives == [("phu", "binh")]
    assert [g.alternatives for g in parse_query("huyện Phú Bình").groups] == [[("phu", "binh"), ("kha", "son")]]
    assert [g.alternatives for g in parse_query("TP Phú Bình").groups] == [[("phu", "binh"), ("kha", "son")]]
    # A merged province is told about, never widened to the whole province it joined.
    bac_kan = parse_query("Bắc Kạn")
    assert bac_kan.groups[0].alternatives == [("bac", "kan")]
    assert not bac_kan.corrected  # "Kạn" is in the dictionary: not a typo even if no page has it
    assert any("Thái Nguyên" in notice.text for notice in bac_kan.notices)
    # "Thái Nguyên" is today's province: no note about it on every query.
    PlaceName.objects.create(
        name="Thái Nguyên", unit=PlaceUnit.CITY, until="2025-06-30", now_part_of="phường Phan Đình Phùng"
    )
    thai_nguyen = parse_query("Thái Nguyên")
    assert thai_nguyen.notices == [] and thai_nguyen.groups[0].alternatives == [("thai", "nguyen")]
