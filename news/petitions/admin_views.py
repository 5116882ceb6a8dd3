"""The newsroom's view of readers' petitions in the Wagtail admin ("Petitions received" / "Phản ánh gửi đến").

A list with filters by status, field, agency and date and a search; an inspect view with the sender's details
and the attachments (downloaded through `attachment`, staff only: the files have no public URL); an edit view
to set the status, the agency and an internal note; and an action that turns a submission into a draft
`PetitionPage` under the Vietnamese petitions page, with the content copied and the sender's name only when
they allowed it (never their contacts). The viewset's shape, shared with the comments on drafts, is
thainguyen_portal/core/operations/moderation.py.
"""

import datetime
import zoneinfo

import django_filters
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.log_actions import log
from wagtail.models import Locale

from thainguyen_portal.core.operations.moderation import Action, ActionView, ModerationInspectView, ModerationViewSet
from thainguyen_portal.core.text import vietnamese_slugify

from .models import Agency, PetitionIndexPage, PetitionPage, PetitionStatus
from .submissions import PetitionAttachment, PetitionSubmission


class ConversionError(Exception):
    pass


def petitions_parent():
    """The petitions page of the default (Vietnamese) language, where drafts go."""
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    return PetitionIndexPage.objects.filter(locale=locale).order_by("path").first()


def draft_petition_page(submission, user):
    """A draft PetitionPage from `submission` (or the one it already has). Returns (page, created)."""
    if submission.petition_page_id:
        return submission.petition_page, False
    parent = petitions_parent()
    if parent is None:
        raise ConversionError(_("There is no petitions page to put the draft under."))
    if not parent.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied
    # An answered page needs its answer: the draft starts as forwarded and the editor writes the answer.
    status = PetitionStatus.FORWARDED if submission.status == PetitionStatus.ANSWERED else submission.status
    page = PetitionPage(
        title=submission.subject,
        slug=f"{vietnamese_slugify(submission.subject)[:60].strip('-') or 'phan-anh'}-{submission.code.lower()}",
        live=False,
        has_unpublished_changes=True,
        owner=user,
        sender_kind=submission.sender_kind,
        sender_name=submission.sender_name if submission.show_sender_name else "",
        show_sender_name=submission.show_sender_name,
        received_date=timezone.localdate(submission.created_at),
        field=submission.field,
        content=submission.content,
        agency=submission.agency,
        status=status,
    )
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=False)
    log(instance=page, action="wagtail.create", user=user)
    submission.petition_page = page
    submission.save(update_fields=["petition_page", "updated_at"])
    return page, True


def display_value(value):
    """A value as the desk reads it: times in the portal's time zone (TIME_ZONE, Asia/Ho_Chi_Minh) as
    dd/mm/yyyy hh:mm, yes/no in words, and a dash for nothing (never "None", "True" or a UTC time)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return pgettext("yes or no", "Yes") if value else pgettext("yes or no", "No")
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value, zoneinfo.ZoneInfo(settings.TIME_ZONE))
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return value


class SubmissionInspectView(ModerationInspectView):
    template_name = "petitions/admin/petition_submission_inspect.html"

    def get_field_display_value(self, field_name=None, field=None):
        if field_name is None:
            # Wagtail looks for `get_<name>_display_value` on the view first: for our model field named "field"
            # that is this very method, called without arguments.
            return self.object.get_field_display()
        value = super().get_field_display_value(field_name, field)
        return display_value(value)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["attachments"] = [
            (attachment, self.action_url("attachment", attachment.pk)) for attachment in self.object.attachments.all()
        ]
        page = self.object.petition_page
        context["petition_page"] = page
        context["petition_page_edit_url"] = reverse("wagtailadmin_pages:edit", args=[page.pk]) if page else ""
        if page is None and self.user_has_permission("change"):
            context["convert_url"] = self.action_url("convert")
        return context


class AttachmentView(ActionView):
    """Send an attachment to a signed-in staff member, as a download (never displayed inline)."""

    permissions = ("view", "change")

    def get(self, request, pk, attachment_pk):
        attachment = get_object_or_404(PetitionAttachment, pk=attachment_pk, submission_id=pk)
        try:
            handle = attachment.file.open("rb")
        except FileNotFoundError as exc:
            raise Http404 from exc
        response = FileResponse(
            handle, as_attachment=True, filename=attachment.original_name, content_type=attachment.content_type
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "sandbox"
        response["Cache-Control"] = "private, no-store"
        return response


class ConvertView(ActionView):
    """POST: make the draft PetitionPage and open it in the page editor."""

    def post(self, request, pk):
        submission = get_object_or_404(PetitionSubmission, pk=pk)
        try:
            page, created = draft_petition_page(submission, request.user)
        except ConversionError as error:
            messages.error(request, str(error))
            return redirect(self.inspect_url_name, pk)
        if created:
            messages.success(request, _("Draft petition page “%(title)s” created.") % {"title": page.title})
        return redirect("wagtailadmin_pages:edit", page.pk)


def agencies_of_the_current_language(request):
    """The agency filter offers the agencies of the admin's current language only (not both languages' names)."""
    locale = Locale.get_active() if Locale.objects.exists() else None
    agencies = Agency.objects.all()
    return agencies.filter(locale=locale) if locale else agencies


class SubmissionFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label=gettext_lazy("Received"), widget=DateRangePickerWidget)
    agency = django_filters.ModelChoiceFilter(
        label=gettext_lazy("agency responsible"), queryset=agencies_of_the_current_language
    )

    class Meta:
        model = PetitionSubmission
        fields = ["status", "field", "agency"]


class PetitionSubmissionViewSet(ModerationViewSet):
    """The inbox: a row opens the submission to read (the inspect view), not the edit form."""

    model = PetitionSubmission
    icon = "mail"
    menu_label = gettext_lazy("Petitions received")
    menu_order = 251
    add_to_admin_menu = True
    name = "petition_submissions"
    url_prefix = "petition-submissions"
    list_display = ["code", "subject", "sender_kind", "field", "status", "agency", "created_at"]
    filterset_class = SubmissionFilterSet
    search_fields = ["code", "subject", "content", "sender_name"]  # in the ORM: the code must match as typed
    inspect_view_class = SubmissionInspectView
    inspect_view_fields = [
        "code",
        "created_at",
        "status",
        "agency",
        "sender_kind",
        "sender_name",
        "show_sender_name",
        "phone",
        "email",
        "subject",
        "field",
        "content",
        "staff_note",
        "petition_page",
        "updated_at",
    ]
    actions = [
        Action("attachment", "attachments/<int:attachment_pk>/", AttachmentView),
        Action("convert", "convert/", ConvertView),
    ]
    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("status"), FieldPanel("agency")])], heading=gettext_lazy("Handling")
        ),
        FieldPanel("staff_note"),
        PageChooserPanel("petition_page", "petitions.PetitionPage"),
        MultiFieldPanel(
            [
                FieldPanel("sender_name"),
                FieldPanel("sender_kind"),
                FieldPanel("show_sender_name"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            ],
            heading=gettext_lazy("Sender"),
        ),
        FieldPanel("subject"),
        FieldPanel("field"),
        FieldPanel("content"),
    ]


petition_submission_viewset = PetitionSubmissionViewSet()


@hooks.register("register_admin_viewset")
def register_petition_submissions():
    return petition_submission_viewset
