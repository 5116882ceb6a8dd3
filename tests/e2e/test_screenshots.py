"""Screenshots of the pages a reader judges the portal by, at a phone's and a desktop's width (issue 19):
var/screenshots/{home,article,story,hub,video,podcast,magazine-reader}-{375,1280}.png, whole pages, to be looked at.

The test only checks that each file is written and is a picture of a page (a PNG, the width asked, not blank);
whether it looks right is for a person to see."""

import struct

import pytest

from multimedia.models import LayeredStoryPage, MultimediaIndexPage, PodcastPage, VideoPage
from news.models import ArticlePage
from travietpub.models import MagazineIssuePage

from .conftest import E2E
from .test_no_horizontal_scroll import first_live

pytestmark = E2E

WIDTHS = [375, 1280]
# Lazy images load only near the viewport: scroll through the page first, so the whole-page picture has them.
SCROLL_THROUGH = """async () => {
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
    window.scrollTo(0, y);
    await new Promise(resolve => setTimeout(resolve, 60));
  }
  window.scrollTo(0, 0);
  await Promise.all(Array.from(document.images).filter(img => !img.complete)
    .map(img => new Promise(resolve => { img.onload = img.onerror = resolve; })));
}"""


def pages():
    return {
        "home": "/",
        "article": first_live(ArticlePage).url,
        "story": first_live(LayeredStoryPage).url,
        "hub": first_live(MultimediaIndexPage).url,
        "video": first_live(VideoPage).url,
        "podcast": first_live(PodcastPage).url,
        "magazine-reader": first_live(MagazineIssuePage).url + "doc/1/",
    }


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24]), len(data)


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_of_the_main_pages(browser, demo_site, screenshots, width):
    context = browser.new_context(viewport={"width": width, "height": 812 if width < 800 else 900}, locale="vi-VN")
    page = context.new_page()
    try:
        for name, url in pages().items():
            path = screenshots / f"{name}-{width}.png"
            path.unlink(missing_ok=True)
            page.goto(f"{demo_site.url}{url}", wait_until="load")
            page.evaluate(SCROLL_THROUGH)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(path), full_page=True, animations="disabled")
            (shot_width, shot_height), size = png_size(path)
            assert shot_width == width, f"{path.name} is {shot_width} px wide"
            assert shot_height >= 600, f"{path.name} is only {shot_height} px tall"
            assert size > 20_000, f"{path.name} is only {size} bytes: a blank page?"
    finally:
        context.close()
