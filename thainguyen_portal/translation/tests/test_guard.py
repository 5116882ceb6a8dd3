"""The guard that keeps translators from creating Vietnamese pages through wagtail-localize's "Translate this page".

The portal serves its own views at wagtail-localize's routes (core/upstream/wagtail_localize.py). These tests reach
them through wagtail-localize's own URL names, never a written path: if wagtail-localize renames a URL, `reverse()`
fails here; if it moves one, the name resolves to wagtail-localize's view and the identity checks fail. The control
cannot vanish while the tests still pass.
"""

import pytest
from django.test import Client
from django.urls import resolve, reverse
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize import wagtail_hooks as localize_hooks

from home.factories import StandardPageFactory
from thainguyen_portal.core.upstream.wagtail_localize import SHADOWED_URLS, localize_admin_route
from thainguyen_portal.translation import views
from thainguyen_portal.translation import wagtail_hooks as portal_hooks

EXPECTED_VIEWS = {
    "submit_page_translation": (views.LocaleScopedSubmitPageTranslationView, {"page_id": 7}),
    "update_translations": (views.CompleteOnlyUpdateTranslationsView, {"translation_source_id": 7}),
}


def test_every_replaced_view_answers_at_wagtail_localizes_own_url_name():
    assert set(SHADOWED_URLS) == set(EXPECTED_VIEWS)
    for name, (view_class, kwargs) in EXPECTED_VIEWS.items():
        upstream_url = reverse(f"wagtail_localize:{name}", kwargs=kwargs)
        assert resolve(upstream_url).func.view_class is view_class, name
        assert reverse(SHADOWED_URLS[name], kwargs=kwargs) == upstream_url
        # The route is read from wagtail-localize's patterns, not written in the portal.
        assert upstream_url == "/admin/" + localize_admin_route(name).replace(f"<int:{next(iter(kwargs))}>", "7")


def test_the_portals_urls_come_first_whatever_the_order_of_installed_apps():
    registered = hooks.get_hooks("register_admin_urls")
    assert registered.index(portal_hooks.register_translation_urls) < registered.index(
        localize_hooks.register_admin_urls
    )


def test_a_renamed_upstream_url_stops_the_admin_rather_than_dropping_the_guard():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        localize_admin_route("submit_page_translation_renamed")


@pytest.mark.django_db
def test_a_translator_cannot_create_a_vietnamese_page_through_wagtail_localizes_url(english_tree, people, locales):
    english_only = StandardPageFactory(
        parent=english_tree.home_en, locale=locales.en, title="Written in English", slug="written-in-english"
    )
    client = Client()
    client.force_login(people.translator)
    url = reverse("wagtail_localize:submit_page_translation", kwargs={"page_id": english_only.pk})
    assert list(client.get(url).context["form"].fields["locales"].queryset) == []
    response = client.post(url, {"locales": [locales.vi.pk]})
    assert response.status_code == 200  # the form again, with an error
    assert not Page.objects.filter(translation_key=english_only.translation_key, locale=locales.vi).exists()
