"""The public pages of the alerts (docs/alerts.md): the subscription form, the confirmation link (a page with a
button: the POST confirms) and the unsubscribe link (a page listing the topics, and RFC 8058's one-click POST, which
carries no CSRF token and removes everything)."""

from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from thainguyen_portal.core.security.ratelimit import ratelimit

from . import service
from .forms import SubscribeForm
from .models import Status


def _page(request, template, context, status=200):
    """Every alerts page is the reader's own (a token, a form, an address): never stored by a cache."""
    response = render(request, template, context, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _message(request, title, message, status=200):
    return _page(request, "alerts/message.html", {"title": title, "message": message}, status=status)


def _unknown_topic(request):
    return _message(
        request,
        _("Topic not found"),
        _("This topic cannot be followed (it may have been removed). Please use the link on the page you follow."),
        status=404,
    )


@never_cache
@require_http_methods(["GET", "POST"])
@ratelimit("alerts", rate="5/m")
def subscribe(request):
    language = translation.get_language()
    data = request.POST if request.method == "POST" else None
    topic = service.parse_topic((data or request.GET).get("topic", ""), language)
    if topic is None:
        return _unknown_topic(request)
    form = SubscribeForm(data, initial={"topic": topic.key})
    if data is not None and form.is_valid():
        if not form.is_spam():  # a bot is told the same and nothing is stored
            service.subscribe(form.cleaned_data["address"], topic, language)
        return _message(
            request,
            _("Check your e-mail"),
            _(
                "If this address can receive alerts on this topic, an e-mail with a confirmation link is on its way. "
                "The alerts start once you click that link; it is valid for %(days)s days."
            )
            % {"days": service.confirm_days()},
        )
    status = 400 if form.is_bound else 200
    return _page(request, "alerts/subscribe.html", {"form": form, "topic": topic}, status=status)


def _bad_confirmation(request, error):
    if error.expired:
        return _message(
            request,
            _("This link has expired"),
            _("Confirmation links are valid for %(days)s days. Please subscribe again from the topic's page.")
            % {"days": service.confirm_days()},
            status=400,
        )
    return _message(
        request,
        _("This link is not valid"),
        _("The confirmation link is incomplete or no longer valid. Please copy the whole link from the e-mail."),
        status=400,
    )


def _confirmed(request, subscription, topic):
    name = topic.name if topic else subscription.topic
    return _message(
        request,
        _("Subscription confirmed"),
        _("You will receive at most one e-mail a day with what is new on: %(topic)s.") % {"topic": name},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows the topic and a button; only the reader's POST (a normal form with its CSRF token) confirms. Mail
    security scanners and link previews open every link of an e-mail: a GET must never subscribe anybody."""
    try:
        if request.method == "POST":
            subscription, topic = service.confirm(token)
            return _confirmed(request, subscription, topic)
        subscription, topic = service.check(token)
    except service.BadLink as error:
        return _bad_confirmation(request, error)
    if subscription.status == Status.CONFIRMED:  # the link opened again: nothing left to do
        return _confirmed(request, subscription, topic)
    name = topic.name if topic else subscription.topic
    return _page(request, "alerts/confirm.html", {"topic_name": name})


def _unsubscribed(request):
    return _message(
        request,
        _("Unsubscribed"),
        _("This address will receive no more alerts from the portal. Its subscriptions have been deleted."),
    )


def _unsubscribe_page(request, subscriber, status=200, removed=(), error=None):
    context = {
        "address": service.mask(subscriber.address),
        "topics": service.confirmed_topics(subscriber, translation.get_language()),
        "removed": removed,
        "error": error,
    }
    return _page(request, "alerts/unsubscribe.html", context, status=status)


@csrf_exempt  # the secret token of the URL is the reader's key; RFC 8058's one-click POST carries no CSRF token
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET: the address's confirmed topics, each with a checkbox, and two buttons (the selected topics, or all).
    POST with ``scope=selected``: those topics only. Any other POST, the mail client's one-click request
    (``List-Unsubscribe=One-Click``, RFC 8058) among them, or ``scope=all``: the address and all its subscriptions."""
    subscriber = service.subscriber_for(token)
    if request.method == "POST":
        if subscriber is not None and request.POST.get("scope") == "selected":
            keys = set(request.POST.getlist("topic"))
            removed = [topic for topic in service.confirmed_topics(subscriber) if topic.key in keys]
            if not removed:
                return _unsubscribe_page(
                    request, subscriber, status=400, error=_("Please tick at least one topic, or unsubscribe from all.")
                )
            service.unsubscribe_topics(subscriber, [topic.key for topic in removed])
            subscriber = service.subscriber_for(token)
            if subscriber is None:  # nothing left: the address is forgotten
                return _unsubscribed(request)
            return _unsubscribe_page(request, subscriber, removed=[topic.name for topic in removed])
        service.unsubscribe(token)
        return _unsubscribed(request)
    if subscriber is None:
        return _message(
            request,
            _("This link is not valid"),
            _("There is no subscription for this link: it may already have been cancelled."),
            status=404,
        )
    return _unsubscribe_page(request, subscriber)
