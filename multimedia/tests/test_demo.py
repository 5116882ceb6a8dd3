"""The multimedia demo content: what the issue asks for, accessible, and idempotent."""

import pytest
from django.core.management import call_command

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
        "VideoPage": 3,
        "GalleryPage": 3,
        "InfographicPage": 3,
        "PodcastPage": 1,
        "PortalMedia": 3,
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
