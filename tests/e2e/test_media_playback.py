"""The demo's video and podcast play in Chromium at phone and desktop widths (issue 19: the demo's videos were
YouTube embeds with made-up ids and its episodes 5-second silent stubs; nothing could play, nothing was captioned).

Each test finds a visible player, plays it (muted: a page may play muted media without a gesture), waits until its
`currentTime` has moved past one second and, for the video, until a cue of its Vietnamese captions track is shown.
Screenshots go to var/screenshots/ (video-375.png, podcast-1280.png, ...)."""

import pytest

from multimedia import demo_media
from multimedia.demo_media.scripts import VIDEOS
from multimedia.models import PodcastPage, VideoPage

from .conftest import E2E

pytestmark = E2E

VIEWPORTS = {"375": {"width": 375, "height": 812}, "1280": {"width": 1280, "height": 900}}
PLAYING = "element => element.currentTime > 1 && !element.paused && !element.error"


def open_page(browser, demo_site, page_of_demo, width):
    context = browser.new_context(viewport=VIEWPORTS[width], locale="vi-VN")
    page = context.new_page()
    page.goto(f"{demo_site.url}{page_of_demo.url}")
    return context, page


def visible_player(page, selector):
    player = page.locator(selector).first
    player.scroll_into_view_if_needed()
    box = player.bounding_box()
    assert box is not None and box["height"] > 0 and box["width"] > 200, f"{selector}: {box}"
    assert player.is_visible()
    return player


def play(page, player):
    player.evaluate("element => { element.muted = true; return element.play(); }")
    page.wait_for_function(PLAYING, arg=player.element_handle(), timeout=15_000)


@pytest.mark.parametrize("width", VIEWPORTS)
def test_the_demo_video_plays_with_its_captions(browser, demo_site, screenshots, width):
    recording = VIDEOS[0]
    video_page = VideoPage.objects.live().get(title=recording["title"], locale__language_code="vi")
    made = demo_media.manifest()[recording["name"]]
    captions = demo_media.path(made["captions_vi"]).read_text(encoding="utf-8")
    context, page = open_page(browser, demo_site, video_page, width)
    try:
        player = visible_player(page, "video.player")
        assert player.evaluate("video => [...video.querySelectorAll('track')].map(t => t.srclang)") == ["vi", "en"]
        assert player.evaluate("video => video.canPlayType('video/mp4; codecs=\"avc1.4D401E, mp4a.40.2\"')")
        player.evaluate("video => { video.textTracks[0].mode = 'showing'; }")
        play(page, player)
        page.wait_for_function(
            "video => video.textTracks[0].activeCues && video.textTracks[0].activeCues.length > 0",
            arg=player.element_handle(),
            timeout=15_000,
        )
        cue = player.evaluate("video => video.textTracks[0].activeCues[0].text")
        assert cue.strip() and cue in captions, cue
        assert player.evaluate("video => video.textTracks[0].language") == "vi"
        assert player.evaluate("video => video.duration") == pytest.approx(made["duration"], abs=0.5)
        player.evaluate("video => video.scrollIntoView({block: 'center'})")
        page.screenshot(path=str(screenshots / f"video-{width}.png"))
    finally:
        context.close()


@pytest.mark.parametrize("width", VIEWPORTS)
def test_a_podcast_episode_plays(browser, demo_site, screenshots, width):
    podcast = PodcastPage.objects.live().filter(locale__language_code="vi").order_by("pk").first()
    context, page = open_page(browser, demo_site, podcast, width)
    try:
        player = visible_player(page, "audio.player")
        play(page, player)
        assert player.evaluate("audio => audio.duration") >= 60
        page.screenshot(path=str(screenshots / f"podcast-{width}.png"))
    finally:
        context.close()
