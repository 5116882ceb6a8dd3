from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter, log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_urls
from .models import ZaloSender
from .panels import FieldReportsPanel, LateGazettePanel, ScheduledTodayPanel


@hooks.register("register_admin_urls")
def register_newsroom_urls():
    return [path("newsroom/", include(admin_urls, namespace="editorial"))]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def field_report_form_item():
    return PermissionMenuItem(
        _("Send a field report"),
        reverse("editorial:report_new"),
        icon_name="mail",
        order=150,
        permission="editorial.add_fieldreport",
    )


@hooks.register("register_admin_menu_item")
def field_report_inbox_item():
    return PermissionMenuItem(
        _("Field reports"),
        reverse("editorial:inbox"),
        icon_name="tasks",
        order=160,
        permission="editorial.change_fieldreport",
    )


@hooks.register("register_admin_menu_item")
def schedule_item():
    return PermissionMenuItem(
        _("Publishing schedule"),
        reverse("editorial:schedule"),
        icon_name="time",
        order=170,
        permission="editorial.view_schedule",
    )


@hooks.register("construct_homepage_panels")
def newsroom_panels(request, panels):
    user = request.user
    if user.has_perm("editorial.change_fieldreport"):
        panels.append(FieldReportsPanel())
    if user.has_perm("editorial.view_schedule"):
        panels.append(ScheduledTodayPanel())
        panels.append(LateGazettePanel())


class ZaloSenderViewSet(SnippetViewSet):
    model = ZaloSender
    icon = "user"
    menu_label = _("Zalo senders")
    list_display = ["display_name", "zalo_user_id", "user"]
    search_fields = ["display_name", "zalo_user_id"]
    add_to_settings_menu = True


UNPUBLISH_REASON = "editorial.unpublish_reason"


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
    reason = request.POST.get("reason", "").strip()[:1000]
    if not reason:
        messages.error(request, _("Say why the page is unpublished."))
        return redirect("wagtailadmin_pages:unpublish", page.pk)
    log(instance=page, action=UNPUBLISH_REASON, user=request.user, data={"reason": reason})
    return None


register_snippet(ZaloSenderViewSet)
