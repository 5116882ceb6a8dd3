"""No page of the demo is wider than the viewport on a 375 px phone, at the normal and the largest text size
(issue 19); the petition filters are tall enough to tap, the work calendar keeps its column labels and the layered
story's sticky chapter menu does not cover the chapter heading it jumped to."""

from django.urls import reverse
from django.utils import translation

from gazette.models import GazetteIndexPage, GazetteIssuePage, LegalDocument
from home.models import HomePage, StandardPage
from multimedia.models import (
    GalleryPage,
    InfographicPage,
    LayeredStoryPage,
    MultimediaIndexPage,
    PodcastPage,
    VideoPage,
)
from news.models import (
    ArticlePage,
    LeadersPage,
    NewsIndexPage,
    PressDigestPage,
    SectionPage,
    SpokespersonPage,
    WorkCalendarPage,
)
from news.petitions.models import PetitionIndexPage, PetitionPage
from travietpub.models import MagazineArticlePage, MagazineIndexPage, MagazineIssuePage, TeaDirectoryPage

from .conftest import E2E

pytestmark = E2E

PHONE = {"width": 375, "height": 812}
PAGE_TYPES = [
    HomePage,
    NewsIndexPage,
    SectionPage,
    ArticlePage,
    SpokespersonPage,
    LeadersPage,
    WorkCalendarPage,
    PressDigestPage,
    PetitionIndexPage,
    PetitionPage,
    GazetteIndexPage,
    GazetteIssuePage,
    MultimediaIndexPage,
    LayeredStoryPage,
    VideoPage,
    GalleryPage,
    InfographicPage,
    PodcastPage,
    MagazineIndexPage,
    MagazineIssuePage,
    MagazineArticlePage,
    TeaDirectoryPage,
    StandardPage,
]
# The text sizes the header's A−/A/A+ switch offers (js/portal.js: data-text-size on <html>, -1 to 2).
TEXT_SIZES = {"normal": None, "largest": "2"}


def first_live(model):
    page = model.objects.live().public().filter(locale__language_code="vi").order_by("pk").first()
    assert page is not None, f"the demo has no live {model.__name__}"
    return page


def demo_urls():
    urls = {model.__name__: first_live(model).url for model in PAGE_TYPES}
    gazette = first_live(GazetteIndexPage)
    urls["gazette lookup"] = gazette.url + "tra-cuu/"
    urls["gazette document"] = gazette.document_url(LegalDocument.objects.published().order_by("pk").first())
    with translation.override("vi"):
        urls["search"] = reverse("search") + "?q=Th%C3%A1i+Nguy%C3%AAn"
    return urls


def set_text_size(page, size):
    page.evaluate(
        """size => { const root = document.documentElement;
                     if (size) { root.setAttribute("data-text-size", size); } else { root.removeAttribute("data-text-size"); } }""",
        size,
    )


def test_no_page_is_wider_than_a_phone_at_any_text_size(browser, demo_site):
    urls = demo_urls()
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = context.new_page()
    overflowing = []
    try:
        for name, url in urls.items():
            page.goto(f"{demo_site.url}{url}")
            for size_name, size in TEXT_SIZES.items():
                set_text_size(page, size)
                width = page.evaluate("document.documentElement.scrollWidth")
                if width > PHONE["width"]:
                    culprit = page.evaluate(
                        """() => { const limit = window.innerWidth; const wide = [];
                                   for (const el of document.body.querySelectorAll('*')) {
                                     const box = el.getBoundingClientRect();
                                     if (box.right > limit + 0.5 && box.width > 0) {
                                       wide.push((el.tagName + '.' + el.className).slice(0, 60)); } }
                                   return wide.slice(-3).join(' | '); }"""
                    )
                    overflowing.append(f"{name} ({url}) at {size_name} text: {width} px [{culprit}]")
        assert overflowing == [], "pages wider than 375 px:\n" + "\n".join(overflowing)
    finally:
        context.close()


def test_phone_controls_calendar_labels_and_story_chapters(browser, demo_site):
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = context.new_page()
    problems = []
    try:
        # Petition filters: tall enough to tap.
        page.goto(f"{demo_site.url}{first_live(PetitionIndexPage).url}")
        controls = page.locator(".news-filter select, .news-filter input, .news-filter button")
        assert controls.count() >= 3
        for index in range(controls.count()):
            box = controls.nth(index).bounding_box()
            if box is None or box["height"] < 40:
                problems.append(f"petition filter control {index} is {box and box['height']} px tall")

        # Work calendar: each cell of an entry shows its column's label on a phone.
        page.goto(f"{demo_site.url}{first_live(WorkCalendarPage).url}")
        table = page.locator(".calendar-table").first
        assert table.count() == 1, "the demo's work calendar shows no entries this week"
        labels = table.locator("th").all_inner_texts() or []
        header_visible = table.locator("thead").is_visible()
        shown = page.evaluate(
            """table => Array.from(table.querySelectorAll('tbody tr:first-child td')).map(td => {
                   const before = getComputedStyle(td, '::before');
                   return before.display === 'none' ? '' : before.content.replace(/^"|"$/g, ''); })""",
            table.element_handle(),
        )
        if not header_visible and [label.strip() for label in labels] != [text.strip() for text in shown]:
            problems.append(f"work calendar hides its column labels {labels!r} (cells show {shown!r})")

        # Layered story: after jumping to a chapter, its heading is below the sticky chapter menu.
        page.goto(f"{demo_site.url}{first_live(LayeredStoryPage).url}")
        links = page.locator("[data-chapter-menu] a")
        assert links.count() >= 2
        links.nth(1).click()
        page.wait_for_timeout(400)
        menu = page.locator("[data-chapter-menu]").bounding_box()
        anchor = links.nth(1).get_attribute("href")
        heading = page.locator(f"{anchor} h2").first.bounding_box()
        if heading["y"] < menu["y"] + menu["height"] and heading["y"] + heading["height"] > menu["y"]:
            problems.append(
                f"chapter heading at {heading['y']:.0f} px is covered by the chapter menu "
                f"({menu['y']:.0f}–{menu['y'] + menu['height']:.0f} px)"
            )
        if menu["height"] > 0.15 * PHONE["height"] and menu["y"] < PHONE["height"]:
            problems.append(f"the sticky chapter menu is {menu['height']:.0f} px tall on a {PHONE['height']} px screen")
        assert problems == [], "\n".join(problems)
    finally:
        context.close()
