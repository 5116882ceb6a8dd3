"""Search dates (issue 18): an article or a petition is found, sorted and filtered by its own date, not by the
day it went into the CMS (`first_published_at`, the demo's seed day)."""

import datetime

import pytest
from django.utils import timezone

from news.factories import (
    ArticlePageFactory,
    OutletFactory,
    PetitionPageFactory,
    PressDigestPageFactory,
    SpokespersonPageFactory,
    WorkCalendarPageFactory,
)
from news.models import ArticlePage, PetitionPage, PetitionStatus, PressDigestPage, SpokespersonPage, WorkCalendarPage

pytestmark = pytest.mark.django_db

ARTICLE_DATE = timezone.make_aware(datetime.datetime(2025, 5, 4, 10, 30))


def published(page):
    """The page published now (today is its `first_published_at`), as the database gives it back."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_an_article_gives_its_date(news_tree):
    article = published(ArticlePageFactory(parent=news_tree.current, date=ARTICLE_DATE))
    assert article.search_date() == ARTICLE_DATE
    assert article.first_published_at.date() != ARTICLE_DATE.date()


def test_press_coverage_gives_the_date_its_page_shows_not_the_outlets(news_tree):
    outlet = OutletFactory()
    article = published(
        ArticlePageFactory(
            parent=news_tree.current,
            kind=ArticlePage.Kind.PRESS,
            outlet=outlet,
            original_url=f"{outlet.site}bai-1.html",
            original_date=datetime.date(2025, 5, 1),
            date=ARTICLE_DATE,
        )
    )
    assert article.search_date() == ARTICLE_DATE


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


def test_an_unsaved_page_with_empty_dates_gives_none():
    assert ArticlePage(date=None).search_date() is None
    assert PetitionPage(received_date=None).search_date() is None


def test_pages_that_list_other_pages_keep_their_first_publication(news_tree):
    """The digest, the calendar and the spokesperson's page show whatever day or week is asked (today's by default),
    not a date of their own: no `search_date`, so the index uses their first publication."""
    for model in (PressDigestPage, WorkCalendarPage, SpokespersonPage):
        assert not hasattr(model, "search_date"), model
    for factory in (PressDigestPageFactory, WorkCalendarPageFactory, SpokespersonPageFactory):
        assert published(factory(parent=news_tree.index)).first_published_at is not None
