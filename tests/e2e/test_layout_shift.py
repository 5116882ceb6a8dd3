"""No layout shift from the portal's frame (issue 19): the header's text-size/contrast bar and menu button take
their final space in the first paint, and the footer's visitor counter shows current figures in its column."""

import pytest

from .conftest import E2E, browsing

pytestmark = E2E

VIEWPORTS = {"375": {"width": 375, "height": 812}, "1280": {"width": 1280, "height": 900}}
MAX_CLS = 0.05

# The layout shifts of the page so far (buffered: those before the observer was made count too), without the ones
# that follow a reader's input, as Lighthouse and the Core Web Vitals count them.
MEASURE_CLS = """
() => new Promise((resolve) => {
  let total = 0;
  const sources = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) { continue; }
      total += entry.value;
      for (const source of entry.sources || []) {
        const node = source.node;
        sources.push((node && (node.className || node.nodeName)) + ' ' + entry.value.toFixed(4));
      }
    }
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => { observer.disconnect(); resolve({ total, sources }); }, 1500);
})
"""


def article_url(demo_site):
    from news.models import ArticlePage

    article = ArticlePage.objects.live().filter(locale__language_code="vi").order_by("-first_published_at").first()
    return demo_site.url + article.url


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("which", ["home", "article"])
def test_the_frame_does_not_shift_the_layout(browser, demo_site, width, which):
    url = f"{demo_site.url}/" if which == "home" else article_url(demo_site)
    with browsing(browser, viewport=VIEWPORTS[width], locale="vi-VN") as page:
        page.goto(url, wait_until="load")
        result = page.evaluate(MEASURE_CLS)
        assert result["total"] <= MAX_CLS, f"CLS {result['total']:.4f} on {url} at {width} px: {result['sources']}"
        # The controls are there and usable.
        assert page.locator("[data-a11y-tools]").is_visible()
        assert page.locator("[data-a11y-tools] [data-text-size='1']").is_visible()
        if width == "375":
            toggle = page.locator(".main-nav__toggle")
            assert toggle.is_visible()
            toggle.click()
            assert toggle.get_attribute("aria-expanded") == "true"
            assert page.locator("#main-menu").is_visible()


@pytest.mark.parametrize("width", VIEWPORTS)
def test_the_visitor_counter_is_current_and_in_the_footer_column(browser, demo_site, width):
    from thainguyen_portal.core.operations import stats

    with browsing(browser, viewport=VIEWPORTS[width], locale="vi-VN") as page:
        # A first visit fills the page cache (and, before the fix, the footer with its figures of that moment).
        page.goto(f"{demo_site.url}/", wait_until="networkidle")
        # Visits recorded afterwards by other readers.
        for n in range(3):
            stats.record_page_view(demo_site_home_id(), f"198.51.100.{n + 10}", f"Mozilla/5.0 Firefox/{width}.{n}")
        expected_today = stats.views(stats.today())
        assert expected_today >= 3
        page.goto(f"{demo_site.url}/", wait_until="networkidle")
        counter = page.locator(".site-footer__visits")
        today = counter.locator("[data-visits='today']")
        page.wait_for_function(
            "(n) => parseInt(document.querySelector(\"[data-visits='today']\").textContent.replace(/\\D/g, ''), 10) >= n",
            arg=expected_today,
        )
        assert int("".join(c for c in today.inner_text() if c.isdigit())) >= expected_today
        total = counter.locator("[data-visits='total']")
        assert int("".join(c for c in total.inner_text() if c.isdigit())) >= expected_today
        assert "0 · 0" not in page.locator("footer").inner_text()
        # Inside the footer's column layout: a child of one of the grid's columns, within the container's box.
        assert counter.evaluate("(el) => !!el.closest('.site-footer__inner')")
        container = page.locator(".site-footer__inner").bounding_box()
        box = counter.bounding_box()
        assert box["x"] >= container["x"] - 1
        assert box["x"] + box["width"] <= container["x"] + container["width"] + 1


def demo_site_home_id():
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page_id


def test_without_javascript_the_menu_button_opens_the_menu(browser, demo_site):
    with browsing(browser, viewport=VIEWPORTS["375"], locale="vi-VN", java_script_enabled=False) as page:
        page.goto(f"{demo_site.url}/")
        assert not page.locator("#main-menu").is_visible()
        # The text-size buttons would do nothing without JavaScript: they keep their space, unseen.
        assert not page.locator("[data-a11y-tools]").is_visible()
        page.locator(".main-nav__toggle").click()
        assert page.locator("#main-menu").is_visible()
        assert page.get_by_role("navigation", name="Menu chính").get_by_role("link", name="Giới thiệu").is_visible()


@pytest.mark.parametrize("width", VIEWPORTS)
def test_a_chosen_text_size_is_applied_before_the_first_paint(browser, demo_site, width):
    """A returning reader's A+ (kept in localStorage) is applied before the page is first drawn, not after."""
    with browsing(browser, viewport=VIEWPORTS[width], locale="vi-VN") as page:
        page.goto(f"{demo_site.url}/")
        page.locator("[data-a11y-tools] [data-text-size='1']").click()
        assert page.locator("html").get_attribute("data-text-size") == "1"
        page.goto(article_url(demo_site), wait_until="load")
        assert page.locator("html").get_attribute("data-text-size") == "1"
        result = page.evaluate(MEASURE_CLS)
        assert result["total"] <= MAX_CLS, f"CLS {result['total']:.4f} with A+ at {width} px: {result['sources']}"
