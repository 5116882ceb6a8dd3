"""Issue 19, "What readers see": the layered story is one column at 1280 px (chapters aligned with the intro and the
essentials, the chapter menu beside the column or above it) and its menu never clips the last chapter at 375 px; the
story's map shows its place and a link with no request to another site; the hub's featured card leaves no gap
between its picture and its text."""

import pytest

from multimedia.models import MultimediaIndexPage

from .conftest import E2E, browsing
from .test_multimedia_story import STORY, VIEWPORTS

pytestmark = E2E

BOX = "node => { const r = node.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; }"  # noqa: E501


def box(page, selector):
    return page.locator(selector).first.evaluate(BOX)


def text_box(page, selector):
    """The box of an element's text (its content box: without its padding and border)."""
    return page.locator(selector).first.evaluate(
        "node => { const s = getComputedStyle(node), r = node.getBoundingClientRect();"
        " return {left: r.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth),"
        " right: r.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth)}; }"
    )


@pytest.mark.parametrize("text_size", ["0", "2"])
def test_story_at_1280_is_one_column_with_the_menu_beside_it(browser, demo_site, screenshots, text_size):
    with browsing(browser, viewport=VIEWPORTS["1280"], locale="vi-VN") as page:
        page.goto(f"{demo_site.url}{STORY}")
        page.evaluate(f"document.documentElement.dataset.textSize = '{text_size}'")  # A+ A+: the menu goes above
        intro = text_box(page, ".mm-story__header")
        essentials = box(page, ".mm-essentials")
        chapter = box(page, ".mm-chapter")
        share = text_box(page, ".mm-story__share")
        for name, other in (("the essentials", essentials), ("the chapters", chapter), ("the share bar", share)):
            assert abs(other["left"] - intro["left"]) <= 1, f"{name} start at {other['left']}, the intro at {intro}"
            assert abs(other["right"] - intro["right"]) <= 1, f"{name} end at {other['right']}, the intro at {intro}"
        menu = box(page, "[data-chapter-menu]")
        beside = menu["right"] <= chapter["left"] and chapter["left"] - menu["right"] <= 48
        above = menu["bottom"] <= chapter["top"] and menu["left"] >= intro["left"] - 1
        assert beside or above, f"the chapter menu {menu} is neither against the column {chapter} nor above it"
        menu_text = page.locator("[data-chapter-menu] a").first.evaluate(BOX)
        assert menu_text["width"] >= 100, f"the chapter menu is squeezed: {menu_text}"
        page.locator(".mm-essentials").scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots / f"story-1280-text-size-{text_size}.png"))


def test_story_chapter_menu_at_375_reaches_its_last_chapter_inside_the_column(browser, demo_site):
    with browsing(browser, viewport=VIEWPORTS["375"], locale="vi-VN") as page:
        page.goto(f"{demo_site.url}{STORY}")
        chapter = box(page, ".mm-chapter")
        menu = box(page, "[data-chapter-menu]")
        assert menu["left"] >= chapter["left"] - 1 and menu["right"] <= chapter["right"] + 1, (menu, chapter)
        listing = page.locator("[data-chapter-menu] ol")
        overflows = listing.evaluate("node => node.scrollWidth > node.clientWidth + 1")
        if overflows:
            assert listing.evaluate("node => getComputedStyle(node).overflowX") in ("auto", "scroll")
        last = page.locator("[data-chapter-menu] li:last-child a")
        last.focus()  # the keyboard's way there: the list scrolls the link into view
        bar = listing.evaluate(BOX)
        link = last.evaluate(BOX)
        assert link["left"] >= bar["left"] - 1 and link["right"] <= bar["right"] + 1, (link, bar)
        assert link["right"] <= 375


@pytest.mark.parametrize("width", VIEWPORTS)
def test_story_map_shows_its_place_and_link_without_the_network(browser, demo_site, width):
    context = browser.new_context(viewport=VIEWPORTS[width], locale="vi-VN")
    page = context.new_page()
    elsewhere = []

    def local_only(route):
        url = route.request.url
        if url.startswith(demo_site.url):
            route.continue_()
        else:
            elsewhere.append(url)
            route.abort()

    page.route("**/*", local_only)
    try:
        page.goto(f"{demo_site.url}{STORY}", wait_until="load")
        figure = page.locator(".mm-map").first
        figure.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        place = figure.locator(".mm-map__place")
        assert place.is_visible() and place.inner_text() == "Bản đồ vùng chè xã Tân Cương, tỉnh Thái Nguyên"
        assert figure.get_by_text("21.5850").is_visible()  # the coordinates, read from the link
        link = figure.get_by_role("link", name="Xem trên bản đồ")
        assert link.is_visible()
        assert link.get_attribute("href").startswith("https://www.openstreetmap.org/")
        shown = figure.evaluate(BOX)
        assert shown["height"] >= 80, shown
        assert not [url for url in elsewhere if "openstreetmap" in url], elsewhere  # the map loads only on request
        # On request the interactive map comes (here it cannot load, and the card stays).
        figure.get_by_role("button", name="Hiện bản đồ tương tác").click()
        assert figure.locator("iframe[title='Bản đồ vùng chè xã Tân Cương, tỉnh Thái Nguyên']").count() == 1
        assert link.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("width", VIEWPORTS)
def test_hub_featured_card_has_no_gap_between_picture_and_text(browser, demo_site, screenshots, width):
    hub = MultimediaIndexPage.objects.get(locale__language_code="vi")
    with browsing(browser, viewport=VIEWPORTS[width], locale="vi-VN") as page:
        page.goto(f"{demo_site.url}{hub.url}", wait_until="load")
        image = page.locator(".mm-featured .card__image img")
        image.evaluate("node => node.decode()")
        frame = box(page, ".mm-featured .card__image")
        shown = image.evaluate(BOX)
        assert frame["height"] - shown["height"] <= 1, f"the picture {shown} leaves its box {frame} empty"
        text = box(page, ".mm-featured .mm-card__format")
        if text["left"] >= shown["right"]:  # beside the picture: the text starts at its top
            assert text["top"] - shown["top"] <= 48, (text, shown)
        else:
            assert text["top"] - shown["bottom"] <= 48, (text, shown)
        page.screenshot(path=str(screenshots / f"hub-featured-{width}.png"))
