"""The admin report: counts per topic and status, never an address (docs/alerts.md)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from thainguyen_portal.alerts.models import Status, Subscriber, Subscription

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscriptions(alerts_tree):
    for number, (topic, status) in enumerate(
        [
            ("doc-type:quyet-dinh", Status.CONFIRMED),
            ("doc-type:quyet-dinh", Status.CONFIRMED),
            ("doc-type:quyet-dinh", Status.PENDING),
            (f"section:{alerts_tree.section.pk}", Status.CONFIRMED),
        ]
    ):
        subscriber = Subscriber.objects.create(address=f"secret-reader-{number}@example.vn")
        Subscription.objects.create(subscriber=subscriber, topic=topic, status=status)


def test_report_shows_counts_and_no_address(admin_client, subscriptions):
    response = admin_client.get(reverse("alerts_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "secret-reader" not in html and "@example.vn" not in html
    assert "Thời sự" in html
    rows = [(row.topic, row.status, row.count) for row in response.context["object_list"]]
    assert ("doc-type:quyet-dinh", "Đã xác nhận", 2) in rows
    assert ("doc-type:quyet-dinh", "Đang chờ xác nhận", 1) in rows
    export = admin_client.get(reverse("alerts_report") + "?export=csv")
    assert export.status_code == 200
    content = b"".join(export.streaming_content) if export.streaming else export.content
    assert b"secret-reader" not in content and b"doc-type:quyet-dinh" in content


def test_report_needs_the_permission(client, django_user_model, subscriptions):
    user = django_user_model.objects.create_user("editor", password="x" * 12)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("alerts_report")).status_code in (302, 403)
    group = Group.objects.create(name="Đọc báo cáo")
    group.permissions.add(Permission.objects.get(codename="view_subscription"))
    user.groups.add(group)
    assert client.get(reverse("alerts_report")).status_code == 200


def test_report_names_the_kinds_of_topic_for_editors(admin_client, subscriptions):
    response = admin_client.get(reverse("alerts_report"))
    html = response.content.decode()
    kinds = {row.kind for row in response.context["object_list"]}
    assert kinds == {"Loại văn bản", "Chuyên mục tin tức"}
    assert "Loại văn bản" in html and "Chuyên mục tin tức" in html
    assert "doc-type" not in html and ">section<" not in html  # never the internal keys
    export = admin_client.get(reverse("alerts_report") + "?export=csv")
    content = (b"".join(export.streaming_content) if export.streaming else export.content).decode()
    assert "Loại văn bản" in content and "Chuyên mục tin tức" in content
