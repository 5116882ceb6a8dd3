"""The gazette office's moderation of readers' comments on drafts ("Comments on drafts" / "Góp ý dự thảo").

A list filtered by consultation and status (pending first by default order: newest first), an inspect view with
the reader's contact (staff only) and the buttons to publish or reject, and an edit view for the status and an
internal note. Whichever way a comment is published or rejected (the buttons or the edit view), who did it and when
are recorded (``moderated_by``, ``moderated_at``) and shown in the inspect and edit views. Publishing or rejecting
needs the change permission on comments (gazette/consultations/area.py gives it to the gazette's roles). The
viewset's shape, shared with the petitions received, is thainguyen_portal/core/operations/moderation.py.
"""

import django_filters
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView

from thainguyen_portal.core.operations.moderation import (
    Action,
    ActionView,
    ModerationIndexView,
    ModerationInspectView,
    ModerationViewSet,
)

from .models import CommentStatus, ConsultationComment, ConsultationPage


class CommentFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        label=gettext_lazy("consultation"),
        queryset=lambda request: ConsultationPage.objects.filter(locale__language_code="vi").order_by("-opens_at"),
    )
    status = django_filters.ChoiceFilter(label=gettext_lazy("status"), choices=CommentStatus.choices)

    class Meta:
        model = ConsultationComment
        fields = ["page", "status"]


class CommentIndexView(ModerationIndexView):
    """A row opens the comment to read and moderate (the inspect view)."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")


class CommentInspectView(ModerationInspectView):
    template_name = "consultations/admin/comment_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.user_has_permission("change"):
            context["moderate_url"] = self.action_url("moderate")
        context["statuses"] = CommentStatus
        return context


class CommentEditView(EditView):
    """Changing the status in the form is moderating: who and when are recorded, as by the buttons."""

    def save_instance(self):
        if "status" in self.form.changed_data:
            self.form.instance.moderated_at = timezone.now()
            self.form.instance.moderated_by = self.request.user
        return super().save_instance()


class ModerateView(ActionView):
    """POST status=approved|rejected|pending: moderate one comment, back to the list."""

    def post(self, request, pk):
        comment = get_object_or_404(ConsultationComment, pk=pk)
        status = request.POST.get("status", "")
        if status not in CommentStatus.values:
            messages.error(request, _("Unknown status."))
            return redirect(self.index_url_name)
        comment.moderate(status, request.user)
        messages.success(
            request,
            _("Comment by “%(name)s”: %(status)s.") % {"name": comment.name, "status": CommentStatus(status).label},
        )
        return redirect(self.index_url_name)


class ConsultationCommentViewSet(ModerationViewSet):
    model = ConsultationComment
    icon = "comment"
    menu_label = gettext_lazy("Comments on drafts")
    menu_order = 253
    add_to_admin_menu = True
    name = "consultation_comments"
    url_prefix = "consultation-comments"
    list_display = [
        "name",
        "page",
        Column("article_label", label=pgettext_lazy("article of a draft", "Article")),
        "status",
        "created_at",
    ]
    list_filter = None
    filterset_class = CommentFilterSet
    index_view_class = CommentIndexView
    search_fields = ["name", "text"]
    inspect_view_class = CommentInspectView
    inspect_view_fields = [
        "page",
        "article_number",
        "name",
        "email",
        "phone",
        "text",
        "status",
        "created_at",
        "moderated_at",
        "moderated_by",
        "staff_note",
    ]
    add_view_enabled = False
    edit_view_class = CommentEditView
    actions = [Action("moderate", "moderate/", ModerateView)]
    panels = [
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("moderated_by", read_only=True), FieldPanel("moderated_at", read_only=True)]),
        FieldPanel("staff_note"),
        FieldPanel("text"),
        FieldPanel("name"),
    ]


consultation_comment_viewset = ConsultationCommentViewSet()


@hooks.register("register_admin_viewset")
def register_consultation_comments():
    return consultation_comment_viewset
