"""On schedule (đúng kỳ): the late-items panel lists a late issue and a late document, and nothing on time."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from gazette.factories import GazetteIssuePageFactory, LegalDocumentFactory
from gazette.models import working_days_after
from gazette.schedule import late_items

from .conftest import publish

pytestmark = pytest.mark.django_db


def test_working_days_skip_weekends_and_holidays():
    friday = datetime.date(2026, 4, 24)
    assert working_days_after(friday, 1) == datetime.date(2026, 4, 27)  # Monday
    assert working_days_after(friday, 3, holidays=[datetime.date(2026, 4, 30)]) == datetime.date(2026, 4, 29)
    assert working_days_after(datetime.date(2026, 4, 28), 2, holidays=[datetime.date(2026, 4, 30)]) == (
        datetime.date(2026, 5, 1)
    )


@pytest.fixture
def schedule_case(gazette, settings):
    settings.GAZETTE_PUBLISH_WITHIN_WORKING_DAYS = 5
    today = timezone.localdate()
    index = gazette.index
    case = {}
    case["late_issue"] = GazetteIssuePageFactory(
        parent=index, number="40", publication_date=today - datetime.timedelta(days=3), live=False,
        title="Công báo số 40 (trễ hạn)",
    )  # fmt: skip
    case["future_issue"] = GazetteIssuePageFactory(
        parent=index, number="41", publication_date=today + datetime.timedelta(days=3), live=False,
        title="Công báo số 41 (chưa đến hạn)",
    )  # fmt: skip
    case["late_document"] = LegalDocumentFactory(
        number="201/QĐ-UBND", issue_date=today - datetime.timedelta(days=30), summary="Văn bản chậm đăng"
    )
    case["recent_document"] = LegalDocumentFactory(
        number="202/QĐ-UBND", issue_date=today - datetime.timedelta(days=2), summary="Văn bản vừa ký"
    )
    case["published_document"] = publish(
        LegalDocumentFactory(number="203/QĐ-UBND", issue_date=today - datetime.timedelta(days=30)), gazette.issue
    )
    return case


def test_late_items_lists_late_things_only(schedule_case):
    late = late_items()
    assert [issue.pk for issue in late.issues] == [schedule_case["late_issue"].pk]
    assert [document.pk for document, _ in late.documents] == [schedule_case["late_document"].pk]


def test_admin_panel_and_page_list_the_late_items(client, schedule_case):
    admin = get_user_model().objects.create_superuser("congbao", "cb@thainguyen.gov.vn", "mật-khẩu-công-báo-2026")
    client.force_login(admin)
    for url in ("/admin/", "/admin/gazette/late/"):
        html = client.get(url).content.decode()
        assert "Công báo số 40 (trễ hạn)" in html
        assert "201/QĐ-UBND" in html
        assert "Công báo số 41" not in html
        assert "202/QĐ-UBND" not in html
        assert "203/QĐ-UBND" not in html


def test_late_items_page_needs_permission(client, schedule_case):
    user = get_user_model().objects.create_user("ctv", "ctv@thainguyen.gov.vn", "mật-khẩu-cộng-tác-viên")
    client.force_login(user)
    assert client.get("/admin/gazette/late/").status_code in (302, 403)
