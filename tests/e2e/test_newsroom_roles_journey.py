"""The newsroom's roles at work on a real news article, in Chromium and in Vietnamese (issue #20).

The administrator (the "Quản trị hệ thống" group, not a superuser) creates the reporter, the editor and the approver
through the admin's "add user" form, each in the group `setup_newsroom` makes for the role, with Vietnamese as the
admin language. Then:

1. the reporter (phóng viên) writes an ArticlePage in a demo section (title, sapo, a body paragraph, a video block
   whose video and captions they upload in the video chooser, a featured image uploaded in the image chooser) and
   submits it to "Biên tập – Duyệt đăng": in moderation, at "Biên tập";
2. the approver (lãnh đạo duyệt đăng) cannot skip the editor's step: no publish or approve action in their editor,
   and a POST of "action-publish" leaves the article where it was;
3. the editor (biên tập viên) comments on the sapo (Wagtail's inline comment) and requests changes with a message;
   the reporter sees the request and the comment, edits and resubmits; the editor approves;
4. the approver approves the last step, which publishes: the section page and the article's address show it, with
   the video's player and its captions track.

A second test: whoever submits a page cannot approve it (NewsroomApprovalTask), neither in the editor nor by POST.

(A video page's own chooser is test_reporter_media.py's.)
"""

import uuid
from pathlib import Path

from playwright.sync_api import expect

from .admin import (
    PASSWORD,
    awaiting_review,
    create_user_in_admin,
    english_interface_strings,
    footer_button,
    footer_labels,
    make_administrator,
    open_side_panel,
    sign_in,
)
from .conftest import E2E

pytestmark = E2E

SUBMIT = "Gửi duyệt (Biên tập – Duyệt đăng)"
FILES = Path(__file__).resolve().parents[2] / "multimedia" / "demo_media" / "files"


def post_edit_form(page, edit_url, extra):
    """POST the page's own edit form as the signed-in user, with `extra` fields (what a crafted request sends)."""
    fields = page.evaluate(
        """() => Object.fromEntries(
            [...new FormData(document.querySelector('form#page-edit-form'))]
                .filter(([, value]) => typeof value === 'string'))"""
    )
    fields.update(extra)
    return page.request.post(edit_url, form=fields, max_redirects=0)


def test_reporter_editor_approver_publish_an_article_in_vietnamese(browser, demo_site, screenshots, tmp_path):
    from news.models import ArticlePage, SectionPage
    from thainguyen_portal.editorial.factories import jpeg_bytes
    from thainguyen_portal.editorial.setup import setup_newsroom

    code = uuid.uuid4().hex[:6]
    title = f"Thái Nguyên khởi công cầu Bến Oánh mới ({code})"
    setup_newsroom()
    section = SectionPage.objects.get(locale__language_code="vi", slug="kinh-te")
    photo = tmp_path / "cau-ben-oanh.jpg"
    # A photo of its own colour: the same bytes as an earlier run's would make the chooser ask about a duplicate.
    photo.write_bytes(jpeg_bytes(size=(1200, 800), color=tuple(int(code[i : i + 2], 16) for i in (0, 2, 4))))
    administrator = make_administrator(f"quantri-{code}")

    # 0. The administrator creates the three accounts in the admin, each in its newsroom group.
    context, page = sign_in(browser, demo_site.url, administrator.username)
    try:
        page.goto(f"{demo_site.url}/admin/users/new/")
        assert english_interface_strings(page) == []
        reporter = create_user_in_admin(page, demo_site.url, f"phongvien-{code}", "Phóng viên")
        editor = create_user_in_admin(page, demo_site.url, f"bientap-{code}", "Biên tập viên", "Trần Văn", "Bình")
        approver = create_user_in_admin(page, demo_site.url, f"lanhdao-{code}", "Lãnh đạo duyệt đăng", "Lê", "Minh")
    finally:
        context.close()

    # 1. The reporter writes the article and submits it.
    context, page = sign_in(browser, demo_site.url, reporter.username)
    try:
        assert english_interface_strings(page) == []
        page.goto(f"{demo_site.url}/admin/pages/add/news/articlepage/{section.pk}/")
        page.fill("#id_title", title)
        page.fill("#id_sapo", "Sáng nay, tỉnh Thái Nguyên khởi công cầu Bến Oánh mới bắc qua sông Cầu.")
        # The body: a paragraph from the block menu, typed into the rich text editor.
        page.locator("[data-contentpath='body'] button.c-sf-add-button").first.click()
        page.get_by_role("option", name="đoạn văn").first.click()
        page.locator("[data-contentpath='body'] [contenteditable=true]").first.click()
        page.keyboard.type("Cây cầu dài 300 mét, dự kiến hoàn thành sau 18 tháng.")
        # A video from the scene: a video block, its file and captions uploaded in the video chooser's upload tab.
        page.locator("[data-contentpath='body'] button.c-sf-add-button").last.click()
        page.get_by_role("option", name="video", exact=True).first.click()
        page.locator("[data-contentpath='body']").get_by_role("button", name="Chọn video").first.click()
        modal = page.locator(".modal-dialog")
        modal.get_by_role("tab", name="Tải lên video").click()
        modal.locator("#id_media-chooser-upload-title").fill(f"Lễ khởi công cầu Bến Oánh {code}")
        modal.locator("#id_media-chooser-upload-file").set_input_files(str(FILES / "video-ho-nui-coc.mp4"))
        modal.locator("#id_media-chooser-upload-captions").set_input_files(str(FILES / "video-ho-nui-coc.vi.vtt"))
        modal.locator("#id_media-chooser-upload-transcript").fill("Lãnh đạo tỉnh bấm nút khởi công cầu Bến Oánh.")
        modal.locator("#id_media-chooser-upload-file").evaluate("input => input.form.requestSubmit()")
        modal.wait_for(state="detached")
        assert f"Lễ khởi công cầu Bến Oánh {code}" in page.locator("[data-contentpath='body']").inner_text()
        # The featured image, uploaded in the image chooser's upload tab.
        page.locator("[data-contentpath='featured_image'] button[data-chooser-action-choose]").click()
        modal = page.locator(".modal-dialog")
        modal.get_by_role("tab", name="Tải lên").click()
        modal.locator("#id_image-chooser-upload-file").set_input_files(str(photo))
        modal.locator("#id_image-chooser-upload-title").fill(f"Công trường cầu Bến Oánh {code}")
        modal.locator("#id_image-chooser-upload-file").evaluate("input => input.form.requestSubmit()")
        modal.wait_for(state="detached")
        assert f"Công trường cầu Bến Oánh {code}" in page.locator("[data-contentpath='featured_image']").inner_text()
        assert english_interface_strings(page) == []
        footer_button(page, SUBMIT).click()
        page.wait_for_url(f"**/admin/pages/{section.pk}/")
        assert title in page.locator(".messages").inner_text()
    finally:
        context.close()
    article = ArticlePage.objects.get(title=title)
    assert not article.live and article.workflow_in_progress
    assert article.current_workflow_task.name == "Biên tập"
    assert article.featured_image.title == f"Công trường cầu Bến Oánh {code}"
    body = article.get_latest_revision_as_object().body
    assert "Cây cầu dài 300 mét" in str(body)
    video = next(block.value["video"] for block in body if block.block_type == "video")
    assert video.title == f"Lễ khởi công cầu Bến Oánh {code}" and video.uploaded_by_user_id == reporter.pk
    assert video.captions and video.duration > 60  # read from the file on upload
    edit_url = f"{demo_site.url}/admin/pages/{article.pk}/edit/"

    # 2. The approver cannot skip the editor's step: nothing in the editor publishes it, nor does a crafted POST.
    context, page = sign_in(browser, demo_site.url, approver.username)
    try:
        page.goto(edit_url)
        labels = footer_labels(page)
        assert not any("Xuất bản" in label or "Duyệt" in label for label in labels), labels
        assert page.locator("footer button[data-workflow-action-name]").count() == 0
        response = post_edit_form(page, edit_url, {"action-publish": "action-publish"})
        assert response.status in (200, 302, 403)
        response = post_edit_form(page, edit_url, {"action-workflow-action": "true", "workflow-action-name": "approve"})
        assert response.status in (200, 302, 403)
    finally:
        context.close()
    article.refresh_from_db()
    assert not article.live and article.current_workflow_task.name == "Biên tập"

    # 3. The editor asks for changes, with a message.
    context, page = sign_in(browser, demo_site.url, editor.username)
    try:
        awaiting_review(page).get_by_role("link", name=title).first.click()
        page.wait_for_url(f"**/admin/pages/{article.pk}/edit/")
        # An inline comment on the sapo, posted with the page's form by the workflow action.
        page.locator("[data-contentpath='sapo'] [data-comment-add]").first.click()
        comment = page.locator(".comment").first
        comment.locator("textarea.comment__input").fill("Sapo chưa có tổng mức đầu tư của dự án.")
        comment.get_by_role("button", name="Bình luận").click()
        comment.locator("textarea.comment__input").wait_for(state="detached")
        request_changes = footer_button(page, workflow_action="reject")
        assert request_changes.inner_text().strip() == "Yêu cầu sửa"
        request_changes.click()
        dialog = page.locator(".modal-dialog")
        dialog.locator("#id_comment").fill("Bổ sung tổng mức đầu tư vào sapo rồi gửi lại.")
        dialog.get_by_role("button", name="Yêu cầu sửa").click()
        page.wait_for_url("**/admin/pages/*/")
        assert english_interface_strings(page) == []
    finally:
        context.close()
    article.refresh_from_db()
    state = article.current_workflow_state
    assert state.status == state.STATUS_NEEDS_CHANGES
    assert [(c.contentpath, c.text, c.user_id) for c in article.wagtail_admin_comments.all()] == [
        ("sapo", "Sapo chưa có tổng mức đầu tư của dự án.", editor.pk)
    ]

    # The reporter sees the request, edits the sapo and resubmits.
    context, page = sign_in(browser, demo_site.url, reporter.username)
    try:
        page.goto(edit_url)
        # The status panel says changes were requested; its details give the editor's message.
        status = open_side_panel(page, "status")
        expect(status).to_contain_text("Đã yêu cầu sửa")
        status.get_by_role("button", name="Xem chi tiết").click()
        details = page.locator("#workflow-status-dialog")
        details.get_by_text("Bổ sung tổng mức đầu tư vào sapo rồi gửi lại.").wait_for()
        details.locator(".w-dialog__close-button").click()
        # The editor's comment, in the comments column beside the sapo.
        open_side_panel(page, "comments")
        page.locator(".comment", has_text="Sapo chưa có tổng mức đầu tư của dự án.").wait_for()
        assert english_interface_strings(page) == []
        page.fill("#id_sapo", "Sáng nay, tỉnh khởi công cầu Bến Oánh mới, tổng mức đầu tư 420 tỉ đồng.")
        footer_button(page, "Gửi lại bước Biên tập").click()
        page.wait_for_url("**/admin/pages/*/")
    finally:
        context.close()
    article.refresh_from_db()
    assert article.current_workflow_task.name == "Biên tập"
    assert article.current_workflow_task_state.status == "in_progress"

    # The editor approves the first step.
    context, page = sign_in(browser, demo_site.url, editor.username)
    try:
        page.goto(edit_url)
        assert "420 tỉ đồng" in page.locator("#id_sapo").input_value()
        footer_button(page, workflow_action="approve").click()
        page.wait_for_url("**/admin/pages/*/")
    finally:
        context.close()
    article.refresh_from_db()
    assert article.current_workflow_task.name == "Duyệt đăng" and not article.live

    # 4. The approver approves the last step, which publishes.
    context, page = sign_in(browser, demo_site.url, approver.username)
    try:
        page.goto(edit_url)
        approve = footer_button(page, workflow_action="approve")
        assert "Xuất bản" in approve.inner_text()
        approve.click()
        page.wait_for_url("**/admin/pages/*/")
    finally:
        context.close()
    article.refresh_from_db()
    assert article.live and not article.workflow_in_progress

    # A reader finds it in its section and at its address.
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN")
    page = context.new_page()
    try:
        response = page.goto(f"{demo_site.url}{section.url}")
        assert response.status == 200
        page.get_by_role("link", name=title).first.click()
        page.wait_for_url(f"**{article.url}")
        assert page.locator("h1").first.inner_text().strip() == title
        assert "420 tỉ đồng" in page.content()
        player = page.locator("video.player--video")
        assert player.locator("source").get_attribute("src") == video.url
        assert player.locator("track[kind=captions]").get_attribute("srclang") == "vi"
        response = page.goto(f"{demo_site.url}{article.url}")
        assert response.status == 200
    finally:
        context.close()


def test_the_submitter_cannot_approve_their_own_article(browser, demo_site):
    from news.models import ArticlePage, SectionPage
    from thainguyen_portal.editorial.setup import setup_newsroom

    code = uuid.uuid4().hex[:6]
    title = f"Biên tập viên tự viết bài ({code})"
    setup_newsroom()
    section = SectionPage.objects.get(locale__language_code="vi", slug="kinh-te")
    administrator = make_administrator(f"quantri2-{code}")
    context, page = sign_in(browser, demo_site.url, administrator.username)
    try:
        editor = create_user_in_admin(page, demo_site.url, f"bientap2-{code}", "Biên tập viên")
    finally:
        context.close()

    context, page = sign_in(browser, demo_site.url, editor.username, PASSWORD)
    try:
        page.goto(f"{demo_site.url}/admin/pages/add/news/articlepage/{section.pk}/")
        page.fill("#id_title", title)
        page.fill("#id_sapo", "Bài do chính biên tập viên viết và gửi duyệt.")
        footer_button(page, SUBMIT).click()
        page.wait_for_url(f"**/admin/pages/{section.pk}/")
        article = ArticlePage.objects.get(title=title)
        edit_url = f"{demo_site.url}/admin/pages/{article.pk}/edit/"
        # Not among the pages awaiting their review, and no approve or request-changes action in the editor.
        page.goto(f"{demo_site.url}/admin/")
        assert awaiting_review(page).get_by_role("link", name=title).count() == 0
        page.goto(edit_url)
        assert page.locator("footer button[data-workflow-action-name]").count() == 0
        assert not any(label.startswith("Duyệt") for label in footer_labels(page))
        post_edit_form(page, edit_url, {"action-workflow-action": "true", "workflow-action-name": "approve"})
    finally:
        context.close()
    article.refresh_from_db()
    assert article.current_workflow_task.name == "Biên tập"
    assert article.current_workflow_task_state.status == "in_progress"
