"""A new comment on a draft tells the people who moderate it, by e-mail (docs/consultations.md).

Who moderates is Django's permission system: the active users with an e-mail address who have the change permission
on comments (``consultations.change_consultationcomment``, given to the gazette's roles in area.py), superusers
included unless ``WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS`` is False (Wagtail's setting for its own moderation
e-mails). Each gets one e-mail per comment, in their admin language (Wagtail's ``UserProfile``, as Wagtail's workflow
e-mails do), sent by Wagtail's admin mailer (``Auto-Submitted`` header, ``WAGTAILADMIN_NOTIFICATION_FROM_EMAIL``).

The e-mail names the draft, the article commented on and the admin link to moderate it; never the reader's name,
contact or text (a reader may write personal details in it): the moderator reads those in the admin.

The view enqueues ``notify_moderators`` once the comment is committed (a background task: django-tasks, settings
TASKS), so a slow mail server never holds the reader's request.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext
from django_tasks import task
from wagtail.admin.mail import send_mail
from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)

MODERATE_PERMISSION = "consultations.change_consultationcomment"


def moderators():
    """The active users with an e-mail address who may moderate comments on drafts."""
    include_superusers = getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True)
    users = get_user_model().objects.with_perm(
        MODERATE_PERMISSION,
        is_active=True,
        include_superusers=include_superusers,
        backend="django.contrib.auth.backends.ModelBackend",
    )
    return users.exclude(email="").order_by("pk")


def moderation_url(comment):
    """The absolute admin address of the comment, where it is read and published or rejected."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("consultation_comments:inspect", args=[comment.pk])


def message_for(comment):
    """The subject and text of the e-mail about `comment`, in the active language."""
    page = comment.page
    subject = gettext("New comment on the draft “%(title)s”") % {"title": page.title}
    if comment.article_number:
        number = comment.article_number
        title = page.article_title(number)
        if title:
            target = pgettext("article of a draft", "Article %(number)s: %(title)s") % {
                "number": number,
                "title": title,
            }
        else:  # an article since removed from the draft
            target = pgettext("article of a draft", "Article %(number)s") % {"number": number}
    else:
        target = gettext("The whole draft")
    lines = [
        gettext("A reader sent a comment on a draft open for public comment. It awaits moderation."),
        "",
        gettext("Draft: %(title)s") % {"title": page.title},
        gettext("Comment on: %(target)s") % {"target": target},
        "",
        gettext("Read it, then publish or reject it:"),
        moderation_url(comment),
    ]
    return subject, "\n".join(lines)


@task()
def notify_moderators(comment_id):
    """E-mail each moderator about the comment `comment_id`, in their admin language. Returns how many were sent."""
    from .models import CommentStatus, ConsultationComment

    comment = ConsultationComment.objects.select_related("page").filter(pk=comment_id).first()
    if comment is None or comment.status != CommentStatus.PENDING:  # deleted or already moderated meanwhile
        return 0
    sent = 0
    for user in moderators():
        # Wagtail's own choice for its notification e-mails: the user's admin language, else the default one.
        with translation.override(settings.LANGUAGE_CODE):
            language = UserProfile.get_for_user(user).get_preferred_language()
        with translation.override(language):
            subject, text = message_for(comment)
        try:
            send_mail(subject, text, [user.email])
            sent += 1
        except Exception:  # one address refused must not stop the others
            logger.warning("could not tell %s of consultation comment %s", user.pk, comment.pk, exc_info=True)
    return sent


def enqueue_notification(comment):
    """After the commit, hand the e-mails to the task backend; a queue that is down must not fail the reader."""

    def enqueue():
        try:
            notify_moderators.enqueue(comment.pk)
        except Exception:
            logger.warning("could not enqueue the moderators' e-mail for comment %s", comment.pk, exc_info=True)

    transaction.on_commit(enqueue)
