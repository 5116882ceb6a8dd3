"""The public pages: the hub and each format, what they show, and how many SQL queries they cost."""

import xml.etree.ElementTree as ET

import pytest
from django.test import TestCase, override_settings

from multimedia.factories import (
    GalleryPageFactory,
    InfographicPageFactory,
    LayeredStoryPageFactory,
    PodcastPageFactory,
    PortalMediaFactory,
    VideoPageFactory,
)
from multimedia.models import (
    GalleryPage,
    InfographicPage,
    LayeredStoryPage,
    MultimediaIndexPage,
    PodcastPage,
    VideoPage,
    youtube_id,
)
from tests.helpers import html_of
from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.core.factories import ImageFactory

pytestmark = pytest.mark.django_db


# --- the hub ------------------------------------------------------------------------------------------------


def test_hub_lists_every_format_with_the_featured_story_on_top(client, site_tree, hub):
    story = LayeredStoryPageFactory(parent=hub, title="Chè Thái Nguyên – từ đồi chè đến thương hiệu quốc gia")
    video = VideoPageFactory(parent=hub, title="Video: Hồ Núi Cốc mùa nước nổi")
    gallery = GalleryPageFactory(parent=hub)
    html = html_of(client, hub.url)
    featured = html[html.index('class="mm-featured"') : html.index('class="mm-filter"')]
    assert story.title in featured
    grid = html[html.index('class="mm-grid"') :]
    assert story.title not in grid  # the featured story is not repeated
    assert video.title in grid and gallery.title in grid
    assert 'href="https://www.youtube.com/@congthongtinthainguyen"' not in html  # no channel in the settings yet
    site_tree.settings.youtube_url = "https://www.youtube.com/@congthongtinthainguyen"
    with TestCase.captureOnCommitCallbacks(execute=True):  # the pages follow the settings once they are committed
        site_tree.settings.save()
    assert 'href="https://www.youtube.com/@congthongtinthainguyen"' in html_of(client, hub.url)


def test_hub_featured_page_chosen_by_the_editor(client, hub):
    LayeredStoryPageFactory(parent=hub, title="Câu chuyện mới nhất")
    chosen = GalleryPageFactory(parent=hub, title="Ảnh: ATK Định Hóa")
    hub.featured_page = chosen
    hub.save_revision().publish()
    html = html_of(client, hub.url)
    assert "Ảnh: ATK Định Hóa" in html[html.index('class="mm-featured"') : html.index('class="mm-filter"')]


def test_hub_filters_by_format(client, hub):
    VideoPageFactory(parent=hub, title="Video: Tân Cương vào vụ")
    GalleryPageFactory(parent=hub, title="Ảnh: Tân Cương vào vụ")
    html = html_of(client, f"{hub.url}?format=video")
    assert "Video: Tân Cương vào vụ" in html
    assert "Ảnh: Tân Cương vào vụ" not in html
    assert '<a href="?format=video" aria-current="page">' in html


def test_hub_unknown_format_says_so_and_shows_everything(client, hub):
    VideoPageFactory(parent=hub, title="Video: Tân Cương vào vụ")
    html = html_of(client, f"{hub.url}?format=%3Cscript%3E")
    assert "Không có định dạng “&lt;script&gt;”" in html
    assert "Video: Tân Cương vào vụ" in html


def test_english_hub_with_one_published_story_does_not_say_nothing_is_published(client, hub):
    """Issue 19: /en/multimedia/ said "Nothing has been published" under its one (featured) story."""
    hub_en = DemoBuilder().translation(hub, "en", title="Multimedia", slug="multimedia")
    story = LayeredStoryPageFactory(parent=hub_en, title="Thai Nguyen tea: from the hills to a national brand")
    assert story.locale.language_code == "en"
    assert hub_en.url == "/en/multimedia/"
    html = html_of(client, hub_en.url)
    featured = html[html.index('class="mm-featured"') : html.index('class="mm-filter"')]
    assert story.title in featured
    assert "Nothing has been published" not in html
    # With nothing live at all, it still says so.
    story.unpublish()
    assert "Nothing has been published in this format yet." in html_of(client, hub_en.url)


@override_settings(MULTIMEDIA_PER_PAGE=2)
def test_hub_paginates_and_a_wrong_page_number_gives_a_real_page(client, hub):
    LayeredStoryPageFactory(parent=hub, title="Câu chuyện nổi bật")
    for n in range(5):
        GalleryPageFactory(parent=hub, title=f"Ảnh số {n}")
    first = html_of(client, f"{hub.url}?page=1")
    assert "Trang 1/3" in first
    assert 'class="mm-featured"' in first
    last = html_of(client, f"{hub.url}?page=99")
    assert last.count('class="card mm-card') == 1  # the last page, without the featured story
    assert 'class="mm-featured"' not in last
    wrong = html_of(client, f"{hub.url}?page=abc")
    assert wrong.count('class="card mm-card') == 3  # the first page: the featured story and two cards
    assert 'class="mm-featured"' in wrong


def test_hub_shows_only_live_pages(client, hub):
    draft = GalleryPageFactory(parent=hub, title="Ảnh nháp")
    draft.unpublish()
    assert "Ảnh nháp" not in html_of(client, hub.url)


def test_hub_query_count_is_fixed(site_tree, hub, count_queries):
    LayeredStoryPageFactory(parent=hub)
    for factory in (VideoPageFactory, GalleryPageFactory, InfographicPageFactory, PodcastPageFactory):
        factory(parent=hub)
        factory(parent=hub)
    html = count_queries(hub.url, HUB_QUERIES).content.decode()  # renditions are made on the first view
    assert html.count('class="card mm-card') == 9


# The frame costs 3 (the pages of the URL, the page, language alternates: core/pages/routing.py; the site, locales,
# view restrictions, settings and menus come from the cache, core/publishing/frame.py); renditions from the cache too.
# The hub adds: the featured story (type lookup + its row), the count, the page of cards (type lookup + one query per
# format: 5), the cover images and their renditions (2), whatever the number of cards. Raise it only with a reason.
HUB_QUERIES = 15


# --- layered story ------------------------------------------------------------------------------------------


def test_layered_story_shows_every_layer_without_javascript(client, hub):
    story = LayeredStoryPageFactory(parent=hub)
    html = html_of(client, story.url)
    # Layer 1: headline, key points, key figures.
    assert f"<h1>{story.title}</h1>" in html
    assert "Thái Nguyên có hơn 22.000 ha chè, nhiều nhất cả nước." in html
    assert "<strong>22.000</strong> ha" in html
    # The choice between quick and full reading works as links without JavaScript.
    assert '<a href="#tom-tat" class="mm-modes__option" data-mode="quick">Đọc nhanh</a>' in html
    assert '<a href="#noi-dung" class="mm-modes__option" data-mode="full">Đọc đầy đủ</a>' in html
    # Layer 2: the chapter menu and the chapters.
    assert '<li><a href="#chuong-1">Những đồi chè đầu tiên</a></li>' in html
    assert 'id="chuong-2"' in html
    # Layer 3: "Tìm hiểu thêm", open (not hidden) in the HTML.
    assert html.count('class="mm-deeper"') == 2
    assert "Cây chè được đưa về Tân Cương từ đầu thế kỷ XX." in html
    assert 'class="mm-deeper__body" id="chuong-1-deeper-body">' in html
    assert "Tìm hiểu thêm" in html
    # Sources; the enhancement script is our own file (no inline script).
    assert "Sở Nông nghiệp và Môi trường" in html
    assert "/static/multimedia/multimedia.js" in html
    assert "<script>" not in html


def test_layered_story_renders_every_media_block(client, hub):
    image = ImageFactory(title="Đồi chè", description="Đồi chè Tân Cương")
    video = PortalMediaFactory(title="Phóng sự sao chè")
    audio = PortalMediaFactory(audio=True, title="Tiếng chim trên đồi chè")
    related = LayeredStoryPageFactory(parent=hub, title="ATK Định Hóa – thủ đô kháng chiến")
    from wagtail.rich_text import RichText

    body = [
        ("video", {"video": video, "caption": "Sao chè bằng tay"}),
        ("audio", {"audio": audio, "caption": "Âm thanh đồi chè"}),
        ("gallery", {"title": "Mùa chè", "photos": [{"image": image, "caption": "Ảnh 1", "credit": ""}] * 2}),
        (
            "infographic",
            {"title": "Chè bằng số liệu", "image": image, "text_alternative": RichText("<p>22.000 ha</p>")},
        ),
        ("quote", {"text": "Chè Thái, gái Tuyên", "attribution": "Ca dao"}),
        ("timeline", {"title": "", "events": [{"when": "1922", "title": "Trồng chè", "text": ""}] * 2}),
        (
            "map",
            {
                "title": "Bản đồ xã Tân Cương",
                "url": "https://www.openstreetmap.org/export/embed.html?bbox=105.7",
                "link": "",
            },
        ),
        (
            "before_after",
            {"before": image, "before_label": "Năm 2000", "after": image, "after_label": "Năm 2026", "caption": ""},
        ),
    ]
    story = LayeredStoryPageFactory(
        parent=hub,
        chapters=[("chapter", {"title": "Mọi định dạng", "body": body, "deeper": []})],
        related=[("page", related)],
    )
    html = html_of(client, story.url)
    assert 'preload="none"' in html and "<video" in html and "<audio" in html
    assert f'<track kind="captions" src="{video.captions.url}" srclang="vi" label="Tiếng Việt" default>' in html
    assert 'type="image/webp"' in html and 'loading="lazy"' in html and "srcset=" in html
    assert "Chè bằng số liệu" in html and "22.000 ha" in html
    assert 'title="Bản đồ xã Tân Cương"' in html
    assert "Năm 2000" in html and "Năm 2026" in html
    assert "ATK Định Hóa – thủ đô kháng chiến" in html
    assert story.accessibility_problems() == []


def test_layered_story_table_is_a_real_table_not_a_python_dict(client, hub):
    """Issue 19: the story's "Tìm hiểu thêm" table printed `{'data': [['Bước', …` instead of a table."""
    table = {
        "data": [["Bước", "Công việc", "Thời gian"], ["1", "Hái búp", "Sáng sớm"], ["2", "Làm héo", None]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
    }
    chapter = {
        "title": "Bàn tay người sao chè",
        "body": [],
        "deeper": [("table", {"caption": "Các bước chế biến chè xanh", "table": table})],
    }
    story = LayeredStoryPageFactory(parent=hub, chapters=[("chapter", chapter)])
    html = html_of(client, story.url)
    assert "{&#x27;data&#x27;" not in html and "{'data'" not in html
    assert "<table>" in html
    assert '<caption class="table-wrap__caption">Các bước chế biến chè xanh</caption>' in html
    assert (
        '<thead>\n      <tr><th scope="col">Bước</th><th scope="col">Công việc</th><th scope="col">Thời gian</th></tr>'
        in html
    )
    assert "<tr><td>1</td><td>Hái búp</td><td>Sáng sớm</td></tr>" in html
    assert "<tr><td>2</td><td>Làm héo</td><td></td></tr>" in html


def test_layered_story_query_count_is_fixed(hub, count_queries):
    related = LayeredStoryPageFactory(parent=hub)
    story = LayeredStoryPageFactory(parent=hub, related=[("page", related)])
    count_queries(story.url, STORY_QUERIES)


# Frame, then the cover image, the chapters' images (one bulk query) and the related stories (one bulk query).
STORY_QUERIES = 6


# --- video ---------------------------------------------------------------------------------------------------


def test_uploaded_video_has_poster_captions_transcript_and_related_videos(client, hub):
    other = VideoPageFactory(parent=hub, title="Video: Hồ Núi Cốc")
    page = VideoPageFactory(parent=hub, title="Video: Vụ chè xuân")
    html = html_of(client, page.url)
    assert 'preload="none"' in html and 'poster="' in html
    assert f'src="{page.video.captions.url}"' in html
    assert "Lời bình: Tân Cương vào vụ chè xuân." in html
    assert '<time datetime="PT95S">1:35</time>' in html
    assert other.title in html[html.index('id="mm-related-title"') :]
    captions = client.get(page.video.captions.url)
    assert b"".join(captions.streaming_content if captions.streaming else [captions.content]).startswith(b"WEBVTT")


def test_youtube_video_is_embedded_without_cookies(client, hub):
    page = VideoPageFactory(
        parent=hub, video=None, youtube_url="https://youtu.be/dQw4w9WgXcQ", youtube_has_captions=True
    )
    html = html_of(client, page.url)
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?cc_load_policy=1&amp;hl=vi&amp;rel=0"' in html
    assert 'loading="lazy"' in html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://vimeo.com/12345", None),
        ("https://www.youtube.com/watch?v=short", None),
        ("", None),
    ],
)
def test_youtube_ids(url, expected):
    assert youtube_id(url) == expected


def test_video_page_query_count_is_fixed(hub, count_queries):
    for _ in range(3):
        VideoPageFactory(parent=hub)
    page = VideoPageFactory(parent=hub)
    count_queries(page.url, VIDEO_QUERIES)


# Frame, then the poster, the uploaded video, the related videos, their cover images and renditions.
VIDEO_QUERIES = 9


# --- gallery, infographic, podcast ------------------------------------------------------------------------------


def test_gallery_lists_ordered_photos_with_captions_and_credits(client, hub):
    page = GalleryPageFactory(parent=hub)
    html = html_of(client, page.url)
    positions = [html.index(f"Hồ Núi Cốc, ảnh {n}") for n in (1, 2, 3)]
    assert positions == sorted(positions)
    assert html.count('<span class="figure__credit">Ảnh: Thu Hằng</span>') == 3
    assert html.count('class="mm-gallery__link"') == 3  # each photo opens full size, with or without JavaScript
    assert "3 ảnh" in html


# Frame, then every photo in one bulk query (renditions from the cache).
GALLERY_QUERIES = 4
# Frame, then the images in one bulk query.
INFOGRAPHIC_QUERIES = 4


@pytest.mark.parametrize(
    "factory, expected",
    [
        pytest.param(GalleryPageFactory, GALLERY_QUERIES, id="gallery"),
        pytest.param(InfographicPageFactory, INFOGRAPHIC_QUERIES, id="infographic"),
    ],
)
def test_gallery_and_infographic_query_counts_are_fixed(hub, count_queries, factory, expected):
    count_queries(factory(parent=hub).url, expected)


def test_infographic_has_text_alternative_and_high_resolution_download(client, hub):
    page = InfographicPageFactory(parent=hub)
    html = html_of(client, page.url)
    image = page.images[0].value["image"]
    assert f'href="{image.file.url}" download' in html
    assert "Sản lượng chè búp tươi: 270.000 tấn." in html
    assert 'href="#ban-chu"' in html


def test_podcast_page_lists_episodes_newest_first(client, hub):
    page = PodcastPageFactory(parent=hub)
    html = html_of(client, page.url)
    assert html.index("Tập 2:") < html.index("Tập 1:")
    assert html.count('<audio class="player player--audio" controls preload="none"') == 2
    assert f'href="{page.url}feed/"' in html
    # Each episode says how long it is before anything is loaded (the players load nothing until play).
    assert html.count('<time datetime="PT1S">0:01</time>') == 2


ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"


def test_podcast_feed_has_enclosures_of_the_right_type_and_length(client, hub):
    page = PodcastPageFactory(parent=hub)
    response = client.get(f"{page.url}feed/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == page.title
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Tập 2: Người giữ nghề sao chè",
        "Tập 1: Người giữ nghề sao chè",
    ]
    audio = page.episodes[1].value["audio"]
    enclosure = items[0].find("enclosure")
    assert enclosure.get("type") == "audio/mpeg"
    assert enclosure.get("length") == str(audio.file.size) == str(40 * 417)
    assert enclosure.get("url") == f"http://testserver{audio.url}"
    assert items[0].findtext("pubDate") == "Mon, 02 Nov 2026 06:00:00 +0700"
    downloaded = client.get(audio.url)
    assert downloaded.status_code == 200


def test_podcast_feed_has_the_itunes_tags(client, hub):
    page = PodcastPageFactory(parent=hub)
    channel = ET.fromstring(client.get(f"{page.url}feed/").content).find("channel")
    assert channel.findtext(f"{ITUNES}author") == page.author
    assert channel.findtext(f"{ITUNES}explicit") == "false"
    artwork = channel.find(f"{ITUNES}image").get("href")
    assert artwork.startswith("http://testserver/") and artwork.endswith(".jpg")
    assert channel.findtext("language") == "vi"
    items = channel.findall("item")
    assert [item.findtext(f"{ITUNES}duration") for item in items] == ["1", "1"]
    guid = items[0].find("guid")
    assert guid.get("isPermaLink") == "false" and guid.text == f"{page.translation_key}:{page.episodes[1].id}"
    assert items[0].findtext("link") == f"http://testserver{page.url}#tap-{page.episodes[1].id}"


def test_podcast_feed_parses_with_feedparser_without_bozo(client, hub):
    import feedparser

    page = PodcastPageFactory(parent=hub)
    feed = feedparser.parse(client.get(f"{page.url}feed/").content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == page.title
    audio = page.episodes[1].value["audio"]
    (enclosure,) = feed.entries[0].enclosures
    assert (enclosure.type, int(enclosure.length)) == ("audio/mpeg", audio.file.size)
    assert enclosure.href == f"http://testserver{audio.url}"


def test_podcast_query_counts_are_fixed(client, hub, django_assert_num_queries):
    page = PodcastPageFactory(parent=hub)
    client.get(page.url)
    client.get(f"{page.url}feed/")
    with django_assert_num_queries(PODCAST_QUERIES):
        html_of(client, page.url)
    with django_assert_num_queries(PODCAST_FEED_QUERIES):
        client.get(f"{page.url}feed/")


# Frame, then every episode's audio in one bulk query. The feed has no frame: routing (2), the audio files (one
# bulk query), the cover image (the language is the request's).
PODCAST_QUERIES = 4
PODCAST_FEED_QUERIES = 4


# --- the tree and the home page -----------------------------------------------------------------------------


def test_page_tree_rules():
    assert MultimediaIndexPage.parent_page_types == ["home.HomePage"]
    for model in (LayeredStoryPage, VideoPage, GalleryPage, InfographicPage, PodcastPage):
        assert model.parent_page_types == ["multimedia.MultimediaIndexPage"]
        assert model.subpage_types == []


def test_home_page_slot_lists_the_newest_multimedia_and_is_refreshed_on_publish(client, hub):
    first = GalleryPageFactory(parent=hub, title="Ảnh: Hồ Núi Cốc")
    html = html_of(client, "/")
    slot = html[html.index('class="slot slot--multimedia"') :]
    assert first.title in slot
    assert f'href="{hub.url}"' in slot
    second = VideoPageFactory(parent=hub, title="Video: Đêm hội trà")
    second.save_revision().publish()
    assert second.title in html_of(client, "/")
    second.unpublish()
    assert second.title not in html_of(client, "/")


def test_home_page_slot_costs_no_query_once_cached(client, hub, django_assert_num_queries):
    from multimedia.wagtail_hooks import latest_multimedia

    GalleryPageFactory(parent=hub)
    request = client.get("/").wsgi_request
    home = hub.get_parent().specific
    with django_assert_num_queries(0):
        slot = latest_multimedia(request, home)
    assert len(slot.items) == 1
