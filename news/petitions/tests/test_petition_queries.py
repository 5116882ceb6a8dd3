"""The petitions' public pages have their number of SQL queries fixed (see news/tests/test_queries.py for what the
frame, the routing and the caches cost). Raise a number only with a reason."""

import pytest

from news.petitions.factories import AgencyFactory, PetitionPageFactory

pytestmark = pytest.mark.django_db


def count(client, url, django_assert_num_queries, expected):
    client.get(url)  # caches warm up
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    return response


# Router (2) + alternates + count, petitions with their agencies, agencies for the filter (3).
PETITIONS_QUERIES = 6


def test_petitions_listing(client, news_tree, django_assert_num_queries):
    agency = AgencyFactory()
    for _ in range(5):
        PetitionPageFactory(parent=news_tree.petitions, agency=agency)
    count(client, news_tree.petitions.url, django_assert_num_queries, PETITIONS_QUERIES)
    count(
        client,
        news_tree.petitions.url + f"?status=answered&agency={agency.pk}",
        django_assert_num_queries,
        PETITIONS_QUERIES,
    )
    count(client, news_tree.petitions.url + "?status=x&field=y&agency=z", django_assert_num_queries, PETITIONS_QUERIES)


# Router (2) + alternates + agency, answering agency (2).
PETITION_QUERIES = 5


def test_petition_page(client, news_tree, django_assert_num_queries):
    agency = AgencyFactory()
    petition = PetitionPageFactory(parent=news_tree.petitions, agency=agency, answering_agency=agency)
    count(client, petition.url, django_assert_num_queries, PETITION_QUERIES)
