"""The newsroom's own records: field reports (with their photos), known Zalo senders and correction notes."""

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from .storage import photo_storage


class FieldReport(models.Model):
    """A report from the scene (tin từ hiện trường): a few lines, photos, a place and a time."""

    class Source(models.TextChoices):
        WEB = "web", _("Form on the phone")
        ZALO = "zalo", _("Zalo Official Account")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        HELD = "held", _("Held: unknown sender")
        CONVERTED = "converted", _("Turned into a draft")
        DISMISSED = "dismissed", _("Dismissed")

    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.WEB)
    # The platform's own id of the message: a second delivery of the same message creates nothing new.
    external_id = models.CharField(_("message id"), max_length=100, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sender"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="field_reports",
    )
    sender_name = models.CharField(_("sender's name"), max_length=200, blank=True)
    sender_external_id = models.CharField(_("sender's id on the platform"), max_length=100, blank=True)
    text = models.TextField(_("what happened"))
    place = models.CharField(_("place"), max_length=255, blank=True)
    happened_at = models.DateTimeField(_("time"), default=timezone.now)
    # From the photos' EXIF: for the newsroom only, never copied to the published images.
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    draft_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("draft"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    converted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("field report")
        verbose_name_plural = _("field reports")
        ordering = ["-created_at", "-pk"]
        permissions = [("view_schedule", "Can see the publishing schedule")]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "external_id"],
                condition=~models.Q(external_id=""),
                name="editorial_fieldreport_unique_message",
            )
        ]

    def __str__(self):
        first_line = self.text.strip().splitlines()[0] if self.text.strip() else ""
        return first_line[:80] or f"#{self.pk}"

    @property
    def credit(self):
        if self.sender_name:
            return self.sender_name
        if self.sender_id:
            return self.sender.get_full_name() or self.sender.get_username()
        return ""


class FieldReportPhoto(models.Model):
    report = models.ForeignKey(FieldReport, related_name="photos", on_delete=models.CASCADE)
    # Stored rotated upright and without EXIF (so without GPS): see photos.normalise_photo. Kept privately, outside
    # MEDIA_ROOT (storage.py): staff see them through the admin's report_photo view.
    file = models.ImageField(_("photo"), upload_to="field-reports/%Y/%m/", storage=photo_storage)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("field report photo")
        verbose_name_plural = _("field report photos")

    def __str__(self):
        return self.file.name


@receiver(post_delete, sender=FieldReportPhoto)
def delete_photo_file(sender, instance, **kwargs):
    """A deleted photo (or report) takes its file along, once the deletion is committed."""
    name = instance.file.name
    if name:
        transaction.on_commit(lambda: photo_storage().delete(name))


class ZaloSender(models.Model):
    """A staff member or collaborator known by their Zalo id: their messages go straight into the inbox."""

    zalo_user_id = models.CharField(_("Zalo user id"), max_length=100, unique=True)
    display_name = models.CharField(_("name"), max_length=200)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("portal account"), null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        verbose_name = _("Zalo sender")
        verbose_name_plural = _("Zalo senders")

    def __str__(self):
        return self.display_name


class NewsroomApprovalTask(AbstractGroupApprovalTask):
    """A step of the newsroom's workflows: the chosen groups approve, except the person who submitted the work.

    Wagtail's group approval lets a member of the group approve what they themselves submitted (an editor passes
    their own draft through "Biên tập", a gazette officer her own issue). Here the submitter sees no approve or
    request-changes action, the approval URL refuses them (Wagtail checks ``get_actions``), and their own
    submissions are not in their "awaiting your review" list; another member of the group reviews.
    """

    class Meta:
        verbose_name = _("newsroom approval (not by the submitter)")
        verbose_name_plural = _("newsroom approvals (not by the submitter)")

    @staticmethod
    def _submitted_by(obj, user):
        state = getattr(obj, "current_workflow_state", None)
        return state is not None and state.requested_by_id is not None and state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if self._submitted_by(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if states.model is TaskState and user.is_authenticated:
            states = states.exclude(workflow_state__requested_by=user)
        return states

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve this step, never the person who submitted the work")
