"""Subscribers and their subscriptions (docs/alerts.md). Only what the alerts need is stored: the address, the
language of the e-mails, the unsubscribe link's secret, the topics with their status, when each was confirmed, and
from when and from which state the next digest counts."""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Channel(models.TextChoices):
    EMAIL = "email", pgettext_lazy("alerts channel", "E-mail")


class Status(models.TextChoices):
    PENDING = "pending", pgettext_lazy("alerts status", "Waiting for confirmation")
    CONFIRMED = "confirmed", pgettext_lazy("alerts status", "Confirmed")


def new_token():
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    """One address on one channel; its digest carries every confirmed topic of it."""

    channel = models.CharField(
        pgettext_lazy("alerts", "channel"), max_length=20, choices=Channel.choices, default=Channel.EMAIL
    )
    address = models.CharField(pgettext_lazy("alerts", "address"), max_length=254)
    language = models.CharField(pgettext_lazy("alerts", "language"), max_length=10, default="vi")
    token = models.CharField(
        pgettext_lazy("alerts", "unsubscribe token"), max_length=64, unique=True, default=new_token
    )
    last_digest_at = models.DateTimeField(pgettext_lazy("alerts", "last digest sent at"), null=True, blank=True)
    created_at = models.DateTimeField(pgettext_lazy("alerts", "created at"), default=timezone.now)

    class Meta:
        verbose_name = _("alert subscriber")
        verbose_name_plural = _("alert subscribers")
        constraints = [models.UniqueConstraint(fields=["channel", "address"], name="alerts_one_subscriber_per_address")]

    def __str__(self):
        return f"{self.channel} #{self.pk}"


class Subscription(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="subscriptions")
    topic = models.CharField(pgettext_lazy("alerts", "topic"), max_length=200)
    status = models.CharField(
        pgettext_lazy("alerts", "status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    requested_at = models.DateTimeField(pgettext_lazy("alerts", "confirmation sent at"), default=timezone.now)
    confirmed_at = models.DateTimeField(pgettext_lazy("alerts", "confirmed at"), null=True, blank=True)
    # The next digest lists what appeared from `since` on, and compares a followed object with `state`.
    since = models.DateTimeField(null=True, blank=True)
    state = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = _("alert subscription")
        verbose_name_plural = _("alert subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "topic"], name="alerts_one_subscription_per_topic")
        ]
        indexes = [models.Index(fields=["status", "topic"], name="alerts_status_topic")]

    def __str__(self):
        return f"{self.topic} ({self.status})"
