"""The petitions demo: the petitions page where the news demo used to make it, five answered petitions and their
agencies (with English names), made once however often seed_demo runs; the public views answer."""

from io import StringIO

import pytest
from django.core.management import call_command

from news.models import LeadersPage, NewsIndexPage
from news.petitions.models import Agency, PetitionIndexPage, PetitionPage, PetitionStatus

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": PetitionIndexPage.objects.count(),
        "petitions": PetitionPage.objects.count(),
        "agencies": Agency.objects.count(),
    }


def test_seed_demo_makes_the_petitions_once(client, demo):
    first = counts()
    call_command("seed_demo", "--only", "news", "--only", "petitions", stdout=StringIO())
    assert counts() == first

    index = NewsIndexPage.objects.get(locale__language_code="vi")
    petitions = PetitionIndexPage.objects.get(locale__language_code="vi")
    assert petitions.get_parent().pk == index.pk
    # Right after the leaders' page among the news index's children, as the news demo made it.
    assert petitions.get_prev_sibling().pk == LeadersPage.objects.child_of(index).get().pk
    answered = PetitionPage.objects.child_of(petitions).filter(status=PetitionStatus.ANSWERED)
    assert answered.count() == 5
    assert all(page.agency_id and page.answering_agency_id == page.agency_id for page in answered)
    english = set(Agency.objects.filter(locale__language_code="en").values_list("name", flat=True))
    assert {"Department of Construction", "Department of Agriculture and Environment"} <= english

    assert petitions.url == "/tin-tuc/phan-anh-kien-nghi/"
    for url in (petitions.url, petitions.url + "gui/", petitions.url + "tra-cuu/", answered.first().url):
        assert client.get(url).status_code == 200, url
