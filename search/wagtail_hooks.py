"""Admin: the editors' report of top queries and queries that found nothing (Reports menu)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/search-queries/", admin_views.query_report, name="search_query_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return AdminOnlyMenuItem(_("Search queries"), reverse("search_query_report"), icon_name="search", order=900)
