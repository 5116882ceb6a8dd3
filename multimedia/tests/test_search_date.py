"""Search dates (issue 18): a podcast gives its newest episode's date; the other formats have no date of their own
and show their first publication, which the index then uses too."""

import datetime

import pytest

from multimedia.factories import PodcastPageFactory
from multimedia.models import GalleryPage, InfographicPage, LayeredStoryPage, PodcastPage, VideoPage

pytestmark = pytest.mark.django_db


def test_a_podcast_gives_its_newest_episodes_date(hub):
    podcast = PodcastPageFactory(parent=hub)  # episodes of 1 and 2 November 2026
    podcast.save_revision().publish()
    podcast = PodcastPage.objects.get(pk=podcast.pk)
    assert podcast.search_date() == datetime.date(2026, 11, 2)
    assert podcast.first_published_at.date() != datetime.date(2026, 11, 2)


def test_a_podcast_without_episodes_gives_none(hub):
    podcast = PodcastPageFactory(parent=hub, episodes=[])
    assert PodcastPage.objects.get(pk=podcast.pk).search_date() is None


def test_the_other_formats_have_no_date_of_their_own():
    for model in (LayeredStoryPage, VideoPage, GalleryPage, InfographicPage):
        assert not hasattr(model, "search_date"), model
