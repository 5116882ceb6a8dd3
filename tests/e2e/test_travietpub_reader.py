"""Trà Việt: from the magazine's cover grid into an issue, page through the reader with the keyboard (and the
page index and zoom), then open an article; axe-core checks each page on the way."""

import re

import pytest

from .conftest import E2E, browsing, serious_violations

pytestmark = E2E


@pytest.mark.parametrize("width", [375, 1280])
def test_open_an_issue_read_it_with_the_keyboard_and_open_an_article(browser, demo_site, screenshots, width):
    with browsing(browser, viewport={"width": width, "height": 900}, locale="vi-VN") as page:
        page.goto(f"{demo_site.url}/dac-san-tra-viet/")
        assert page.locator("h1").inner_text() == "Đặc san Trà Việt"
        assert page.locator(".traviet-cover").count() == 6
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / f"traviet-index-{width}.png"), full_page=True)

        page.get_by_role("link", name=re.compile("Chè Thái Nguyên vươn ra thế giới")).click()
        page.wait_for_url("**/dac-san-tra-viet/so-6/")
        assert page.get_by_role("link", name="Tải bản PDF").count() == 1
        assert serious_violations(page) == []

        page.get_by_role("link", name="Đọc trực tuyến").click()
        page.wait_for_url("**/so-6/doc/1/")
        position = page.locator("[data-reader-position]")
        assert position.inner_text() == "Trang 1/5"
        assert page.get_by_role("button", name="Phóng to").is_visible()  # zoom exists once the script runs
        assert serious_violations(page) == []

        # Arrow keys turn the pages without reloading; the URL follows, the position is announced.
        page.keyboard.press("ArrowRight")
        page.wait_for_url("**/so-6/doc/2/")
        assert position.inner_text() == "Trang 2/5"
        page.keyboard.press("ArrowRight")
        page.wait_for_url("**/so-6/doc/3/")
        assert "Chè Thái Nguyên đến châu Âu" in page.locator("[data-reader-text]").inner_text()
        page.keyboard.press("ArrowLeft")
        page.wait_for_url("**/so-6/doc/2/")
        assert page.evaluate("window.performance.getEntriesByType('navigation').length") == 1

        # The page's text is in the document for screen readers, and shown on request.
        toggle = page.locator("[data-reader-text-toggle]")
        assert toggle.get_attribute("aria-expanded") == "false"
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
        assert page.locator(".traviet-reader__text-body").is_visible()

        page.get_by_role("button", name="Phóng to").click()
        zoom = page.locator("[data-reader-viewport]").evaluate("node => node.style.getPropertyValue('--zoom')")
        assert zoom == "1.5"

        page.get_by_role("navigation", name="Mục lục trang").get_by_role("link", name="Trang 5").click()
        page.wait_for_url("**/so-6/doc/5/")
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / f"traviet-reader-{width}.png"), full_page=True)

        # Back to the issue and into an article, then to the directory of the businesses it mentions.
        page.goto(f"{demo_site.url}/dac-san-tra-viet/so-6/")
        page.get_by_role("link", name="Du lịch trải nghiệm vùng chè").click()
        page.wait_for_url("**/so-6/du-lich-trai-nghiem-vung-che/")
        assert page.locator("h1").inner_text() == "Du lịch trải nghiệm vùng chè"
        assert serious_violations(page) == []
        page.get_by_role("link", name="Hộ sản xuất chè Khe Cốc Phục Linh").click()
        page.wait_for_url("**/danh-ba-doanh-nghiep-che/#dn-ho-san-xuat-che-khe-coc-phuc-linh")
        assert serious_violations(page) == []
