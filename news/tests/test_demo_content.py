"""The news and home demo reads as a local reader would believe it (issue 19): articles of 200–600 words whose body
does not repeat the standfirst, one cast of leaders (core/demos/people.py), today's names of places and departments
(no districts since 1 July 2025), illustrations whose alt text says what is drawn, a calendar of several weeks."""

import datetime
import re

import pytest
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page

from news.models import ArticlePage, CalendarEntry, Leader, Spokesperson
from thainguyen_portal.core.demos.art import SUBJECTS
from thainguyen_portal.core.demos.people import COMMITTEE_LEADERS, SPOKESPERSON

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

# Names that no longer exist as current units or departments. A former district may be named as such ("huyện Đại
# Từ trước đây", "thành phố Thái Nguyên cũ").
FORBIDDEN = ["Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Giao thông vận tải", "Sở Lao động"]
FORMER_UNIT = re.compile(r"\b(?:huyện\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)?|thành phố Thái Nguyên)")
HISTORIC = re.compile(r"trước đây|\bcũ\b")


def text_of(value):
    """The plain text of a field: a StreamField's blocks (rich text and strings), a rich text or a string."""
    if value is None:
        return ""
    if hasattr(value, "raw_data"):
        return " ".join(text_of(block.value) for block in value)
    if hasattr(value, "source"):
        return strip_tags(value.source.replace("</p>", "</p> "))
    if isinstance(value, dict):
        return " ".join(text_of(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return " ".join(text_of(item) for item in value)
    return strip_tags(str(value).replace("</p>", "</p> ")) if isinstance(value, str) else ""


def words(text):
    return len(text.split())


def demo_articles():
    """The Vietnamese articles with a body of their own (press items link to the original: excerpt and summary)."""
    return ArticlePage.objects.live().filter(locale__language_code="vi").exclude(kind=ArticlePage.Kind.PRESS)


def former_names(text):
    """The former units `text` names as if they still existed."""
    found = []
    for match in FORMER_UNIT.finditer(text):
        around = text[max(0, match.start() - 40) : match.end() + 40]
        if not HISTORIC.search(around):
            found.append(around)
    return found + [name for name in FORBIDDEN if name in text]


def test_every_article_has_a_body_of_200_to_600_words_that_does_not_repeat_its_standfirst(demo):
    articles = list(demo_articles())
    assert len(articles) >= 50
    for article in articles:
        body = " ".join(text_of(article.body).split())
        assert 200 <= words(body) <= 600, (article.title, words(body))
        sapo = " ".join(article.sapo.split())
        assert sapo and sapo not in body, article.title
        assert not body.startswith(sapo[:40]), article.title


def test_the_leaders_and_the_spokesperson_are_the_cast_and_say_they_are_sample_data(client, demo):
    leaders = Leader.objects.filter(locale__language_code="vi").order_by("sort_order")
    assert [(leader.name, leader.position) for leader in leaders] == [
        (name, position) for name, position, _portfolio in COMMITTEE_LEADERS
    ]
    for leader in leaders:
        assert "Dữ liệu mẫu" in leader.biography
        assert leader.photo is not None and "giữ chỗ" in leader.photo.description
    assert Spokesperson.objects.filter(locale__language_code="vi", name=SPOKESPERSON[0]).exists()
    html = client.get("/tin-tuc/lanh-dao-tinh/").content.decode()
    assert "Dữ liệu mẫu" in html and COMMITTEE_LEADERS[1][0] in html
    # The articles about a leader's direction name a leader of the cast.
    directions = demo_articles().filter(kind=ArticlePage.Kind.DIRECTION)
    assert directions.exists()
    for article in directions:
        assert article.leader is not None and article.leader.name in text_of(article.body), article.title


def test_no_demo_page_of_the_news_and_home_areas_names_a_former_unit_as_current(demo):
    problems = []
    for page in Page.objects.live().filter(locale__language_code="vi").specific():
        # The petitions (news/petitions/, app label "petitions") are pages of the news area too.
        if page._meta.app_label not in ("news", "petitions", "home"):
            continue
        fields = [page.title, page.search_description]
        for name in ("intro", "sapo", "body", "content", "answer", "tagline", "excerpt", "source"):
            fields.append(text_of(getattr(page, name, None)))
        agency = getattr(page, "agency", None)  # a petition's
        if agency is not None:
            fields.append(agency.name)
        for found in former_names(" ".join(str(field) for field in fields)):
            problems.append((page.url, found))
    for entry in CalendarEntry.objects.filter(locale__language_code="vi"):
        for found in former_names(f"{entry.activity} {entry.place} {entry.participants}"):
            problems.append(("calendar", found))
    assert not problems


def test_illustrations_say_what_they_show(demo):
    drawn = tuple(SUBJECTS.values())
    illustrated = demo_articles().filter(featured_image__isnull=False).select_related("featured_image")
    assert illustrated.count() >= 45
    for article in illustrated:
        assert article.featured_image.description.startswith(drawn), (article.title, article.featured_image.description)


def test_the_work_calendar_spans_five_weeks_around_today(client, demo):
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    dates = CalendarEntry.objects.filter(locale__language_code="vi").values_list("date", flat=True)
    weeks = {date - datetime.timedelta(days=date.weekday()) for date in dates}
    assert len(weeks) >= 4
    assert min(weeks) <= monday - datetime.timedelta(weeks=2) and max(weeks) >= monday + datetime.timedelta(weeks=2)
    cast = {name for name, _position, _portfolio in COMMITTEE_LEADERS}
    assert set(CalendarEntry.objects.values_list("leader__name", flat=True)) <= cast
    calendar = client.get("/tin-tuc/lich-cong-tac/")
    for week in (calendar.context["previous_week"], calendar.context["next_week"]):  # the reader's next clicks
        response = client.get("/tin-tuc/lich-cong-tac/", {calendar.context["week_parameter"]: week})
        assert response.status_code == 200 and response.context["entry_count"] >= 5, week
