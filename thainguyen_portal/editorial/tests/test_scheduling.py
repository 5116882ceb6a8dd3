"""Scheduling: the scheduler command publishes what is due, the schedule view and the dashboard show what is coming."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from home.factories import StandardPageFactory
from tests.helpers import html_of
from thainguyen_portal.editorial.factories import FieldReportFactory

from .test_permissions import edit_data

pytestmark = pytest.mark.django_db


def schedule_page(newsroom, client, go_live_at, title="Lịch tiếp công dân tháng 12"):
    """An approver publishes with a go-live time in the future, through the admin: the page waits."""
    page = StandardPageFactory(parent=newsroom.section, title=title, live=False)
    client.force_login(newsroom.users["approvers"])
    data = edit_data(page, title, **{"action-publish": "1"})
    data["go_live_at"] = timezone.localtime(go_live_at).strftime("%Y-%m-%d %H:%M")
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk)
    assert not page.live
    return page


def test_run_scheduler_once_publishes_what_is_due(newsroom, client):
    page = schedule_page(newsroom, client, timezone.now() + timedelta(hours=2))
    call_command("run_scheduler", "--once")
    assert not Page.objects.get(pk=page.pk).live
    # Two hours later: move the approved time into the past, as the clock would.
    revision = page.latest_revision
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("run_scheduler", "--once")
    assert Page.objects.get(pk=page.pk).live


def test_schedule_view_lists_pages_going_live_and_expiring(newsroom, client):
    page = schedule_page(newsroom, client, timezone.now() + timedelta(days=1))
    expiring = newsroom.article
    expiring.expire_at = timezone.now() + timedelta(days=3)
    expiring.save()
    client.force_login(newsroom.users["editors"])
    html = html_of(client, "/admin/newsroom/schedule/")
    assert page.title in html and "Goes live" in html
    assert expiring.title in html and "Expires" in html
    assert html.index(page.title) < html.index(expiring.title)


def test_schedule_view_is_for_the_newsroom_only(newsroom, client):
    client.force_login(newsroom.users["collaborators"])
    assert client.get("/admin/newsroom/schedule/").status_code == 302
    client.force_login(newsroom.users["reporters"])
    assert client.get("/admin/newsroom/schedule/").status_code == 302


def test_dashboard_panels_for_editors(newsroom, client):
    FieldReportFactory(text="Lũ quét ở Định Hóa")
    schedule_page(newsroom, client, timezone.now() + timedelta(hours=3), "Bản tin tối")
    schedule_page(newsroom, client, timezone.now() + timedelta(days=3), "Bản tin tuần sau")
    client.force_login(newsroom.users["editors"])
    html = client.get("/admin/").content.decode()
    assert "New field reports" in html and "Lũ quét ở Định Hóa" in html
    assert "Scheduled in the next 24 hours" in html
    panel = html[html.index('id="newsroom-scheduled-today-section"') :]
    assert "Bản tin tối" in panel
    assert "Bản tin tuần sau" not in panel
    # Collaborators see neither panel.
    client.force_login(newsroom.users["collaborators"])
    html = client.get("/admin/").content.decode()
    assert "New field reports" not in html and "Scheduled today" not in html
