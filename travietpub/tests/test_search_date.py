"""Search dates (issue 18): a magazine issue gives its issue date, and an article that of its issue."""

import datetime

import pytest
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr

from travietpub.factories import MagazineArticlePageFactory, MagazineIssuePageFactory
from travietpub.models import MagazineArticlePage, MagazineIssuePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(magazine):
    issue = MagazineIssuePageFactory(parent=magazine, number=7, issue_date=datetime.date(2025, 9, 1))
    issue.save_revision().publish()
    return MagazineIssuePage.objects.get(pk=issue.pk)


def test_an_issue_gives_its_date(issue):
    assert issue.search_date() == datetime.date(2025, 9, 1)
    assert issue.first_published_at.date() != datetime.date(2025, 9, 1)


def test_an_article_gives_its_issues_date_in_one_query(issue, django_assert_num_queries):
    article = MagazineArticlePageFactory(parent=issue)
    article.save_revision().publish()
    article = MagazineArticlePage.objects.get(pk=article.pk)
    with django_assert_num_queries(1):
        assert article.search_date() == datetime.date(2025, 9, 1)
    assert article.first_published_at.date() != datetime.date(2025, 9, 1)


def test_an_article_loaded_with_its_issues_date_needs_no_query(issue, django_assert_num_queries):
    MagazineArticlePageFactory(parent=issue)
    parent_path = Substr(OuterRef("path"), 1, OuterRef("depth") * MagazineIssuePage.steplen - MagazineIssuePage.steplen)
    issue_date = MagazineIssuePage.objects.filter(path=parent_path).values("issue_date")[:1]
    (article,) = MagazineArticlePage.objects.child_of(issue).annotate(issue_date=Subquery(issue_date))
    with django_assert_num_queries(0):
        assert article.search_date() == datetime.date(2025, 9, 1)


def test_an_unsaved_article_gives_none():
    assert MagazineArticlePage(path="").search_date() is None
    assert MagazineIssuePage(issue_date=None).search_date() is None
