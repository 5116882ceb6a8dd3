"""A reporter (a newsroom user, not a superuser) picks or uploads a video in the video page's chooser; the duration
and size are read from the file; the accessibility gate tells them where they can add the captions (issue 20, 3)."""

import json
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.models import Collection
from wagtail.test.utils.form_data import nested_form_data, rich_text

from multimedia.factories import WEBVTT, PortalMediaFactory
from multimedia.models import PortalMedia, VideoPage
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.setup import setup_newsroom

pytestmark = pytest.mark.django_db

FILES = Path(__file__).resolve().parent.parent / "demo_media" / "files"
MANIFEST = json.loads((FILES / "manifest.json").read_text())


@pytest.fixture
def reporter(client, hub, settings):
    settings.LANGUAGE_CODE = "vi"
    setup_newsroom()
    user = UserFactory(username="phongvien", role="reporters")
    assert not user.is_superuser
    client.force_login(user)
    return user


def vi(message, **params):
    with translation.override("vi"):
        return translation.gettext(message) % params


def video_page_data(media, **fields):
    data = {
        "title": "Phóng sự: Hồ Núi Cốc mùa nước lên",
        "slug": "",
        "seo_title": "",
        "search_description": "",
        "social_text": "",
        "summary": "",
        "video": media.pk,
        "youtube_url": "",
        "poster": "",
        "duration": "",
        "description": rich_text("<p>Phóng sự.</p>"),
        "transcript": "",
        "cover_image": "",
        "action-submit": "1",
    }
    data.update(fields)
    return nested_form_data(data)


def upload(client, name, media_type="video", **fields):
    data = {
        "media-chooser-upload-title": "Hồ Núi Cốc",
        "media-chooser-upload-file": SimpleUploadedFile(name, (FILES / name).read_bytes()),
        "media-chooser-upload-collection": str(Collection.get_first_root_node().pk),
        "media-chooser-upload-duration": "5",  # what the editor typed: the file knows better
        "media-chooser-upload-captions_language": "vi",
        "media-chooser-upload-transcript": "",
        "media-chooser-upload-tags": "",
    }
    data.update(fields)
    return client.post(f"/admin/media/{media_type}/chooser/upload/", data)


def test_the_reporter_chooses_and_uploads_a_video_in_the_chooser_and_submits_the_page(client, reporter, hub):
    # The page form shows wagtailmedia's video chooser, not a list of every file.
    html = client.get(f"/admin/pages/add/multimedia/videopage/{hub.pk}/").content.decode()
    assert 'name="video"' in html and '<select name="video"' not in html
    assert "/admin/media/chooser/video/" in html

    # The chooser opens for them with an upload tab for video only.
    response = client.get("/admin/media/chooser/video/")
    assert response.status_code == 200
    chooser = response.json()["html"]
    assert "/admin/media/video/chooser/upload/" in chooser
    assert 'name="media-chooser-upload-file"' in chooser
    assert "/admin/media/audio/chooser/upload/" not in chooser

    # The upload (through our PortalMedia form) is chosen at once, its duration and size read from the file.
    response = upload(client, "video-ho-nui-coc.mp4")
    assert response.json()["step"] == "media_chosen", response.content.decode()[:3000]
    media = PortalMedia.objects.get()
    expected = MANIFEST["video-ho-nui-coc"]
    assert media.type == "video" and media.uploaded_by_user == reporter
    assert media.duration == pytest.approx(expected["duration"], abs=0.5)
    assert (media.width, media.height) == (expected["width"], expected["height"])

    # Submitting without captions is refused with a message saying where the reporter can add them.
    html = client.post(f"/admin/pages/add/multimedia/videopage/{hub.pk}/", video_page_data(media)).content.decode()
    assert not VideoPage.objects.exists()
    message = vi(
        "The video “%(title)s” has no captions: open it with “Edit this video” under the video chooser and "
        "upload its WebVTT captions file.",
        title=media.title,
    )
    assert message in html
    # ... and they can: the chooser's edit link opens their own file.
    assert client.get(f"/admin/media/edit/{media.pk}/").status_code == 200
    media.captions.save("phu-de.vtt", ContentFile(WEBVTT.encode()))
    media.transcript = "Hồ Núi Cốc rộng 25 km²."
    media.save()

    response = client.post(f"/admin/pages/add/multimedia/videopage/{hub.pk}/", video_page_data(media))
    assert response.status_code == 302
    page = VideoPage.objects.get()
    assert not page.live and page.current_workflow_state is not None
    assert page.duration_seconds == 66


def test_an_mp3_uploaded_in_the_audio_chooser_gets_its_duration_from_the_file(client, reporter):
    assert "/admin/media/audio/chooser/upload/" in client.get("/admin/media/chooser/audio/").json()["html"]
    response = upload(client, "chuyen-tra-tap-1.mp3", media_type="audio", **{"media-chooser-upload-title": "Tập 1"})
    assert response.json()["step"] == "media_chosen", response.content.decode()[:3000]
    media = PortalMedia.objects.get()
    assert media.type == "audio" and media.duration == pytest.approx(MANIFEST["chuyen-tra-tap-1"]["duration"], 0.5)


def test_a_file_renamed_to_mp4_is_refused_in_the_chooser_upload(client, reporter):
    data = {"media-chooser-upload-file": SimpleUploadedFile("gia.mp4", b"MZ" + b"\x00" * 500)}
    response = upload(client, "video-ho-nui-coc.mp4", **data)
    assert response.json()["step"] == "chooser"
    assert not PortalMedia.objects.exists()


def test_a_reporter_who_may_not_change_the_file_is_told_whom_to_ask(client, reporter, hub):
    other = PortalMediaFactory(title="Phóng sự của người khác", captions=None, transcript="")
    html = client.post(f"/admin/pages/add/multimedia/videopage/{hub.pk}/", video_page_data(other)).content.decode()
    message = vi(
        "The video “%(title)s” has no captions: you may not change this file; ask an editor or the person who "
        "uploaded it to add its WebVTT captions, or choose another video.",
        title=other.title,
    )
    assert message in html
    assert client.get(f"/admin/media/edit/{other.pk}/").status_code != 200
    assert not VideoPage.objects.exists()


@pytest.mark.parametrize(
    ("model_name", "chooser_urls"),
    [
        ("podcastpage", ["/admin/media/chooser/audio/"]),
        ("layeredstorypage", ["/admin/media/chooser/audio/", "/admin/media/chooser/video/"]),
    ],
)
def test_the_podcast_and_the_layered_story_blocks_use_the_typed_choosers(
    client, reporter, hub, model_name, chooser_urls
):
    html = client.get(f"/admin/pages/add/multimedia/{model_name}/{hub.pk}/").content.decode()
    for url in chooser_urls:
        assert url.replace("/", "\\/") in html or url in html


def test_the_media_area_reads_the_duration_too_and_again_when_the_file_is_replaced(client, reporter):
    def post(url, name, title):
        return client.post(
            url,
            {
                "title": title,
                "file": SimpleUploadedFile(name, (FILES / name).read_bytes()),
                "collection": str(Collection.get_first_root_node().pk),
                "duration": "5",
                "captions_language": "vi",
                "transcript": "",
                "tags": "",
            },
        )

    response = post("/admin/media/video/add/", "video-mua-che-xuan-tan-cuong.mp4", "Mùa chè xuân")
    assert response.status_code == 302, response.content.decode()[:2000]
    media = PortalMedia.objects.get()
    assert media.duration == pytest.approx(MANIFEST["video-mua-che-xuan-tan-cuong"]["duration"], abs=0.5)
    response = post(f"/admin/media/edit/{media.pk}/", "video-ho-nui-coc.mp4", "Mùa chè xuân")
    assert response.status_code == 302, response.content.decode()[:2000]
    media.refresh_from_db()
    assert media.duration == pytest.approx(MANIFEST["video-ho-nui-coc"]["duration"], abs=0.5)
