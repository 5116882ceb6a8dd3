"""The public pages of the alerts (docs/alerts.md): the subscription form, the confirmation link and the
unsubscribe link (a page with a button, and RFC 8058's one-click POST, which carries no CSRF token)."""

from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from thainguyen_portal.core.ratelimit import ratelimit

from . import service
from .forms import SubscribeForm


def _message(request, title, message, status=200):
    response = render(request, "alerts/message.html", {"title": title, "message": message}, status=status)
    response["Cache-Control"] = "no-store"
    return response


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
    response = render(request, "alerts/subscribe.html", {"form": form, "topic": topic}, status=status)
    response["Cache-Control"] = "no-store"
    return response


@never_cache
def confirm(request, token):
    try:
        subscription, topic = service.confirm(token)
    except service.BadLink as error:
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
    name = topic.name if topic else subscription.topic
    return _message(
        request,
        _("Subscription confirmed"),
        _("You will receive at most one e-mail a day with what is new on: %(topic)s.") % {"topic": name},
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    if request.method == "POST":  # the button below, or the mail client's one-click request (RFC 8058)
        service.unsubscribe(token)
        return _message(
            request,
            _("Unsubscribed"),
            _("This address will receive no more alerts from the portal. Its subscriptions have been deleted."),
        )
    if service.subscriber_for(token) is None:
        return _message(
            request,
            _("This link is not valid"),
            _("There is no subscription for this link: it may already have been cancelled."),
            status=404,
        )
    response = render(request, "alerts/unsubscribe.html", {})
    response["Cache-Control"] = "no-store"
    return response
