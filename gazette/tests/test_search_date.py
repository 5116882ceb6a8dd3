"""Search dates (issue 18): a gazette issue is found by its publication date, not its first publication in the CMS."""

import datetime

import pytest

from gazette.factories import GazetteIssuePageFactory
from gazette.models import GazetteIssuePage

pytestmark = pytest.mark.django_db


def test_an_issue_gives_its_publication_date(gazette):
    issue = GazetteIssuePageFactory(parent=gazette.index, number="12", publication_date=datetime.date(2025, 6, 20))
    issue.save_revision().publish()
    issue = GazetteIssuePage.objects.get(pk=issue.pk)
    assert issue.search_date() == datetime.date(2025, 6, 20)
    assert issue.first_published_at.date() != datetime.date(2025, 6, 20)


def test_an_unsaved_issue_without_a_date_gives_none():
    assert GazetteIssuePage(publication_date=None).search_date() is None
