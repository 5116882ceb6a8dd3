"""Issue 19: the Trà Việt reader's "Fit" shows the whole page in the window, on a desktop and on a phone; "Zoom out"
makes it smaller (down to a minimum), "Zoom in" bigger; the buttons and the keys (-, 0, +) work from the keyboard."""

import pytest

from .conftest import E2E, serious_violations

pytestmark = E2E


def image_box(page):
    return page.locator("[data-reader-image]").evaluate(
        "node => { const r = node.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left,"
        " right: r.right, width: r.width, height: r.height}; }"
    )


@pytest.mark.parametrize("width,height", [(1280, 800), (375, 667)])
def test_fit_shows_the_whole_page_and_zoom_changes_its_size(browser, demo_site, screenshots, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}/dac-san-tra-viet/so-6/doc/1/")
        page.locator("[data-reader-image]").evaluate("node => node.decode()")
        page.get_by_role("button", name="Vừa trang").click()
        fit = image_box(page)
        assert fit["top"] >= 0 and fit["bottom"] <= height + 0.5
        assert fit["left"] >= 0 and fit["right"] <= width + 0.5
        assert fit["height"] >= 0.6 * height or fit["width"] >= 0.8 * width  # a phone's page is as wide as it can be
        page.screenshot(path=str(screenshots / f"magazine-reader-{width}.png"))
        assert serious_violations(page) == []

        page.get_by_role("button", name="Thu nhỏ").click()
        smaller = image_box(page)
        assert smaller["width"] < fit["width"] and smaller["height"] < fit["height"]
        page.get_by_role("button", name="Thu nhỏ").click()
        page.get_by_role("button", name="Thu nhỏ").click()  # at the minimum: stays
        smallest = image_box(page)
        assert 0.4 * fit["width"] < smallest["width"] < smaller["width"]
        assert page.locator("[data-reader-zoom-level]").inner_text() == "50%"

        # From the keyboard: the buttons take Enter, and the keys work on the page.
        page.get_by_role("button", name="Vừa trang").focus()
        page.keyboard.press("Enter")
        assert abs(image_box(page)["width"] - fit["width"]) < 1
        page.get_by_role("button", name="Phóng to").focus()
        page.keyboard.press("Enter")
        bigger = image_box(page)
        assert bigger["width"] > fit["width"] * 1.4
        page.locator("[data-reader-viewport]").focus()
        page.keyboard.press("+")
        assert image_box(page)["width"] > bigger["width"]
        page.keyboard.press("-")
        page.keyboard.press("-")
        assert abs(image_box(page)["width"] - fit["width"]) < 1
        page.keyboard.press("-")
        assert image_box(page)["width"] < fit["width"]
        page.keyboard.press("0")
        fitted = image_box(page)
        assert abs(fitted["width"] - fit["width"]) < 1 and fitted["top"] >= 0 and fitted["bottom"] <= height + 0.5

        # Turning the page keeps the page fitted.
        page.keyboard.press("ArrowRight")
        page.wait_for_url("**/so-6/doc/2/")
        page.locator("[data-reader-image]").evaluate("node => node.decode()")
        assert abs(image_box(page)["width"] - fit["width"]) < 2
    finally:
        context.close()


def test_without_a_script_the_page_fits_the_window(browser, demo_site):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}/dac-san-tra-viet/so-6/doc/1/")
        page.locator("[data-reader-image]").scroll_into_view_if_needed()
        box = image_box(page)
        assert box["height"] <= 800 and box["height"] >= 0.6 * 800
    finally:
        context.close()
