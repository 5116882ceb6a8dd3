"""The petitions' public pages have their number of SQL queries fixed (see news/tests/test_queries.py for what the
frame, the routing and the caches cost). Raise a number only with a reason."""

import pytest

from news.petitions.factories import AgencyFactory, PetitionPageFactory

pytestmark = pytest.mark.django_db


# Router (2) + alternates + count, petitions with their agencies, agencies for the filter (3).
PETITIONS_QUERIES = 6


def test_petitions_listing(news_tree, count_queries):
    agency = AgencyFactory()
    for _ in range(5):
        PetitionPageFactory(parent=news_tree.petitions, agency=agency)
    count_queries(news_tree.petitions.url, PETITIONS_QUERIES)
    count_queries(news_tree.petitions.url + f"?status=answered&agency={agency.pk}", PETITIONS_QUERIES)
    count_queries(news_tree.petitions.url + "?status=x&field=y&agency=z", PETITIONS_QUERIES)


# Router (2) + alternates + agency, answering agency (2).
PETITION_QUERIES = 5


def test_petition_page(news_tree, count_queries):
    agency = AgencyFactory()
    petition = PetitionPageFactory(parent=news_tree.petitions, agency=agency, answering_agency=agency)
    count_queries(petition.url, PETITION_QUERIES)
