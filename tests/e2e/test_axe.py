"""axe-core on one page of every public page type of the demo, at 375 and 1280 px, with every layer open and in
high contrast: no violation of any impact (issue 19).

"Every layer open": every <details> is opened and every disclosure button (`aria-expanded="false"`: the mobile
menu, the layered story's "Read deeper" layers, the magazine reader's text) is pressed, after the page's scripts
have run; the layered story is in its full reading mode (its default); the header search's suggestions are checked
open, on the home page. "High contrast" is the header's switch,
which js/portal.js keeps in localStorage (`portal:contrast`) and applies as `data-contrast="high"` on <html>.

axe-core is the copy that axe-playwright-python (a development requirement) ships, v4.12 (MPL-2.0); it is
injected into the page and run with `axe.run(document, {resultTypes: ["violations"]})`.
"""

from pathlib import Path

import axe_playwright_python
import pytest
from django.utils import translation

from news.models import ArticlePage, NewsIndexPage, NewsTag
from news.petitions.models import PetitionIndexPage
from travietpub.models import MagazineIssuePage

from .conftest import E2E
from .test_no_horizontal_scroll import demo_urls, first_live

pytestmark = E2E

AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"
WIDTHS = [375, 1280]

HIGH_CONTRAST = "try { window.localStorage.setItem('portal:contrast', 'high'); } catch (e) {}"

OPEN_ALL_LAYERS = """() => {
  document.querySelectorAll("details").forEach(details => { details.open = true; });
  document.querySelectorAll("button[aria-expanded='false'], [role='button'][aria-expanded='false']")
    .forEach(control => control.click());
  return document.documentElement.getAttribute("data-contrast");
}"""

RUN_AXE = """async () => {
  const results = await axe.run(document, { resultTypes: ["violations"] });
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => ({ target: n.target.join(" "), html: n.html.slice(0, 200),
                                            summary: (n.failureSummary || "").slice(0, 300) })),
  }));
}"""


def all_urls():
    """One URL of every public page type, the lookup with a query, the English edition and the 404 page."""
    urls = demo_urls()
    news_index = first_live(NewsIndexPage)
    tag = NewsTag.objects.filter(tagged_articles__content_object__live=True).order_by("pk").first()
    assert tag is not None, "the demo has no tagged article"
    urls["news tag"] = f"{news_index.url}tag/{tag.slug}/"
    urls["gazette lookup"] += "?q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh"
    urls["petition submit"] = first_live(PetitionIndexPage).url + "gui/"
    issue = first_live(MagazineIssuePage)
    urls["magazine reader"] = issue.url + "doc/1/"
    english = ArticlePage.objects.live().public().filter(locale__language_code="en").order_by("pk").first()
    assert english is not None, "the demo has no English article"
    with translation.override("en"):
        urls["English home"] = "/en/"
        urls["English article"] = english.url
    urls["404"] = "/khong-co-trang-nay/"
    return urls


def describe(name, url, width, violations):
    lines = []
    for violation in violations:
        lines.append(f"{name} ({url}) at {width} px: {violation['id']} [{violation['impact']}] {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {node['target']}: {node['html']}")
            if node["summary"]:
                lines.append("      " + node["summary"].replace("\n", " / "))
    return lines


@pytest.mark.parametrize("width", WIDTHS)
def test_no_axe_violation_on_any_page_type_with_all_layers_open_in_high_contrast(browser, demo_site, width):
    urls = all_urls()
    axe_source = AXE_JS.read_text(encoding="utf-8")
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
    context.add_init_script(HIGH_CONTRAST)
    page = context.new_page()
    problems = []
    try:
        for name, url in urls.items():
            page.goto(f"{demo_site.url}{url}", wait_until="load")
            contrast = page.evaluate(OPEN_ALL_LAYERS)
            assert contrast == "high", f"{name}: high contrast is not on"
            page.evaluate(axe_source)  # through the DevTools protocol: the site's CSP allows no inline script
            problems += describe(name, url, width, page.evaluate(RUN_AXE))
        # One more layer: the header search's suggestions (search/suggest.js), open with an option marked.
        page.goto(f"{demo_site.url}/", wait_until="load")
        page.evaluate(OPEN_ALL_LAYERS)
        search = page.locator("#site-search")
        search.fill("chè")
        page.locator(f"#{search.get_attribute('aria-controls')}").wait_for(state="visible")
        page.keyboard.press("ArrowDown")
        page.evaluate(axe_source)
        problems += describe("search suggestions", "/", width, page.evaluate(RUN_AXE))
        if problems:
            pytest.fail("axe violations:\n" + "\n".join(problems), pytrace=False)
    finally:
        context.close()
