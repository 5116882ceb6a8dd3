"""A draft open for public comment, in a browser (issue #22): a reader comments on one article of an open draft and
is told the comment awaits moderation; a moderator of the approving office (made by an administrator in the admin,
Vietnamese admin) publishes it from "Góp ý dự thảo"; the reader then reads it under that article, without the
contact they gave."""

from .admin import new_context, sign_in, users_made_by_administrator
from .conftest import E2E

pytestmark = E2E

PASSWORD = "mat-khau-gop-y-2026"
MODERATOR = "kiem-duyet-gop-y-e2e"
READER = "Độc giả Hành Trình Góp Ý"
CONTACT = "hanh-trinh-e2e@example.vn"
TEXT = "Đề nghị quy định rõ thời gian trả lời đề nghị kết nối camera của người dân, tối đa 05 ngày làm việc."


def test_reader_comments_on_an_article_moderator_publishes_it(browser, demo_site, screenshots):
    from gazette.consultations.models import CommentStatus, ConsultationComment, ConsultationPage

    draft = next(page for page in ConsultationPage.objects.live().filter(locale__language_code="vi") if page.is_open())
    article = draft.article_numbers()[1]
    users_made_by_administrator(
        browser, demo_site.url, [(MODERATOR, "gazette_approvers", "Vũ Quang", "Minh")], password=PASSWORD
    )

    # 1. The reader: the draft's page, "Góp ý Điều N", the form starts on that article; sent, awaiting moderation.
    context = new_context(browser)
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{draft.url}")
        page.get_by_role("link", name=f"Góp ý Điều {article}", exact=True).click()
        page.wait_for_url(f"**/gop-y/?dieu={article}")
        assert page.locator("#id_article").input_value() == str(article)
        page.locator("#id_text").fill(TEXT)
        page.locator("#id_name").fill(READER)
        page.locator("#id_contact").fill(CONTACT)
        page.get_by_role("button", name="Gửi góp ý").click()
        page.wait_for_url("**/gop-y/da-gui/")
        assert "đang chờ kiểm duyệt" in page.locator("#cs-awaiting-moderation").inner_text()
        page.screenshot(path=str(screenshots / "consultation-comment-sent-1280.png"), full_page=True)
    finally:
        context.close()
    comment = ConsultationComment.objects.get(name=READER)
    assert (comment.status, comment.article_number, comment.email) == (CommentStatus.PENDING, article, CONTACT)

    # 2. The moderator: the pending comments, the reader's comment with its contact, published.
    context, page = sign_in(browser, demo_site.url, MODERATOR, password=PASSWORD)
    try:
        page.get_by_role("link", name="Góp ý dự thảo").first.click()
        page.wait_for_url("**/admin/consultation-comments/**")
        page.goto(f"{demo_site.url}/admin/consultation-comments/?status=pending")
        page.get_by_role("link", name=READER).first.click()
        page.wait_for_url(f"**/admin/consultation-comments/inspect/{comment.pk}/")
        assert CONTACT in page.content()
        page.get_by_role("button", name="Đăng ý kiến", exact=True).click()
        page.wait_for_url("**/admin/consultation-comments/")
    finally:
        context.close()
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED

    # 3. The reader: the comment under its article, never the contact.
    context = new_context(browser)
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{draft.url}")
        assert TEXT in page.locator(f"#dieu-{article}").inner_text()
        assert CONTACT not in page.content()
        page.screenshot(path=str(screenshots / "consultation-comment-published-1280.png"), full_page=True)
    finally:
        context.close()
