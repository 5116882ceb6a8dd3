"""Subscribing, the double opt-in, unsubscribing and bad input (docs/alerts.md)."""

import datetime
import re

import pytest
from django.core import mail, signing
from django.test import override_settings

from thainguyen_portal.alerts import service
from thainguyen_portal.alerts.models import Status, Subscriber, Subscription

pytestmark = pytest.mark.django_db

URL = "/_/alerts/subscribe/"


def confirm_link(message):
    return re.search(r"https?://\S+/_/alerts/confirm/\S+/", message.body).group(0)


def test_subscribe_then_confirm(client, alerts_tree):
    topic = f"section:{alerts_tree.section.pk}"
    page = client.get(URL, {"topic": topic})
    assert page.status_code == 200
    assert "Thời sự" in page.content.decode()

    response = client.post(URL, {"topic": topic, "address": " Ban.Doc@Example.vn "})
    assert response.status_code == 200
    subscription = Subscription.objects.get()
    assert subscription.status == Status.PENDING
    assert subscription.subscriber.address == "ban.doc@example.vn"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ban.doc@example.vn"]
    link = confirm_link(message)
    assert link.startswith("http://testserver/_/alerts/confirm/")
    assert link in message.alternatives[0][0]  # the HTML part has it too

    confirmed = client.get(link.removeprefix("http://testserver"))
    assert confirmed.status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == Status.CONFIRMED
    assert subscription.confirmed_at is not None and subscription.since == subscription.confirmed_at


def test_english_subscription_gets_english_mail(client, alerts_tree):
    response = client.post("/en" + URL, {"topic": "doc-type:quyet-dinh", "address": "reader@example.vn"})
    assert response.status_code == 200
    assert Subscriber.objects.get().language == "en"
    assert "/en/_/alerts/confirm/" in mail.outbox[0].body
    assert "To confirm, open this link" in mail.outbox[0].body
    assert '<html lang="en">' in mail.outbox[0].alternatives[0][0]


def test_vietnamese_mail_by_default(client, alerts_tree):
    client.post(URL, {"topic": "doc-type:quyet-dinh", "address": "ban-doc@example.vn"})
    assert "To confirm" not in mail.outbox[0].body
    assert "Xác nhận" in mail.outbox[0].subject or "xác nhận" in mail.outbox[0].body


def test_same_answer_for_known_and_unknown_address(client, alerts_tree):
    topic = "doc-type:quyet-dinh"
    first = client.post(URL, {"topic": topic, "address": "known@example.vn"})
    subscription = Subscription.objects.get()
    service.confirm(service.confirm_token(subscription))
    again = client.post(URL, {"topic": topic, "address": "known@example.vn"})
    unknown = client.post(URL, {"topic": topic, "address": "unknown@example.vn"})
    assert first.status_code == again.status_code == unknown.status_code == 200
    assert again.content.replace(b"known", b"X") == unknown.content.replace(b"unknown", b"X")
    # No e-mail to an address already confirmed on the topic; one to the new address.
    assert [message.to for message in mail.outbox] == [["known@example.vn"], ["unknown@example.vn"]]


def test_honeypot_stores_nothing(client, alerts_tree):
    response = client.post(URL, {"topic": "doc-type:quyet-dinh", "address": "bot@example.vn", "website": "spam"})
    assert response.status_code == 200  # looks like success
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


@override_settings(PORTAL_RATE_LIMITS={"alerts": "2/m"})
def test_rate_limit(client, alerts_tree):
    for number in range(2):
        assert client.post(URL, {"topic": "doc-type:quyet-dinh", "address": f"a{number}@example.vn"}).status_code == 200
    response = client.post(URL, {"topic": "doc-type:quyet-dinh", "address": "a3@example.vn"})
    assert response.status_code == 429
    assert Subscriber.objects.count() == 2


def test_bad_address_is_explained(client, alerts_tree):
    response = client.post(URL, {"topic": "doc-type:quyet-dinh", "address": "not an address"})
    assert response.status_code == 400
    assert "example.vn" in response.content.decode()
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize(
    "topic",
    [
        "",
        "nonsense",
        "section:999999",
        "section:99999999999999999999",
        "section:abc",
        "document:nope",
        "doc-type:no-such",
        "tag:",
        "x:y",
    ],
)
def test_unknown_topic_is_explained(client, alerts_tree, topic):
    for response in (client.get(URL, {"topic": topic}), client.post(URL, {"topic": topic, "address": "a@example.vn"})):
        assert response.status_code == 404
        assert "Không tìm thấy chủ đề" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_malformed_and_tampered_tokens(client, alerts_tree):
    for token in ("abc", "x" * 500, signing.dumps({"s": 1, "t": "doc-type:quyet-dinh"}, salt="other")):
        response = client.get(f"/_/alerts/confirm/{token}/")
        assert response.status_code == 400
        assert "không hợp lệ" in response.content.decode()


def test_expired_token(client, alerts_tree, settings):
    client.post(URL, {"topic": "doc-type:quyet-dinh", "address": "late@example.vn"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://testserver")
    settings.ALERTS_CONFIRM_DAYS = 0
    response = client.get(link)
    assert response.status_code == 400
    assert "hết hạn" in response.content.decode()
    assert Subscription.objects.get().status == Status.PENDING


def test_confirmation_of_a_forgotten_subscription(client, alerts_tree):
    client.post(URL, {"topic": "doc-type:quyet-dinh", "address": "gone@example.vn"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://testserver")
    Subscriber.objects.all().delete()
    assert client.get(link).status_code == 400


def test_unsubscribe_page_and_one_click_post(alerts_tree):
    from django.test import Client

    subscriber = Subscriber.objects.create(address="leave@example.vn")
    Subscription.objects.create(subscriber=subscriber, topic="doc-type:quyet-dinh", status=Status.CONFIRMED)
    url = f"/_/alerts/unsubscribe/{subscriber.token}/"
    client = Client(enforce_csrf_checks=True)
    page = client.get(url)
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    assert Subscriber.objects.exists()
    # RFC 8058: the mail client posts "List-Unsubscribe=One-Click", with no CSRF token.
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscriber.objects.exists() and not Subscription.objects.exists()
    # The link again: a clear message, never an error.
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 200
    assert client.get("/_/alerts/unsubscribe/" + "x" * 300 + "/").status_code == 404


def test_pending_subscriptions_are_forgotten(alerts_tree):
    from django.utils import timezone

    subscriber = Subscriber.objects.create(address="never@example.vn")
    Subscription.objects.create(
        subscriber=subscriber, topic="doc-type:quyet-dinh", requested_at=timezone.now() - datetime.timedelta(days=10)
    )
    Subscriber.objects.filter(pk=subscriber.pk).update(created_at=timezone.now() - datetime.timedelta(days=10))
    service.forget_unconfirmed()
    assert not Subscriber.objects.exists()
