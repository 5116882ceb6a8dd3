from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView as SnippetCreateView
from wagtail.snippets.views.snippets import SnippetViewSet

from thainguyen_portal.core.areas import areas
from thainguyen_portal.core.operations.admin_menu import register_permission_menu_item

from . import admin_urls
from .models import ZaloSender
from .panels import FieldReportsPanel, ScheduledTodayPanel
from .unpublish import REASON_MAX_LENGTH, UNPUBLISH_REASON, ReasonedUnpublishBulkAction


@hooks.register("register_admin_urls")
def register_newsroom_urls():
    return [path("newsroom/", include(admin_urls, namespace="editorial"))]


register_permission_menu_item(
    "editorial.add_fieldreport", _("Send a field report"), "editorial:report_new", icon_name="mail", order=150
)
register_permission_menu_item(
    "editorial.change_fieldreport", _("Field reports"), "editorial:inbox", icon_name="tasks", order=160
)
register_permission_menu_item(
    "editorial.view_schedule", _("Publishing schedule"), "editorial:schedule", icon_name="time", order=170
)


@hooks.register("construct_homepage_panels")
def newsroom_panels(request, panels):
    user = request.user
    if user.has_perm("editorial.change_fieldreport"):
        panels.append(FieldReportsPanel())
    if user.has_perm("editorial.view_schedule"):
        panels.append(ScheduledTodayPanel())
    # The areas' own panels (Area.dashboard_panels): each decides whether this user sees it.
    for area in areas():
        for make_panel in area.dashboard_panels:
            panel = make_panel(request)
            if panel is not None:
                panels.append(panel)


class ZaloSenderCreateView(SnippetCreateView):
    """Opened from a report of an unknown Zalo sender: the form comes with that sender's id filled in."""

    def get_initial(self):
        initial = super().get_initial()
        zalo_user_id = self.request.GET.get("zalo_user_id", "").strip()[:100]
        if zalo_user_id:
            initial["zalo_user_id"] = zalo_user_id
        return initial


class ZaloSenderViewSet(SnippetViewSet):
    model = ZaloSender
    add_view_class = ZaloSenderCreateView
    icon = "user"
    menu_label = _("Zalo senders")
    list_display = ["display_name", "zalo_user_id", "user"]
    search_fields = ["display_name", "zalo_user_id"]
    add_to_settings_menu = True


@hooks.register("register_log_actions")
def register_unpublish_reason(actions):
    @actions.register_action(UNPUBLISH_REASON)
    class UnpublishReason(LogFormatter):
        label = _("Reason for unpublishing")

        def format_message(self, log_entry):
            return _("Unpublished because: %(reason)s") % {"reason": log_entry.data.get("reason", "")}


@hooks.register("before_unpublish_page")
def require_unpublish_reason(request, page):
    """Unpublishing asks for a reason, kept in the page's history; without one nothing is unpublished."""
    reason = request.POST.get("reason", "").strip()[:REASON_MAX_LENGTH]
    if not reason:
        # Translated now, in the user's admin language (a lazy string would be rendered when the message is stored, after
        # the admin view has switched back to the site's language).
        messages.error(request, gettext("Say why the page is unpublished."))
        return redirect("wagtailadmin_pages:unpublish", page.pk)
    log(instance=page, action=UNPUBLISH_REASON, user=request.user, data={"reason": reason})
    return None


# After Wagtail's own page actions (wagtail.admin's hooks are loaded after ours, and the last one registered for an
# action type wins): the listing's "Unpublish" becomes the one that asks for a reason.
hooks.register("register_bulk_action", ReasonedUnpublishBulkAction, order=1)


@hooks.register("before_bulk_action")
def require_bulk_unpublish_reason(request, action_type, objects, action):
    """No bulk unpublish of pages without a reason, whichever action class is registered (ours logs it on each
    page, unpublish.py)."""
    if action_type != "unpublish" or not issubclass(action.model, Page):
        return None
    form = action.cleaned_form
    if form is None or not str(form.cleaned_data.get("reason") or "").strip():
        messages.error(request, gettext("Say why these pages are unpublished."))
        return redirect(request.get_full_path())
    return None


register_snippet(ZaloSenderViewSet)
