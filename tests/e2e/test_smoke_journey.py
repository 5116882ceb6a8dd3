"""A reader's first journey, on a phone and on a desktop, with axe-core checking every page on the way."""

import pytest

from .conftest import E2E, browsing, serious_violations, watch_console

pytestmark = E2E

VIEWPORTS = {"375": {"width": 375, "height": 812}, "1280": {"width": 1280, "height": 900}}


@pytest.mark.parametrize("width", VIEWPORTS)
def test_home_menu_standard_page_and_language_round_trip(browser, demo_site, screenshots, width):
    with browsing(browser, viewport=VIEWPORTS[width], locale="vi-VN") as page:
        console_errors = watch_console(page)
        page.goto(f"{demo_site.url}/")
        assert page.locator("html").get_attribute("lang") == "vi"
        assert page.locator("h1").first.inner_text() == "Trang chủ"
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / f"home-vi-{width}.png"), full_page=True)

        # Follow the main menu to a standard page (on a phone the menu opens from its button first).
        toggle = page.locator(".main-nav__toggle")
        if toggle.is_visible():
            toggle.click()
            assert toggle.get_attribute("aria-expanded") == "true"
        page.get_by_role("navigation", name="Menu chính").get_by_role("link", name="Giới thiệu").click()
        page.wait_for_url("**/gioi-thieu/")
        assert page.locator("h1").inner_text() == "Giới thiệu"
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / f"standard-vi-{width}.png"), full_page=True)

        # Switch to English: the translation of this page, in English.
        page.get_by_role("link", name="English").click()
        page.wait_for_url("**/en/about-thai-nguyen/")
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.locator("h1").inner_text() == "About Thai Nguyen"
        assert page.get_by_role("link", name="Skip to main content").count() == 1
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / f"standard-en-{width}.png"), full_page=True)

        # And back to Vietnamese.
        page.get_by_role("link", name="Tiếng Việt").click()
        page.wait_for_url("**/gioi-thieu/")
        assert page.locator("html").get_attribute("lang") == "vi"
        # Nothing blocked by the Content Security Policy, no script error, no missing file on the way.
        assert console_errors == []


def test_text_size_and_contrast_switches_persist(browser, demo_site):
    with browsing(browser, viewport=VIEWPORTS["1280"]) as page:
        page.goto(f"{demo_site.url}/")
        html = page.locator("html")
        page.get_by_role("button", name="Chữ lớn hơn").click()
        assert html.get_attribute("data-text-size") == "1"
        contrast = page.get_by_role("button", name="Độ tương phản cao")
        contrast.click()
        assert html.get_attribute("data-contrast") == "high"
        assert contrast.get_attribute("aria-pressed") == "true"
        assert serious_violations(page) == []
        page.reload()
        assert html.get_attribute("data-text-size") == "1"
        assert html.get_attribute("data-contrast") == "high"
        page.get_by_role("button", name="Cỡ chữ mặc định").click()
        assert html.get_attribute("data-text-size") is None


def test_skip_link_moves_focus_to_the_main_content(browser, demo_site):
    with browsing(browser, viewport=VIEWPORTS["375"]) as page:
        page.goto(f"{demo_site.url}/")
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Chuyển đến nội dung chính")
        assert skip.evaluate("element => element === document.activeElement")
        assert skip.is_visible()  # it appears when focused
        page.keyboard.press("Enter")
        assert page.evaluate("window.location.hash") == "#main"
