import pytest

from multimedia.factories import (
    GalleryPageFactory,
    InfographicPageFactory,
    LayeredStoryPageFactory,
    PodcastPageFactory,
    VideoPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory", [LayeredStoryPageFactory, VideoPageFactory, GalleryPageFactory, InfographicPageFactory, PodcastPageFactory]
)
def test_renders(client, hub, factory):
    page = factory(parent=hub)
    r = client.get(page.url)
    assert r.status_code == 200, r.content.decode()[:3000]
    assert page.accessibility_problems() == []
    r = client.get(hub.url)
    assert r.status_code == 200
    assert page.title in r.content.decode()
    r = client.get("/")
    assert page.title in r.content.decode()
