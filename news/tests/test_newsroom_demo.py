"""The demo's spokesperson's page, the work calendar, the press digest and the English snippets."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import CalendarEntry, Leader, Outlet, PressDigestPage, SpokespersonPage, WorkCalendarPage, week_code
from thainguyen_portal.core.demos.people import COMMITTEE_LEADERS, SPOKESPERSON

pytestmark = pytest.mark.django_db


def test_seed_demo_makes_the_newsroom_pages_once(client, demo):
    call_command("seed_demo", "--only", "news", stdout=StringIO())  # again, over the run's demo
    for model in (SpokespersonPage, WorkCalendarPage, PressDigestPage):  # and their English translations
        assert model.objects.filter(locale__language_code="vi").count() == 1
        assert model.objects.filter(locale__language_code="en").count() == 1

    today = timezone.localdate()
    entries = CalendarEntry.objects.filter(
        date__week=today.isocalendar()[1], date__year=today.isocalendar()[0], locale__language_code="vi"
    )
    assert entries.count() >= 10  # this week's, made once (two weeks before and after too: test_demo_content.py)
    vi_count = CalendarEntry.objects.filter(locale__language_code="vi").count()
    assert CalendarEntry.objects.filter(locale__language_code="en").count() == vi_count  # and translated
    assert entries.values("leader").distinct().count() == len(COMMITTEE_LEADERS)

    calendar = client.get("/tin-tuc/lich-cong-tac/")
    assert calendar.status_code == 200 and calendar.context["week"] == week_code(today)
    monday = calendar.context["week_start"]
    assert f"Phiên họp thường kỳ tháng {monday.month} của UBND tỉnh" in calendar.content.decode()

    spokesperson = client.get("/tin-tuc/nguoi-phat-ngon/").content.decode()
    assert SPOKESPERSON[0] in spokesperson and "vanphong@thainguyen.gov.vn" in spokesperson
    assert "Họp báo cung cấp thông tin kinh tế – xã hội quý IV" in spokesperson

    digest = client.get("/tin-tuc/diem-bao/")
    assert digest.context["item_count"] >= 3 and digest.context["previous_day"] is not None
    assert all(topic for topic, _outlets in digest.context["topics"])  # every demo press item has its topic

    assert Leader.objects.filter(locale__language_code="en").count() == len(COMMITTEE_LEADERS)
    assert Outlet.objects.get(locale__language_code="en", name="Nhan Dan newspaper")
