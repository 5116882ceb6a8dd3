"""Partner feeds: new items once, nothing twice, HTML cleaned, images checked, broken sources recorded and skipped."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from news.models import ArticlePage
from thainguyen_portal.editorial.factories import jpeg_bytes
from thainguyen_portal.syndication.factories import FeedSourceFactory
from thainguyen_portal.syndication.ingest import clean_html, ingest_all
from thainguyen_portal.syndication.models import IngestedItem

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>Cổng thông tin xã Tân Cương</title>
  <link>https://tancuong.thainguyen.gov.vn/</link>
  <description>Tin tức xã Tân Cương</description>
  <item>
    <title>Tân Cương khai mạc Ngày hội chè xuân</title>
    <link>https://tancuong.thainguyen.gov.vn/tin/ngay-hoi-che-xuan.html</link>
    <guid isPermaLink="false">tancuong-2026-0412</guid>
    <pubDate>Sat, 11 Apr 2026 08:30:00 +0700</pubDate>
    <description><![CDATA[<p onclick="alert(1)">Sáng 11/4, xã Tân Cương khai mạc <b>Ngày hội chè xuân</b>.</p>
      <script>alert("x")</script><img src="{base}/img/che.jpg" alt="Đồi chè">
      <p><a href="javascript:alert(2)">xem thêm</a> <a href="https://tancuong.thainguyen.gov.vn/">trang xã</a></p>]]></description>
    <enclosure url="{base}/img/che.jpg" type="image/jpeg" length="1000"/>
  </item>
  <item>
    <title>Xã Tân Cương ra quân làm đường giao thông nông thôn</title>
    <link>https://tancuong.thainguyen.gov.vn/tin/lam-duong.html</link>
    <guid>https://tancuong.thainguyen.gov.vn/tin/lam-duong.html</guid>
    <pubDate>Fri, 10 Apr 2026 07:00:00 +0700</pubDate>
    <description>Người dân góp công, góp đất làm 2 km đường bê tông &amp; rãnh thoát nước.</description>
    <enclosure url="{base}/img/gia-mao.jpg" type="image/jpeg" length="100"/>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Cổng thông tin phường Phan Đình Phùng</title>
  <id>urn:uuid:phan-dinh-phung</id>
  <updated>2026-04-11T09:00:00+07:00</updated>
  <entry>
    <title>Phường Phan Đình Phùng tiếp dân định kỳ tháng 4</title>
    <id>urn:uuid:pdp-2026-04-tiep-dan</id>
    <link href="https://phandinhphung.thainguyen.gov.vn/tin/tiep-dan-thang-4"/>
    <updated>2026-04-11T09:00:00+07:00</updated>
    <summary>Lãnh đạo phường tiếp 12 lượt công dân.</summary>
    <content type="html">&lt;p&gt;Lãnh đạo phường đã tiếp &lt;em&gt;12 lượt&lt;/em&gt; công dân.&lt;/p&gt;&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;</content>
  </entry>
</feed>
"""


@pytest.fixture
def feeds(outside, portal):
    outside.route("/xa/rss.xml", RSS.replace("{base}", outside.url), content_type="application/rss+xml")
    outside.route("/phuong/atom.xml", ATOM, content_type="application/atom+xml")
    outside.route("/img/che.jpg", jpeg_bytes(size=(800, 500)), content_type="image/jpeg")
    outside.route("/img/gia-mao.jpg", b"<html>not an image</html>", content_type="image/jpeg")
    commune = FeedSourceFactory(
        name="Xã Tân Cương", url=f"{outside.url}/xa/rss.xml", section=portal.current, fetch_images=True
    )
    ward = FeedSourceFactory(
        name="Phường Phan Đình Phùng", url=f"{outside.url}/phuong/atom.xml", section=portal.economy, publish_live=True
    )
    return commune, ward


def test_new_items_become_draft_articles_once(feeds, portal):
    commune, ward = feeds
    report = ingest_all()
    assert report == {"Phường Phan Đình Phùng": 1, "Xã Tân Cương": 2}
    festival = ArticlePage.objects.get(title="Tân Cương khai mạc Ngày hội chè xuân")
    assert not festival.live and festival.latest_revision_id  # a draft for an editor to check
    assert festival.get_parent().pk == portal.current.pk
    assert festival.source == "Xã Tân Cương"
    assert festival.date.isoformat().startswith("2026-04-11T01:30:00")
    body = str(festival.body[0].value.source)
    assert "Ngày hội chè xuân" in body and "<b>" in body
    assert "script" not in body and "onclick" not in body and "javascript:" not in body
    assert 'href="https://tancuong.thainguyen.gov.vn/"' in body
    assert "ngay-hoi-che-xuan.html" in body  # the original address closes the article
    # The image was fetched, checked and attached; the fake one was left out.
    assert festival.featured_image is not None and festival.featured_image.width == 800
    road = ArticlePage.objects.get(title="Xã Tân Cương ra quân làm đường giao thông nông thôn")
    assert road.featured_image is None
    assert road.sapo == "Người dân góp công, góp đất làm 2 km đường bê tông & rãnh thoát nước."
    # The ward's feed publishes at once and brings no image (fetch_images is off).
    visit = ArticlePage.objects.get(title="Phường Phan Đình Phùng tiếp dân định kỳ tháng 4")
    assert visit.live and "<em>12 lượt</em>" in str(visit.body[0].value.source)
    assert "iframe" not in str(visit.body[0].value.source)
    commune.refresh_from_db()
    assert commune.last_success_at and commune.last_item_count == 2 and commune.last_error == ""

    # A second run creates nothing, even when a partner changes an item's guid but keeps its address.
    report = ingest_all()
    assert report == {"Phường Phan Đình Phùng": 0, "Xã Tân Cương": 0}
    assert ArticlePage.objects.filter(source__in=["Xã Tân Cương", "Phường Phan Đình Phùng"]).count() == 3
    assert IngestedItem.objects.count() == 3


def test_an_item_seen_under_another_guid_with_the_same_link_is_not_created_again(feeds, outside):
    ingest_all()
    changed = RSS.replace("{base}", outside.url).replace("tancuong-2026-0412", "tancuong-2026-0412-v2")
    outside.route("/xa/rss.xml", changed, content_type="application/rss+xml")
    assert ingest_all()["Xã Tân Cương"] == 0


@pytest.mark.parametrize(
    "kind, route, message",
    [
        ("http 500", {"body": "Internal Server Error", "status": 500, "content_type": "text/plain"}, "HTTP 500"),
        ("timeout", {"body": "<rss/>", "delay": 2, "content_type": "application/rss+xml"}, "timed out"),
        ("invalid xml", {"body": "<html><body>Trang bảo trì <<<", "content_type": "text/html"}, "invalid feed"),
        ("huge", {"body": "<rss>" + "x" * 5000 + "</rss>", "content_type": "application/rss+xml"}, "too large"),
    ],
)
@override_settings(SYNDICATION_FEED_MAX_BYTES=4000)
def test_a_broken_source_is_recorded_and_the_others_still_run(feeds, outside, portal, kind, route, message):
    commune, ward = feeds
    broken = FeedSourceFactory(name="Aaa nguồn hỏng", url=f"{outside.url}/hong.xml", section=portal.current)
    outside.route("/hong.xml", **route)
    report = ingest_all()
    assert message in report["Aaa nguồn hỏng"]
    assert report["Phường Phan Đình Phùng"] == 1
    broken.refresh_from_db()
    assert message in broken.last_error and broken.last_error_at and broken.last_success_at is None
    assert not broken.healthy
    ward.refresh_from_db()
    assert ward.last_success_at and ward.healthy


@override_settings(SYNDICATION_FEED_MAX_BYTES=100_000)
def test_the_size_cap_holds_without_a_content_length(feeds, outside, portal):
    outside.no_length = True
    FeedSourceFactory(name="Aaa nguồn khổng lồ", url=f"{outside.url}/lon.xml", section=portal.current)
    outside.route("/lon.xml", "<rss>" + "x" * 300_000 + "</rss>", content_type="application/rss+xml")
    report = ingest_all()
    assert "too large" in report["Aaa nguồn khổng lồ"]
    assert report["Phường Phan Đình Phùng"] == 1


def test_disabled_sources_are_left_alone(feeds):
    commune, ward = feeds
    commune.enabled = False
    commune.save()
    assert list(ingest_all()) == ["Phường Phan Đình Phùng"]


def test_the_command_reports_each_source(feeds, outside, capsys, settings):
    settings.SYNDICATION_YOUTUBE_CHANNEL_ID = ""
    FeedSourceFactory(name="Nguồn lỗi", url=f"{outside.url}/khong-co.xml", section=feeds[0].section)
    call_command("ingest_feeds")
    out, err = capsys.readouterr()
    assert "Xã Tân Cương: 2 new" in out
    assert "Nguồn lỗi: HTTP 404" in err
    assert "YouTube: 0 new" in out


def test_the_task_runs_the_same_ingest(feeds, immediate_tasks):
    from thainguyen_portal.syndication.tasks import ingest_feeds

    result = ingest_feeds.enqueue()
    assert result.return_value == {"Phường Phan Đình Phùng": "1", "Xã Tân Cương": "2"}


def test_clean_html_keeps_structure_and_drops_everything_else():
    html = '<h2>Tiêu đề</h2><p style="color:red">Đoạn <strong>đậm</strong></p><img src=x onerror=alert(1)><a href="/x">rel</a>'
    cleaned = clean_html(html)
    assert cleaned.startswith("<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong></p>")
    assert "img" not in cleaned and "style" not in cleaned
    assert clean_html("Chỉ có chữ") == "<p>Chỉ có chữ</p>"
