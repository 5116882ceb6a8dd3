"""The out-of-date translations report: a Vietnamese source published after its English page took its text.

Translations are made and synced with wagtail-localize's own API and views (TranslationSource, Translation,
StringTranslation, save_target; the "update translations" view the report links to).
"""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.models import Page
from wagtail_localize.models import StringSegment, TranslationSource

from home.factories import StandardPageFactory
from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.translation.reports import NOT_PUBLISHED, SOURCE_CHANGED, stale_translations

from .conftest import translate_with_localize

pytestmark = pytest.mark.django_db

REPORT = "/admin/english-edition/out-of-date/"


def publish_new_revision(page, **changes):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def translated(english_tree, locales):
    source = StandardPageFactory(parent=english_tree.home, title="Giới thiệu chung", slug="gioi-thieu-chung")
    source.save_revision().publish()
    english = translate_with_localize(source, locales.en, english=lambda text: f"About: {text}")
    return source, english


def test_fresh_translation_is_not_listed(translated):
    assert stale_translations() == []


def test_source_published_after_translation_is_listed_with_the_date_and_the_update_link(translated, people):
    source, english = translated
    source = publish_new_revision(source, intro="Tỉnh Thái Nguyên có 92 xã, phường.")
    [row] = stale_translations()
    assert row.page.pk == english.pk and row.source_page.pk == source.pk
    assert row.status == SOURCE_CHANGED
    assert row.source_changed_at == source.last_published_at
    translation_source = TranslationSource.objects.get(object_id=source.translation_key)
    assert row.update_url.startswith(reverse("wagtail_localize:update_translations", args=[translation_source.pk]))

    client = Client()
    client.force_login(people.translator)
    html = client.get(REPORT).content.decode()
    assert english.title in html
    assert "Source changed since the translation" in html
    assert reverse("wagtail_localize:update_translations", args=[translation_source.pk]) in html
    with translation.override("en"):  # the translator's admin language
        changed = date_format(timezone.localtime(source.last_published_at), "SHORT_DATETIME_FORMAT")
    assert changed in html  # the date of the source change
    # The report is in the Reports menu of translators.
    assert REPORT in client.get("/admin/").content.decode()


def source_changed(translated, user):
    """The Vietnamese page of `translated` publishes a new sentence; `user` signs in to update its translation.
    Returns the page, its wagtail-localize source, the signed-in client and the "update translations" URL."""
    source = publish_new_revision(translated[0], intro="Tỉnh Thái Nguyên có 92 xã, phường.")
    translation_source = TranslationSource.objects.get(object_id=source.translation_key)
    client = Client()
    client.force_login(user)
    return (
        source,
        translation_source,
        client,
        reverse("wagtail_localize:update_translations", args=[translation_source.pk]),
    )


def test_the_translator_updates_from_the_new_source_and_publishes(translated, people, locales):
    source, translation_source, client, update_url = source_changed(translated, people.translator)
    assert client.get(update_url).status_code == 200
    response = client.post(update_url, {})  # sync without publishing: the new text waits for its translation
    assert response.status_code == 302
    [row] = stale_translations()
    assert row.status == NOT_PUBLISHED
    assert StringSegment.objects.filter(source=translation_source, string__data__contains="92 xã").exists()

    translate_with_localize(source, locales.en, english=lambda text: f"About: {text}")
    assert stale_translations() == []
    html = client.get(REPORT).content.decode()
    assert "Every translation is up to date" in html


def test_hand_made_translation_is_compared_with_its_publication(english_tree, locales):
    source = StandardPageFactory(parent=english_tree.home, title="Liên hệ chung", slug="lien-he-chung")
    source.save_revision().publish()
    english = DemoBuilder().translation(source, "en", title="General contact", slug="general-contact")
    assert stale_translations() == []
    publish_new_revision(source, intro="Điện thoại mới: 0208 3855 186.")
    [row] = stale_translations()
    assert row.page.pk == english.pk and row.translation_source_id is None
    assert row.update_url == reverse("wagtailadmin_pages:edit", args=[english.pk])


def test_people_who_do_not_translate_cannot_see_the_reports(translated, people):
    client = Client()
    client.force_login(people.reporter)
    for url in (REPORT, "/admin/english-edition/glossary-check/", "/admin/english-edition/to-translate/"):
        assert client.get(url).status_code in (302, 403)
    assert REPORT not in client.get("/admin/").content.decode()


def test_pages_to_translate_lists_untranslated_vietnamese_pages(translated, people, english_tree):
    untranslated = StandardPageFactory(parent=english_tree.home, title="Trang chưa dịch", slug="trang-chua-dich")
    untranslated.save_revision().publish()
    client = Client()
    client.force_login(people.translator)
    html = client.get("/admin/english-edition/to-translate/").content.decode()
    assert "Trang chưa dịch" in html
    assert f"/admin/localize/submit/page/{untranslated.pk}/?select_locale=en" in html
    assert "Giới thiệu chung" not in html  # translated already


def test_update_and_publish_immediately_publishes_complete_translations_only(
    translated, people, locales, django_capture_on_commit_callbacks
):
    english = translated[1]
    _source, _translation_source, client, update_url = source_changed(translated, people.english_editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(update_url, {"publish_translations": "on"}, follow=True)
    assert "segment is not translated yet" in response.content.decode()
    english = Page.objects.get(pk=english.pk).specific
    assert "92 xã" not in english.intro  # the Vietnamese sentence did not go live under /en/
    [row] = stale_translations()
    assert row.status == NOT_PUBLISHED


def test_stale_report_costs_a_fixed_number_of_queries(english_tree, locales, django_assert_max_num_queries):
    for number in range(4):
        page = StandardPageFactory(parent=english_tree.home, title=f"Trang số {number}", slug=f"trang-so-{number}")
        page.save_revision().publish()
        translate_with_localize(page, locales.en)
        publish_new_revision(page, intro=f"Nội dung mới {number}.")
    with django_assert_max_num_queries(5):
        rows = stale_translations()
    assert len(rows) == 4


def test_translators_dashboard_panel(translated, people, english_tree):
    source, english = translated
    publish_new_revision(source, intro="Tỉnh Thái Nguyên có 92 xã, phường.")
    waiting = StandardPageFactory(parent=english_tree.home, title="Trang chờ dịch", slug="trang-cho-dich")
    waiting.save_revision().publish()
    client = Client()
    client.force_login(people.translator)
    html = client.get("/admin/").content.decode()
    assert 'id="translation-english-edition' in html
    assert english.title in html and "Trang chờ dịch" in html
    client.force_login(people.reporter)
    assert 'id="translation-english-edition' not in client.get("/admin/").content.decode()
