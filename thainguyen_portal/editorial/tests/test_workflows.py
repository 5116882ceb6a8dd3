"""The "Biên tập – Duyệt đăng" workflow through the admin: submit, two approvals, publication, rejection, e-mails."""

import json

import pytest
from django.core import mail
from wagtail.models import Page, TaskState, WorkflowState

from home.models import StandardPage

from .test_permissions import edit_data

pytestmark = pytest.mark.django_db


def submit(client, page, title):
    response = client.post(f"/admin/pages/{page.pk}/edit/", edit_data(page, title, **{"action-submit": "1"}))
    assert response.status_code == 302


def act(client, page, action, comment=""):
    page = Page.objects.get(pk=page.pk).specific
    data = edit_data(page, page.get_latest_revision_as_object().title)
    data.update(
        {
            "action-workflow-action": "1",
            "workflow-action-name": action,
            "workflow-action-extra-data": json.dumps({"comment": comment}),
        }
    )
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def new_draft(newsroom, client):
    """A reporter's new article, created as a draft through the admin."""
    client.force_login(newsroom.users["reporters"])
    url = f"/admin/pages/add/home/standardpage/{newsroom.section.pk}/"
    page = StandardPage(title="Khai mạc Festival Trà", slug="khai-mac-festival-tra", intro="Sáng nay.")
    response = client.post(url, edit_data(page, "Khai mạc Festival Trà", **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:500]
    return StandardPage.objects.get(slug="khai-mac-festival-tra")


def test_reporter_submits_editor_approves_approver_publishes(client, newsroom):
    mail.outbox.clear()
    page = new_draft(newsroom, client)
    assert not page.live
    state = page.current_workflow_state
    assert state.workflow.name == "Biên tập – Duyệt đăng"
    assert state.current_task_state.task.name == "Biên tập"
    # The editors are told, with a link to the page built from WAGTAILADMIN_BASE_URL.
    assert recipients() == ["editors@thainguyen.gov.vn"]
    assert f"https://cms.thainguyen.example/admin/pages/{page.pk}/edit/" in mail.outbox[0].body

    # An approver cannot skip the editor's step.
    client.force_login(newsroom.users["approvers"])
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_data(page, page.title, **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
    )
    assert Page.objects.get(pk=page.pk).current_workflow_task.name == "Biên tập"

    mail.outbox.clear()
    client.force_login(newsroom.users["editors"])
    act(client, page, "approve", comment="Đã biên tập.")
    assert Page.objects.get(pk=page.pk).current_workflow_task.name == "Duyệt đăng"
    assert "approvers@thainguyen.gov.vn" in recipients()
    assert not Page.objects.get(pk=page.pk).live

    mail.outbox.clear()
    client.force_login(newsroom.users["approvers"])
    act(client, page, "approve")
    page = Page.objects.get(pk=page.pk)
    assert page.live
    assert page.current_workflow_state is None
    assert WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk)).status == "approved"
    # The author hears that the article is out.
    assert "reporters@thainguyen.gov.vn" in recipients()
    assert client.get(page.url).status_code == 200


def test_rejection_returns_the_page_to_its_author_with_the_comment(client, newsroom):
    page = new_draft(newsroom, client)
    mail.outbox.clear()
    client.force_login(newsroom.users["editors"])
    act(client, page, "reject", comment="Cần bổ sung nguồn tin và ảnh hiện trường.")

    page = Page.objects.get(pk=page.pk)
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = TaskState.objects.get(workflow_state=state)
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Cần bổ sung nguồn tin và ảnh hiện trường."
    assert recipients() == ["reporters@thainguyen.gov.vn"]
    assert "Cần bổ sung nguồn tin và ảnh hiện trường." in mail.outbox[0].body
    assert f"https://cms.thainguyen.example/admin/pages/{page.pk}/edit/" in mail.outbox[0].body

    # The reporter sees the comment in the editor, fixes the article and submits again.
    client.force_login(newsroom.users["reporters"])
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Cần bổ sung nguồn tin" in editor
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_data(page.specific, "Khai mạc Festival Trà (bổ sung)", **{"action-restart-workflow": "1"}),
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).current_workflow_task.name == "Biên tập"


def test_gazette_and_translation_workflows_are_bound_to_their_areas(settings, site_tree):
    from .conftest import build_newsroom

    room = build_newsroom(settings, site_tree, "gazette")
    assert room.section.get_workflow().name == "Công báo"
    assert [t.name for t in room.section.get_workflow().tasks] == ["Duyệt đăng Công báo"]
    assert site_tree.home_en.get_workflow().name == "Biên dịch tiếng Anh"


def test_nobody_approves_what_they_submitted(client, newsroom):
    """An editor's own draft goes through "Biên tập" by another editor: the submitter has no approve action, the
    approval is refused if posted anyway, and the item is not in their review list."""
    from django.contrib.auth.models import Group

    from thainguyen_portal.editorial.factories import UserFactory

    author = newsroom.users["editors"]
    client.force_login(author)
    page = StandardPage(title="Bài của biên tập viên", slug="bai-cua-bien-tap-vien", intro="Sáng nay.")
    url = f"/admin/pages/add/home/standardpage/{newsroom.section.pk}/"
    assert client.post(url, edit_data(page, page.title, **{"action-submit": "1"})).status_code == 302
    page = StandardPage.objects.get(slug="bai-cua-bien-tap-vien")
    task_state = page.current_workflow_task_state
    assert task_state.task.name == "Biên tập"

    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "workflow-action-name" not in edit or 'value="approve"' not in edit
    act(client, page, "approve")  # posted anyway
    assert Page.objects.get(pk=page.pk).current_workflow_task_state.pk == task_state.pk  # still at "Biên tập"
    assert not TaskState.objects.reviewable_by(author).filter(pk=task_state.pk).exists()

    colleague = UserFactory(username="bientapvien2")
    colleague.groups.add(Group.objects.get(name="Biên tập viên"))
    assert TaskState.objects.reviewable_by(colleague).filter(pk=task_state.pk).exists()
    client.force_login(colleague)
    act(client, page, "approve")
    assert Page.objects.get(pk=page.pk).current_workflow_task_state.task.name == "Duyệt đăng"


def test_setup_retires_wagtails_default_groups_and_workflow(settings, site_tree):
    from django.contrib.auth.models import Group
    from wagtail.models import Workflow

    from thainguyen_portal.editorial.factories import UserFactory
    from thainguyen_portal.editorial.setup import setup_newsroom

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    Group.objects.get_or_create(name="Editors")
    UserFactory(username="cu").groups.add(moderators)
    setup_newsroom()
    names = set(Group.objects.values_list("name", flat=True))
    assert "Editors" not in names and "Moderators" not in names
    retired = Group.objects.get(name="[Không dùng] Moderators")  # a member is still in it: emptied, renamed
    assert not retired.permissions.exists() and not retired.page_permissions.exists()
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
