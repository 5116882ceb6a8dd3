"""The glossary of official names: matching, the check (command and report), the panel in the translation editor."""

import io

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.rich_text import RichText

from home.factories import StandardPageFactory
from tests.helpers import html_of
from thainguyen_portal.translation.glossary import missing_renderings, terms_in, uses_rendering
from thainguyen_portal.translation.models import GlossaryTerm
from thainguyen_portal.translation.reports import glossary_problems

from .conftest import translate_with_localize

pytestmark = pytest.mark.django_db


@pytest.fixture
def glossary(db):
    terms = [
        ("Ủy ban nhân dân tỉnh", "Provincial People's Committee"),
        ("Chủ tịch", "Chairman"),
        ("Phó Chủ tịch", "Vice Chairman"),
        ("Công báo", "Official Gazette"),
        ("khu công nghiệp", "industrial park"),
    ]
    return [GlossaryTerm.objects.create(source_term=vi, english=en) for vi, en in terms]


def found(text, terms):
    return {finding.term.source_term: finding.count for finding in terms_in(text, terms)}


def test_longest_term_wins_where_terms_overlap(glossary):
    text = "Phó Chủ tịch Ủy ban nhân dân tỉnh gặp Chủ tịch Hội đồng nhân dân tỉnh."
    assert found(text, glossary) == {"Ủy ban nhân dân tỉnh": 1, "Phó Chủ tịch": 1, "Chủ tịch": 1}


def test_matching_ignores_case_and_old_tone_placement_but_not_part_words(glossary):
    assert found("UỶ BAN NHÂN DÂN TỈNH Thái Nguyên", glossary) == {"Ủy ban nhân dân tỉnh": 1}
    assert found("Uỷ ban nhân dân tỉnh", glossary) == {"Ủy ban nhân dân tỉnh": 1}
    assert found("Chủ tịchs", glossary) == {}  # not a whole word
    assert found("Công bảo", glossary) == {}  # another word, not the term


def test_rendering_check_accepts_plural_and_curly_apostrophes(glossary):
    committee, _, _, _, park = glossary
    assert uses_rendering("the Provincial People’s Committee decided", committee)
    assert uses_rendering("three industrial parks", park)
    assert not uses_rendering("the Provincial People's Commission", committee)
    missing = missing_renderings(
        "Ủy ban nhân dân tỉnh đăng Công báo.", "The Provincial Committee published the Official Gazette.", glossary
    )
    assert [finding.term.source_term for finding in missing] == ["Ủy ban nhân dân tỉnh"]


def bad_english(text):
    return (
        text.replace("Ủy ban nhân dân tỉnh", "Provincial People's Commission")
        .replace("Công báo", "Official Gazette")
        .replace("Giới thiệu", "About")
    )


@pytest.fixture
def translated_page(english_tree, locales, glossary):
    source = StandardPageFactory(
        parent=english_tree.home,
        title="Giới thiệu Ủy ban nhân dân tỉnh",
        slug="gioi-thieu-ubnd",
        intro="Các văn bản của Ủy ban nhân dân tỉnh được đăng trên Công báo.",
        body=[("paragraph", RichText("<p>Thông tin chung.</p>"))],
    )
    source.save_revision().publish()
    english = translate_with_localize(source, locales.en, english=bad_english)
    return source, english


def test_check_lists_english_pages_with_a_non_glossary_rendering(translated_page, locales):
    source, english = translated_page
    [problem] = glossary_problems()
    assert problem.page.pk == english.pk
    assert [finding.term.english for finding in problem.findings] == ["Provincial People's Committee"]

    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("check_glossary", stdout=out, stderr=err)
    assert exit_info.value.code == 1
    assert english.url_path in out.getvalue()
    assert "Ủy ban nhân dân tỉnh → expected “Provincial People's Committee”" in out.getvalue()

    # The translator fixes the rendering (wagtail-localize's API again): the check is clean.
    translate_with_localize(
        source, locales.en, english=lambda text: bad_english(text).replace("Commission", "Committee")
    )
    assert glossary_problems() == []
    out = io.StringIO()
    call_command("check_glossary", stdout=out)
    assert "0 English page(s)" in out.getvalue()


def test_glossary_check_report_in_the_admin(translated_page, people):
    _, english = translated_page
    client = Client()
    client.force_login(people.translator)
    html = client.get("/admin/english-edition/glossary-check/").content.decode()
    assert english.title.replace("'", "&#x27;") in html
    assert "Ủy ban nhân dân tỉnh → Provincial People&#x27;s Committee" in html


def test_translators_see_the_source_terms_in_wagtail_localizes_editor(translated_page, people):
    _, english = translated_page
    client = Client()
    client.force_login(people.translator)
    html = html_of(client, f"/admin/pages/{english.pk}/edit/")
    assert "js-translation-editor" in html  # wagtail-localize's editor, not Wagtail's page form
    assert "data-translation-glossary" in html
    assert '<td lang="vi">Ủy ban nhân dân tỉnh</td>' in html
    assert "<strong>Official Gazette</strong>" in html
    assert "<strong>Chairman</strong>" not in html  # not in this text
    assert "/admin/snippets/translation/glossaryterm/" in html


def test_english_editors_keep_the_glossary_translators_read_it(people, glossary):
    url = "/admin/snippets/translation/glossaryterm/"
    data = {"source_term": "Sở Tài chính", "english": "Department of Finance", "note": ""}
    translator, editor = Client(), Client()
    translator.force_login(people.translator)
    editor.force_login(people.english_editor)
    assert "Provincial People" in translator.get(url).content.decode()
    translator.post(url + "add/", data)
    assert not GlossaryTerm.objects.filter(source_term="Sở Tài chính").exists()
    assert editor.post(url + "add/", data).status_code == 302
    assert GlossaryTerm.objects.get(source_term="Sở Tài chính").english == "Department of Finance"
