"""The daily digest (docs/alerts.md): built as data for one subscriber (``build``), then rendered for its channel
(``render_email``; a Zalo message would be another renderer of the same data), sent by ``send_digests``.

At most one digest a day per subscriber (the local date of ``last_digest_at``). Each confirmed topic lists what
appeared since its ``since`` and what changed from its recorded ``state``; once the digest is sent both move on, so
nothing is listed twice and a followed document's change reaches each subscriber once. A subscriber with nothing
new gets no e-mail (and keeps its window open).
"""

import logging
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone, translation

from .models import Channel, Status, Subscriber, Subscription
from .service import absolute, email, parse_topic

logger = logging.getLogger(__name__)


@dataclass
class TopicNews:
    subscription: Subscription
    name: str
    items: list = field(default_factory=list)
    new_state: object = None


@dataclass
class Digest:
    subscriber: Subscriber
    topics: list  # TopicNews with something in them
    updates: list  # every TopicNews (what to record once sent)

    @property
    def empty(self):
        return not self.topics


def build(subscriber, now):
    """The digest of `subscriber` at `now`, in the subscriber's language: no e-mail, no write."""
    with translation.override(subscriber.language):
        return _build(subscriber, now)


def _build(subscriber, now):
    updates = []
    for subscription in subscriber.subscriptions.filter(status=Status.CONFIRMED).order_by("pk"):
        topic = parse_topic(subscription.topic, subscriber.language)
        if topic is None:  # the section or document is gone: nothing to say
            continue
        since = subscription.since or subscription.confirmed_at or now
        news = TopicNews(subscription, topic.name, new_state=subscription.state)
        if topic.kind.news:
            news.items += topic.kind.news(topic.value, since, now, subscriber.language)
        if topic.kind.state:
            news.new_state = topic.kind.state(topic.value)
            if topic.kind.changes and news.new_state is not None:
                news.items += topic.kind.changes(topic.value, subscription.state, news.new_state, subscriber.language)
        updates.append(news)
    return Digest(subscriber, [news for news in updates if news.items], updates)


def unsubscribe_url(subscriber):
    return absolute("alerts-unsubscribe", subscriber.language, subscriber.token)


def render_email(digest):
    subscriber = digest.subscriber
    context = {"digest": digest, "topics": digest.topics, "unsubscribe_url": unsubscribe_url(subscriber)}
    headers = {
        "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",  # RFC 8058
    }
    return email("digest", context, subscriber.address, subscriber.language, headers=headers)


RENDERERS = {Channel.EMAIL: render_email}


def due(now):
    """The subscribers who had no digest today (local date) and follow at least one confirmed topic."""
    start_of_day = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return (
        Subscriber.objects.filter(Q(last_digest_at__isnull=True) | Q(last_digest_at__lt=start_of_day))
        .filter(subscriptions__status=Status.CONFIRMED)
        .distinct()
        .order_by("pk")
    )


def send_one(subscriber, now):
    """Send `subscriber`'s digest if there is something new. Returns whether one was sent."""
    digest = build(subscriber, now)
    if digest.empty:
        return False
    # Claim the day first, so that two runs at once never send the same digest twice.
    claimed = Subscriber.objects.filter(pk=subscriber.pk, last_digest_at=subscriber.last_digest_at).update(
        last_digest_at=now
    )
    if not claimed:
        return False
    try:
        RENDERERS[subscriber.channel](digest).send()
    except Exception:
        logger.exception("alert digest to subscriber %s not sent", subscriber.pk)
        Subscriber.objects.filter(pk=subscriber.pk).update(last_digest_at=subscriber.last_digest_at)
        return False
    for news in digest.updates:
        Subscription.objects.filter(pk=news.subscription.pk).update(since=now, state=news.new_state)
    return True


def send_digests(now=None):
    """Send every due digest; returns the number sent."""
    from .service import forget_unconfirmed

    now = now or timezone.now()
    forget_unconfirmed(now)
    return sum(send_one(subscriber, now) for subscriber in due(now).iterator())
