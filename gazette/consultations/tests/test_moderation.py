"""The moderation of readers' comments on drafts: a new comment is e-mailed to the people who may moderate it (in
their admin language, without the reader's details), and publishing or rejecting through the admin's edit form records
who did it and when, as the moderation buttons do."""

import pytest
from django.core import mail
from wagtail.users.models import UserProfile

from gazette.consultations.factories import ConsultationCommentFactory, ConsultationPageFactory
from gazette.consultations.models import CommentStatus, ConsultationComment
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.setup import setup_newsroom

pytestmark = pytest.mark.django_db

TEXT = "Đề nghị bổ sung hộ cận nghèo vào đối tượng được hỗ trợ 70% chi phí giống chè."


@pytest.fixture
def newsroom(consultations):
    setup_newsroom()
    return consultations


def send_comment(client, page, **overrides):
    data = {"article": "2", "text": TEXT, "name": "Hoàng Thị Lan", "contact": "0912 345 678", "website": ""}
    data.update(overrides)
    response = client.post(page.url + "gop-y/", data)
    assert response.status_code == 302
    return ConsultationComment.objects.get()


def test_a_new_comment_is_emailed_once_to_each_moderator_in_their_language_without_the_readers_details(
    client, newsroom, tasks, django_capture_on_commit_callbacks
):
    officer = UserFactory(username="canbocongbao", role="gazette_officers")
    approver = UserFactory(username="vanphongduyet", role="gazette_approvers")
    UserProfile.objects.update_or_create(user=approver, defaults={"preferred_language": "en"})
    reporter = UserFactory(username="phongvien", role="reporters")  # no permission on comments
    UserFactory(username="canbocu", role="gazette_officers", is_active=False)  # left the office
    UserFactory(username="canbokhongmail", role="gazette_officers", email="")  # no address to write to
    page = ConsultationPageFactory(parent=newsroom.index, title="Dự thảo Quyết định hỗ trợ phát triển chè")

    with django_capture_on_commit_callbacks(execute=True):
        comment = send_comment(client, page, contact="lan.hoang@example.vn")
    assert tasks.names.count("notify_moderators") == 1  # handed to the task backend once the comment is committed
    assert mail.outbox == []
    tasks.run()

    by_address = {message.to[0]: message for message in mail.outbox}
    assert len(mail.outbox) == 2 and set(by_address) == {officer.email, approver.email}
    assert reporter.email not in by_address
    link = f"/admin/consultation-comments/inspect/{comment.pk}/"

    vietnamese = by_address[officer.email]
    assert vietnamese.subject == "Ý kiến góp ý mới về dự thảo “Dự thảo Quyết định hỗ trợ phát triển chè”"
    assert "Điều 2: Đối tượng áp dụng" in vietnamese.body and link in vietnamese.body
    assert vietnamese.body.splitlines()[-1].startswith("http")  # an absolute address

    english = by_address[approver.email]
    assert english.subject == "New comment on the draft “Dự thảo Quyết định hỗ trợ phát triển chè”"
    assert "Comment on: Article 2: Đối tượng áp dụng" in english.body and link in english.body

    for message in mail.outbox:
        for private in ("Hoàng Thị Lan", "lan.hoang@example.vn", TEXT):
            assert private not in message.subject and private not in message.body
        assert message.extra_headers.get("Auto-Submitted") == "auto-generated"


def test_a_comment_on_the_whole_draft_says_so_and_a_moderated_one_is_not_announced(
    client, newsroom, tasks, django_capture_on_commit_callbacks
):
    officer = UserFactory(username="canbocongbao", role="gazette_officers")
    page = ConsultationPageFactory(parent=newsroom.index)
    with django_capture_on_commit_callbacks(execute=True):
        comment = send_comment(client, page, article="")
    tasks.run()
    assert [message.to for message in mail.outbox] == [[officer.email]]
    assert "Góp ý cho: Toàn bộ dự thảo" in mail.outbox[0].body

    # Moderated before the task ran (a queue running late): nobody is told of it any more.
    mail.outbox.clear()
    ConsultationComment.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        comment = send_comment(client, page)
    comment.moderate(CommentStatus.APPROVED, officer)
    tasks.run()
    assert mail.outbox == []


def test_publishing_through_the_edit_form_records_who_and_when_and_the_admin_shows_it(client, newsroom):
    officer = UserFactory(username="canbocongbao", role="gazette_officers", first_name="Lê Thị", last_name="Hoa")
    page = ConsultationPageFactory(parent=newsroom.index)
    comment = ConsultationCommentFactory(page=page, status=CommentStatus.PENDING, text="Góp ý chờ duyệt")
    client.force_login(officer)
    edit_url = f"/admin/consultation-comments/edit/{comment.pk}/"
    form = {"status": "pending", "staff_note": "Đã gọi điện xác minh.", "text": comment.text, "name": comment.name}

    # Only a note: not a moderation, nothing recorded.
    assert client.post(edit_url, form).status_code == 302
    comment.refresh_from_db()
    assert comment.staff_note == "Đã gọi điện xác minh." and comment.moderated_by is None
    assert comment.moderated_at is None

    assert client.post(edit_url, {**form, "status": "approved"}).status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED
    assert comment.moderated_by == officer and comment.moderated_at is not None

    edit = client.get(edit_url).content.decode()
    assert "Người kiểm duyệt" in edit and "Kiểm duyệt lúc" in edit
    assert officer.get_username() in edit or "Lê Thị Hoa" in edit
    inspect = client.get(f"/admin/consultation-comments/inspect/{comment.pk}/").content.decode()
    assert officer.get_username() in inspect or "Lê Thị Hoa" in inspect

    # Rejected later by another moderator: the latest moderation is the one recorded.
    approver = UserFactory(username="vanphongduyet", role="gazette_approvers")
    client.force_login(approver)
    first = comment.moderated_at
    assert client.post(edit_url, {**form, "status": "rejected"}).status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED and comment.moderated_by == approver
    assert comment.moderated_at > first
