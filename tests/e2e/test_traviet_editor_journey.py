"""The Trà Việt editor's journey (issue #20): the operator imports a new issue as a draft, the magazine's editor
("Biên tập viên Trà Việt", made the way an administrator makes a user, not a superuser) finds it in the admin in
Vietnamese, checks it and publishes it with its article (the magazine has no workflow), and a reader finds it on
the site: the issue, its online reader, its article and its PDF.

The browser tests share one demo site: the issue is number 99 (the demo has 1 to 6), dated before the demo's so
that it is never the latest, and it is deleted at the end so that the magazine's index lists the demo's six
issues again for the tests after this one."""

import json
import re
from urllib.parse import urljoin

from django.core.management import call_command

from .admin import footer_button, users_made_by_administrator
from .conftest import E2E

pytestmark = E2E

PASSWORD = "mat-khau-tra-viet-2026"
USERNAME = "bientap-traviet"
NUMBER = 99
TITLE = "Số thử nghiệm: chè búp Thái Nguyên mùa thu"
ARTICLE = "Hương cốm non trên đồi chè"


def make_issue_folder(folder):
    from travietpub.pdfgen import make_issue_pdf

    make_issue_pdf(
        folder / "so-99.pdf",
        title=TITLE,
        number=NUMBER,
        date_label="Tháng 1/2020",
        pages=[
            (ARTICLE, ["Chè được sao trong chảo gang trên bếp củi, đảo đều tay cho đến khi búp săn lại."]),
            ("Thư bạn đọc", ["Bạn đọc gửi về tòa soạn những câu chuyện về chén trà buổi sớm."]),
        ],
        cover_lines=[ARTICLE],
    )
    manifest = {
        "issues": [
            {
                "number": NUMBER,
                "date": "2020-01",
                "title": TITLE,
                "file": "so-99.pdf",
                "editorial": "Số thử nghiệm của đặc san.",
                "articles": [{"title": ARTICLE, "authors": ["Nguyễn Thu Hà"], "pages": "2"}],
            }
        ]
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    return folder


def sign_in(browser, url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.goto(f"{url}/admin/login/")
    page.get_by_label("Tên đăng nhập").fill(USERNAME)
    # Wagtail's sign-in form leaves two words in English: the password field's label ("Password", from the field's
    # name, no translatable label) and the button ("Sign in", missing from Wagtail's Vietnamese catalogue).
    page.get_by_placeholder("Nhập mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Đăng nhập|Sign in")).click()
    page.wait_for_url("**/admin/")
    return context, page


def test_traviet_editor_publishes_an_imported_issue(browser, demo_site, screenshots, tmp_path):
    from travietpub.models import MagazineArticlePage, MagazineIssuePage

    users_made_by_administrator(
        browser, demo_site.url, [(USERNAME, "magazine_editors", "Phan Thanh", "Tâm")], password=PASSWORD
    )

    # 1. The operator imports the new issue from the command line: a draft.
    call_command("import_traviet", str(make_issue_folder(tmp_path)), verbosity=0)
    issue = MagazineIssuePage.objects.get(number=NUMBER)
    try:
        assert not issue.live
        article = MagazineArticlePage.objects.child_of(issue).get()
        assert not article.live

        # 2. The magazine's editor finds the draft in the page explorer, checks it and publishes it.
        context, page = sign_in(browser, demo_site.url)
        try:
            page.get_by_role("button", name="Trang").first.click()  # the sidebar's page explorer
            page.get_by_role("link", name="Đặc san Trà Việt").first.click()
            page.wait_for_url(f"**/admin/pages/{issue.get_parent().pk}/")
            row = page.get_by_role("row", name=re.compile(re.escape(TITLE)))
            assert "bản nháp" in row.inner_text().lower()  # "BẢN NHÁP" (upper case in CSS)
            row.get_by_role("link", name=re.compile(re.escape(TITLE))).first.click()
            page.wait_for_url(f"**/admin/pages/{issue.pk}/edit/")
            assert page.get_by_role("textbox", name=re.compile("Tiêu đề")).first.input_value() == TITLE
            assert page.get_by_text(f"Bìa Đặc san Trà Việt số {NUMBER}").first.is_visible()  # the cover's image
            page.screenshot(path=str(screenshots / "traviet-new-issue-1280.png"), full_page=True)

            footer_button(page, "Xuất bản").click()
            page.wait_for_url(f"**/admin/pages/{issue.get_parent().pk}/")
            assert page.get_by_text(re.compile("đã được xuất bản")).first.is_visible()
            page.screenshot(path=str(screenshots / "traviet-editor-publish-1280.png"), full_page=True)

            # Its article: from the issue's children in the explorer.
            page.goto(f"{demo_site.url}/admin/pages/{issue.pk}/")
            page.get_by_role("row", name=re.compile(ARTICLE)).get_by_role(
                "link", name=re.compile(ARTICLE)
            ).first.click()
            page.wait_for_url(f"**/admin/pages/{article.pk}/edit/")
            footer_button(page, "Xuất bản").click()
            page.wait_for_url(f"**/admin/pages/{issue.pk}/")
        finally:
            context.close()
        issue.refresh_from_db()
        article.refresh_from_db()
        assert issue.live and article.live

        # 3. A reader finds the issue on the magazine's index, reads it, opens the article, downloads the PDF.
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page = context.new_page()
        try:
            page.goto(f"{demo_site.url}/dac-san-tra-viet/")
            page.get_by_role("link", name=re.compile(re.escape(TITLE))).first.click()
            page.wait_for_url(f"**{issue.url}")
            assert page.locator("h1").inner_text() == TITLE
            download = page.get_by_role("link", name="Tải bản PDF")
            size = download.locator("xpath=..").inner_text()
            assert re.search(r"\(\d[\d,.]*\s*(KB|MB|byte)", size) and "(0 byte" not in size, size
            response = page.request.get(urljoin(page.url, download.get_attribute("href")))
            assert response.status == 200
            assert response.headers["content-type"] == "application/pdf"
            assert response.body().startswith(b"%PDF")

            page.get_by_role("link", name="Đọc trực tuyến").click()
            page.wait_for_url(f"**{issue.url}doc/1/")
            assert page.locator("[data-reader-position]").inner_text() == "Trang 1/3"

            page.goto(f"{demo_site.url}{issue.url}")
            page.get_by_role("link", name=ARTICLE).first.click()
            page.wait_for_url(f"**{article.url}")
            assert page.locator("h1").inner_text() == ARTICLE
        finally:
            context.close()
    finally:
        # The other browser tests expect the demo's six issues on the magazine's index.
        MagazineIssuePage.objects.get(pk=issue.pk).delete()
