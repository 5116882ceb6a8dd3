"""Audio players are visible and usable in Chromium at phone and desktop widths (issue 19: a `.player
{height: auto}` rule collapsed every `<audio controls>` to 0 px)."""

import pytest

from multimedia.models import LayeredStoryPage, PodcastPage

from .conftest import E2E

pytestmark = E2E

VIEWPORTS = {"375": {"width": 375, "height": 812}, "1280": {"width": 1280, "height": 900}}
PAGES = {"podcast": PodcastPage, "story": LayeredStoryPage}  # the story's chapter 2 has an audio block


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("kind", PAGES)
def test_audio_players_have_their_natural_height(browser, demo_site, kind, width):
    model = PAGES[kind]
    page_of_demo = model.objects.live().filter(locale__language_code="vi").order_by("pk").first()
    assert page_of_demo is not None
    context = browser.new_context(viewport=VIEWPORTS[width], locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{page_of_demo.url}")
        players = page.locator("audio.player")
        assert players.count() >= 1
        for index in range(players.count()):
            player = players.nth(index)
            player.scroll_into_view_if_needed()
            box = player.bounding_box()
            assert box is not None
            assert box["height"] > 20, f"audio player {index} is {box['height']} px tall at {width} px"
            assert box["width"] > 200
            assert player.is_visible()
    finally:
        context.close()
