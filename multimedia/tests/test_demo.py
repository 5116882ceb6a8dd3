"""The multimedia demo content: what the issue asks for, accessible, and idempotent."""

import re

import pytest
from django.core.management import call_command

from multimedia import demo_media
from multimedia.demo_media.scripts import EPISODES, STORY_NARRATION, VIDEOS, transcript
from multimedia.models import (
    GalleryPage,
    InfographicPage,
    LayeredStoryPage,
    MultimediaIndexPage,
    PodcastPage,
    PortalMedia,
    VideoPage,
)

pytestmark = pytest.mark.django_db


def counts():
    models = [MultimediaIndexPage, LayeredStoryPage, VideoPage, GalleryPage, InfographicPage, PodcastPage, PortalMedia]
    return {model.__name__: model.objects.count() for model in models}


def test_demo_has_every_format_passes_the_checks_and_is_idempotent(client, demo):
    first = counts()
    assert first == {
        "MultimediaIndexPage": 2,  # Vietnamese and English
        "LayeredStoryPage": 3,  # the flagship, and the English edition's story in both languages
        "VideoPage": 2,
        "GalleryPage": 3,
        "InfographicPage": 3,
        "PodcastPage": 1,
        "PortalMedia": 5,  # 2 videos, 2 episodes, the story's narration
    }
    story = LayeredStoryPage.objects.filter(locale__language_code="vi").order_by("pk").first()
    assert len(story.chapters) >= 4 and 3 <= len(story.key_points) <= 5
    assert len(PodcastPage.objects.get().episode_list()) == 2
    for model in (LayeredStoryPage, VideoPage, GalleryPage, InfographicPage, PodcastPage):
        for page in model.objects.all():
            assert page.live
            assert page.accessibility_problems() == [], page.title
            assert client.get(page.url).status_code == 200
    html = client.get("/").content.decode()
    assert 'class="slot slot--multimedia"' in html
    assert client.get("/en/multimedia/").status_code == 200
    call_command("seed_demo", "--only", "multimedia", verbosity=0)
    assert counts() == first


def test_demo_videos_are_self_hosted_with_captions_in_both_languages_and_make_up_no_youtube_address(client, demo):
    """Issue 19: the demo's videos were YouTube embeds with made-up ids that could never play."""
    pages = VideoPage.objects.filter(locale__language_code="vi").select_related("video")
    assert {page.title for page in pages} == {video["title"] for video in VIDEOS}
    assert not VideoPage.objects.exclude(youtube_url="").exists()
    for page in pages:
        video = page.video
        assert video is not None and video.type == "video" and video.filename.endswith(".mp4")
        assert video.thumbnail and video.thumbnail.name.endswith(".jpg")
        assert [track["language"] for track in video.caption_tracks] == ["vi", "en"]
        assert video.duration >= 60, video.title
        html = client.get(page.url).content.decode()
        assert f'<source src="{video.url}" type="video/mp4">' in html
        assert 'srclang="vi"' in html and 'srclang="en"' in html
        assert "youtube-nocookie" not in html and "<iframe" not in html


def test_demo_recordings_are_a_minute_or_more_of_speech_with_exact_transcripts(demo):
    recordings = {recording["title"]: recording for recording in [*VIDEOS, *EPISODES, STORY_NARRATION]}
    media = list(PortalMedia.objects.all())
    assert {item.title for item in media} == set(recordings)
    made = demo_media.manifest()
    for item in media:
        recording = recordings[item.title]
        assert item.transcript == transcript(recording)
        assert len(item.transcript.split()) >= 100, item.title  # a real passage, not a two-sentence stub
        assert item.duration == made[recording["name"]]["duration"] >= 60, item.title
        assert item.file.size == demo_media.path(made[recording["name"]]["file"]).stat().st_size
    episodes = PodcastPage.objects.get().episode_list()
    assert {episode["audio"].title for episode in episodes} == {episode["title"] for episode in EPISODES}


def test_committed_demo_media_are_what_the_manifest_says():
    """The files `tools/make_demo_media.py` made, and captions cues that fit in each video."""
    made = demo_media.manifest()
    for entry in made.values():
        assert demo_media.path(entry["file"]).stat().st_size == entry["size"] - (
            demo_media.path(entry["poster"]).stat().st_size if "poster" in entry else 0
        )
    for video in VIDEOS:
        sentences = [sentence for slide in video["slides"] for sentence in slide["sentences"]]
        for key in ("captions_vi", "captions_en"):
            vtt = demo_media.path(made[video["name"]][key]).read_text(encoding="utf-8")
            ends = re.findall(r" --> (\d\d):(\d\d):(\d\d\.\d\d\d)", vtt)
            assert vtt.startswith("WEBVTT") and len(ends) == len(sentences)
            hours, minutes, seconds = ends[-1]
            assert int(hours) * 3600 + int(minutes) * 60 + float(seconds) <= made[video["name"]]["duration"]
