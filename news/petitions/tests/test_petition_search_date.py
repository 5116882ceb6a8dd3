"""Search dates (issue 18): a petition is found, sorted and filtered by the date its page shows (the answer's, else
the day it was received), not by the day it went into the CMS (`first_published_at`)."""

import datetime

import pytest

from news.petitions.factories import PetitionPageFactory
from news.petitions.models import PetitionPage, PetitionStatus

pytestmark = pytest.mark.django_db


def published(page):
    """The page published now (today is its `first_published_at`), as the database gives it back."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_an_answered_petition_gives_the_answers_date(news_tree):
    petition = published(
        PetitionPageFactory(
            parent=news_tree.petitions,
            received_date=datetime.date(2025, 3, 1),
            answer_date=datetime.date(2025, 4, 15),
        )
    )
    assert petition.search_date() == datetime.date(2025, 4, 15)
    assert petition.first_published_at.date() != datetime.date(2025, 4, 15)


@pytest.mark.parametrize(
    "status, answer, answer_date",
    [
        (PetitionStatus.RECEIVED, "", None),
        (PetitionStatus.FORWARDED, "", None),
        (PetitionStatus.ANSWERED, "<p>Đã trả lời.</p>", None),  # answered without the answer's date
    ],
)
def test_a_petition_not_answered_or_undated_gives_the_day_it_was_received(news_tree, status, answer, answer_date):
    petition = published(
        PetitionPageFactory(
            parent=news_tree.petitions,
            received_date=datetime.date(2025, 3, 1),
            status=status,
            answer=answer,
            answer_date=answer_date,
        )
    )
    assert petition.search_date() == datetime.date(2025, 3, 1)


def test_an_unsaved_petition_with_no_date_gives_none():
    assert PetitionPage(received_date=None).search_date() is None
