"""The English edition's demo: the glossary, at least ten pages of several types translated through
wagtail-localize (the newsroom's spokesperson's page, work calendar and press digest among them), and an English
home page with its own curated sections."""

import re

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail_localize.models import Translation

from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.translation import demo as translation_demo
from thainguyen_portal.translation.models import GlossaryTerm
from thainguyen_portal.translation.reports import glossary_problems

from .test_switcher import links

pytestmark = pytest.mark.django_db

VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def test_seed_demo_translates_pages_through_wagtail_localize(demo, django_capture_on_commit_callbacks):
    # The run's demo was seeded and committed; wagtail-localize published its translations on that commit.
    assert GlossaryTerm.objects.count() >= 20
    translations = Translation.objects.filter(target_locale__language_code="en")
    pages = [translation.get_target_instance().specific for translation in translations]
    assert len(pages) >= 10
    assert all(page.live for page in pages)
    types = {type(page).__name__ for page in pages}
    assert {"StandardPage", "ArticlePage", "LayeredStoryPage", "MagazineArticlePage"} <= types

    client = Client()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.url.startswith("/en/")
        assert not VIETNAMESE_LETTERS.search(page.title), page.title
        assert '<html lang="en"' in response.content.decode()

    home = client.get("/en/").content.decode()
    for heading in ("About Thai Nguyen", "Invest in Thai Nguyen", "Visit Thai Nguyen", "Trà Việt", "News in English"):
        assert heading in home
    # No English page is an alias of Vietnamese text.
    assert not Page.objects.filter(locale__language_code="en", alias_of__isnull=False, live=True).exists()

    # Once made, never made again.
    count = translations.count()
    with django_capture_on_commit_callbacks(execute=True):
        translation_demo.seed(DemoBuilder())
    assert Translation.objects.filter(target_locale__language_code="en").count() == count


# The newsroom's own pages (news/demo.py) and their English translations: Vietnamese address -> (English, title).
NEWSROOM = {
    "/tin-tuc/nguoi-phat-ngon/": ("/en/news/spokesperson/", "Spokesperson"),
    "/tin-tuc/lich-cong-tac/": ("/en/news/work-calendar/", "Work calendar"),
    "/tin-tuc/diem-bao/": ("/en/news/press-digest/", "Press digest"),
}


def footer_links(html):
    footer = re.search(r'<nav class="site-footer__nav".*?</nav>', html, re.DOTALL).group(0)
    return re.findall(r'<a href="([^"]+)"', footer)


def test_seed_demo_translates_the_newsroom_pages_through_wagtail_localize(client, demo):
    translated = {
        translation.source.get_source_instance().url: translation.get_target_instance().specific
        for translation in Translation.objects.filter(target_locale__language_code="en")
    }
    for vi_url, (en_url, title) in NEWSROOM.items():
        english = translated[vi_url]  # made through wagtail-localize
        assert english.live and english.url == en_url and english.title == title
        vi_html, en_html = client.get(vi_url).content.decode(), client.get(en_url).content.decode()
        assert '<html lang="en"' in en_html
        # Each language links to the other, in the switcher and the hreflang alternates.
        assert links(vi_html)[1]["en"] == en_url and links(vi_html)[2]["en"].endswith(en_url)
        assert links(en_html)[1]["vi"] == vi_url and links(en_html)[2]["vi"].endswith(vi_url)
    # The official names of the glossary are kept.
    assert not [problem for problem in glossary_problems() if problem.page.url in dict(NEWSROOM.values())]

    # The spokesperson's page: the spokespersons and their statements in English.
    spokesperson = client.get("/en/news/spokesperson/")
    assert "Chief of the Office of the Provincial People&#x27;s Committee" in spokesperson.content.decode()
    statements = spokesperson.context["statements"]
    assert len(statements) == 5 and all(statement.locale.language_code == "en" for statement in statements)
    assert not any(VIETNAMESE_LETTERS.search(statement.title + statement.sapo) for statement in statements)
    assert spokesperson.context["statements_section"].url == "/en/news/press-statements/"

    # The work calendar: this week's entries, in English.
    calendar = client.get("/en/news/work-calendar/")
    entries = [entry for day in calendar.context["days"] for entry in day["entries"]]
    assert len(entries) >= 10
    for entry in entries:
        assert entry.locale.language_code == "en"
        assert not VIETNAMESE_LETTERS.search(entry.activity + entry.place + entry.participants), entry.activity
    assert "Regular" in calendar.content.decode() and "meeting of the Provincial People" in calendar.content.decode()

    # The press digest: the latest day's press coverage in English, without Vietnamese topic names.
    digest = client.get("/en/news/press-digest/")
    assert digest.context["item_count"] == 4
    assert not any(VIETNAMESE_LETTERS.search(topic) for topic, _outlets in digest.context["topics"])
    assert "Nhan Dan newspaper" in digest.content.decode()

    # The English footer leads to the spokesperson's page, as the Vietnamese one does.
    assert "/en/news/spokesperson/" in footer_links(client.get("/en/").content.decode())
