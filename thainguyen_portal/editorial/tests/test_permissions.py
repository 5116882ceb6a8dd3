"""The permission matrix: every role × (create, edit, submit, approve, publish, unpublish) in every area.

Each action is tried through the admin with the test client, the way a person would (or a person posting
forms by hand: a reporter posting ``action-publish`` or using the bulk publish URL must not publish).
"""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from gazette.area import GAZETTE_APPROVERS, GAZETTE_OFFICERS
from thainguyen_portal.editorial.roles import (
    ADMINISTRATORS,
    APPROVERS,
    COLLABORATORS,
    EDITORS,
    ENGLISH_EDITORS,
    REPORTERS,
    TRANSLATORS,
    roles,
)
from travietpub.area import MAGAZINE_EDITORS

from .conftest import build_newsroom

pytestmark = pytest.mark.django_db

C, E, S, A, P, U = "create", "edit", "submit", "approve", "publish", "unpublish"
ACTIONS = (C, E, S, A, P, U)
# Magazine pages have no workflow (its editors publish themselves; setup_newsroom retires Wagtail's default
# "Moderators approval", whose group it deletes), so nobody "submits" there. The gazette's officers prepare and
# submit; only the approving office approves.
EXPECTED = {
    "news": {
        REPORTERS: {C, E, S},
        EDITORS: {C, E, S, A},
        APPROVERS: {C, E, S, A, P, U},
        ADMINISTRATORS: {C, E, S, P, U},
    },
    "gazette": {
        GAZETTE_OFFICERS: {C, E, S},
        GAZETTE_APPROVERS: {C, E, S, A, P, U},
        ADMINISTRATORS: {C, E, S, P, U},
    },
    "magazine": {MAGAZINE_EDITORS: {C, E, P, U}, ADMINISTRATORS: {C, E, P, U}},
    "english": {
        TRANSLATORS: {C, E, S, A},
        ENGLISH_EDITORS: {C, E, S, A, P, U},
        ADMINISTRATORS: {C, E, S, P, U},
    },
}
EXPECTED["multimedia"] = EXPECTED["news"]


def edit_data(page, title, **actions):
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text("<p>Nội dung cập nhật.</p>"))]),
            "seo_title": "",
            "search_description": "",
            "social_text": "",
            **actions,
        }
    )


def can_create(client, room):
    response = client.get(f"/admin/pages/add/home/standardpage/{room.section.pk}/")
    return response.status_code == 200


def can_edit(client, room):
    response = client.get(f"/admin/pages/{room.article.pk}/edit/")
    return response.status_code == 200


def can_submit(client, room):
    client.post(
        f"/admin/pages/{room.article.pk}/edit/", edit_data(room.article, "Bài gửi duyệt", **{"action-submit": "1"})
    )
    state = room.article.specific_deferred.current_workflow_state
    return state is not None and state.status == state.STATUS_IN_PROGRESS


def can_publish(client, room):
    client.post(
        f"/admin/pages/{room.article.pk}/edit/", edit_data(room.article, "Tiêu đề mới", **{"action-publish": "1"})
    )
    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={room.article.pk}", {"include_descendants": ""})
    return Page.objects.get(pk=room.article.pk).title == "Tiêu đề mới"


def can_unpublish(client, room):
    client.post(f"/admin/pages/{room.article.pk}/unpublish/", {"reason": "Thông tin chưa được kiểm chứng."})
    return not Page.objects.get(pk=room.article.pk).live


def can_approve(client, room):
    """Start the area's workflow, then at each step try to approve as this user; a step nobody approves here is
    approved by the superuser, so that every step gets tried."""
    page = Page.objects.get(pk=room.article.pk)
    workflow = page.get_workflow()
    if workflow is None:
        return False
    page.specific.save_revision(user=room.superuser)
    workflow.start(page, room.superuser)
    approved = False
    while (state := Page.objects.get(pk=page.pk).current_workflow_task_state) is not None:
        before = state.pk
        client.post(
            f"/admin/pages/{page.pk}/edit/",
            edit_data(page.specific, page.title, **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
        )
        after = Page.objects.get(pk=page.pk).current_workflow_task_state
        if after is None or after.pk != before:
            approved = True
        else:
            state.approve(user=room.superuser)
    return approved


CHECKS = {C: can_create, E: can_edit, S: can_submit, A: can_approve, P: can_publish, U: can_unpublish}


@pytest.mark.parametrize("area", list(EXPECTED))
@pytest.mark.parametrize("role", [role.key for role in roles()])
def test_permission_matrix(client, settings, site_tree, area, role):
    room = build_newsroom(settings, site_tree, area)
    client.force_login(room.users[role])
    expected = EXPECTED[area].get(role, set())
    # Each action runs on a fresh copy of the state it needs (the article live, not in a workflow).
    got = set()
    for action in ACTIONS:
        with _fresh_article(room):
            if CHECKS[action](client, room):
                got.add(action)
    assert got == expected


class _fresh_article:
    def __init__(self, room):
        self.room = room

    def __enter__(self):
        page = Page.objects.get(pk=self.room.article.pk)
        if page.current_workflow_state:
            page.current_workflow_state.cancel(user=self.room.superuser)
        page = page.specific
        page.title = "Bài viết đã đăng"
        page.save_revision(user=self.room.superuser).publish()
        self.room.article = page

    def __exit__(self, *exc):
        return False


def test_collaborators_reach_only_the_field_report_form(client, newsroom):
    client.force_login(newsroom.users[COLLABORATORS])
    assert client.get("/admin/newsroom/reports/new/").status_code == 200
    assert client.get("/admin/newsroom/reports/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{newsroom.section.pk}/").status_code in (302, 403)


def test_setup_newsroom_is_idempotent_and_completes_when_sections_appear(settings, site_tree):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, WorkflowPage

    from home.factories import StandardPageFactory
    from thainguyen_portal.editorial.setup import setup_newsroom

    # Only home pages: the roles exist, no section permission yet (news maps to a type with no page yet).
    settings.EDITORIAL_SECTIONS = {"news": ["home.standardpage"], "gazette": ["gazette"]}
    setup_newsroom()
    reporters = Group.objects.get(name="Phóng viên")
    assert not GroupPagePermission.objects.filter(group=reporters).exists()
    counts = (Group.objects.count(), GroupPagePermission.objects.count())

    section = StandardPageFactory(parent=site_tree.home, title="Tin tức", slug="tin-tuc")
    setup_newsroom()
    setup_newsroom()
    codenames = set(
        GroupPagePermission.objects.filter(group=reporters, page=section).values_list("permission__codename", flat=True)
    )
    assert codenames == {"add_page", "change_page", "lock_page"}
    assert Group.objects.count() == counts[0]
    assert WorkflowPage.objects.get(page=section).workflow.name == "Biên tập – Duyệt đăng"
    # A permission added by hand to a role is taken away again: the role has exactly what roles.py says.
    GroupPagePermission.objects.create(
        group=reporters,
        page=section,
        permission=GroupPagePermission._meta.get_field("permission").related_model.objects.get(codename="publish_page"),
    )
    setup_newsroom()
    assert not GroupPagePermission.objects.filter(group=reporters, permission__codename="publish_page").exists()
