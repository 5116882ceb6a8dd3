from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import otp, stats
from .models import DailyTotals, Menu
from .search_admin import SearchDictionaryGroup


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    menu_label = _("Menus")
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["handle", "locale"]
    list_filter = ["handle", "locale"]


register_snippet(MenuViewSet)
# Synonyms and abbreviations, former place names: the search dictionary editors keep (docs/search.md).
register_snippet(SearchDictionaryGroup)


class VisitsPanel(Component):
    """The dashboard's chart of page views and visitors over the last 30 days (server-rendered SVG, no script)."""

    name = "portal_visits"
    order = 150
    template_name = "core/admin/visits_panel.html"
    days = 30
    height = 120

    def get_context_data(self, parent_context=None):
        days = stats.recent_days(self.days)
        stored = {row.date: row for row in DailyTotals.objects.filter(date__gte=days[0])}
        rows = []
        for day in days:
            if day == stats.today():
                views, visitors = stats.views(day), stats.visitors(day)
            else:
                row = stored.get(day)
                views, visitors = (row.views, row.visitors) if row else (0, 0)
            rows.append({"date": day, "views": views, "visitors": visitors})
        peak = max([row["views"] for row in rows] + [1])
        for index, row in enumerate(rows):
            row["x"] = index * 20
            row["bar"] = round(row["views"] / peak * self.height)
            row["y"] = self.height - row["bar"]
        return {
            "rows": rows,
            "height": self.height,
            "width": len(rows) * 20,
            "total_views": sum(row["views"] for row in rows),
            "today": rows[-1],
        }


@hooks.register("construct_homepage_panels")
def add_visits_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(VisitsPanel())


@hooks.register("register_admin_urls")
def otp_urls():
    """Enrolment and verification of one-time passwords (core/otp.py), under /admin/otp/."""
    return [
        path("otp/setup/", otp.setup, name="portal_otp_setup"),
        path("otp/verify/", otp.verify, name="portal_otp_verify"),
    ]
