"""Unpublishing with a reason, kept in each page's history.

One page at a time, `require_unpublish_reason` (wagtail_hooks.py) asks for it. The page listing's bulk "Unpublish"
is Wagtail's action (wagtail.admin.views.pages.bulk_actions.unpublish) with a required reason added to its
confirmation form; it replaces Wagtail's under the same action type (registered in wagtail_hooks.py, where the
`before_bulk_action` hook also refuses any bulk unpublish of pages that comes without a reason).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import DefaultPageForm
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.log_actions import LogContext, log

UNPUBLISH_REASON = "editorial.unpublish_reason"
REASON_MAX_LENGTH = 1000


class UnpublishReasonForm(DefaultPageForm):
    reason = forms.CharField(
        label=_("Reason for unpublishing (kept in each page's history)"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say why these pages are unpublished.")},
    )


class ReasonedUnpublishBulkAction(UnpublishBulkAction):
    form_class = UnpublishReasonForm
    template_name = "editorial/bulk_actions/confirm_bulk_unpublish.html"

    def get_execution_context(self):
        return {**super().get_execution_context(), "reason": self.cleaned_form.cleaned_data["reason"]}

    @classmethod
    def execute_action(
        cls, objects, include_descendants=False, user=None, permission_checker=None, reason="", **kwargs
    ):
        """Wagtail's loop, each page unpublished with its reason logged (descendants taken down with a page too)."""
        num_parent_objects, num_child_objects = 0, 0
        for page in objects:
            unpublish_with_reason(page, user, reason)
            num_parent_objects += 1
            if include_descendants:
                for descendant in page.get_descendants().live().defer_streamfields().specific().iterator():
                    if user is None or permission_checker(descendant):
                        unpublish_with_reason(descendant, user, reason)
                        num_child_objects += 1
        return num_parent_objects, num_child_objects


def unpublish_with_reason(page, user, reason):
    # One log context per page: a page's history shows, for each action, only the latest entry of its log
    # context (LogEntryQuerySet.latest_by_uuid_and_action), and a request's pages would otherwise share one, so
    # every page but the last would lose its "Unpublished" and its reason from its history.
    with LogContext(user=user):
        log(instance=page.specific_deferred, action=UNPUBLISH_REASON, user=user, data={"reason": reason})
        page.unpublish(user=user)
