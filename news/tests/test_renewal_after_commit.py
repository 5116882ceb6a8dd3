"""The page cache and the CDN are renewed after the publishing transaction commits, once per transaction.

A bulk action of several articles in one section moves each generation once and sends one PURGE per URL, after the
commit and not before; a transaction that is rolled back renews nothing. The CDN is the root conftest's local purge
endpoint; the generations are read from the real cache. Each test runs inside a transaction that is never
committed: `TestCase.captureOnCommitCallbacks(execute=True)` runs what its commit would, at the end of the block.
"""

from collections import Counter

import pytest
from django.db import transaction
from django.test import TestCase

from news.factories import ArticlePageFactory
from news.models import ArticlePage
from thainguyen_portal.core.publishing import pagecache
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.roles import APPROVERS
from thainguyen_portal.editorial.setup import setup_newsroom

pytestmark = pytest.mark.django_db

NAMES = ("site", "listings:vi", "area:vi:tin-tuc")


@pytest.fixture
def approver(news_tree, settings):
    settings.EDITORIAL_SECTIONS = {"news": ["news"]}
    setup_newsroom()
    return UserFactory(username="duyetdang", role=APPROVERS)


def drafts(section, count):
    pages = []
    for number in range(count):
        page = ArticlePageFactory.build(title=f"Tin hàng loạt {number}", slug=f"tin-hang-loat-{number}", live=False)
        section.add_child(instance=page)
        page.save_revision()
        pages.append(ArticlePage.objects.get(pk=page.pk))
    return pages


def bulk_url(action, pages, section):
    ids = "&".join(f"id={page.pk}" for page in pages)
    return f"/admin/bulk/wagtailcore/page/{action}/?{ids}&next=/admin/pages/{section.pk}/"


def generations():
    return dict(zip(NAMES, pagecache.current_generations(NAMES), strict=True))


@pytest.mark.parametrize("action", ["publish", "unpublish"])
def test_a_bulk_action_renews_each_generation_once_and_purges_each_url_once_after_the_commit(
    client, news_tree, approver, cdn, action
):
    section = news_tree.current
    with TestCase.captureOnCommitCallbacks(execute=True):  # the tree and the drafts, committed long before
        pages = drafts(section, 3)
        if action == "unpublish":
            for page in pages:
                page.get_latest_revision().publish()
    client.force_login(approver)
    cdn.clear()
    before = generations()
    data = {"reason": "Rút bài: trùng lặp."} if action == "unpublish" else {}
    with TestCase.captureOnCommitCallbacks(execute=True) as callbacks:
        response = client.post(bulk_url(action, pages, section), data)
        assert response.status_code == 302
        assert [ArticlePage.objects.get(pk=page.pk).live for page in pages] == [action == "publish"] * 3
        # Not committed yet: nothing renewed, nothing purged.
        assert generations() == before
        assert cdn == []
    assert callbacks
    after = generations()
    assert after["listings:vi"] == before["listings:vi"] + 1
    assert after["area:vi:tin-tuc"] == before["area:vi:tin-tuc"] + 1
    assert after["site"] == before["site"]  # articles deep in a section are named in no menu
    purged = Counter(cdn)
    assert {path: count for path, count in purged.items() if count > 1} == {}
    expected = {f"/tin-tuc/thoi-su/tin-hang-loat-{number}/" for number in range(3)}
    expected |= {"/", "/tin-tuc/", "/tin-tuc/thoi-su/", "/tin-tuc/thoi-su/rss/", "/sitemap.xml"}
    assert expected <= set(purged), expected - set(purged)


def test_a_publish_rolled_back_renews_nothing(news_tree, cdn):
    (page,) = drafts(news_tree.current, 1)
    cdn.clear()
    before = generations()
    with (
        TestCase.captureOnCommitCallbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        page.get_latest_revision().publish()
        raise RuntimeError("the approval fails half way")
    assert callbacks == []
    assert generations() == before
    assert cdn == []
    # The next transaction is renewed as usual, and only for its own change.
    with TestCase.captureOnCommitCallbacks(execute=True):
        ArticlePage.objects.get(pk=page.pk).get_latest_revision().publish()
    assert generations()["listings:vi"] == before["listings:vi"] + 1
    assert "/tin-tuc/thoi-su/tin-hang-loat-0/" in cdn
