"""The gazette office's whole journey in the admin, in a browser (issue #20): a gazette officer prepares an issue
and a legal document with its signed PDF and submits the issue to the "Công báo" workflow; the approving office
approves and publishes it; a reader finds the document in the public lookup, opens it and downloads its PDF.

Both users are made as an administrator makes them (a role, not a superuser), with Vietnamese as their admin
language; everything they do goes through the admin's Vietnamese interface."""

import datetime

from .admin import fill_date, footer_button, sign_in, users_made_by_administrator
from .conftest import E2E

pytestmark = E2E

PASSWORD = "mat-khau-cong-bao-2026"
OFFICER = "can-bo-cong-bao-e2e"
APPROVER = "van-phong-duyet-e2e"
ISSUE_NUMBER = "91"  # the demo's issues of a year are numbered from 01, about 20 a year
ISSUE_TITLE = "Công báo số 91 năm 2026 (hành trình thử nghiệm)"
DOCUMENT_NUMBER = "979/2026/QĐ-UBND"  # not a demo number
SUMMARY = "Ban hành Quy định quản lý vùng chè đặc sản Tân Cương giai đoạn 2026–2030"


def signed_pdf(path):
    from gazette.pdf import make_pdf

    path.write_bytes(
        make_pdf(
            ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", f"Số: {DOCUMENT_NUMBER}", "QUYẾT ĐỊNH"],
            [SUMMARY, "Quyết định này có hiệu lực kể từ ngày ký."],
        )
    )
    return path


def test_officer_prepares_approver_publishes_reader_finds(browser, demo_site, screenshots, tmp_path):
    from gazette.models import GazetteIndexPage, GazetteIssuePage, LegalDocument, LegalField

    assert not LegalDocument.objects.filter(number=DOCUMENT_NUMBER).exists()
    assert not GazetteIssuePage.objects.filter(number=ISSUE_NUMBER, publication_date__year=2026).exists()
    index = GazetteIndexPage.objects.get(locale__language_code="vi")
    field = LegalField.objects.order_by("name").first()
    users_made_by_administrator(
        browser,
        demo_site.url,
        [(OFFICER, "gazette_officers", "Đặng Thu", "Hà"), (APPROVER, "gazette_approvers", "Vũ Quang", "Huy")],
        password=PASSWORD,
    )
    pdf = signed_pdf(tmp_path / "quyet-dinh-979.pdf")
    today = datetime.date(2026, 12, 4)

    # 1. The gazette officer: the late items, then a draft issue, the document in it, and the issue submitted.
    context, page = sign_in(browser, demo_site.url, OFFICER, PASSWORD)
    try:
        assert page.get_by_role("heading", name="Công báo: việc chậm hạn").is_visible()  # the dashboard panel
        assert page.get_by_role("link", name="Công báo: việc chậm hạn").first.is_visible()  # the menu item

        page.goto(f"{demo_site.url}/admin/pages/add/gazette/gazetteissuepage/{index.pk}/")
        page.locator("#id_title").fill(ISSUE_TITLE)
        page.locator("#id_number").fill(ISSUE_NUMBER)
        fill_date(page, "#id_publication_date", today.isoformat())
        footer_button(page, "Lưu bản nháp").click()
        page.wait_for_url("**/admin/pages/*/edit/")
        issue_edit_url = page.url

        page.goto(f"{demo_site.url}/admin/snippets/gazette/legaldocument/add/")
        page.locator("#id_number").fill(DOCUMENT_NUMBER)
        page.locator("#id_doc_type").select_option("quyet-dinh")
        page.locator("#id_issuing_body").select_option("ubnd-tinh")
        page.locator("#id_summary").fill(SUMMARY)
        page.locator("#id_signer").fill("Nguyễn Văn Thử")
        page.locator("#id_signer_position").fill("Chủ tịch")
        fill_date(page, "#id_issue_date", "2026-12-01")
        fields = page.locator("[name='fields']")
        if fields.first.get_attribute("type") == "checkbox":
            page.locator(f"input[name='fields'][value='{field.pk}']").check()
        else:
            fields.select_option(str(field.pk))

        # The signed PDF, uploaded from the document chooser.
        page.get_by_role("button", name="Thêm tệp").click()
        page.locator("#id_files-0-file-chooser [data-chooser-action-choose]").first.click()
        modal = page.locator(".modal-dialog")
        modal.get_by_role("tab", name="Tải lên").click()
        modal.locator("input[type=file]").set_input_files(str(pdf))
        modal.get_by_role("textbox", name="Tiêu đề").fill(f"{DOCUMENT_NUMBER} (bản ký số)")
        modal.get_by_role("button", name="Tải lên").click()
        page.locator(".modal-dialog").wait_for(state="hidden")

        # Where it appears: the draft issue, chosen from the page chooser.
        page.get_by_role("button", name="Thêm lần đăng").click()
        page.locator("#id_appearances-0-issue-chooser [data-chooser-action-choose]").first.click()
        modal = page.locator(".modal-dialog")
        choose_issue = modal.get_by_role("link", name=ISSUE_TITLE)
        for _ in range(12):  # down the tree to the gazette and through its pages of issues, as far as needed
            listing = modal.locator("table").first
            listing.wait_for()
            if choose_issue.is_visible():
                break
            explore = modal.locator(
                ", ".join(
                    f"a.navigate-pages:not([data-page])[href*='/choose-page/{ancestor.pk}/']"
                    for ancestor in (index.get_parent(), index)
                )
            )
            link = explore.first if explore.count() else modal.get_by_role("link", name="Trang sau").first
            shown = listing.element_handle()
            link.click()
            shown.wait_for_element_state("hidden")
        choose_issue.click()
        page.locator(".modal-dialog").wait_for(state="hidden")
        page.locator("#id_appearances-0-page_from").fill("3")
        footer_button(page, "Lưu").click()
        page.wait_for_url("**/admin/snippets/gazette/legaldocument/")
        document = LegalDocument.objects.get(number=DOCUMENT_NUMBER)
        assert document.files.count() == 1 and document.appearances.count() == 1
        assert not document.is_published

        page.goto(issue_edit_url)
        footer_button(page, "Gửi duyệt (Công báo)").click()
        page.wait_for_url("**/admin/pages/*/")
        issue = GazetteIssuePage.objects.get(title=ISSUE_TITLE)
        assert not issue.live
        assert issue.current_workflow_task.name == "Duyệt đăng Công báo"
        page.goto(issue_edit_url)
        assert page.locator("footer button[data-workflow-action-name]").count() == 0  # no approve for the officer
        page.screenshot(path=str(screenshots / "gazette-office-issue-1280.png"), full_page=True)
    finally:
        context.close()

    # 2. The approving office finds it awaiting review on the dashboard, approves and publishes it.
    context, page = sign_in(browser, demo_site.url, APPROVER, PASSWORD)
    try:
        page.get_by_role("link", name=ISSUE_TITLE).first.click()
        page.wait_for_url("**/admin/pages/*/edit/")
        approve = footer_button(page, workflow_action="approve")
        assert "Xuất bản" in approve.inner_text()
        approve.click()
        page.wait_for_url("**/admin/pages/*/")
    finally:
        context.close()
    issue.refresh_from_db()
    document.refresh_from_db()
    assert issue.live
    assert document.is_published

    # 3. A reader: the lookup finds it, its page opens, its PDF downloads.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{index.url}tra-cuu/?q={DOCUMENT_NUMBER}")
        results = page.locator(".gz-results .gz-doc")
        assert results.count() == 1
        page.screenshot(path=str(screenshots / "gazette-office-lookup-1280.png"), full_page=True)
        results.first.get_by_role("link", name=DOCUMENT_NUMBER).click()
        page.wait_for_url(f"**/cong-bao/van-ban/{document.slug}/")
        assert page.locator("h1").inner_text() == DOCUMENT_NUMBER
        assert SUMMARY in page.content()
        href = page.locator("a.gz-download").first.get_attribute("href")
        response = context.request.get(f"{demo_site.url}{href}" if href.startswith("/") else href)
        assert response.status == 200
        assert response.headers["content-type"].startswith("application/pdf")
        assert response.body()[:5] == b"%PDF-"
    finally:
        context.close()
