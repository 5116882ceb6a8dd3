"""Issue 19, "What readers see", in the Trà Việt reader: the "Nội dung chữ trang N" button looks like the portal's
buttons (not the browser's grey one), the page thumbnails are sized (width and height, in the page's proportions: no
layout shift, Lighthouse's "unsized-images") and the zoom toolbar stays on one line on a 375 px phone."""

import pytest

from travietpub.models import MagazineIssuePage

from .conftest import E2E
from .test_no_horizontal_scroll import first_live

pytestmark = E2E

READER = "/dac-san-tra-viet/so-6/doc/1/"
# Chromium's own button: a grey face, a 2 px outset border, no rounding.
NATIVE_FACES = {"rgb(239, 239, 239)", "rgb(240, 240, 240)", "rgba(0, 0, 0, 0)"}


@pytest.mark.parametrize("width", [375, 1280])
def test_page_text_button_has_the_portal_button_style(browser, demo_site, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{READER}")
        button = page.get_by_role("button", name="Nội dung chữ trang 1")
        style = button.evaluate(
            "node => { const s = getComputedStyle(node); return {face: s.backgroundColor, border: s.borderTopStyle,"
            " width: parseFloat(s.borderTopWidth), radius: parseFloat(s.borderTopLeftRadius), cursor: s.cursor,"
            " height: node.getBoundingClientRect().height, weight: s.fontWeight}; }"
        )
        assert style["face"] not in NATIVE_FACES, style
        assert style["border"] == "solid" and style["width"] >= 1 and style["radius"] > 0, style
        assert style["cursor"] == "pointer" and style["height"] >= 44 and int(style["weight"]) >= 600, style
        button.click()
        assert button.get_attribute("aria-expanded") == "true"
    finally:
        context.close()


def test_page_thumbnails_have_width_and_height_in_proportion(browser, demo_site):
    issue = first_live(MagazineIssuePage)
    article = issue.get_children().live().first()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    try:
        for url in (issue.url, issue.url + "doc/1/", article.url if article else None):
            if url is None:
                continue
            page.goto(f"{demo_site.url}{url}", wait_until="load")
            thumbs = page.locator(".traviet-thumbs img")
            assert thumbs.count() >= 1, url
            for index in range(thumbs.count()):
                thumb = thumbs.nth(index)
                thumb.scroll_into_view_if_needed()
                thumb.evaluate("node => node.decode()")
                width, height = thumb.get_attribute("width"), thumb.get_attribute("height")
                assert width and height and int(height) > 0, f"{url}: a thumbnail without its size ({width}×{height})"
                natural = thumb.evaluate("node => node.naturalWidth / node.naturalHeight")
                assert abs(int(width) / int(height) - natural) <= 0.03 * natural, (url, width, height, natural)
    finally:
        context.close()


def test_zoom_toolbar_is_one_line_on_a_phone(browser, demo_site):
    context = browser.new_context(viewport={"width": 375, "height": 667}, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{READER}")
        boxes = page.locator("[data-reader-zoom] > *").evaluate_all(
            "nodes => nodes.map(node => { const r = node.getBoundingClientRect(); return [r.top, r.bottom]; })"
        )
        assert len(boxes) == 4
        assert max(top for top, _ in boxes) < min(bottom for _, bottom in boxes), f"the zoom toolbar wraps: {boxes}"
        level = page.locator("[data-reader-zoom-level]").evaluate(
            "node => { const range = document.createRange(); range.selectNodeContents(node);"
            " return range.getClientRects().length; }"
        )
        assert level == 1, "the zoom level breaks over lines"
    finally:
        context.close()
