"""Approvers reviewing a page in the newsroom's workflow see whether publishing it shares it on the social networks
(the choice is kept outside the page's revisions, so the workflow's own screens do not show it)."""

import html

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.roles import APPROVERS, EDITORS
from thainguyen_portal.editorial.setup import setup_newsroom
from thainguyen_portal.syndication.factories import SocialPostFactory, SocialShareFactory

pytestmark = pytest.mark.django_db

SHARED = "Social networks: publishing this page shares it on"
NOT_SHARED = "Social networks: publishing this page does not share it."


@pytest.fixture
def room(settings, portal):
    """The newsroom's roles and workflows on the portal's news (EDITORIAL_SECTIONS' default), an editor and an
    approver reading the admin in English, both networks configured (nothing is posted: no page is published)."""
    settings.SYNDICATION_FACEBOOK_PAGE_ID = "104729558431205"
    settings.SYNDICATION_FACEBOOK_PAGE_TOKEN = "EAAtestpagetoken"
    settings.SYNDICATION_ZALO_ACCESS_TOKEN = "zalo-oa-test-token"
    setup_newsroom()
    users = {key: UserFactory(username=f"{key}-review", role=key) for key in (EDITORS, APPROVERS)}
    for user in users.values():
        UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    return users


def awaiting_approval(page, room):
    """`page` submitted by an editor and through the editors' step: it waits for the approvers ("Duyệt đăng")."""
    page = Page.objects.get(pk=page.pk).specific
    page.save_revision(user=room[EDITORS])
    page.get_workflow().start(page, room[EDITORS])
    page.current_workflow_task_state.approve(user=room[EDITORS])
    state = Page.objects.get(pk=page.pk).current_workflow_task_state
    assert state.task.name == "Duyệt đăng"
    return page


def review(client, user, page):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_the_approver_sees_that_the_page_will_be_shared_and_with_which_message(client, room, portal):
    SocialShareFactory(page=portal.a3, message="Tỉnh chỉ đạo phòng chống lũ khẩn cấp")
    page = awaiting_approval(portal.a3, room)
    text = review(client, room[APPROVERS], page)
    assert f"{SHARED} Facebook Page, Zalo Official Account." in text
    assert "Message: “Tỉnh chỉ đạo phòng chống lũ khẩn cấp”" in text
    assert reverse("syndication_admin:page_social", args=[page.pk]) in text
    assert NOT_SHARED not in text


def test_the_message_is_escaped(client, room, portal):
    SocialShareFactory(page=portal.a3, message="<b>Khẩn</b>")
    page = awaiting_approval(portal.a3, room)
    client.force_login(room[APPROVERS])
    raw = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "<b>Khẩn</b>" not in raw
    assert "&lt;b&gt;Khẩn&lt;/b&gt;" in raw


def test_the_approver_sees_that_the_page_will_not_be_shared(client, room, portal):
    SocialShareFactory(page=portal.a2, enabled=False)
    page = awaiting_approval(portal.a2, room)
    text = review(client, room[APPROVERS], page)
    assert NOT_SHARED in text
    assert SHARED not in text
    # An article nobody marked either way says the same.
    page = awaiting_approval(portal.a3, room)
    assert NOT_SHARED in review(client, room[APPROVERS], page)


def test_a_page_already_posted_is_not_posted_again(client, room, portal):
    SocialShareFactory(page=portal.a3)
    for network in ("facebook", "zalo"):
        SocialPostFactory(page=portal.a3, network=network, status="sent")
    page = awaiting_approval(portal.a3, room)
    text = review(client, room[APPROVERS], page)
    assert "this page has already been shared; publishing it again does not share it again." in text
    assert SHARED not in text
    # Posted to Facebook only: publishing posts to Zalo.
    SocialPostFactory._meta.model.objects.filter(page=portal.a3, network="zalo").delete()
    assert f"{SHARED} Zalo Official Account." in review(client, room[APPROVERS], page)


def test_marked_but_no_network_configured(client, settings, room, portal):
    settings.SYNDICATION_FACEBOOK_PAGE_TOKEN = settings.SYNDICATION_ZALO_ACCESS_TOKEN = ""
    SocialShareFactory(page=portal.a3)
    page = awaiting_approval(portal.a3, room)
    assert "no social network is configured, so publishing it shares nothing." in review(client, room[APPROVERS], page)


def test_outside_a_workflow_only_a_page_that_will_be_shared_says_so(client, room, portal):
    """No line on every page an editor opens: outside a review, only the pages publishing would share."""
    assert "Social networks:" not in review(client, room[APPROVERS], portal.a2)
    SocialShareFactory(page=portal.a2)
    assert SHARED in review(client, room[APPROVERS], portal.a2)


def test_the_line_is_in_the_approvers_language(client, room, portal):
    UserProfile.objects.filter(user=room[APPROVERS]).update(preferred_language="vi")
    SocialShareFactory(page=portal.a3)
    page = awaiting_approval(portal.a3, room)
    text = review(client, room[APPROVERS], page)
    assert "Mạng xã hội: khi xuất bản, trang này sẽ được chia sẻ lên Trang Facebook, Zalo Official Account." in text
