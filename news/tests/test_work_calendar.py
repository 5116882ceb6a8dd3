"""The leaders' weekly work calendar: ISO weeks, previous/next week, today marked, bad weeks never fail."""

import datetime

import pytest
from django.utils import timezone

from news.factories import CalendarEntryFactory, LeaderFactory, WorkCalendarPageFactory
from news.models import parse_week, week_code
from tests.helpers import get_ok
from thainguyen_portal.core.demo import DemoBuilder

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "monday"),
    [
        ("2026-W48", datetime.date(2026, 11, 23)),
        ("2026-W1", datetime.date(2025, 12, 29)),
        ("2026-W53", datetime.date(2026, 12, 28)),  # 2026 begins on a Thursday: it has 53 ISO weeks
        ("2025-W53", None),  # 2025 has 52
        ("2026-W00", None),
        ("2026-W54", None),
        ("2026-48", None),
        ("", None),
        ("sai", None),
        ("٢٠٢٦-W48", None),  # Arabic-Indic digits are digits to \d, not to us
        ("0001-W01", None),
        ("99999-W01", None),
        ("2026-W48' OR 1=1", None),
    ],
)
def test_parse_week(value, monday):
    assert parse_week(value) == monday


def test_week_code_crosses_the_year():
    assert week_code(datetime.date(2027, 1, 1)) == "2026-W53"
    assert week_code(datetime.date(2026, 11, 29)) == "2026-W48"


@pytest.fixture
def calendar(news_tree):
    return WorkCalendarPageFactory(parent=news_tree.index)


def test_current_week_with_today_marked(client, calendar):
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    leader = LeaderFactory(name="Trịnh Việt Hùng")
    CalendarEntryFactory(date=today, time=datetime.time(14, 0), leader=leader, activity="Tiếp công dân định kỳ")
    CalendarEntryFactory(date=today, time=None, leader=leader, activity="Kiểm tra dự án đường vành đai V")
    CalendarEntryFactory(date=monday - datetime.timedelta(days=1), activity="Việc của tuần trước")
    CalendarEntryFactory(date=monday + datetime.timedelta(days=7), activity="Việc của tuần sau")

    response = get_ok(client, calendar.url)
    html = response.content.decode()
    assert "Tiếp công dân định kỳ" in html and "Trịnh Việt Hùng" in html
    assert "Việc của tuần trước" not in html and "Việc của tuần sau" not in html
    # The whole-day item comes first in its day.
    assert html.index("Kiểm tra dự án đường vành đai V") < html.index("Tiếp công dân định kỳ")
    assert html.count('aria-current="date"') == 1
    assert f'id="day-{today:%Y-%m-%d}"' in html
    today_section = html[html.index('class="calendar-day calendar-day--today"') :]
    assert today_section.index(f"day-{today:%Y-%m-%d}") < 200
    context = response.context
    assert context["week"] == week_code(today) and len(context["days"]) == 7
    assert f'href="?tuan={week_code(monday - datetime.timedelta(days=7))}"' in html
    assert f'href="?tuan={week_code(monday + datetime.timedelta(days=7))}"' in html
    assert context["current_week"] == ""  # no "this week" link on this week


def test_a_chosen_week_and_its_neighbours(client, calendar):
    CalendarEntryFactory(date=datetime.date(2026, 11, 26), activity="Hội nghị triển khai Kế hoạch chuyển đổi số")
    CalendarEntryFactory(date=datetime.date(2026, 12, 3), activity="Họp Ban Chỉ đạo giải ngân vốn đầu tư công")
    response = client.get(calendar.url + "?tuan=2026-W48")
    html = response.content.decode()
    assert "Hội nghị triển khai Kế hoạch chuyển đổi số" in html
    assert "Họp Ban Chỉ đạo giải ngân vốn đầu tư công" not in html
    assert 'href="?tuan=2026-W47"' in html and 'href="?tuan=2026-W49"' in html
    assert response.context["week_start"] == datetime.date(2026, 11, 23)
    assert response.context["week_end"] == datetime.date(2026, 11, 29)
    assert "Tuần 48: 23/11/2026 – 29/11/2026" in html
    # Across the new year: 2027's first week follows 2026's 53rd.
    response = client.get(calendar.url + "?tuan=2027-W01")
    assert response.context["previous_week"] == "2026-W53"


@pytest.mark.parametrize("week", ["2026-W99", "tuần-này", "2026-W48%00", "9" * 500, "2025-W53"])
def test_a_bad_week_shows_the_current_one_with_a_message(client, calendar, week):
    response = client.get(calendar.url, {"tuan": week})
    assert response.status_code == 200
    assert response.context["week"] == week_code(timezone.localdate())
    assert "không phải là một tuần" in response.content.decode()


def test_english_calendar_shows_translations_where_they_exist(client, news_tree, calendar):
    builder = DemoBuilder()
    builder.translation(news_tree.index, "en", title="News", slug="news")
    calendar_en = builder.translation(calendar, "en", title="Work calendar", slug="work-calendar")
    leader = LeaderFactory(name="Trịnh Việt Hùng", position="Chủ tịch UBND tỉnh")
    leader_en = leader.copy_for_translation(calendar_en.locale)
    leader_en.name = "Trinh Viet Hung"
    leader_en.save()
    day = datetime.date(2026, 11, 24)
    translated = CalendarEntryFactory(date=day, leader=leader, activity="Phiên họp thường kỳ của UBND tỉnh")
    english = translated.copy_for_translation(calendar_en.locale)
    english.activity = "Regular meeting of the Provincial People's Committee"
    english.save()
    CalendarEntryFactory(date=day, leader=leader, activity="Tiếp công dân định kỳ")  # not translated

    html = client.get(calendar_en.url + "?tuan=2026-W48").content.decode()
    assert "Regular meeting of the Provincial People&#x27;s Committee" in html
    assert "Phiên họp thường kỳ của UBND tỉnh" not in html
    assert "Tiếp công dân định kỳ" in html  # the Vietnamese one, as there is no English
    assert "Trinh Viet Hung" in html and "Trịnh Việt Hùng" not in html
    assert "Week 48" in html
    # The Vietnamese page is untouched by the English translations.
    html_vi = client.get(calendar.url + "?tuan=2026-W48").content.decode()
    assert "Phiên họp thường kỳ của UBND tỉnh" in html_vi and "Regular meeting" not in html_vi
