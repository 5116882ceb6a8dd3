"""Editors in the admin: every page type can be made, and publishing is refused while an accessibility piece is
missing, with a message naming it. Drafts may be saved with the problem."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from multimedia.factories import WEBVTT, WEBVTT_EN, PortalMediaFactory
from multimedia.models import GalleryPage, InfographicPage, LayeredStoryPage, PodcastPage, PortalMedia, VideoPage
from multimedia.samples import silent_mp3, tiny_webm
from thainguyen_portal.core.factories import ImageFactory

pytestmark = pytest.mark.django_db


# What the gate tells someone who may change the media file (here a superuser): where, in the page form, to fix it.
NO_CAPTIONS = (
    "The video “%(title)s” has no captions: open it with “Edit this video” under the video chooser and upload its "
    "WebVTT captions file."
)
NO_TRANSCRIPT = (
    "The video “%(title)s” has no transcript: open it with “Edit this video” under the video chooser and fill in "
    "its transcript, or write the transcript on this page."
)


def vi(message, **params):
    with translation.override("vi"):
        return translation.gettext(message) % params


def add(client, hub, model, fields, action="action-publish"):
    data = {"slug": "", "seo_title": "", "search_description": "", "social_text": "", "summary": "", action: "1"}
    data.update(fields)
    url = f"/admin/pages/add/multimedia/{model._meta.model_name}/{hub.pk}/"
    return client.post(url, nested_form_data(data))


def test_every_page_type_has_an_add_form(client, signed_in_superuser, site_tree, hub):
    assert client.get(f"/admin/pages/add/multimedia/multimediaindexpage/{site_tree.home.pk}/").status_code == 200
    for model in (LayeredStoryPage, VideoPage, GalleryPage, InfographicPage, PodcastPage):
        response = client.get(f"/admin/pages/add/multimedia/{model._meta.model_name}/{hub.pk}/")
        assert response.status_code == 200, model


def story_fields(image):
    chapter = {
        "title": "Những đồi chè đầu tiên",
        "body": streamfield(
            [
                ("paragraph", rich_text("<p>Chè Tân Cương được trồng trên những đồi thấp.</p>")),
                ("image", {"image": image.pk, "caption": "Đồi chè", "credit": "Ảnh: Quang Minh"}),
            ]
        ),
        "deeper": streamfield([("background", rich_text("<p>Cây chè về Tân Cương đầu thế kỷ XX.</p>"))]),
    }
    return {
        "title": "Chè Thái Nguyên – từ đồi chè đến thương hiệu quốc gia",
        "standfirst": "Hơn một thế kỷ, cây chè làm nên tên tuổi Thái Nguyên.",
        "cover_image": image.pk,
        "key_points": streamfield(
            [("point", "Hơn 22.000 ha chè."), ("point", "Chỉ dẫn địa lý."), ("point", "14.000 tỷ đồng.")]
        ),
        "key_figures": streamfield([("figure", {"value": "22.000", "unit": "ha", "label": "Diện tích chè"})]),
        "chapters": streamfield([("chapter", chapter)]),
        "sources": streamfield([]),
        "related": streamfield([]),
    }


def test_editor_creates_and_publishes_a_layered_story(client, signed_in_superuser, hub):
    image = ImageFactory(description="Đồi chè Tân Cương")
    response = add(client, hub, LayeredStoryPage, story_fields(image))
    assert response.status_code == 302, response.content.decode()[:3000]
    story = LayeredStoryPage.objects.get()
    assert story.live and story.slug == "che-thai-nguyen-tu-doi-che-den-thuong-hieu-quoc-gia"
    assert len(story.chapters) == 1 and len(story.key_points) == 3
    assert client.get(story.url).status_code == 200


def test_publishing_refuses_an_image_without_alt_text_and_a_draft_is_still_saved(client, signed_in_superuser, hub):
    image = ImageFactory(title="Đồi chè không mô tả", description="")
    response = add(client, hub, LayeredStoryPage, story_fields(image))
    assert response.status_code == 200
    assert vi("The image “%(title)s” has no alt text: fill in its description in Images.", title=image.title) in (
        response.content.decode()
    )
    assert not LayeredStoryPage.objects.exists()
    response = add(client, hub, LayeredStoryPage, story_fields(image), action="action-save")  # a draft
    assert response.status_code == 302
    assert not LayeredStoryPage.objects.get().live


def video_fields(**fields):
    values = {
        "title": "Video: Vụ chè xuân ở Tân Cương",
        "video": "",
        "youtube_url": "",
        "poster": "",
        "duration": "",
        "description": rich_text("<p>Phóng sự về vụ chè xuân.</p>"),
        "transcript": "",
        "cover_image": "",
    }
    values.update(fields)
    return values


def test_publishing_refuses_a_video_without_captions_or_transcript(client, signed_in_superuser, hub):
    bare = PortalMediaFactory(title="Phóng sự vụ chè xuân", captions=None, transcript="")
    html = add(client, hub, VideoPage, video_fields(video=bare.pk)).content.decode()
    assert vi(NO_CAPTIONS, title=bare.title) in html
    assert vi(NO_TRANSCRIPT, title=bare.title) in html
    assert not VideoPage.objects.exists()
    # The page's own transcript is enough for the transcript, not for the captions.
    html = add(client, hub, VideoPage, video_fields(video=bare.pk, transcript="Lời bình.")).content.decode()
    assert vi(NO_CAPTIONS, title=bare.title) in html
    assert vi(NO_TRANSCRIPT, title=bare.title) not in html
    # With captions and a transcript it is published.
    bare.captions.save("phu-de.vtt", ContentFile(WEBVTT.encode()))
    response = add(client, hub, VideoPage, video_fields(video=bare.pk, transcript="Lời bình."))
    assert response.status_code == 302
    assert VideoPage.objects.get().live


def test_publishing_refuses_a_youtube_video_without_captions_or_transcript(client, signed_in_superuser, hub):
    fields = video_fields(youtube_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    html = add(client, hub, VideoPage, fields).content.decode()
    assert vi("The YouTube video has no captions: turn them on in YouTube and tick the box.") in html
    assert vi("The YouTube video has no transcript: fill in the transcript.") in html
    response = add(client, hub, VideoPage, {**fields, "youtube_has_captions": "on", "transcript": "Lời bình."})
    assert response.status_code == 302
    assert VideoPage.objects.get().youtube_id == "dQw4w9WgXcQ"


def test_a_video_page_needs_exactly_one_video(client, signed_in_superuser, hub):
    html = add(client, hub, VideoPage, video_fields(transcript="Lời bình.")).content.decode()
    assert vi("Choose an uploaded video or enter a YouTube address (one of the two).") in html
    html = add(client, hub, VideoPage, video_fields(youtube_url="https://vimeo.com/1", transcript="x")).content.decode()
    assert vi("This is not the address of a YouTube video.") in html


def test_publishing_refuses_an_infographic_without_text_alternative(client, signed_in_superuser, hub):
    image = ImageFactory(description="Infographic chè Thái Nguyên")
    fields = {
        "title": "Chè Thái Nguyên bằng số liệu",
        "images": streamfield([("image", {"image": image.pk, "caption": "", "credit": ""})]),
        "text_alternative": rich_text(""),
        "cover_image": "",
    }
    html = add(client, hub, InfographicPage, fields).content.decode()
    assert vi("The infographic “%(title)s” has no text alternative.", title="Chè Thái Nguyên bằng số liệu") in html
    fields["text_alternative"] = rich_text("<p>Diện tích chè: 22.000 ha.</p>")
    assert add(client, hub, InfographicPage, fields).status_code == 302


def test_publishing_refuses_a_podcast_episode_without_transcript(client, signed_in_superuser, hub):
    audio = PortalMediaFactory(audio=True, title="Chuyện trà tập 1", transcript="")
    episode = {
        "title": "Tập 1: Người giữ nghề sao chè",
        "audio": audio.pk,
        "published": "2026-11-20",
        "show_notes": rich_text("<p>Trò chuyện với nghệ nhân.</p>"),
        "transcript": "",
    }
    fields = {
        "title": "Podcast: Chuyện trà",
        "intro": rich_text("<p>Chuyện trà Thái Nguyên.</p>"),
        "author": "Cổng TTĐT Thái Nguyên",
        "episodes": streamfield([("episode", episode)]),
        "cover_image": "",
    }
    html = add(client, hub, PodcastPage, fields).content.decode()
    assert vi("The episode “%(title)s” has no transcript.", title=episode["title"]) in html
    episode["transcript"] = "Xin chào quý thính giả."
    fields["episodes"] = streamfield([("episode", episode)])
    assert add(client, hub, PodcastPage, fields).status_code == 302
    assert PodcastPage.objects.get().episode_list()[0]["published"] == datetime.date(2026, 11, 20)


def test_gallery_page_is_created_in_the_admin(client, signed_in_superuser, hub):
    image = ImageFactory(description="Hồ Núi Cốc")
    fields = {
        "title": "Ảnh: Hồ Núi Cốc mùa thu",
        "intro": "Hồ Núi Cốc trong nắng thu.",
        "photos": streamfield([("photo", {"image": image.pk, "caption": "Hồ Núi Cốc", "credit": "Ảnh: Thu Hằng"})]),
        "cover_image": image.pk,
    }
    assert add(client, hub, GalleryPage, fields).status_code == 302
    assert Page.objects.get(slug="anh-ho-nui-coc-mua-thu").live


def test_media_upload_in_the_admin_keeps_captions_and_transcript(client, signed_in_superuser):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        "/admin/media/video/add/",
        {
            "title": "Phóng sự Hồ Núi Cốc",
            "file": SimpleUploadedFile("ho-nui-coc.webm", tiny_webm(), content_type="video/webm"),
            "collection": "1",
            "duration": "95",
            "captions": SimpleUploadedFile("ho-nui-coc.vtt", WEBVTT.encode(), content_type="text/vtt"),
            "captions_language": "vi",
            "second_captions": SimpleUploadedFile("ho-nui-coc-en.vtt", WEBVTT_EN.encode(), content_type="text/vtt"),
            "transcript": "Hồ Núi Cốc rộng 25 km².",
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    media = PortalMedia.objects.get()
    assert media.captions.name.endswith(".vtt") and media.transcript == "Hồ Núi Cốc rộng 25 km²."
    assert [track["language"] for track in media.caption_tracks] == ["vi", "en"]


def test_media_upload_refuses_a_type_we_do_not_allow_and_a_captions_file_that_is_not_webvtt(
    client, signed_in_superuser
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        "/admin/media/audio/add/",
        {
            "title": "Bản ghi",
            "file": SimpleUploadedFile("ban-ghi.wav", silent_mp3(), content_type="audio/wav"),
            "collection": "1",
            "duration": "1",
            "captions": SimpleUploadedFile("phu-de.vtt", b"1\n00:00:00,000 --> 00:00:01,000\nSRT\n"),
            "captions_language": "vi",
            "second_captions": SimpleUploadedFile("subtitles.srt", b"1\n00:00:00,000 --> 00:00:01,000\nSRT\n"),
            "transcript": "",
            "tags": "",
        },
    )
    assert response.status_code == 200
    assert not PortalMedia.objects.exists()
    form = response.context["form"]
    assert "wav" in str(form.errors["__all__"]) and "mp3, m4a, ogg" in str(form.errors["__all__"])
    assert "captions" in form.errors
    assert "second_captions" in form.errors


@pytest.mark.parametrize(
    ("kind", "setting"), [("video", "MULTIMEDIA_MAX_VIDEO_SIZE"), ("audio", "MULTIMEDIA_MAX_AUDIO_SIZE")]
)
def test_media_larger_than_the_limit_is_refused(settings, kind, setting):
    from django.core.exceptions import ValidationError

    media = PortalMediaFactory.build(audio=kind == "audio")
    settings.__setattr__(setting, media.file.size - 1)
    with pytest.raises(ValidationError) as refused:
        media.clean()
    assert "file" in refused.value.message_dict
    settings.__setattr__(setting, media.file.size)
    media.clean()
