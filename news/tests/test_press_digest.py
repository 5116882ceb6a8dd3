"""The daily press digest (Điểm báo): one day's press coverage by topic and outlet, with day navigation."""

import datetime

import pytest
from django.utils import timezone

from news.factories import ArticlePageFactory, OutletFactory, PressDigestPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def at(day, hour):
    """`hour` o'clock on `day`; on today, never later than now (between midnight and 3 a.m. in Thai Nguyen, "today at
    3" would still be to come and no digest would show it)."""
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))
    if day == timezone.localdate():
        start_of_day = timezone.make_aware(datetime.datetime.combine(day, datetime.time(0, 0)))
        moment = min(moment, max(start_of_day, timezone.now() - datetime.timedelta(minutes=10 - hour)))
    return moment


@pytest.fixture
def digest(news_tree):
    """Press items on three days (today, two days ago, four days ago), by two outlets, under three topics."""
    today = timezone.localdate()
    press = SectionPageFactory(parent=news_tree.index, title="Thông tin báo chí về Thái Nguyên", slug="bao-chi")
    nhan_dan = OutletFactory(name="Báo Nhân Dân", site="https://nhandan.vn/")
    vnexpress = OutletFactory(name="VnExpress", site="https://vnexpress.net/")

    def item(title, day, hour, outlet, topic=None, **fields):
        article = ArticlePageFactory(
            parent=press,
            title=title,
            kind="press",
            outlet=outlet,
            original_url=f"{outlet.site}bai-{hour}.html",
            original_date=day,
            date=at(day, hour),
            **fields,
        )
        if topic:
            article.tags.add(topic)
            article.save_revision().publish()
        return article

    two_days_ago = today - datetime.timedelta(days=2)
    four_days_ago = today - datetime.timedelta(days=4)
    item("Thái Nguyên xuất khẩu chè kỷ lục", today, 0, vnexpress, "Chè Thái Nguyên")
    item("Thái Nguyên – điểm sáng thu hút FDI", today, 1, nhan_dan, "Đầu tư")
    item("Mở rộng khu công nghiệp Yên Bình", today, 2, vnexpress, "Đầu tư")
    item("Ứng dụng công dân số Thái Nguyên", today, 3, nhan_dan)
    item("Về Tân Cương thưởng trà đầu đông", two_days_ago, 9, nhan_dan, "Du lịch")
    item("Học sinh Thái Nguyên đoạt giải quốc gia", four_days_ago, 9, vnexpress, "Giáo dục")
    # Not in any digest: a draft, a news article, a press item published later than now.
    draft = item("Bản nháp chưa đăng", today, 0, vnexpress, "Đầu tư")
    draft.unpublish()
    ArticlePageFactory(parent=press, title="Tin thường trong ngày", date=at(today, 0))
    item("Bài hẹn giờ ngày mai", today + datetime.timedelta(days=1), 9, vnexpress, "Đầu tư")
    return PressDigestPageFactory(parent=news_tree.index), today


def test_latest_day_by_topic_and_outlet(client, digest):
    page, today = digest
    response = client.get(page.url)
    assert response.status_code == 200
    context = response.context
    assert context["day"] == today and context["item_count"] == 4
    topics = [
        (topic, [(outlet.name, [item.title for item in items]) for outlet, items in outlets])
        for topic, outlets in context["topics"]
    ]
    assert topics == [
        ("Chè Thái Nguyên", [("VnExpress", ["Thái Nguyên xuất khẩu chè kỷ lục"])]),
        (
            "Đầu tư",
            [
                ("Báo Nhân Dân", ["Thái Nguyên – điểm sáng thu hút FDI"]),
                ("VnExpress", ["Mở rộng khu công nghiệp Yên Bình"]),
            ],
        ),
        ("", [("Báo Nhân Dân", ["Ứng dụng công dân số Thái Nguyên"])]),
    ]
    html = response.content.decode()
    assert "Chủ đề khác" in html
    assert "Bản nháp chưa đăng" not in html and "Tin thường trong ngày" not in html and "Bài hẹn giờ" not in html
    # Days with press coverage around it: none after today (tomorrow's is not published yet).
    assert context["previous_day"] == today - datetime.timedelta(days=2) and context["next_day"] is None
    assert f'href="?date={today - datetime.timedelta(days=2):%Y-%m-%d}"' in html
    # It links to our summary and to the original.
    assert 'href="https://vnexpress.net/bai-0.html"' in html


def test_day_navigation_skips_days_without_press(client, digest):
    page, today = digest
    two_days_ago = today - datetime.timedelta(days=2)
    response = client.get(page.url, {"date": f"{two_days_ago:%Y-%m-%d}"})
    assert [
        item.title for _topic, outlets in response.context["topics"] for _o, items in outlets for item in items
    ] == ["Về Tân Cương thưởng trà đầu đông"]
    assert response.context["previous_day"] == today - datetime.timedelta(days=4)
    assert response.context["next_day"] == today


def test_a_day_without_press_says_so(client, digest):
    page, today = digest
    response = client.get(page.url, {"date": f"{today - datetime.timedelta(days=1):%Y-%m-%d}"})
    assert response.status_code == 200
    assert response.context["item_count"] == 0
    assert "Không có tin báo chí trong ngày này." in response.content.decode()
    assert response.context["next_day"] == today


@pytest.mark.parametrize("value", ["2026-13-01", "2026-02-30", "hôm-nay", "26/11/2026", "9" * 300, "0000-01-01"])
def test_a_bad_date_shows_the_latest_digest_with_a_message(client, digest, value):
    page, today = digest
    response = client.get(page.url, {"date": value})
    assert response.status_code == 200
    assert response.context["day"] == today
    assert "không phải là một ngày" in response.content.decode()


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_the_ends_of_the_calendar_show_the_latest_digest(client, digest, value):
    page, today = digest
    response = client.get(page.url, {"date": value})
    assert response.status_code == 200
    assert response.context["day"] == today and response.context["date_error"]
