"""A reporter (made by an administrator in the admin, not a superuser) writes a video page, uploads
its video with captions in the video chooser, and submits the page for review (issue 20, item 3)."""

from pathlib import Path

from .admin import sign_in, users_made_by_administrator
from .conftest import E2E

pytestmark = E2E

PASSWORD = "mat-khau-phong-vien-2026"
TITLE = "Phóng sự: Hồ Núi Cốc mùa nước lên"
FILES = Path(__file__).resolve().parents[2] / "multimedia" / "demo_media" / "files"


def test_reporter_uploads_a_video_in_the_chooser_and_submits_the_page(browser, demo_site, screenshots):
    from multimedia.models import MultimediaIndexPage, PortalMedia, VideoPage

    [user] = users_made_by_administrator(
        browser, demo_site.url, [("phongvien-video", "reporters", "Ngô Thanh", "Tùng")], password=PASSWORD
    )
    hub = MultimediaIndexPage.objects.get(locale__language_code="vi")

    context, page = sign_in(browser, demo_site.url, user.username, PASSWORD, locale=None)
    try:
        page.goto(f"{demo_site.url}/admin/pages/add/multimedia/videopage/{hub.pk}/")
        page.fill("#id_title", TITLE)
        assert page.locator("select[name=video]").count() == 0
        page.get_by_role("button", name="Chọn video").first.click()
        modal = page.locator(".modal-dialog")
        upload_tab = modal.get_by_role("tab", name="Tải lên video")
        upload_tab.wait_for()
        upload_tab.click()
        modal.locator("#id_media-chooser-upload-file").wait_for()
        page.locator(".modal").evaluate("element => element.scrollTo(0, 0)")
        page.screenshot(path=str(screenshots / "reporter-media-chooser-1280.png"))
        modal.locator("#id_media-chooser-upload-title").fill("Hồ Núi Cốc mùa nước lên")
        modal.locator("#id_media-chooser-upload-file").set_input_files(str(FILES / "video-ho-nui-coc.mp4"))
        modal.locator("#id_media-chooser-upload-captions").set_input_files(str(FILES / "video-ho-nui-coc.vi.vtt"))
        modal.locator("#id_media-chooser-upload-transcript").fill("Hồ Núi Cốc nằm ở phía tây thành phố Thái Nguyên.")
        modal.locator("#id_media-chooser-upload-file").evaluate("input => input.form.requestSubmit()")
        modal.wait_for(state="detached")
        chosen = page.locator("[data-chooser-title], .chooser__title").first
        chosen.wait_for()
        assert "Hồ Núi Cốc mùa nước lên" in chosen.inner_text()
        page.screenshot(path=str(screenshots / "reporter-media-chosen-1280.png"), full_page=False)

        submit = page.locator("footer button[name='action-submit']")
        if not submit.is_visible():
            page.locator("footer [data-w-dropdown-target='toggle']").first.click()
        submit.click()
        page.wait_for_url("**/admin/pages/*/")
    finally:
        context.close()

    media = PortalMedia.objects.get(title="Hồ Núi Cốc mùa nước lên")
    assert media.uploaded_by_user_id == user.pk and media.captions
    assert abs(media.duration - 66.4) < 0.5 and (media.width, media.height) == (640, 360)
    video_page = VideoPage.objects.get(title=TITLE)
    assert video_page.video_id == media.pk
    assert not video_page.live and video_page.current_workflow_state is not None
