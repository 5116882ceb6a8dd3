import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from gazette.factories import GazetteIndexPageFactory, GazetteIssuePageFactory, LegalDocumentFactory, LegalFieldFactory
from news.factories import ArticlePageFactory, NewsIndexPageFactory, NewsTagFactory, SectionPageFactory


def published(page, when):
    """Give a live page its first publication time (the factory leaves it to the save)."""
    type(page).objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    page.first_published_at = when
    return page


@pytest.fixture
def alerts_tree(site_tree):
    index = NewsIndexPageFactory(parent=site_tree.home)
    section = SectionPageFactory(parent=index, title="Thời sự", slug="thoi-su")
    other = SectionPageFactory(parent=index, title="Kinh tế", slug="kinh-te")
    tag = NewsTagFactory(name="Chè Thái Nguyên", slug="che-thai-nguyen")
    gazette = GazetteIndexPageFactory(parent=site_tree.home)
    issue = GazetteIssuePageFactory(parent=gazette)
    field = LegalFieldFactory(name="Đất đai")
    document = LegalDocumentFactory.published_in(
        issue,
        number="15/2026/QĐ-UBND",
        issue_date=datetime.date(2026, 3, 2),
        effective_date=timezone.localdate() + datetime.timedelta(days=10),
        fields=[field],
    )
    return SimpleNamespace(
        **vars(site_tree),
        index=index,
        section=section,
        other=other,
        tag=tag,
        gazette=gazette,
        issue=issue,
        field=field,
        document=document,
    )


@pytest.fixture
def new_article():
    def make(parent, title, when, tags=()):
        article = ArticlePageFactory(parent=parent, title=title)
        for tag in tags:
            article.tags.add(tag)
        if tags:
            article.save_revision().publish()
        return published(article, when)

    return make
