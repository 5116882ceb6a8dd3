"""Query counts of the spokesperson's page, the work calendar, the press digest, the Google News sitemap, and of
English pages that show translated snippets. After the first view the frame costs one query (the language
alternates; site, locales, settings and menus come from the cache: core/publishing/frame.py) and serving the page about
two (core/pages/routing.py). Raise a number only with a reason."""

import datetime

import pytest
from django.utils import timezone

from news.factories import (
    ArticlePageFactory,
    CalendarEntryFactory,
    LeaderFactory,
    OutletFactory,
    PressDigestPageFactory,
    SectionPageFactory,
    SpokespersonFactory,
    SpokespersonPageFactory,
    WorkCalendarPageFactory,
)
from news.models import STATEMENTS_SHOWN
from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.core.factories import ImageFactory

pytestmark = pytest.mark.django_db


# Frame and serving (3) + spokespersons, the statements section, statements (3).
SPOKESPERSON_QUERIES = 6


def test_spokesperson_page(news_tree, count_queries):
    section = SectionPageFactory(parent=news_tree.index, title="Phát ngôn báo chí", slug="phat-ngon-bao-chi")
    for _ in range(3):
        SpokespersonFactory()
    spokesperson = SpokespersonFactory()
    for _ in range(STATEMENTS_SHOWN + 3):
        ArticlePageFactory(parent=section, kind="statement", spokesperson=spokesperson, statement_kind="statement")
    page = SpokespersonPageFactory(parent=news_tree.index, statements_section=section)
    response = count_queries(page.url, SPOKESPERSON_QUERIES)
    assert len(response.context["statements"]) == STATEMENTS_SHOWN
    # Without a chosen section: one query fewer.
    page.statements_section = None
    page.save_revision().publish()
    count_queries(page.url, SPOKESPERSON_QUERIES - 1)


# Frame and serving (3) + the week's entries with their leaders (1), however many entries and leaders.
CALENDAR_QUERIES = 4


def test_work_calendar(news_tree, count_queries):
    page = WorkCalendarPageFactory(parent=news_tree.index)
    leaders = [LeaderFactory() for _ in range(4)]
    today = timezone.localdate()
    for n in range(20):
        CalendarEntryFactory(date=today - datetime.timedelta(days=today.weekday() - n % 7), leader=leaders[n % 4])
    response = count_queries(page.url, CALENDAR_QUERIES)
    assert response.context["entry_count"] == 20
    # Another week, a bad week: the same.
    count_queries(page.url + "?tuan=2026-W01", CALENDAR_QUERIES)
    count_queries(page.url + "?tuan=sai", CALENDAR_QUERIES)


# The English calendar: the same, plus the leaders' translations (1).
def test_english_work_calendar(news_tree, count_queries):
    page = WorkCalendarPageFactory(parent=news_tree.index)
    builder = DemoBuilder()
    builder.translation(news_tree.index, "en", title="News", slug="news")
    page_en = builder.translation(page, "en", title="Work calendar", slug="work-calendar")
    today = timezone.localdate()
    for n in range(4):
        leader = LeaderFactory()
        english = leader.copy_for_translation(page_en.locale)
        english.position = "Vice Chairman"
        english.save()
        entry = CalendarEntryFactory(date=today, leader=leader)
        entry_en = entry.copy_for_translation(page_en.locale)
        entry_en.activity = f"Meeting {n}"
        entry_en.save()
    response = count_queries(page_en.url, CALENDAR_QUERIES + 1)
    assert response.context["entry_count"] == 4


# Frame and serving (3) + the latest day, the day's items with their outlets, their tagged items, their tags, the
# previous day, the next day (6).
DIGEST_QUERIES = 9


def test_press_digest(news_tree, count_queries):
    press = SectionPageFactory(parent=news_tree.index, title="Báo chí", slug="bao-chi")
    outlets = [OutletFactory(logo=ImageFactory()) for _ in range(3)]
    now = timezone.now()
    for n in range(12):
        article = ArticlePageFactory(
            parent=press,
            kind="press",
            outlet=outlets[n % 3],
            original_url=f"https://bao.example.vn/{n}.html",
            date=now - datetime.timedelta(hours=n * 5),
        )
        article.tags.add(["Đầu tư", "Du lịch", "Chè"][n % 3])
        article.save_revision().publish()
    page = PressDigestPageFactory(parent=news_tree.index)
    count_queries(page.url, DIGEST_QUERIES)
    # A chosen day needs no "latest day" query; a bad date does.
    day = timezone.localdate(now - datetime.timedelta(days=1))
    count_queries(page.url + f"?date={day:%Y-%m-%d}", DIGEST_QUERIES - 1)
    count_queries(page.url + "?date=sai", DIGEST_QUERIES)


# The articles (1): the site, view restrictions and settings come from the cache (core/publishing/frame.py), URLs from
# the cached site root paths.
SITEMAP_QUERIES = 1


def test_news_sitemap(news_tree, count_queries):
    for _ in range(15):
        ArticlePageFactory(parent=news_tree.current, date=timezone.now() - datetime.timedelta(hours=1))
    response = count_queries("/sitemap-news.xml", SITEMAP_QUERIES)
    assert response.content.decode().count("<news:news>") == 15
