"""Petitions sent by readers through the public form: stored for the newsroom, never published by themselves.

A submission keeps the sender's contact details and files privately: the files live outside MEDIA_ROOT in
`NEWS_PETITION_FILES_ROOT` (no public URL; staff download them through the admin) and nothing personal is ever
shown on a public page. The sender gets a tracking code (`PA-2026-7K3QX9`) to look up the status. The newsroom
can turn a submission into a draft `PetitionPage` (admin_views.py).

Imported at the end of models.py, so that Django registers these models with the petitions app.
"""

import os
import secrets

from django.db import IntegrityError, models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published

from thainguyen_portal.core.security.privatefiles import PrivateFileStorage

from .models import Agency, PetitionField, PetitionPage, PetitionStatus, PublicSenderMixin

# No 0/O, 1/I/L: a code read over the phone or copied by hand stays unambiguous. 31^6 ≈ 887 million codes a year.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
CODE_PREFIX = "PA"


def new_tracking_code(year=None):
    year = year or timezone.localdate().year
    return f"{CODE_PREFIX}-{year}-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_tracking_code(value):
    """What a reader typed ("pa 2026 7k3qx9", "PA-2026-7K3QX9 ") as a stored code, or "" when it cannot be one."""
    raw = "".join(ch for ch in str(value or "").upper() if ch.isascii() and ch.isalnum())
    if len(raw) != len(CODE_PREFIX) + 4 + CODE_LENGTH or not raw.startswith(CODE_PREFIX):
        return ""
    year, random_part = raw[len(CODE_PREFIX) : len(CODE_PREFIX) + 4], raw[len(CODE_PREFIX) + 4 :]
    if not year.isdigit() or any(ch not in CODE_ALPHABET for ch in random_part):
        return ""
    return f"{CODE_PREFIX}-{year}-{random_part}"


# Readers' personal papers, under NEWS_PETITION_FILES_ROOT (core/security/privatefiles.py).
_storage = PrivateFileStorage(
    "NEWS_PETITION_FILES_ROOT", "Petition attachments have no public URL; staff download them through the admin."
)


def private_storage():
    """The storage of petition attachments (a callable, so migrations do not record a path)."""
    return _storage


def attachment_path(instance, filename):
    # The stored name says nothing about the sender: the code's year, a random part and the checked extension.
    extension = os.path.splitext(filename)[1].lower()
    return f"{timezone.localdate().year}/{secrets.token_hex(12)}{extension}"


class PetitionSubmission(PublicSenderMixin, models.Model):
    """A petition (phản ánh, kiến nghị) as a reader sent it, with the newsroom's handling."""

    code = models.CharField(_("tracking code"), max_length=20, unique=True, editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    sender_name = models.CharField(_("sender's name"), max_length=200)
    sender_kind = models.CharField(
        _("sender"), max_length=20, choices=PetitionPage.SenderKind.choices, default=PetitionPage.SenderKind.CITIZEN
    )
    show_sender_name = models.BooleanField(
        _("the name may be published"), default=False, help_text=_("The sender agreed to show their name.")
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    email = models.EmailField(_("email"), blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    field = models.CharField(_("field"), max_length=20, choices=PetitionField.choices, default=PetitionField.OTHER)
    content = models.TextField(_("content"))

    status = models.CharField(
        _("status"), max_length=20, choices=PetitionStatus.choices, default=PetitionStatus.RECEIVED, db_index=True
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency responsible"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    staff_note = models.TextField(_("newsroom note"), blank=True, help_text=_("Internal, never shown to readers."))
    petition_page = models.ForeignKey(
        PetitionPage,
        verbose_name=_("published petition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        help_text=_("The petition page that answers this submission."),
    )

    class Meta:
        db_table = "news_petitionsubmission"
        verbose_name = _("petition submission")
        verbose_name_plural = _("petition submissions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.code} – {self.subject}" if self.code else self.subject

    def save(self, *args, **kwargs):
        if self.code:
            return super().save(*args, **kwargs)
        # A new code until it is unique (a clash is one in hundreds of millions; three tries are plenty).
        for attempt in range(5):
            self.code = new_tracking_code()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if attempt == 4:
                    raise
                self.pk = None
                self._state.adding = True


class PetitionAttachment(models.Model):
    """An image or PDF sent with a submission, checked by its content, kept privately."""

    submission = models.ForeignKey(PetitionSubmission, related_name="attachments", on_delete=models.CASCADE)
    file = models.FileField(_("file"), upload_to=attachment_path, storage=private_storage, max_length=200)
    original_name = models.CharField(_("original name"), max_length=200)
    content_type = models.CharField(_("content type"), max_length=50)
    size = models.PositiveIntegerField(_("size"))

    class Meta:
        db_table = "news_petitionattachment"
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name


@receiver(post_delete, sender=PetitionAttachment)
def delete_attachment_file(sender, instance, **kwargs):
    """A deleted attachment (or submission) takes its file along, once the deletion is committed."""
    name = instance.file.name
    if name:
        transaction.on_commit(lambda: private_storage().delete(name))


@receiver(page_published, sender=PetitionPage)
def published_page_moves_its_submissions_on(sender, instance, **kwargs):
    """Publishing the petition page that answers submissions moves them on: answered, or at least forwarded."""
    order = [PetitionStatus.RECEIVED, PetitionStatus.FORWARDED, PetitionStatus.ANSWERED]
    if instance.status not in order[1:]:
        return
    behind = order[: order.index(instance.status)]
    PetitionSubmission.objects.filter(petition_page_id=instance.pk, status__in=behind).update(
        status=instance.status, updated_at=timezone.now()
    )
