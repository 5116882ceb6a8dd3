"""Unpublishing asks for a reason, kept in each page's history: one page at a time and from the page listing's
bulk "Unpublish" (which Wagtail offers without any reason)."""

import pytest
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.models import Page, PageLogEntry

from home.factories import StandardPageFactory
from tests.helpers import html_of
from thainguyen_portal.editorial.roles import APPROVERS, EDITORS

pytestmark = pytest.mark.django_db

REASON = "editorial.unpublish_reason"


@pytest.fixture
def pages(newsroom):
    """Three live articles in the section (the newsroom's one and two more)."""
    more = [
        StandardPageFactory(parent=newsroom.section, title="Hội nghị xúc tiến đầu tư", slug="hoi-nghi-xuc-tien"),
        StandardPageFactory(parent=newsroom.section, title="Lễ hội Trà Tân Cương", slug="le-hoi-tra-tan-cuong"),
    ]
    return [Page.objects.get(pk=newsroom.article.pk), *more]


def bulk_url(pages, section):
    ids = "&".join(f"id={page.pk}" for page in pages)
    return f"/admin/bulk/wagtailcore/page/unpublish/?{ids}&next=/admin/pages/{section.pk}/"


def live(pages):
    return [Page.objects.get(pk=page.pk).live for page in pages]


def reasons(page):
    return [entry.data["reason"] for entry in PageLogEntry.objects.filter(page_id=page.pk, action=REASON)]


def test_bulk_confirmation_asks_for_a_reason(client, newsroom, pages):
    client.force_login(newsroom.users[APPROVERS])
    html = html_of(client, bulk_url(pages, newsroom.section))
    assert 'name="reason"' in html
    assert "Reason for unpublishing (kept in each page&#x27;s history)" in html
    for page in pages:
        assert page.title in html


@pytest.mark.parametrize("data", [{}, {"reason": ""}, {"reason": "   \n "}])
def test_bulk_unpublish_without_a_reason_unpublishes_nothing(client, newsroom, pages, data):
    client.force_login(newsroom.users[APPROVERS])
    response = client.post(bulk_url(pages, newsroom.section), data)
    assert response.status_code == 200
    assert "Say why these pages are unpublished." in response.content.decode()
    assert live(pages) == [True, True, True]
    assert not PageLogEntry.objects.filter(action__in=[REASON, "wagtail.unpublish"]).exists()


def test_bulk_unpublish_with_a_reason_logs_it_on_each_page(client, newsroom, pages):
    client.force_login(newsroom.users[APPROVERS])
    reason = "Thông tin chưa được cơ quan chức năng kiểm chứng."
    response = client.post(bulk_url(pages, newsroom.section), {"reason": f"  {reason}  "})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{newsroom.section.pk}/"
    assert live(pages) == [False, False, False]
    for page in pages:
        assert reasons(page) == [reason]
        entry = PageLogEntry.objects.get(page_id=page.pk, action=REASON)
        assert entry.user == newsroom.users[APPROVERS]
        assert PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.unpublish").exists()
    # Each page's history says that it was unpublished, and why (not only the last page's: see unpublish.py).
    for page in pages:
        history = client.get(f"/admin/pages/{page.pk}/history/").content.decode()
        assert f"Unpublished because: {reason}" in history
        assert "Unpublished" in history.replace(f"Unpublished because: {reason}", "")


def test_bulk_unpublish_with_descendants_logs_the_reason_on_them_too(client, newsroom, pages):
    child = StandardPageFactory(parent=pages[1], title="Danh sách dự án kêu gọi đầu tư", slug="danh-sach-du-an")
    client.force_login(newsroom.users[APPROVERS])
    confirmation = client.get(bulk_url(pages[1:2], newsroom.section)).content.decode()
    assert 'name="include_descendants"' in confirmation
    response = client.post(
        bulk_url(pages[1:2], newsroom.section), {"reason": "Dự án tạm dừng.", "include_descendants": "on"}
    )
    assert response.status_code == 302
    assert live([*pages, child]) == [True, False, True, False]
    assert reasons(pages[1]) == reasons(child) == ["Dự án tạm dừng."]


def test_bulk_unpublish_leaves_alone_the_pages_the_user_may_not_unpublish(client, newsroom, pages):
    """An editor cannot unpublish: the confirmation lists the pages as out of reach and nothing changes."""
    client.force_login(newsroom.users[EDITORS])
    response = client.post(bulk_url(pages, newsroom.section), {"reason": "Thử gỡ bài."})
    assert live(pages) == [True, True, True]
    assert not PageLogEntry.objects.filter(action=REASON).exists()
    assert response.status_code in (200, 302)


def test_a_bulk_unpublish_without_the_reason_form_is_refused(client, newsroom, pages, monkeypatch):
    """Should another app put Wagtail's plain action back, the before_bulk_action hook still refuses it."""
    bulk_action_registry.get_bulk_action_class("wagtailcore", "page", "unpublish")  # scans the hooks
    monkeypatch.setitem(bulk_action_registry.actions["wagtailcore"]["page"], "unpublish", UnpublishBulkAction)
    client.force_login(newsroom.users[APPROVERS])
    url = bulk_url(pages, newsroom.section)
    response = client.post(url, {"include_descendants": ""}, follow=True)
    assert response.redirect_chain[0][0] == url
    assert "Say why these pages are unpublished." in response.content.decode()
    assert live(pages) == [True, True, True]
    assert not PageLogEntry.objects.filter(action=REASON).exists()


def test_single_unpublish_needs_a_reason_and_logs_it(client, newsroom, pages):
    client.force_login(newsroom.users[APPROVERS])
    url = f"/admin/pages/{pages[0].pk}/unpublish/"
    response = client.post(url, {"reason": " "}, follow=True)
    assert "Say why the page is unpublished." in response.content.decode()
    assert live(pages[:1]) == [True]
    response = client.post(url, {"reason": "Sai số liệu."})
    assert response.status_code == 302
    assert live(pages) == [False, True, True]
    assert reasons(pages[0]) == ["Sai số liệu."]
