"""The field reporter's journey (issue #20): a collaborator sends a report with a photo from a phone, an editor turns
it into a news article draft from the inbox, rewrites the lead and submits it; a second editor and an approver
approve; a reader finds the article and the photo, credited to the sender, on the site. Everything through the
admin in Vietnamese, signed in as users made the way an administrator makes them (newsroom groups, not superusers).
"""

import re

from playwright.sync_api import expect

from .admin import footer_button, sign_in, users_made_by_administrator
from .conftest import E2E

pytestmark = E2E

PASSWORD = "chè-Tân-Cương-2026"
REPORT = (
    "Khoảng 5 giờ sáng nay, mưa lớn kéo dài làm sạt lở khoảng 300 m³ đất đá xuống đường tỉnh 261, đoạn qua xóm "
    "Đồng Khuân, xã Đại Từ. Một làn đường bị vùi lấp, xe máy đi lại rất khó khăn, chưa có thiệt hại về người.\n"
    "Lực lượng xung kích của xã đã căng dây cảnh báo và đang dùng máy xúc dọn đất đá."
)
PLACE = "Đường tỉnh 261, xóm Đồng Khuân, xã Đại Từ"
TITLE = "Sạt lở đất trên đường tỉnh 261 qua xã Đại Từ"
SAPO = (
    "Mưa lớn rạng sáng 5/12 làm khoảng 300 m³ đất đá sạt xuống đường tỉnh 261 qua xã Đại Từ, vùi lấp một làn "
    "đường; không có thiệt hại về người, xã đang khắc phục."
)
SENDER = ("Hoàng Thị", "Lan")  # the collaborator's name: the photo's credit


def small_jpeg(path):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 480), (120, 96, 64))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 640, 200), fill=(150, 180, 210))
    draw.polygon([(120, 480), (300, 220), (520, 480)], fill=(110, 80, 50))
    image.save(path, "JPEG", quality=85)
    return path


def test_field_report_from_phone_to_published_article(browser, demo_site, screenshots, tmp_path):
    from news.models import ArticlePage
    from thainguyen_portal.editorial.models import FieldReport

    collaborator, *_ = users_made_by_administrator(
        browser,
        demo_site.url,
        [
            ("ctv-hien-truong", "collaborators", *SENDER),
            ("btv-hien-truong", "editors", "Nguyễn Văn", "An"),
            ("btv-hien-truong-2", "editors", "Trần Thị", "Bình"),
            ("lanh-dao-hien-truong", "approvers", "Lê Văn", "Cường"),
        ],
        password=PASSWORD,
    )
    photo = small_jpeg(tmp_path / "sat-lo-dt261.jpg")

    # 1. The collaborator sends the report from a phone.
    context, page = sign_in(
        browser, demo_site.url, collaborator.username, PASSWORD, viewport={"width": 375, "height": 667}, locale=None
    )
    try:
        page.goto(f"{demo_site.url}/admin/newsroom/reports/new/")
        page.get_by_role("textbox", name="Sự việc").fill(REPORT)
        page.get_by_role("textbox", name="Địa điểm").fill(PLACE)
        page.get_by_label("Thời gian").fill("2026-12-05T05:10")
        page.get_by_label("Ảnh").set_input_files(str(photo))
        page.screenshot(path=str(screenshots / "field-report-phone-375.png"), full_page=True)
        page.get_by_role("button", name="Gửi về tòa soạn").click()
        page.get_by_text("Cảm ơn bạn: tòa soạn đã nhận được tin.").wait_for()
        page.screenshot(path=str(screenshots / "field-report-sent-375.png"))
    finally:
        context.close()
    report = FieldReport.objects.get(sender=collaborator)
    assert report.photos.count() == 1 and report.place == PLACE

    # 2. An editor finds it in the inbox, makes the draft, rewrites the lead and submits it for review.
    context, page = sign_in(browser, demo_site.url, "btv-hien-truong", PASSWORD, locale=None)
    try:
        page.goto(f"{demo_site.url}/admin/newsroom/reports/")
        page.get_by_role("link", name=str(report)).click()
        page.wait_for_url(f"**/admin/newsroom/reports/{report.pk}/")
        expect(page.get_by_role("img", name="Ảnh 1")).to_be_visible()  # once it has loaded (it has no set size)
        page.get_by_role("textbox", name="Tiêu đề bản nháp").fill(TITLE)
        section = page.get_by_role("combobox", name="Chuyên mục")
        section.select_option(label="Tin tức › Thời sự")
        page.screenshot(path=str(screenshots / "field-report-inbox-1280.png"), full_page=True)
        page.get_by_role("button", name="Tạo bản nháp").click()
        page.wait_for_url("**/admin/pages/*/edit/")
        article = ArticlePage.objects.get(title=TITLE)
        sapo = page.locator("#id_sapo")
        assert sapo.input_value().startswith("Khoảng 5 giờ sáng nay")  # prefilled from the report
        sapo.fill(SAPO)
        page.screenshot(path=str(screenshots / "field-report-draft-1280.png"))
        footer_button(page, re.compile("Gửi duyệt|Biên tập – Duyệt đăng")).click()
        page.wait_for_url("**/admin/pages/*/")
    finally:
        context.close()
    article.refresh_from_db()
    assert not article.live
    assert article.current_workflow_task.name == "Biên tập"

    # 3. Another editor approves "Biên tập"; an approver approves "Duyệt đăng", the last step, which publishes.
    for username, step_after in (("btv-hien-truong-2", "Duyệt đăng"), ("lanh-dao-hien-truong", None)):
        context, page = sign_in(browser, demo_site.url, username, PASSWORD, locale=None)
        try:
            page.goto(f"{demo_site.url}/admin/pages/{article.pk}/edit/")
            footer_button(page, workflow_action="approve").click()  # "Duyệt", then "Duyệt và Xuất bản"
            page.wait_for_url("**/admin/pages/*/")
        finally:
            context.close()
        article.refresh_from_db()
        if step_after:
            assert article.current_workflow_task.name == step_after
    assert article.live
    assert ArticlePage.objects.get(pk=article.pk).sapo == SAPO

    # 4. A reader finds the article, with the photo credited to the sender.
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{article.url}")
        assert page.get_by_role("heading", level=1).inner_text() == TITLE
        assert page.get_by_text(SAPO).is_visible()
        figure = page.locator("figure", has=page.locator("img")).filter(has_text="Ảnh: Hoàng Thị Lan").first
        figure.scroll_into_view_if_needed()
        assert figure.is_visible()
        assert figure.locator("img").evaluate("img => img.complete && img.naturalWidth > 0")
        page.screenshot(path=str(screenshots / "field-report-published-375.png"), full_page=True)
    finally:
        context.close()
