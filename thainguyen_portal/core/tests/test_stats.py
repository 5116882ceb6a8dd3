"""Visit statistics: counted in the cache (local memory or Redis, as the settings say), never per request in the
database; crawlers ignored; the daily roll-up idempotent; "most read" ordered by the counts."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from home.factories import StandardPageFactory
from thainguyen_portal.core import stats
from thainguyen_portal.core.models import DailyPageViews, DailyTotals

pytestmark = pytest.mark.django_db

FIREFOX = "Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0"
SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile Safari"


def beacon(client, page, section="", agent=FIREFOX, address="203.0.113.7"):
    return client.post("/_/hit", {"p": page.pk, "s": section}, HTTP_USER_AGENT=agent, REMOTE_ADDR=address)


def test_views_and_distinct_visitors_are_counted_without_database_writes(client, site_tree, django_assert_num_queries):
    page = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    with django_assert_num_queries(0):
        for _ in range(3):
            assert beacon(client, page, "gioi-thieu").status_code == 204
        beacon(client, page, "gioi-thieu", agent=SAFARI, address="198.51.100.20")
    day = stats.today()
    assert stats.views(day) == 4
    assert stats.views(day, page_id=page.pk) == 4
    assert stats.views(day, section="gioi-thieu") == 4
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
    assert "Lượt truy cập hôm nay: 1 · tổng cộng: 1201" in html


def test_dashboard_shows_the_last_30_days(client, site_tree):
    DailyTotals.objects.create(date=stats.today() - timedelta(days=2), views=4321, visitors=987)
    user = get_user_model().objects.create_superuser("lanhdao", "l@example.invalid", "mat-khau-dai-2026")
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert 'id="portal-visits-heading"' in html
    assert "4321" in html and "987" in html
