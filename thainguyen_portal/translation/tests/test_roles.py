"""Translators work in the English locale only, also through wagtail-localize's "Translate this page"."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from home.factories import StandardPageFactory

from .conftest import translate_with_localize

pytestmark = pytest.mark.django_db


def submit_url(page):
    """wagtail-localize's "Translate this page", by its URL name (the portal serves its own view there)."""
    return reverse("wagtail_localize:submit_page_translation", kwargs={"page_id": page.pk})


@pytest.fixture
def pages(english_tree, locales):
    vietnamese = StandardPageFactory(parent=english_tree.home, title="Trang cần dịch", slug="trang-can-dich")
    vietnamese.save_revision().publish()
    english_only = StandardPageFactory(
        parent=english_tree.home_en, locale=locales.en, title="Written in English", slug="written-in-english"
    )
    return vietnamese, english_only


def test_translator_edits_english_pages_only(pages, people, locales):
    vietnamese, english_only = pages
    client = Client()
    client.force_login(people.translator)
    assert client.get(f"/admin/pages/{vietnamese.pk}/edit/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{english_only.pk}/edit/").status_code == 200
    english = translate_with_localize(vietnamese, locales.en)
    assert client.get(f"/admin/pages/{english.pk}/edit/").status_code == 200


def test_translate_this_page_offers_only_english_and_creates_an_english_draft(pages, people, locales):
    vietnamese, _ = pages
    client = Client()
    client.force_login(people.translator)
    url = submit_url(vietnamese)
    form = client.get(url).context["form"]
    assert list(form.fields["locales"].queryset) == [locales.en]
    response = client.post(url, {"locales": [locales.en.pk]})
    assert response.status_code == 302
    english = vietnamese.get_translation(locales.en)
    assert not english.live  # a draft for the translator, not live Vietnamese text under /en/


def test_translator_cannot_create_vietnamese_pages_by_translating_from_english(pages, people, locales):
    _, english_only = pages
    client = Client()
    client.force_login(people.translator)
    url = submit_url(english_only)
    assert list(client.get(url).context["form"].fields["locales"].queryset) == []
    response = client.post(url, {"locales": [locales.vi.pk]})
    assert response.status_code == 200  # the form is shown again with an error
    assert not Page.objects.filter(translation_key=english_only.translation_key, locale=locales.vi).exists()


def test_administrators_may_translate_into_every_locale(pages, english_tree, locales, django_user_model):
    _, english_only = pages
    admin = django_user_model.objects.create_superuser("quantri", "qt@thainguyen.gov.vn", "chè-Tân-Cương-2026")
    client = Client()
    client.force_login(admin)
    form = client.get(submit_url(english_only)).context["form"]
    assert list(form.fields["locales"].queryset) == [locales.vi]
