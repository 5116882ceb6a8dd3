"""The YouTube channel's public videos feed brings new videos in as draft, embedded VideoPages, once each."""

import pytest
from django.core.management import call_command

from multimedia.models import VideoPage
from thainguyen_portal.syndication.factories import FeedSourceFactory
from thainguyen_portal.syndication.ingest import ingest_youtube
from thainguyen_portal.syndication.models import IngestedItem

pytestmark = pytest.mark.django_db

CHANNEL = "UCthainguyentv0000000000"
PATH = "/youtube/feeds/videos.xml"


def entry(video_id, title, description, published):
    return f"""
 <entry>
  <id>yt:video:{video_id}</id>
  <yt:videoId>{video_id}</yt:videoId>
  <yt:channelId>{CHANNEL}</yt:channelId>
  <title>{title}</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v={video_id}"/>
  <author><name>Đài PT-TH Thái Nguyên</name><uri>https://www.youtube.com/channel/{CHANNEL}</uri></author>
  <published>{published}</published>
  <updated>{published}</updated>
  <media:group>
   <media:title>{title}</media:title>
   <media:content url="https://www.youtube.com/v/{video_id}?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="https://i2.ytimg.com/vi/{video_id}/hqdefault.jpg" width="480" height="360"/>
   <media:description>{description}</media:description>
  </media:group>
 </entry>"""


FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id={CHANNEL}"/>
 <id>yt:channel:{CHANNEL}</id>
 <yt:channelId>{CHANNEL}</yt:channelId>
 <title>Thái Nguyên TV</title>
 <published>2020-01-01T00:00:00+00:00</published>
{entry("Tn8mXq2LpQw", "Toàn cảnh Festival Trà Thái Nguyên 2026", "Phóng sự về Festival Trà.&#10;Thực hiện: Đài PT-TH Thái Nguyên", "2026-04-10T10:00:00+00:00")}
{entry("dQw4w9WgXcQ", "Video đã có trên cổng", "Đã nhúng sẵn", "2026-04-09T10:00:00+00:00")}
{entry("bad id!", "Mục lạ", "", "2026-04-08T10:00:00+00:00")}
</feed>
"""


@pytest.fixture
def channel(outside):
    outside.route(PATH, FEED, content_type="application/atom+xml")
    return outside


def test_new_videos_become_draft_video_pages_once(channel, portal):
    assert ingest_youtube() == 1
    (request,) = channel.calls(PATH)
    assert request["path"] == f"{PATH}?channel_id={CHANNEL}"
    page = VideoPage.objects.get(youtube_url="https://www.youtube.com/watch?v=Tn8mXq2LpQw")
    assert page.title == "Toàn cảnh Festival Trà Thái Nguyên 2026"
    assert not page.live and page.latest_revision_id
    assert page.get_parent().pk == portal.hub.pk
    assert page.youtube_id == "Tn8mXq2LpQw"
    assert "Phóng sự về Festival Trà." in page.summary
    assert page.slug == "toan-canh-festival-tra-thai-nguyen-2026"
    # The video the portal already embeds is left alone; a second run creates nothing.
    assert VideoPage.objects.filter(youtube_url__contains="dQw4w9WgXcQ").count() == 1
    assert ingest_youtube() == 0
    assert IngestedItem.objects.filter(kind="youtube").count() == 1


def test_without_a_channel_nothing_is_fetched(channel, portal, settings):
    settings.SYNDICATION_YOUTUBE_CHANNEL_ID = ""
    assert ingest_youtube() == 0
    assert channel.requests == []


def test_a_broken_youtube_feed_does_not_stop_the_partner_feeds(outside, portal, capsys):
    outside.route(PATH, "Service Unavailable", status=503, content_type="text/plain")
    outside.route("/rss.xml", "<rss version='2.0'><channel><title>x</title></channel></rss>", content_type="text/xml")
    FeedSourceFactory(name="Xã Tân Cương", url=f"{outside.url}/rss.xml", section=portal.current)
    call_command("ingest_feeds")
    out, err = capsys.readouterr()
    assert "Xã Tân Cương: 0 new" in out
    assert "YouTube: HTTP 503" in err
