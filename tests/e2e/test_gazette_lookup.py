"""A reader looks up a legal document in the gazette by number and by filters, opens it and downloads its PDF."""

from pathlib import Path

from .conftest import E2E, serious_violations

pytestmark = E2E


def test_find_by_number_and_filters_open_and_download(browser, demo_site, screenshots):
    from gazette.models import LegalDocument

    document = LegalDocument.objects.published().filter(files__isnull=False).order_by("-issue_date").first()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", accept_downloads=True)
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}/cong-bao/")
        assert page.locator("h1").inner_text() == "Công báo"
        assert serious_violations(page) == []

        # By number, typed the lazy way: lower case, spaces, no Đ.
        typed = document.number.lower().replace("/", " ").replace("-", " ").replace("đ", "d")
        page.get_by_label("Tra cứu văn bản theo số, ký hiệu hoặc từ khóa").fill(typed)
        page.get_by_role("button", name="Tra cứu").click()
        page.wait_for_url("**/cong-bao/tra-cuu/?q=*")
        results = page.locator(".gz-results .gz-doc")
        assert results.count() == 1
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / "gazette-lookup-number.png"), full_page=True)

        # Open it: the permanent address built from the number.
        results.first.get_by_role("link", name=document.number).click()
        page.wait_for_url(f"**/cong-bao/van-ban/{document.slug}/")
        assert page.locator("h1").inner_text() == document.number
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / "gazette-document.png"), full_page=True)

        # Download its signed PDF, named after the number.
        with page.expect_download() as download_info:
            page.locator("a.gz-download").first.click()
        download = download_info.value
        assert download.suggested_filename == f"{document.number.replace('/', '-')}.pdf"
        assert Path(download.path()).read_bytes()[:5] == b"%PDF-"

        # By filters: type and year, from the lookup form; each facet shows its count.
        page.goto(f"{demo_site.url}/cong-bao/tra-cuu/")
        page.get_by_label("Loại văn bản").select_option(document.doc_type)
        page.get_by_label("Năm", exact=True).fill(str(document.issue_date.year))
        page.get_by_role("button", name="Tra cứu").click()
        page.wait_for_url("**/cong-bao/tra-cuu/?*year=*")
        expected = LegalDocument.objects.published().filter(
            doc_type=document.doc_type, issue_date__year=document.issue_date.year
        )
        assert f"Tìm thấy {expected.count()} văn bản" in page.locator("#gz-results-heading").inner_text()
        assert page.get_by_role("link", name=document.number).count() >= 1 or expected.count() > 20
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / "gazette-lookup-filters.png"), full_page=True)
    finally:
        context.close()
