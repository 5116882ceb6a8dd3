"""Our media chooser block and the accessibility walk through nested blocks."""

import pytest
from wagtail.rich_text import RichText

from multimedia.blocks import ChapterBlock, MediaChooserBlock
from multimedia.factories import PortalMediaFactory
from thainguyen_portal.core.factories import ImageFactory
from thainguyen_portal.core.pages.accessibility import walk

pytestmark = pytest.mark.django_db


def test_media_chooser_block_offers_only_its_media_type():
    video = PortalMediaFactory(title="Phóng sự")
    audio = PortalMediaFactory(audio=True, title="Bản tin")
    assert list(MediaChooserBlock(media_type="video").field.queryset) == [video]
    assert list(MediaChooserBlock(media_type="audio").field.queryset) == [audio]
    assert MediaChooserBlock().to_python(audio.pk) == audio


def test_media_chooser_block_renders_a_light_player_with_captions():
    video = PortalMediaFactory(title="Phóng sự")
    html = MediaChooserBlock(media_type="video").render(video)
    assert 'preload="none"' in html
    assert f'<source src="{video.url}" type="video/webm">' in html
    assert f'<track kind="captions" src="{video.captions.url}" srclang="vi"' in html
    audio = PortalMediaFactory(audio=True, title="Bản tin")
    html = MediaChooserBlock(media_type="audio").render(audio)
    assert '<audio class="player player--audio" controls preload="none"' in html
    assert 'type="audio/mpeg"' in html
    assert "<track" not in html


def test_walk_finds_every_problem_deep_in_a_chapter():
    block = ChapterBlock()
    no_alt = ImageFactory(title="Ảnh thiếu mô tả", description="")
    no_captions = PortalMediaFactory(title="Video thiếu phụ đề", captions=None)
    silent = PortalMediaFactory(audio=True, title="Âm thanh thiếu bản chép", transcript="")
    value = block.to_python(
        {
            "title": "Chương 1",
            "body": [
                {
                    "type": "gallery",
                    "value": {"title": "", "photos": [{"image": no_alt.pk, "caption": "", "credit": ""}] * 2},
                },
                {"type": "video", "value": {"video": no_captions.pk, "caption": ""}},
                {"type": "audio", "value": {"audio": silent.pk, "caption": ""}},
                {"type": "infographic", "value": {"title": "Số liệu chè", "image": no_alt.pk, "text_alternative": ""}},
            ],
            "deeper": [],
        }
    )
    problems = walk(block, value)
    assert any("Ảnh thiếu mô tả" in p for p in problems)
    assert any("Video thiếu phụ đề" in p and "WebVTT" in p for p in problems)
    assert any("Âm thanh thiếu bản chép" in p for p in problems)
    assert any("Số liệu chè" in p for p in problems)
    value["body"][3].value["text_alternative"] = RichText("<p>22.000 ha</p>")
    assert not any("Số liệu chè" in p for p in walk(block, value))
