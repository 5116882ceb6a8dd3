"""Captions in two languages: a first WebVTT track and an optional second one in the other language, each a
`<track>` with its `srclang`, the page's own language shown by default (issue 19)."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation

from multimedia.blocks import MediaChooserBlock
from multimedia.factories import WEBVTT, WEBVTT_EN, PortalMediaFactory, VideoPageFactory

pytestmark = pytest.mark.django_db


def bilingual(**fields):
    return PortalMediaFactory(
        title="Mùa chè xuân", second_captions=ContentFile(WEBVTT_EN.encode(), name="phu-de-en.vtt"), **fields
    )


def tracks(html):
    return re.findall(r"<track [^>]*>", html)


@pytest.mark.parametrize(("language", "default"), [("vi", "vi"), ("en", "en")])
def test_a_video_with_two_caption_tracks_renders_both_and_defaults_to_the_page_language(language, default):
    video = bilingual()
    with translation.override(language):
        html = MediaChooserBlock(media_type="video").render(video)
    found = tracks(html)
    assert len(found) == 2
    assert f'src="{video.captions.url}" srclang="vi" label="Tiếng Việt"' in found[0]
    assert f'src="{video.second_captions.url}" srclang="en" label="English"' in found[1]
    assert [("default" in tag) for tag in found] == [default == "vi", default == "en"]


def test_the_second_track_is_vietnamese_when_the_first_is_english():
    video = bilingual(captions_language="en")
    with translation.override("vi"):
        found = tracks(MediaChooserBlock(media_type="video").render(video))
    assert ['srclang="en"' in found[0], 'srclang="vi"' in found[1]] == [True, True]
    assert "default" in found[1] and "default" not in found[0]


def test_one_track_is_the_default_whatever_the_page_language():
    video = PortalMediaFactory(title="Chỉ tiếng Việt")
    with translation.override("en"):
        found = tracks(MediaChooserBlock(media_type="video").render(video))
    assert len(found) == 1 and 'srclang="vi"' in found[0] and found[0].endswith(" default>")


def test_the_video_page_renders_both_tracks(client, hub):
    page = VideoPageFactory(parent=hub, title="Video: Hai thứ tiếng", video=bilingual())
    html = client.get(page.url).content.decode()
    found = tracks(html)
    assert len(found) == 2 and 'srclang="vi"' in found[0] and 'srclang="en"' in found[1]


def test_the_second_track_must_be_webvtt_and_needs_a_first_one():
    video = PortalMediaFactory.build(
        title="Sai định dạng", captions=None, second_captions=ContentFile(b"1\n00:00:00,000 --> x\n", name="a.srt")
    )
    with pytest.raises(ValidationError) as error:
        video.full_clean(exclude=["file", "collection"])
    assert "second_captions" in error.value.message_dict
    video.second_captions = ContentFile(WEBVTT_EN.encode(), name="phu-de-en.vtt")
    with pytest.raises(ValidationError) as error:
        video.clean()
    assert "second_captions" in error.value.message_dict
    video.captions = ContentFile(WEBVTT.encode(), name="phu-de.vtt")
    video.clean()
