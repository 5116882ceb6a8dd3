"""Search dates (issue 18): a standard page gives the date it shows, "Updated …" (its last publication)."""

import datetime

import pytest
from django.utils import timezone

from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_a_standard_page_gives_its_last_publication(site_tree):
    page = StandardPageFactory(parent=site_tree.home)
    page.save_revision().publish()
    seeded = timezone.make_aware(datetime.datetime(2024, 1, 2, 8, 0))
    StandardPage.objects.filter(pk=page.pk).update(first_published_at=seeded)
    page = StandardPage.objects.get(pk=page.pk)
    page.save_revision().publish()
    page = StandardPage.objects.get(pk=page.pk)
    assert page.search_date() == page.last_published_at
    assert page.search_date() != page.first_published_at == seeded


def test_a_standard_page_never_published_gives_none():
    assert StandardPage().search_date() is None


def test_the_home_page_has_no_date():
    assert not hasattr(HomePage, "search_date")
