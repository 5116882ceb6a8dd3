"""The public comment views of a consultation page, routed by the page (models.py).

* the form (``gop-y/``, English ``comment/``; ``?dieu=3`` starts it on article 3): GET shows it while the
  consultation is open, a notice otherwise; POST stores a pending ``ConsultationComment`` and redirects to the
  notice that it awaits moderation; the people who moderate comments are told by e-mail (notify.py). The form
  carries a CSRF token and what the reader typed, so it is never put in the page cache (nor kept by nginx or a CDN). A POST is rate-limited per client ("comment" scope); a filled
  honeypot looks like success and stores nothing. A POST that arrives before the opening or after the closing is
  refused with a message and the form shown again with everything the reader typed, so that nothing is lost.
* the notice (``gop-y/da-gui/``): the same for every reader.
"""

import logging

from django.http import HttpResponseRedirect
from django.utils import formats, timezone
from django.utils.translation import gettext

from thainguyen_portal.core.publishing.routeviews import render_route
from thainguyen_portal.core.security.ratelimit import ratelimit

from .forms import CommentForm
from .models import CommentStatus, ConsultationComment, ConsultationState
from .notify import enqueue_notification

logger = logging.getLogger(__name__)


def _moment(value):
    return formats.date_format(timezone.localtime(value), "H:i d/m/Y")


def refusal(page, state):
    """Why comments are not taken now, in words for the reader; "" while open."""
    if state == ConsultationState.UPCOMING:
        return gettext("Comments on this draft are not open yet: they open at %(moment)s.") % {
            "moment": _moment(page.opens_at)
        }
    if state in (ConsultationState.CLOSED, ConsultationState.CONCLUDED):
        return gettext("The period for comments on this draft ended at %(moment)s: comments are no longer taken.") % {
            "moment": _moment(page.closes_at)
        }
    return ""


def _articles(page):
    return [(block.value["number"], block.value["title"]) for block in page.articles if block.block_type == "article"]


def _render(request, page, form, state, status=200):
    context = {
        "form": form,
        "state": state,
        "is_open": state == ConsultationState.OPEN,
        "refusal": refusal(page, state),
    }
    return render_route(request, page, "consultations/comment_form.html", context, status=status, private=True)


def comment(request, page):
    if request.method == "POST":
        return _comment_post(request, page)
    initial = {}
    wanted = request.GET.get("dieu", "")
    if wanted.isdigit() and len(wanted) < 4 and int(wanted) in page.article_numbers():
        initial["article"] = int(wanted)
    form = CommentForm(initial=initial, articles=_articles(page))
    return _render(request, page, form, page.state())


@ratelimit("comment", rate="5/m")
def _comment_post(request, page):
    form = CommentForm(request.POST, articles=_articles(page))
    state = page.state()
    valid = form.is_valid()
    if form.is_spam():
        logger.info("consultation comment honeypot filled: dropped")
        return HttpResponseRedirect(page.comment_url("comment_sent"))
    if state != ConsultationState.OPEN:
        # Refused, with everything the reader typed shown again (the form is bound to it).
        return _render(request, page, form, state)
    if not valid:
        return _render(request, page, form, state)
    data = form.cleaned_data
    comment = ConsultationComment.objects.create(
        page=page,
        article_number=data["article"],
        name=data["name"].strip(),
        email=data["contact"]["email"],
        phone=data["contact"]["phone"],
        text=data["text"].strip(),
        status=CommentStatus.PENDING,
    )
    enqueue_notification(comment)  # the moderators' e-mail, once the comment is committed (notify.py)
    return HttpResponseRedirect(page.comment_url("comment_sent"))


def comment_sent(request, page):
    return render_route(request, page, "consultations/comment_sent.html")
