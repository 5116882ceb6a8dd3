"""#20: the dashboard's "most read" panel (the last 7 days, counts, edit links) and its visit chart's axes."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from home.factories import StandardPageFactory
from thainguyen_portal.core.models import DailyPageViews, DailyTotals
from thainguyen_portal.core.operations import stats

pytestmark = pytest.mark.django_db


@pytest.fixture
def dashboard(client):
    user = get_user_model().objects.create_superuser("lanhdao", "l@example.invalid", "mat-khau-dai-2026")
    client.force_login(user)
    return lambda: client.get("/admin/").content.decode()


def panel(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def test_most_read_lists_the_pages_of_the_last_7_days_with_counts_and_edit_links(dashboard, site_tree):
    today = stats.today()
    tea = StandardPageFactory(parent=site_tree.home, title="Chè Tân Cương vào vụ", slug="che-tan-cuong")
    roads = StandardPageFactory(parent=site_tree.home, title="Đường liên xã Phú Lương", slug="duong-lien-xa")
    old = StandardPageFactory(parent=site_tree.home, title="Tin cũ tháng trước", slug="tin-cu")
    DailyPageViews.objects.create(page=tea, date=today - timedelta(days=1), views=40)
    DailyPageViews.objects.create(page=tea, date=today - timedelta(days=6), views=2)
    DailyPageViews.objects.create(page=roads, date=today - timedelta(days=3), views=57)
    DailyPageViews.objects.create(page=old, date=today - timedelta(days=7), views=900)  # before the 7 days
    html = panel(dashboard(), "portal-most-read-heading")
    assert "Đọc nhiều nhất 7 ngày qua" in html
    assert html.index("Đường liên xã Phú Lương") < html.index("Chè Tân Cương vào vụ")
    assert "<td>57</td>" in html and "<td>42</td>" in html
    assert "Tin cũ tháng trước" not in html
    assert reverse("wagtailadmin_pages:edit", args=[tea.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[roads.pk]) in html


def test_most_read_says_so_when_nothing_was_read(dashboard, site_tree):
    html = panel(dashboard(), "portal-most-read-heading")
    assert "Chưa ghi nhận lượt xem nào trong 7 ngày qua." in html


def test_the_visit_chart_has_labelled_axes_and_dates(dashboard, site_tree):
    today = stats.today()
    DailyTotals.objects.create(date=today - timedelta(days=2), views=4321, visitors=987)
    html = panel(dashboard(), "portal-visits-heading")
    svg = html[html.index('<svg class="portal-chart"') :]
    svg = svg[: svg.index("</svg>")]
    titles = re.findall(r'class="portal-chart__axis-title"[^>]*>([^<]+)<', svg)
    assert titles == ["Lượt xem", "Ngày"]
    dates = re.findall(r'class="portal-chart__date"[^>]*>([^<]+)<', svg)
    assert dates[0] == (today - timedelta(days=29)).strftime("%d/%m") and dates[-1] == today.strftime("%d/%m")
    ticks = re.findall(r'class="portal-chart__tick"[^>]*>([^<]+)<', svg)
    assert ticks == ["0", "2160", "4321"]
    assert "<title" in svg and "<desc" in svg
    # Coordinates are SVG numbers, never Vietnamese-formatted ones: "72,0" is a list of two x positions to SVG, and
    # "translate(12 72,0)" is refused.
    geometry = re.findall(r'\b(?:x|y|x1|x2|y1|y2|dy|width|height|transform|viewBox)="([^"]*)"', svg)
    assert geometry and [value for value in geometry if "," in value] == []
