"""The rating endpoint of the public site and the counts pages may show (docs/ratings.md).

The widget is a plain `<form method="post">` in every cached page, the same for every reader: no CSRF token (the
view is exempt) and nothing about the reader in the HTML, so the page cache keeps serving pages with no query.
Instead of the token, a post from another site is refused by its `Origin`, and what a forged vote could do is
bounded anyway: one vote per reader and page a day, PORTAL_RATE_LIMITS["rating"] posts a minute per address.

Without JavaScript the form posts and the reader is sent back to the page with an anchor (`#rating-thanks`,
`#rating-already`) that the stylesheet shows (`:target`); with JavaScript (`ratings.js`) the same post answers JSON
and the thanks appear in place.
"""

import logging
from urllib.parse import urlsplit

from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from thainguyen_portal.core.publishing import frame
from thainguyen_portal.core.security.clientip import client_ip
from thainguyen_portal.core.security.ratelimit import ratelimit

from . import service
from .forms import RatingForm

logger = logging.getLogger(__name__)

THANKS_ANCHOR = "rating-thanks"
ALREADY_ANCHOR = "rating-already"


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _answer(request, status, message, page=None, anchor=""):
    if _wants_json(request):
        kind = "ok" if status < 400 else "already" if status == 409 else "error"
        response = JsonResponse({"status": kind, "message": message}, status=status)
    elif page is not None and status in (200, 409):
        response = HttpResponseRedirect(f"{page.url}#{anchor}", status=303)
    else:
        back = request.headers.get("Referer", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = ""
        response = render(request, "ratings/problem.html", {"message": message, "back": back}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _same_origin(request):
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.get_host()


@csrf_exempt
@never_cache
@require_POST
@ratelimit("rating", rate="10/m")
def rate(request):
    if not _same_origin(request):
        return _answer(request, 403, _("Ratings can only be sent from the portal's own pages."))
    form = RatingForm(request.POST)
    if not form.is_valid():
        return _answer(request, 400, form.first_error())
    page = (
        frame.public(Page.objects.live().filter(pk=form.cleaned_data["page"]), request).select_related("locale").first()
    )
    if page is None:
        if _wants_json(request):
            return _answer(request, 404, _("This page cannot be rated."))
        raise Http404
    with translation.override(page.locale.language_code):
        if form.is_spam():  # looks like success to the bot; nothing is stored
            return _answer(request, 200, _("Thank you for your feedback."), page, THANKS_ANCHOR)
        stored = service.record(
            page,
            client_ip(request),
            request.headers.get("User-Agent", ""),
            form.cleaned_data["useful"],
            form.cleaned_data["reason"],
            form.cleaned_data["comment"],
        )
        if not stored:
            return _answer(
                request,
                409,
                _("You have already rated this page today. Thank you!"),
                page,
                ALREADY_ANCHOR,
            )
        return _answer(request, 200, _("Thank you for your feedback."), page, THANKS_ANCHOR)


@require_GET
def counts(request, page_id):
    """The page's counts as JSON, for pages whose settings show them; shared caches may keep them a minute."""
    from thainguyen_portal.core.models import PortalSettings

    # Under /_/ the frame's middleware does not give Wagtail the site: take it from the same cache (no query).
    request._wagtail_site = frame.site_for_request(request)
    try:
        show = PortalSettings.for_request(request).show_rating_counts
    except PortalSettings.DoesNotExist:
        show = False
    if not show:
        raise Http404
    response = JsonResponse(service.counts(page_id))
    response["Cache-Control"] = f"public, max-age=0, s-maxage={service.COUNTS_SECONDS}"
    return response
