"""Search in a browser: type without tone marks, pick a suggestion, filter the results; axe on every step."""

import pytest

from .conftest import E2E, serious_violations

pytestmark = E2E


@pytest.mark.parametrize("width", [375, 1280])
def test_unmarked_typing_suggestion_and_filters(browser, demo_site, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
    page = context.new_page()
    try:
        if width == 1280:
            # The header box of any page suggests too (base.html loads suggest.js, which loads its styles).
            page.goto(f"{demo_site.url}/")
            header_box = page.locator("#site-search")
            header_box.press_sequentially("nguoi phat", delay=30)
            page.get_by_role("option", name="Người phát ngôn").wait_for()
            assert header_box.get_attribute("aria-expanded") == "true"
            listbox = page.locator(".search-box [role=listbox]")
            assert listbox.evaluate("element => getComputedStyle(element).position") == "absolute"
            assert serious_violations(page) == []
        page.goto(f"{demo_site.url}/tim-kiem/")
        assert serious_violations(page) == []
        box = page.locator("#search-page-q")
        box.press_sequentially("nguoi phat", delay=30)  # no tone marks
        suggestion = page.get_by_role("option", name="Người phát ngôn")
        suggestion.wait_for()
        assert box.get_attribute("aria-expanded") == "true"
        assert serious_violations(page) == []
        suggestion.click()

        page.wait_for_url("**/tim-kiem/?q=*")
        results = page.locator(".search-result__title a")
        assert results.first.inner_text() == "Người phát ngôn"
        assert page.locator(".search-result__title mark").first.inner_text() == "Người"
        assert serious_violations(page) == []

        # Filter: newest first, news only (the spokesperson's page is the newsroom's); the result is still there and
        # the query kept.
        page.select_option("#search-sort", "date")
        page.select_option("#search-type", "news")
        page.get_by_role("button", name="Áp dụng").click()
        page.wait_for_url("**sort=date**")
        assert "Người phát ngôn" in page.locator(".search-results").inner_text()
        assert page.locator("#search-page-q").input_value() == "Người phát ngôn"

        # A malformed date gives a message, not an error.
        page.fill("#search-from", "31/31/2026")
        page.get_by_role("button", name="Áp dụng").click()
        page.wait_for_url("**from=**")
        assert page.get_by_role("alert").first.is_visible()
        assert serious_violations(page) == []
    finally:
        context.close()


def test_search_works_as_a_plain_form_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}/")
        page.fill("#site-search", "lien he")
        page.locator("#site-search").press("Enter")
        page.wait_for_url("**/tim-kiem/?q=lien+he")
        assert "Liên hệ" in page.locator(".search-results").inner_text()
    finally:
        context.close()
