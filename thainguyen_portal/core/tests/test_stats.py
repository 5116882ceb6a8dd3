"""Visit statistics: counted in the cache (local memory or Redis, as the settings say), never per request in the
database; crawlers ignored; the daily roll-up idempotent; "most read" ordered by the counts."""

import random
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.management import call_command
from django_redis import get_redis_connection
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from thainguyen_portal.core.models import DailyPageViews, DailyTotals
from thainguyen_portal.core.operations import stats

pytestmark = pytest.mark.django_db

FIREFOX = "Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0"
SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile Safari"


def beacon(client, page, section="", agent=FIREFOX, address="203.0.113.7"):
    return client.post("/_/hit", {"p": page.pk, "s": section}, HTTP_USER_AGENT=agent, REMOTE_ADDR=address)


def test_views_and_distinct_visitors_are_counted_without_database_writes(client, site_tree, django_assert_num_queries):
    page = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    other = StandardPageFactory(parent=site_tree.home, title="Liên hệ", slug="lien-he")
    beacon(client, page, "gioi-thieu")  # a page's first beacon reads it once (is it live?), then the cache knows
    beacon(client, other, "lien-he")
    with django_assert_num_queries(0):
        for _ in range(3):
            assert beacon(client, page, "gioi-thieu").status_code == 204
        beacon(client, page, "gioi-thieu", agent=SAFARI, address="198.51.100.20")
        beacon(client, other, "lien-he", agent=SAFARI, address="198.51.100.20")
    day = stats.today()
    # One view per reader, page and day: the first reader's four beacons of "Giới thiệu" count once.
    assert stats.views(day) == 4
    assert stats.views(day, page_id=page.pk) == 2
    assert stats.views(day, section="gioi-thieu") == 2
    assert stats.visitors(day) == 2


@pytest.mark.parametrize(
    "agent",
    [
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 HeadlessChrome/131.0",
        "",
    ],
)
def test_crawlers_are_ignored(client, site_tree, agent):
    beacon(client, site_tree.home, agent=agent)
    assert stats.views(stats.today()) == 0


def test_bad_beacons_are_ignored_quietly(client, site_tree):
    for data in ({"p": "abc"}, {"p": "-1"}, {"p": "1", "s": "<script>"}, {}, {"p": "9" * 30}):
        assert client.post("/_/hit", data, HTTP_USER_AGENT=FIREFOX).status_code == 204
    assert stats.views(stats.today()) == 0


def test_noscript_pixel_counts_too(client, site_tree):
    response = client.get(f"/_/hit.gif?p={site_tree.home.pk}", HTTP_USER_AGENT=FIREFOX)
    assert response["Content-Type"] == "image/gif"
    assert stats.views(stats.today()) == 1


def test_pages_carry_the_beacon_data_and_a_noscript_pixel(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Liên hệ", slug="lien-he")
    html = client.get("/lien-he/").content.decode()
    assert f'data-page-id="{page.pk}" data-section="lien-he"' in html
    assert f"/_/hit.gif?p={page.pk}&amp;s=lien-he" in html


def test_rollup_is_idempotent(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Du lịch", slug="du-lich")
    for address in ("192.0.2.1", "192.0.2.2", "192.0.2.3"):
        beacon(client, page, "du-lich", address=address)
    call_command("rollup_stats", stdout=StringIO())
    call_command("rollup_stats", stdout=StringIO())
    totals = DailyTotals.objects.get(date=stats.today())
    assert (totals.views, totals.visitors) == (3, 3)
    row = DailyPageViews.objects.get(page=page, date=stats.today())
    assert (row.views, row.section) == (3, "du-lich")
    assert DailyPageViews.objects.count() == 1


def test_rollup_refuses_a_malformed_date():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("rollup_stats", date="2026-13-45", stdout=StringIO())


def test_most_read_is_ordered_by_the_counts(client, site_tree):
    pages = [StandardPageFactory(parent=site_tree.home, title=f"Bài {n}", slug=f"bai-{n}") for n in range(4)]
    for page, count in zip(pages, (2, 5, 1, 0), strict=True):
        for n in range(count):
            beacon(client, page, address=f"192.0.2.{n}")
    # Yesterday's rolled-up views count for "this week" but not for "today".
    DailyPageViews.objects.create(page=pages[3], date=stats.today() - timedelta(days=1), views=100)
    assert [p.title for p in stats.most_read("vi", days=1, limit=3)] == ["Bài 1", "Bài 0", "Bài 2"]
    assert [p.title for p in stats.most_read("vi", days=7, limit=2)] == ["Bài 3", "Bài 1"]
    assert stats.most_read("en", days=1) == []


def test_footer_shows_the_totals(client, site_tree):
    DailyTotals.objects.create(date=stats.today() - timedelta(days=1), views=1200, visitors=300)
    beacon(client, site_tree.home)
    html = client.get("/").content.decode()
    assert '<dt>Lượt truy cập hôm nay:</dt> <dd data-visits="today">1</dd>' in html
    assert '<dt>Tổng lượt truy cập:</dt> <dd data-visits="total">1.201</dd>' in html


def test_the_visits_endpoint_gives_the_current_totals(client, site_tree):
    """The footer is part of cached pages (issue 19: it showed "0 · 0" from the cached frame): portal.js asks
    /_/visits for the current figures, which follow every counted visit at once."""
    DailyTotals.objects.create(date=stats.today() - timedelta(days=1), views=1200, visitors=300)
    assert client.get("/_/visits").json() == {"today": 0, "total": 1200}
    client.get("/")  # the page (and its footer) is now in the page cache
    beacon(client, site_tree.home)
    beacon(client, site_tree.home, address="192.0.2.99")
    response = client.get("/_/visits")
    assert response.json() == {"today": 2, "total": 1202}
    assert "max-age=0" in response["Cache-Control"]
    assert response.get("Set-Cookie") is None


def test_dashboard_shows_the_last_30_days(client, site_tree):
    DailyTotals.objects.create(date=stats.today() - timedelta(days=2), views=4321, visitors=987)
    user = get_user_model().objects.create_superuser("lanhdao", "l@example.invalid", "mat-khau-dai-2026")
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert 'id="portal-visits-heading"' in html
    assert "4321" in html and "987" in html


# --- A bounded beacon (issue 23, item 9) --------------------------------------------------------------------


def stats_keys():
    """The statistics keys in the cache (Redis or local memory), as the probe counted them."""
    if stats._on_redis():
        redis = get_redis_connection(settings.STATS_CACHE_ALIAS)
        return {key.decode() for key in redis.scan_iter(match="*stats:*")}
    return {key for key in caches[settings.STATS_CACHE_ALIAS]._cache if ":stats:" in key}


def test_one_reader_counts_once_per_page_per_day(client, site_tree):
    # The probe's case: 300 posts made one article the most read.
    page = StandardPageFactory(parent=site_tree.home, title="Tin nóng", slug="tin-nong")
    for _ in range(30):
        assert beacon(client, page, "tin-nong").status_code == 204
    assert stats.views(stats.today(), page_id=page.pk) == 1


def test_a_client_changing_its_browser_name_is_rate_limited(client, site_tree, settings):
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "beacon": "10/m"}
    page = StandardPageFactory(parent=site_tree.home, title="Tin nóng", slug="tin-nong")
    codes = [beacon(client, page, agent=f"{FIREFOX} r{n}").status_code for n in range(30)]
    assert codes.count(429) >= 10  # 10 a minute (20 if the requests straddle two one-minute windows)
    assert stats.views(stats.today(), page_id=page.pk) == codes.count(204) <= 20


def test_only_live_public_pages_count_under_their_own_section(client, site_tree):
    live = StandardPageFactory(parent=site_tree.home, title="Du lịch", slug="du-lich")
    draft = StandardPageFactory(parent=site_tree.home, title="Nháp", slug="nhap", live=False)
    private = StandardPageFactory(parent=site_tree.home, title="Nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    beacon(client, draft, "nhap")
    beacon(client, private, "noi-bo")
    assert client.post("/_/hit", {"p": 987654, "s": "tin"}, HTTP_USER_AGENT=FIREFOX).status_code == 204
    beacon(client, live, "tin-gia")  # a section the page is not in is not believed
    day = stats.today()
    assert stats.views(day) == 1 and stats.pages_seen(day) == {live.pk}
    assert stats.views(day, section="du-lich") == 1 and stats.views(day, section="tin-gia") == 0


def test_random_beacons_add_no_keys(client, site_tree, settings):
    # The probe's case: 3,000 random beacons added 6,002 Redis keys. Made-up pages and sections add none now.
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "beacon": "100000/m"}
    rng = random.Random(23)
    before = stats_keys()
    for _ in range(300):
        data = {"p": rng.randrange(10_000, 2**31), "s": f"muc-{rng.randrange(10**6)}"}
        client.post("/_/hit", data, HTTP_USER_AGENT=f"{FIREFOX} {rng.random()}", REMOTE_ADDR="203.0.113.7")
    assert stats_keys() == before
    assert stats.views(stats.today()) == 0
