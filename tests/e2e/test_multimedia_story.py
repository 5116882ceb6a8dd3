"""The layered story, a gallery's lightbox and a captioned video, in a real browser, checked by axe-core."""

import re

import pytest

from .conftest import E2E, serious_violations

pytestmark = E2E

VIEWPORTS = {"375": {"width": 375, "height": 812}, "1280": {"width": 1280, "height": 900}}
STORY = "/da-phuong-tien/che-thai-nguyen-tu-nhung-doi-che-den-thuong-hieu-quoc-gia/"


@pytest.mark.parametrize("width", VIEWPORTS)
def test_layered_story_quick_and_full_reading_chapter_menu_and_deeper_layer(browser, demo_site, screenshots, width):
    context = browser.new_context(viewport=VIEWPORTS[width], locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{STORY}")
        assert page.locator("h1").inner_text() == "Chè Thái Nguyên: từ những đồi chè đến thương hiệu quốc gia"
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / f"multimedia-story-{width}.png"), full_page=True)

        # "Đọc nhanh" leaves layer 1 only; "Đọc đầy đủ" brings the chapters back.
        quick = page.get_by_role("button", name="Đọc nhanh")
        full = page.get_by_role("button", name="Đọc đầy đủ")
        chapters = page.locator("#noi-dung")
        assert full.get_attribute("aria-pressed") == "true"
        quick.click()
        assert quick.get_attribute("aria-pressed") == "true"
        assert chapters.is_hidden()
        assert page.get_by_text("Thái Nguyên có hơn 22.000 ha chè, diện tích lớn thứ hai cả nước.").is_visible()
        full.click()
        assert chapters.is_visible()

        # The chapter menu takes the reader to a chapter and marks it; the progress bar moves.
        progress = page.locator(".mm-progress")
        assert progress.is_visible()
        before = int(progress.get_attribute("value"))
        menu = page.get_by_role("navigation", name="Các chương")
        menu.get_by_role("link", name="Thương hiệu quốc gia").click()
        # A same-document (hash) navigation: wait for the address, not for a "load" event.
        # (Not wait_for_function: Playwright may compile a string predicate with eval, which the portal's strict
        # Content Security Policy forbids; waiting on the address and on attributes needs no script of ours.)
        page.wait_for_url("**#chuong-4", wait_until="commit")
        page.wait_for_selector('[data-chapter-menu] a[href="#chuong-4"][aria-current="location"]')
        for _ in range(50):
            if int(float(progress.get_attribute("value") or 0)) > before:
                break
            page.wait_for_timeout(100)
        assert int(float(progress.get_attribute("value") or 0)) > before

        # "Tìm hiểu thêm" opens the deeper layer of a chapter.
        deeper = page.get_by_role("button", name=re.compile(r"Tìm hiểu thêm\W+Những đồi chè đầu tiên"))
        assert deeper.get_attribute("aria-expanded") == "false"
        background = page.get_by_text("Chè trung du là giống chè lá nhỏ")
        assert background.is_hidden()
        deeper.click()
        assert deeper.get_attribute("aria-expanded") == "true"
        assert background.is_visible()
        assert serious_violations(page) == []
    finally:
        context.close()


def test_layered_story_is_whole_without_javascript(browser, demo_site):
    context = browser.new_context(viewport=VIEWPORTS["375"], java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{STORY}")
        assert page.get_by_text("Chè trung du là giống chè lá nhỏ").is_visible()  # layer 3 is open
        assert page.locator("#chuong-5").is_visible()
        assert page.get_by_role("link", name="Đọc nhanh").get_attribute("href") == "#tom-tat"
        assert page.locator(".mm-progress").is_hidden()
        page.emulate_media(media="print")
        assert page.locator(".mm-chapter-menu").is_hidden()
        assert page.get_by_text("Chè trung du là giống chè lá nhỏ").is_visible()
    finally:
        context.close()


def test_gallery_lightbox_by_keyboard_alone(browser, demo_site, screenshots):
    context = browser.new_context(viewport=VIEWPORTS["1280"], locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}/da-phuong-tien/anh-ho-nui-coc-mua-thu/")
        assert serious_violations(page) == []
        first = page.locator(".mm-gallery__link").first
        for _ in range(80):  # Tab through the page to the first photo
            page.keyboard.press("Tab")
            if first.evaluate("element => element === document.activeElement"):
                break
        else:
            pytest.fail("the first photo cannot be reached with Tab")
        page.keyboard.press("Enter")
        dialog = page.get_by_role("dialog", name="Xem ảnh")
        assert dialog.is_visible()
        count = dialog.locator(".mm-lightbox__count")
        assert count.inner_text() == "1/4"
        assert dialog.locator(".mm-lightbox__caption").inner_text().startswith("Mặt hồ Núi Cốc buổi sớm.")
        page.keyboard.press("ArrowRight")
        assert count.inner_text() == "2/4"
        assert (
            dialog.locator(".mm-lightbox__image").get_attribute("alt")
            == "Minh họa: mặt hồ giữa những dãy núi – Hồ Núi Cốc giữa trưa"
        )
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("ArrowLeft")
        assert count.inner_text() == "4/4"  # it wraps round
        page.screenshot(path=str(screenshots / "multimedia-lightbox-1280.png"))
        page.keyboard.press("Escape")
        assert dialog.is_hidden()
        assert first.evaluate("element => element === document.activeElement")  # focus goes back to the photo
    finally:
        context.close()


def test_uploaded_video_has_its_captions_track(browser, demo_site, screenshots):
    from multimedia.factories import PortalMediaFactory, VideoPageFactory
    from multimedia.models import MultimediaIndexPage

    hub = MultimediaIndexPage.objects.get(locale__language_code="vi")
    video = VideoPageFactory(parent=hub, title="Video: Phóng sự Tân Cương", video=PortalMediaFactory())
    context = browser.new_context(viewport=VIEWPORTS["375"], locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{video.url}")
        track = page.locator("video track")
        assert track.get_attribute("kind") == "captions"
        assert track.get_attribute("srclang") == "vi"
        assert page.locator("video").get_attribute("preload") == "none"
        assert page.evaluate("document.querySelector('video').textTracks.length") == 1
        captions = page.request.get(f"{demo_site.url}{track.get_attribute('src')}")
        assert captions.ok and captions.text().startswith("WEBVTT")
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / "multimedia-video-375.png"), full_page=True)
    finally:
        context.close()
