"""Search dates (issue 18): an article is found, sorted and filtered by its own date, not by the
day it went into the CMS (`first_published_at`, the demo's seed day). A petition's: the petitions app's
news/petitions/tests/test_petition_search_date.py."""

import datetime

import pytest
from django.utils import timezone

from news.factories import (
    ArticlePageFactory,
    OutletFactory,
    PressDigestPageFactory,
    SpokespersonPageFactory,
    WorkCalendarPageFactory,
)
from news.models import ArticlePage, PressDigestPage, SpokespersonPage, WorkCalendarPage

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


def test_an_unsaved_page_with_empty_dates_gives_none():
    assert ArticlePage(date=None).search_date() is None


def test_pages_that_list_other_pages_keep_their_first_publication(news_tree):
    """The digest, the calendar and the spokesperson's page show whatever day or week is asked (today's by default),
    not a date of their own: no `search_date`, so the index uses their first publication."""
    for model in (PressDigestPage, WorkCalendarPage, SpokespersonPage):
        assert not hasattr(model, "search_date"), model
    for factory in (PressDigestPageFactory, WorkCalendarPageFactory, SpokespersonPageFactory):
        assert published(factory(parent=news_tree.index)).first_published_at is not None
