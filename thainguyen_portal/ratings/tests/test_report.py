"""The admin report of readers' ratings: figures by section, page type and month, the comments, the CSV export, who
may see it; and the demo's ratings."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django.utils import translation

from news.models import ArticlePage
from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.ratings import demo, service
from thainguyen_portal.ratings.models import Rating

pytestmark = pytest.mark.django_db

NOV = datetime.date(2026, 11, 14)
DEC = datetime.date(2026, 12, 2)


@pytest.fixture
def votes(rated_tree):
    """Seven readers' votes on three pages over two months."""
    t = rated_tree
    service.record(t.article, "10.0.0.1", "a", True, "clear", "Rất rõ ràng.", day=NOV)
    service.record(t.article, "10.0.0.2", "a", False, "outdated", "Số liệu đã cũ.", day=NOV)
    service.record(t.article, "10.0.0.3", "a", True, day=DEC)
    service.record(t.article2, "10.0.0.1", "a", False, "wrong", "Sai tên xã.", day=DEC)
    service.record(t.article2, "10.0.0.2", "a", False, "wrong", day=DEC)
    service.record(t.history, "10.0.0.1", "a", True, "complete", day=DEC)
    service.record(t.history, "10.0.0.1", "a", False, day=DEC)  # the same reader again: not counted
    service.record(t.history, "10.0.0.1", "a", False, "unclear", "Khó theo dõi.", day=NOV)  # another day: counted
    assert Rating.objects.count() == 7
    return t


@pytest.fixture
def editor_client(django_user_model):
    group = Group.objects.create(name="Biên tập viên thử")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="ratings", codename="view_rating"),
    )
    user = django_user_model.objects.create_user("editor", password="x")
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


def export(client, **params):
    response = client.get(reverse("ratings_report"), {"export": "csv", **params})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    return [(r["Trang"], r["Chuyên mục"], r["Tháng"], int(r["Hữu ích"]), int(r["Chưa hữu ích"])) for r in rows], rows


def test_the_report_counts_by_page_and_month(editor_client, votes):
    figures, rows = export(editor_client)
    assert figures == [
        ("Khánh thành cầu Bến Tượng", "Thời sự", "12/2026", 1, 0),
        ("Xuất khẩu chè tăng", "Kinh tế", "12/2026", 0, 2),
        ("Lịch sử", "Giới thiệu", "12/2026", 1, 0),
        ("Khánh thành cầu Bến Tượng", "Thời sự", "11/2026", 1, 1),
        ("Lịch sử", "Giới thiệu", "11/2026", 0, 1),
    ]
    november = rows[3]
    with translation.override("vi"):
        assert november["Loại trang"] == str(ArticlePage._meta.verbose_name)
    assert november["Địa chỉ"] == "/tin-tuc/thoi-su/khanh-thanh-cau/"
    assert november["Lý do"] in ("Rõ ràng, dễ hiểu: 1; Thông tin đã cũ: 1", "Thông tin đã cũ: 1; Rõ ràng, dễ hiểu: 1")
    assert "Rất rõ ràng." in november["Ý kiến"] and "Số liệu đã cũ." in november["Ý kiến"]
    assert rows[1]["Lý do"] == "Thông tin sai: 2"
    assert rows[1]["Ý kiến"] == "[02/12] − Sai tên xã."


def test_the_report_filters_by_section_type_month_and_answer(editor_client, votes):
    by_section, _ = export(editor_client, section=votes.economy.pk)
    assert by_section == [("Xuất khẩu chè tăng", "Kinh tế", "12/2026", 0, 2)]
    standard = ContentType.objects.get(app_label="home", model="standardpage")
    by_type, _ = export(editor_client, page_type=standard.pk)
    assert [(row[0], row[2]) for row in by_type] == [("Lịch sử", "12/2026"), ("Lịch sử", "11/2026")]
    by_month, _ = export(editor_client, month="2026-11")
    assert by_month == [
        ("Khánh thành cầu Bến Tượng", "Thời sự", "11/2026", 1, 1),
        ("Lịch sử", "Giới thiệu", "11/2026", 0, 1),
    ]
    not_useful, _ = export(editor_client, useful="0", month="2026-12")
    assert not_useful == [("Xuất khẩu chè tăng", "Kinh tế", "12/2026", 0, 2)]


def test_the_report_page_shows_the_comments_to_editors_only(editor_client, votes, django_user_model):
    response = editor_client.get(reverse("ratings_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Đánh giá của bạn đọc" in html
    assert "Khó theo dõi." in html and "Sai tên xã." in html
    assert "Thông tin đã cũ: 1" in html
    # in the Reports menu of those who may see it
    assert reverse("ratings_report") in editor_client.get(reverse("wagtailadmin_home")).content.decode()
    # a signed-in user without the permission is refused; an anonymous reader is sent to the login page
    user = django_user_model.objects.create_user("reporter", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    other = Client()
    other.force_login(user)
    assert other.get(reverse("ratings_report")).status_code in (302, 403)
    assert reverse("ratings_report") not in other.get(reverse("wagtailadmin_home")).content.decode()
    assert Client().get(reverse("ratings_report")).status_code == 302


def test_the_demo_rates_a_few_pages_the_same_every_run(rated_tree):
    demo.seed(DemoBuilder())
    first = sorted(Rating.objects.values_list("page_id", "fingerprint", "useful", "reason", "comment"))
    assert len({row[0] for row in first}) == 5  # the live pages from the sections down in this small tree
    assert any(row[4] for row in first) and any(not row[2] for row in first)
    demo.seed(DemoBuilder())
    assert sorted(Rating.objects.values_list("page_id", "fingerprint", "useful", "reason", "comment")) == first
    demo.reset()
    assert not Rating.objects.exists()
