"""JSON-LD and the share bar on every multimedia page (issue 19): one valid block per page, absolute URLs."""

import json
import re

import pytest

from multimedia.factories import (
    GalleryPageFactory,
    InfographicPageFactory,
    LayeredStoryPageFactory,
    PodcastPageFactory,
    VideoPageFactory,
)
from tests.helpers import html_of

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, page):
    html = html_of(client, page.url)
    blocks = [json.loads(text) for text in SCRIPT.findall(html)]
    assert blocks, "no JSON-LD"
    return html, {block["@type"]: block for block in blocks}


def absolute(url):
    return url.startswith(("http://testserver/", "https://"))


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def assert_share_bar(html, page):
    assert 'class="share"' in html
    assert "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2F" in html
    assert "https://sp.zalo.me/share_inline?d=http%3A%2F%2Ftestserver%2F" in html
    assert f'data-copy-url="http://testserver{page.url}"' in html


def test_uploaded_video_is_a_video_object(client, hub):
    page = published(VideoPageFactory(parent=hub))
    html, blocks = json_ld(client, page)
    video = blocks["VideoObject"]
    assert video["@context"] == "https://schema.org"
    assert video["name"] == page.title
    assert video["description"]
    assert video["url"] == f"http://testserver{page.url}"
    assert video["uploadDate"] == page.first_published_at.isoformat()
    assert all(absolute(url) for url in video["thumbnailUrl"])
    assert video["thumbnailUrl"][0].endswith(page.poster.file.url)
    assert absolute(video["contentUrl"]) and video["contentUrl"].endswith(page.video.url)
    assert video["duration"] == "PT1M35S"
    assert video["publisher"]["@type"] == "Organization" and absolute(video["publisher"]["logo"]["url"])
    assert_share_bar(html, page)


def test_youtube_video_has_an_embed_url_and_youtube_thumbnail(client, hub):
    page = published(
        VideoPageFactory(parent=hub, video=None, poster=None, youtube_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    )
    _html, blocks = json_ld(client, page)
    video = blocks["VideoObject"]
    assert video["embedUrl"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert video["thumbnailUrl"] == ["https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"]
    assert "contentUrl" not in video


def test_podcast_is_a_series_of_episodes_with_their_audio(client, hub):
    page = published(PodcastPageFactory(parent=hub))
    html, blocks = json_ld(client, page)
    series = blocks["PodcastSeries"]
    assert series["name"] == page.title
    assert series["webFeed"] == f"http://testserver{page.url}feed/"
    episodes = series["episode"]
    assert len(episodes) == len(page.episode_list()) >= 1
    for episode, block in zip(episodes, page.episode_list(), strict=True):
        assert episode["@type"] == "PodcastEpisode"
        assert episode["name"] == block["title"]
        assert episode["datePublished"] == block["published"].isoformat()
        assert episode["url"] == f"http://testserver{page.url}#tap-{block['id']}"
        assert episode["associatedMedia"]["contentUrl"] == f"http://testserver{block['audio'].url}"
        assert episode["duration"] == "PT1S"
    assert_share_bar(html, page)


def test_gallery_is_an_image_gallery_of_its_photos(client, hub):
    page = published(GalleryPageFactory(parent=hub))
    html, blocks = json_ld(client, page)
    gallery = blocks["ImageGallery"]
    assert gallery["name"] == page.title
    assert [image["caption"] for image in gallery["image"]] == [f"Hồ Núi Cốc, ảnh {n}" for n in range(1, 4)]
    assert all(absolute(image["contentUrl"]) for image in gallery["image"])
    assert gallery["datePublished"] == page.first_published_at.isoformat()
    assert_share_bar(html, page)


def test_layered_story_is_an_article(client, hub):
    page = published(LayeredStoryPageFactory(parent=hub))
    html, blocks = json_ld(client, page)
    article = blocks["Article"]
    assert article["headline"] == page.title
    assert article["description"] == page.meta_description()
    assert article["datePublished"] == page.first_published_at.isoformat()
    assert absolute(article["image"][0]) and absolute(article["mainEntityOfPage"])
    assert_share_bar(html, page)


def test_infographic_is_an_article_with_its_images(client, hub):
    page = published(InfographicPageFactory(parent=hub))
    html, blocks = json_ld(client, page)
    assert all(absolute(url) for url in blocks["Article"]["image"])
    assert_share_bar(html, page)


def test_json_ld_cannot_be_closed_by_a_title(client, hub):
    page = published(VideoPageFactory(parent=hub, title="</script><script>alert(1)</script> & co"))
    html, blocks = json_ld(client, page)
    assert blocks["VideoObject"]["name"] == "</script><script>alert(1)</script> & co"
    assert "<script>alert(1)" not in html
