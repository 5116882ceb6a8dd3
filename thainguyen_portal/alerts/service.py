"""Subscribing, confirming and unsubscribing (docs/alerts.md).

The answer to a subscription request is the same whatever the address's state (new, waiting, already confirmed):
nothing tells a visitor whether an address follows a topic. A confirmation e-mail goes out for a new or waiting
subscription (at most one every RESEND_MINUTES for the same address and topic), none for a confirmed one.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Site

from thainguyen_portal.core.areas import AlertTopic, alert_topics

from .models import Channel, Status, Subscriber, Subscription

CONFIRM_SALT = "alerts.confirm"
RESEND_MINUTES = 10


@dataclass(frozen=True)
class Topic:
    key: str  # "kind:value"
    kind: AlertTopic
    value: str
    name: str


def confirm_days():
    return getattr(settings, "ALERTS_CONFIRM_DAYS", 3)


def parse_topic(key, language=None):
    """The Topic of "kind:value", or None when no area declares the kind or there is no such topic."""
    kind, _sep, value = str(key or "").strip().partition(":")
    declared = alert_topics().get(kind)
    if declared is None or not value or len(key) > 200:
        return None
    try:
        name = declared.describe(value, language or translation.get_language())
    except (ValueError, TypeError, LookupError):
        name = None
    return Topic(f"{kind}:{value}", declared, value, str(name)) if name else None


def site_root():
    """The root URL every absolute link of the portal is built from: the default Site's, else
    WAGTAILADMIN_BASE_URL (core/metadata/siteurl.py keeps both the same)."""
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def absolute(url_name, language, *args):
    with translation.override(language):
        return site_root() + reverse(url_name, args=args)


def confirm_token(subscription):
    return signing.dumps({"s": subscription.pk, "t": subscription.topic}, salt=CONFIRM_SALT, compress=True)


def normalise(address):
    return address.strip().lower()


def subscribe(address, topic, language, now=None):
    """Record a pending subscription of `address` to `topic` and send the confirmation link. Returns whether an
    e-mail was sent (for tests and logs only: the reader is told the same in every case)."""
    now = now or timezone.now()
    address = normalise(address)
    try:
        with transaction.atomic():
            subscriber, _created = Subscriber.objects.get_or_create(
                channel=Channel.EMAIL, address=address, defaults={"language": language}
            )
            subscription, created = Subscription.objects.get_or_create(
                subscriber=subscriber, topic=topic.key, defaults={"requested_at": now}
            )
    except IntegrityError:  # the same request twice at once: the other one sends the e-mail
        return False
    if subscription.status == Status.CONFIRMED:
        return False
    if not created and subscription.requested_at > now - datetime.timedelta(minutes=RESEND_MINUTES):
        return False
    Subscription.objects.filter(pk=subscription.pk).update(requested_at=now)
    if subscriber.language != language and not subscriber.subscriptions.filter(status=Status.CONFIRMED).exists():
        Subscriber.objects.filter(pk=subscriber.pk).update(language=language)
    send_confirmation(subscriber, subscription, topic, language)
    return True


def send_confirmation(subscriber, subscription, topic, language):
    context = {
        "topic": topic,
        "confirm_url": absolute("alerts-confirm", language, confirm_token(subscription)),
        "days": confirm_days(),
    }
    email("confirm", context, subscriber.address, language).send()


def email(name, context, address, language, headers=None):
    """The e-mail ``alerts/email/<name>`` makes in ``language`` for ``address``: its subject from
    ``<name>_subject.txt``, its text from ``<name>.txt`` and ``<name>.html`` (their context also has ``site_url``
    and ``language``)."""
    context = {**context, "site_url": site_root() + "/", "language": language}
    with translation.override(language):
        subject = render_to_string(f"alerts/email/{name}_subject.txt", context).strip()
        message = EmailMultiAlternatives(
            subject,
            render_to_string(f"alerts/email/{name}.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [address],
            headers=headers,
        )
        message.attach_alternative(render_to_string(f"alerts/email/{name}.html", context), "text/html")
    return message


class BadLink(Exception):
    """A confirmation link that is malformed, expired or no longer matches a subscription."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "bad")
        self.expired = expired


def check(token):
    """The subscription of a signed confirmation link and its topic (or None), without changing anything: what the
    page of the link shows before the reader confirms (GET). Raises BadLink."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=datetime.timedelta(days=confirm_days()))
    except signing.SignatureExpired as error:
        raise BadLink(expired=True) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise BadLink() from error
    if not isinstance(data, dict):
        raise BadLink()
    subscription = (
        Subscription.objects.select_related("subscriber").filter(pk=data.get("s"), topic=data.get("t")).first()
    )
    if subscription is None:
        raise BadLink()
    return subscription, parse_topic(subscription.topic, subscription.subscriber.language)


def confirm(token, now=None):
    """Confirm the subscription of a signed link (the reader's POST, never a GET: mail scanners open every link);
    returns (subscription, topic or None). Confirming again changes nothing. Raises BadLink."""
    now = now or timezone.now()
    subscription, topic = check(token)
    if subscription.status != Status.CONFIRMED:
        subscription.status = Status.CONFIRMED
        subscription.confirmed_at = now
        subscription.since = now
        subscription.state = topic.kind.state(topic.value) if topic and topic.kind.state else None
        subscription.save(update_fields=["status", "confirmed_at", "since", "state"])
    return subscription, topic


def unsubscribe(token):
    """Forget the subscriber of an unsubscribe link (the address and every topic). Returns whether there was one."""
    if not token or len(token) > 64:
        return False
    deleted, _details = Subscriber.objects.filter(token=token).delete()
    return bool(deleted)


def unsubscribe_topics(subscriber, keys):
    """Delete `subscriber`'s subscriptions to the topics `keys` (others' are never touched); the subscriber too
    when it is left with none. Returns the number of subscriptions deleted."""
    deleted, _details = Subscription.objects.filter(subscriber=subscriber, topic__in=list(keys)).delete()
    if deleted:
        Subscriber.objects.filter(pk=subscriber.pk, subscriptions__isnull=True).delete()
    return deleted


def confirmed_topics(subscriber, language=None):
    """The Topics `subscriber` receives in its digest, named as the digest names them (in `language`, the page's;
    the unsubscribe link is in the subscriber's language). A topic no longer on the portal is left out, as in the
    digest."""
    found = []
    keys = subscriber.subscriptions.filter(status=Status.CONFIRMED).order_by("pk").values_list("topic", flat=True)
    for key in keys:
        topic = parse_topic(key, language)
        if topic is not None:
            found.append(topic)
    return found


def mask(address):
    """An address as a page may show it: "ng***@gmail.com" (never in full)."""
    local, sep, domain = str(address).partition("@")
    shown = local[:2] if len(local) > 3 else local[:1]
    return f"{shown}***{sep}{domain}"


def subscriber_for(token):
    if not token or len(token) > 64:
        return None
    return Subscriber.objects.filter(token=token).first()


def forget_unconfirmed(now=None):
    """Delete the subscriptions never confirmed within the link's validity, and subscribers left with none."""
    now = now or timezone.now()
    limit = now - datetime.timedelta(days=confirm_days())
    deleted, _details = Subscription.objects.filter(status=Status.PENDING, requested_at__lt=limit).delete()
    Subscriber.objects.filter(subscriptions__isnull=True, created_at__lt=limit).delete()
    return deleted
