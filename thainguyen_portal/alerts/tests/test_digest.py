"""The daily digest: what is new per topic, nothing twice, at most one a day, only for confirmed topics, with the
RFC 8058 headers; a followed document's change reaches its subscribers once (docs/alerts.md)."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from gazette.factories import DocumentRelationFactory, LegalDocumentFactory
from gazette.models import DocumentType
from thainguyen_portal.alerts import digest, service
from thainguyen_portal.alerts.models import Status, Subscriber, Subscription

pytestmark = pytest.mark.django_db


def follow(address, topic_key, language="vi", confirmed=True, at=None):
    topic = service.parse_topic(topic_key, language)
    assert topic is not None, topic_key
    subscriber, _created = Subscriber.objects.get_or_create(address=address, defaults={"language": language})
    subscription = Subscription.objects.create(subscriber=subscriber, topic=topic.key)
    if confirmed:
        subscription, _topic = service.confirm(service.confirm_token(subscription), now=at)
    return subscription


def test_section_and_tag_news_once_and_at_most_once_a_day(alerts_tree, new_article):
    start = timezone.now() - datetime.timedelta(days=3)
    follow("reader@example.vn", f"section:{alerts_tree.section.pk}", at=start)
    follow("reader@example.vn", f"tag:{alerts_tree.tag.slug}", at=start)
    before = new_article(alerts_tree.section, "Tin trước khi đăng ký", start - datetime.timedelta(hours=1))
    fresh = new_article(alerts_tree.section, "Khánh thành cầu Bến Tượng", start + datetime.timedelta(hours=1))
    elsewhere = new_article(alerts_tree.other, "Giá chè tăng", start + datetime.timedelta(hours=2), [alerts_tree.tag])
    new_article(alerts_tree.other, "Tin không theo dõi", start + datetime.timedelta(hours=3))

    assert digest.send_digests() == 1
    message = mail.outbox[0]
    assert message.to == ["reader@example.vn"]
    html = message.alternatives[0][0]
    for text in (message.body, html):
        assert fresh.title in text and elsewhere.title in text
        assert before.title not in text and "Tin không theo dõi" not in text
        assert "Thời sự" in text and "Chè Thái Nguyên" in text
    assert fresh.get_full_url() in message.body

    # The same day: nothing more, even with news.
    new_article(alerts_tree.section, "Tin mới trong ngày", timezone.now() + datetime.timedelta(minutes=1))
    assert digest.send_digests() == 0
    # The next day: only what is new since the last digest.
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    assert digest.send_digests(now=tomorrow) == 1
    assert "Tin mới trong ngày" in mail.outbox[1].body
    assert fresh.title not in mail.outbox[1].body
    # Nothing new: no e-mail.
    assert digest.send_digests(now=tomorrow + datetime.timedelta(days=1)) == 0
    assert len(mail.outbox) == 2


def test_unconfirmed_subscription_gets_no_digest(alerts_tree, new_article):
    start = timezone.now() - datetime.timedelta(days=1)
    subscription = follow("pending@example.vn", f"section:{alerts_tree.section.pk}", confirmed=False)
    Subscription.objects.filter(pk=subscription.pk).update(since=start)
    new_article(alerts_tree.section, "Tin mới", timezone.now() - datetime.timedelta(minutes=5))
    assert digest.send_digests() == 0
    assert mail.outbox == []


def test_new_documents_of_a_kind_and_field(alerts_tree):
    start = timezone.now() - datetime.timedelta(hours=2)
    type(alerts_tree.document).objects.filter(pk=alerts_tree.document.pk).update(
        first_published_at=start - datetime.timedelta(days=1)
    )
    follow("reader@example.vn", "doc-type:nghi-quyet", at=start)
    follow("reader@example.vn", f"doc-field:{alerts_tree.field.slug}", at=start)
    resolution = LegalDocumentFactory.published_in(
        alerts_tree.issue, number="20/2026/NQ-HĐND", doc_type=DocumentType.RESOLUTION, summary="Nghị quyết về học phí"
    )
    in_field = LegalDocumentFactory.published_in(
        alerts_tree.issue, number="21/2026/QĐ-UBND", fields=[alerts_tree.field]
    )
    LegalDocumentFactory(number="22/2026/NQ-HĐND", doc_type=DocumentType.RESOLUTION)  # not published
    assert digest.send_digests() == 1
    body = mail.outbox[0].body
    assert resolution.number in body and in_field.number in body and "22/2026" not in body
    assert f"http://testserver/cong-bao/van-ban/{resolution.slug}/" in body
    assert alerts_tree.document.number not in body  # published before the subscription


def test_followed_document_status_change_reaches_its_subscribers_once(alerts_tree):
    document = alerts_tree.document  # takes effect in ten days
    follow("one@example.vn", f"document:{document.slug}")
    follow("two@example.vn", f"document:{document.slug}")
    assert digest.send_digests() == 0  # nothing changed yet

    # It takes effect today (its status of force is computed for today's date).
    type(document).objects.filter(pk=document.pk).update(effective_date=timezone.localdate())
    in_eleven_days = timezone.now() + datetime.timedelta(days=1)
    assert digest.send_digests(now=in_eleven_days) == 2
    assert sorted(message.to[0] for message in mail.outbox) == ["one@example.vn", "two@example.vn"]
    for message in mail.outbox:
        assert document.number in message.body and "Còn hiệu lực" in message.body
    assert digest.send_digests(now=in_eleven_days + datetime.timedelta(days=1)) == 0
    assert len(mail.outbox) == 2

    # An amending document is published: one more e-mail each, once.
    amending = LegalDocumentFactory.published_in(alerts_tree.issue, number="30/2026/QĐ-UBND")
    DocumentRelationFactory(source=amending, target=document)
    later = in_eleven_days + datetime.timedelta(days=2)
    assert digest.send_digests(now=later) == 2
    assert all(amending.number in message.body for message in mail.outbox[2:])
    assert digest.send_digests(now=later + datetime.timedelta(days=1)) == 0


def test_english_digest_of_a_document_kind(alerts_tree):
    start = timezone.now() - datetime.timedelta(hours=2)
    follow("reader@example.vn", "doc-type:nghi-quyet", language="en", at=start)
    LegalDocumentFactory.published_in(alerts_tree.issue, number="20/2026/NQ-HĐND", doc_type=DocumentType.RESOLUTION)
    assert digest.send_digests() == 1
    body = mail.outbox[0].body
    assert "== Resolution (Nghị quyết) ==" in body
    assert "http://testserver/cong-bao/van-ban/20-2026-nq-hdnd/" in body  # no English gazette: the Vietnamese one


def test_digest_headers_and_one_click_unsubscribe(alerts_tree, new_article, client):
    start = timezone.now() - datetime.timedelta(days=1)
    follow("reader@example.vn", f"section:{alerts_tree.section.pk}", language="en", at=start)
    new_article(alerts_tree.section, "Tin mới", timezone.now() - datetime.timedelta(minutes=5))
    call_command("send_alert_digests")
    message = mail.outbox[0]
    subscriber = Subscriber.objects.get()
    url = f"http://testserver/en/_/alerts/unsubscribe/{subscriber.token}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.subject == "What is new on the topics you follow"
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in message.message().as_string()
    response = client.post(url.removeprefix("http://testserver"), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscriber.objects.exists()


def test_the_task_sends_the_digests(alerts_tree, new_article, immediate_tasks):
    from thainguyen_portal.alerts.tasks import send_alert_digests

    follow("reader@example.vn", f"section:{alerts_tree.section.pk}", at=timezone.now() - datetime.timedelta(days=1))
    new_article(alerts_tree.section, "Tin mới", timezone.now() - datetime.timedelta(minutes=5))
    result = send_alert_digests.enqueue()
    assert result.return_value == 1
    assert len(mail.outbox) == 1
    assert Subscription.objects.get().status == Status.CONFIRMED
