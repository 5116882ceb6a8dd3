"""Subscribing, the double opt-in, unsubscribing and bad input (docs/alerts.md)."""

import datetime
import re

import pytest
from django.core import mail, signing
from django.test import Client, override_settings

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

    path = link.removeprefix("http://testserver")
    assert client.get(path).status_code == 200
    assert Subscription.objects.get().status == Status.PENDING  # opening the link confirms nothing
    confirmed = client.post(path)
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
        for response in (client.get(f"/_/alerts/confirm/{token}/"), client.post(f"/_/alerts/confirm/{token}/")):
            assert response.status_code == 400
            assert "không hợp lệ" in response.content.decode()


def test_expired_token(client, alerts_tree, settings):
    client.post(URL, {"topic": "doc-type:quyet-dinh", "address": "late@example.vn"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://testserver")
    settings.ALERTS_CONFIRM_DAYS = 0
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 400
        assert "hết hạn" in response.content.decode()
        assert "Xác nhận đăng ký của tôi" not in response.content.decode()
    assert Subscription.objects.get().status == Status.PENDING


def test_confirmation_of_a_forgotten_subscription(client, alerts_tree):
    client.post(URL, {"topic": "doc-type:quyet-dinh", "address": "gone@example.vn"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://testserver")
    Subscriber.objects.all().delete()
    assert client.get(link).status_code == 400
    assert client.post(link).status_code == 400
    assert not Subscription.objects.exists()


def test_opening_the_confirmation_link_confirms_nothing_the_button_does(alerts_tree, settings):
    """Mail scanners and link previews fetch every link: only the reader's POST, with its CSRF token, confirms. The
    page is never kept by the page cache (each reader gets a token of their own)."""
    settings.PAGE_CACHE_ENABLED = True
    Client().post(URL, {"topic": f"section:{alerts_tree.section.pk}", "address": "a@example.vn"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://testserver")
    scanner = Client(enforce_csrf_checks=True)
    for _number in range(3):
        page = scanner.get(link)
        assert page.status_code == 200 and page.get("X-Cache") is None
        assert "no-store" in page["Cache-Control"]
    html = page.content.decode()
    assert "Thời sự" in html and "Xác nhận đăng ký của tôi" in html and 'method="post"' in html
    subscription = Subscription.objects.get()
    assert subscription.status == Status.PENDING and subscription.confirmed_at is None

    # A POST without the page's CSRF token (a forged form elsewhere) is refused.
    assert Client(enforce_csrf_checks=True).post(link).status_code == 403
    assert Subscription.objects.get().status == Status.PENDING

    reader = Client(enforce_csrf_checks=True)
    token = str(reader.get(link).context["csrf_token"])
    confirmed = reader.post(link, {"csrfmiddlewaretoken": token})
    assert confirmed.status_code == 200
    assert "Đã xác nhận đăng ký" in confirmed.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == Status.CONFIRMED and subscription.confirmed_at is not None
    first_confirmed_at = subscription.confirmed_at

    # The button again, or the link again: the same answer, nothing changes.
    again = reader.post(link, {"csrfmiddlewaretoken": token})
    assert again.status_code == 200 and "Đã xác nhận đăng ký" in again.content.decode()
    reopened = reader.get(link)
    assert reopened.status_code == 200 and "Đã xác nhận đăng ký" in reopened.content.decode()
    subscription.refresh_from_db()
    assert subscription.confirmed_at == first_confirmed_at
    assert Subscription.objects.count() == 1


def test_english_confirmation_page(client, alerts_tree):
    client.post("/en" + URL, {"topic": "doc-type:quyet-dinh", "address": "reader@example.vn"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://testserver")
    html = client.get(link).content.decode()
    assert "Confirm my subscription" in html and "Decision (Quyết định)" in html
    assert Subscription.objects.get().status == Status.PENDING


def reader_with_topics(alerts_tree, address="nguyen.van.an@example.vn", language="vi"):
    """A subscriber with two confirmed topics and one still waiting for confirmation."""
    subscriber = Subscriber.objects.create(address=address, language=language)
    for topic, status in (
        ("doc-type:quyet-dinh", Status.CONFIRMED),
        (f"section:{alerts_tree.section.pk}", Status.CONFIRMED),
        ("doc-type:nghi-quyet", Status.PENDING),
    ):
        Subscription.objects.create(subscriber=subscriber, topic=topic, status=status)
    return subscriber


def topics_of(subscriber):
    return set(Subscription.objects.filter(subscriber=subscriber).values_list("topic", flat=True))


def test_unsubscribe_page_and_one_click_post(alerts_tree):
    subscriber = reader_with_topics(alerts_tree, address="leave@example.vn")
    url = f"/_/alerts/unsubscribe/{subscriber.token}/"
    client = Client(enforce_csrf_checks=True)
    page = client.get(url)
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    assert Subscriber.objects.exists()
    # RFC 8058: the mail client posts "List-Unsubscribe=One-Click" to the List-Unsubscribe URL, with no CSRF token:
    # everything goes, whatever the number of topics.
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscriber.objects.exists() and not Subscription.objects.exists()
    # The link again: a clear message, never an error.
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 200
    assert client.post(url, {"scope": "selected", "topic": "doc-type:quyet-dinh"}).status_code == 200
    assert client.get("/_/alerts/unsubscribe/" + "x" * 300 + "/").status_code == 404


def test_unsubscribe_page_lists_the_confirmed_topics_and_masks_the_address(alerts_tree):
    subscriber = reader_with_topics(alerts_tree)
    client = Client(enforce_csrf_checks=True)
    html = client.get(f"/_/alerts/unsubscribe/{subscriber.token}/").content.decode()
    # Named as the digest names them, each with its checkbox; the topic waiting for confirmation is not listed.
    assert "Quyết định" in html and "Thời sự" in html and "Nghị quyết" not in html
    assert 'name="topic" value="doc-type:quyet-dinh"' in html
    assert f'name="topic" value="section:{alerts_tree.section.pk}"' in html
    assert 'value="doc-type:nghi-quyet"' not in html
    assert 'name="scope" value="selected"' in html and 'name="scope" value="all"' in html
    assert "Hủy đăng ký các chủ đề đã chọn" in html and "Hủy tất cả đăng ký nhận tin" in html
    # Never the address in full.
    assert "nguyen.van.an" not in html and "Thư thông báo gửi đến ng***@example.vn" in html
    # In English on /en/ (the link of an English digest).
    english = client.get(f"/en/_/alerts/unsubscribe/{subscriber.token}/").content.decode()
    assert "Decision (Quyết định)" in english and "Unsubscribe from the selected topics" in english


def test_address_mask():
    assert service.mask("nguyen@gmail.com") == "ng***@gmail.com"
    assert service.mask("ab@example.vn") == "a***@example.vn"
    assert service.mask("x@example.vn") == "x***@example.vn"


def test_unsubscribe_from_selected_topics_only(alerts_tree):
    subscriber = reader_with_topics(alerts_tree)
    neighbour = reader_with_topics(alerts_tree, address="hang.xom@example.vn")
    url = f"/_/alerts/unsubscribe/{subscriber.token}/"
    client = Client(enforce_csrf_checks=True)
    response = client.post(url, {"scope": "selected", "topic": ["doc-type:quyet-dinh"]})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bạn sẽ không còn nhận tin về: Quyết định." in html
    assert f'value="section:{alerts_tree.section.pk}"' in html  # what is left, still listed
    assert topics_of(subscriber) == {f"section:{alerts_tree.section.pk}", "doc-type:nghi-quyet"}
    assert len(topics_of(neighbour)) == 3  # nobody else's subscriptions are touched

    # Nothing ticked: explained, nothing deleted.
    response = client.post(url, {"scope": "selected"})
    assert response.status_code == 400 and "ít nhất một chủ đề" in response.content.decode()
    # A topic the address does not follow as confirmed (the one waiting, a made-up one): nothing deleted.
    assert client.post(url, {"scope": "selected", "topic": ["doc-type:nghi-quyet", "x:y"]}).status_code == 400
    assert topics_of(subscriber) == {f"section:{alerts_tree.section.pk}", "doc-type:nghi-quyet"}

    # The last confirmed topic: the one waiting for confirmation keeps the address until it expires.
    client.post(url, {"scope": "selected", "topic": [f"section:{alerts_tree.section.pk}"]})
    assert topics_of(subscriber) == {"doc-type:nghi-quyet"}
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_unsubscribing_from_every_topic_one_by_one_forgets_the_address(alerts_tree):
    subscriber = reader_with_topics(alerts_tree)
    Subscription.objects.filter(subscriber=subscriber, status=Status.PENDING).delete()
    url = f"/_/alerts/unsubscribe/{subscriber.token}/"
    response = Client(enforce_csrf_checks=True).post(
        url, {"scope": "selected", "topic": ["doc-type:quyet-dinh", f"section:{alerts_tree.section.pk}"]}
    )
    assert response.status_code == 200 and "Đã hủy đăng ký" in response.content.decode()
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_unsubscribe_from_all_with_the_page_button(alerts_tree):
    subscriber = reader_with_topics(alerts_tree)
    neighbour = reader_with_topics(alerts_tree, address="hang.xom@example.vn")
    url = f"/_/alerts/unsubscribe/{subscriber.token}/"
    # The second button; ticked boxes do not matter.
    response = Client(enforce_csrf_checks=True).post(url, {"scope": "all", "topic": ["doc-type:quyet-dinh"]})
    assert response.status_code == 200 and "Đã hủy đăng ký" in response.content.decode()
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()
    assert not Subscription.objects.filter(subscriber_id=subscriber.pk).exists()
    assert len(topics_of(neighbour)) == 3


def test_pending_subscriptions_are_forgotten(alerts_tree):
    from django.utils import timezone

    subscriber = Subscriber.objects.create(address="never@example.vn")
    Subscription.objects.create(
        subscriber=subscriber, topic="doc-type:quyet-dinh", requested_at=timezone.now() - datetime.timedelta(days=10)
    )
    Subscriber.objects.filter(pk=subscriber.pk).update(created_at=timezone.now() - datetime.timedelta(days=10))
    service.forget_unconfirmed()
    assert not Subscriber.objects.exists()
