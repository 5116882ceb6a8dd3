"""The public petition views, routed by the petitions page (routes.py).

* the form (`gui/`): GET shows it, POST stores a `PetitionSubmission` and redirects to the thank-you page. A POST
  is rate-limited per client ("petition" scope); a filled honeypot looks like success and stores nothing. The
  form page carries a CSRF token, so it is never put in the page cache (and Django's CSRF cookie on the response
  would keep it out anyway); none of these responses may be kept by nginx or a CDN either.
* the thank-you page (`gui/cam-on/?t=…`): the tracking code, signed into the URL by the form (no session, no
  query).
* the tracking page (`tra-cuu/?ma=PA-2026-7K3QX9`): the status of a code and nothing personal; rate-limited
  ("form" scope) when a code is looked up.
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext, gettext_lazy

from thainguyen_portal.core.publishing.routeviews import render_route
from thainguyen_portal.core.security.ratelimit import ratelimit

from .forms import PetitionSubmissionForm
from .models import PetitionStatus
from .submissions import (
    PetitionAttachment,
    PetitionSubmission,
    new_tracking_code,
    normalise_tracking_code,
    private_storage,
)

logger = logging.getLogger(__name__)

THANKS_SALT = "news.petition.thanks"
THANKS_MAX_AGE = 7 * 24 * 3600
CODE_PARAM = "ma"


def submit(request, page):
    if request.method == "POST":
        return _submit_post(request, page)
    return _render_form(request, page, PetitionSubmissionForm())


def _render_form(request, page, form, status=200):
    return render_route(
        request,
        page,
        "petitions/petition_submit.html",
        {
            "form": form,
            "track_url": page.petition_url("track", request),
            "max_files": settings.NEWS_PETITION_MAX_FILES,
        },
        status=status,
        private=True,
    )


@ratelimit("petition", rate="5/m")
def _submit_post(request, page):
    form = PetitionSubmissionForm(request.POST, request.FILES)
    valid = form.is_valid()
    if form.is_spam():
        # Looks like success to the bot; nothing is stored and nobody is told.
        logger.info("petition honeypot filled: dropped")
        return _redirect_to_thanks(request, page, new_tracking_code())
    if not valid:
        return _render_form(request, page, form)
    submission = save_submission(form.cleaned_data)
    transaction.on_commit(lambda: notify_newsroom(submission))
    return _redirect_to_thanks(request, page, submission.code)


def _redirect_to_thanks(request, page, code):
    token = signing.dumps(code, salt=THANKS_SALT, compress=False)
    return HttpResponseRedirect(page.petition_url("thanks", request) + "?" + urlencode({"t": token}))


def save_submission(data):
    """Store a valid form's submission and its checked files; on any failure, no row and no file stays."""
    storage = private_storage()
    stored = []
    try:
        with transaction.atomic():
            submission = PetitionSubmission.objects.create(
                sender_name=data["sender_name"],
                sender_kind=data["sender_kind"],
                show_sender_name=data["show_sender_name"],
                phone=data["phone"],
                email=data["email"],
                subject=data["subject"],
                field=data["field"],
                content=data["content"],
            )
            for upload in data["attachments"]:
                attachment = PetitionAttachment(
                    submission=submission,
                    original_name=upload.name[:200],
                    content_type=upload.content_type,
                    size=len(upload.data),
                )
                attachment.file.save("file" + upload.extension, ContentFile(upload.data), save=False)
                stored.append(attachment.file.name)
                attachment.save()
    except Exception:
        for name in stored:
            storage.delete(name)
        raise
    return submission


def notify_newsroom(submission):
    """An e-mail to NEWS_PETITION_NOTIFY: the code, subject and admin link; no contact details."""
    recipients = settings.NEWS_PETITION_NOTIFY
    if not recipients:
        return
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    url = base + reverse("petition_submissions:inspect", args=[submission.pk])
    try:
        send_mail(
            gettext("New petition %(code)s: %(subject)s") % {"code": submission.code, "subject": submission.subject},
            gettext("A reader sent a petition (%(field)s).\n\n%(url)s")
            % {"field": submission.get_field_display(), "url": url},
            None,
            recipients,
        )
    except Exception:  # the submission is stored; a mail server down must not fail the reader
        logger.warning("could not notify the newsroom of petition %s", submission.code, exc_info=True)


def thanks(request, page):
    code = None
    token = request.GET.get("t", "")
    if token:
        try:
            code = signing.loads(token[:200], salt=THANKS_SALT, max_age=THANKS_MAX_AGE)
        except signing.BadSignature:
            code = None
    return render_route(
        request,
        page,
        "petitions/petition_thanks.html",
        {"code": code, "track_url": page.petition_url("track", request), "code_param": CODE_PARAM},
        status=200 if code else 404,
        private=True,
    )


def track(request, page):
    raw = request.GET.get(CODE_PARAM, "").strip()
    if not raw:
        # The empty form is the same for everyone: it may be cached.
        return render_route(request, page, "petitions/petition_tracking.html", _tracking_context(request, page))
    return _lookup(request, page, raw)


def _tracking_context(request, page, **extra):
    return {
        "submit_url": page.petition_url("submit", request),
        "code_param": CODE_PARAM,
        "example_code": "PA-2026-7K3QX9",
        **extra,
    }


STATUS_EXPLANATIONS = {
    PetitionStatus.RECEIVED: gettext_lazy("The newsroom has received your petition and is reviewing it."),
    PetitionStatus.FORWARDED: gettext_lazy("Your petition has been forwarded to the agency responsible."),
    PetitionStatus.ANSWERED: gettext_lazy("Your petition has been answered."),
}


@ratelimit("form", rate="10/m", methods=None)
def _lookup(request, page, raw):
    code = normalise_tracking_code(raw)
    shown = raw[:30]
    if not code:
        context = _tracking_context(
            request,
            page,
            entered=shown,
            error=gettext("“%(code)s” is not a tracking code: a code looks like %(example)s.")
            % {"code": shown, "example": "PA-2026-7K3QX9"},
        )
        return render_route(request, page, "petitions/petition_tracking.html", context, private=True)
    submission = (
        PetitionSubmission.objects.filter(code=code)
        .select_related("agency", "petition_page")
        .only(
            "code",
            "created_at",
            "field",
            "status",
            "agency__name",
            "petition_page__id",
            "petition_page__live",
            "petition_page__status",
            "petition_page__url_path",
            "petition_page__depth",
            "petition_page__path",
            "petition_page__locale_id",
        )
        .first()
    )
    if submission is None:
        context = _tracking_context(
            request,
            page,
            entered=code,
            error=gettext("No petition has the code %(code)s. Check the code you were given when you sent it.")
            % {"code": code},
        )
        return render_route(request, page, "petitions/petition_tracking.html", context, status=404, private=True)
    published = submission.petition_page if submission.petition_page and submission.petition_page.live else None
    status = submission.status
    if published is not None and published.status == PetitionStatus.ANSWERED:
        status = PetitionStatus.ANSWERED
    context = _tracking_context(
        request,
        page,
        entered=code,
        result={
            "code": submission.code,
            "received": submission.created_at,
            "field": submission.get_field_display(),
            "status": status,
            "status_label": PetitionStatus(status).label,
            "explanation": STATUS_EXPLANATIONS[status],
            "agency": submission.agency.name if submission.agency else "",
            "answer_url": published.get_url(request) if published is not None else "",
        },
    )
    return render_route(request, page, "petitions/petition_tracking.html", context, private=True)
