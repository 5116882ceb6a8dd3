from datetime import timedelta

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .fulltext.admin import SearchDictionaryGroup
from .models import DailyTotals, Menu
from .operations import stats
from .security import otp


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
    """The dashboard's chart of page views and visitors over the last 30 days (server-rendered SVG, no script),
    with labelled axes (page views up the side, dates along the bottom) and the figures in a table."""

    name = "portal_visits"
    order = 150
    template_name = "core/admin/visits_panel.html"
    days = 30
    height = 120
    bar_step = 20
    left = 56  # room for the page-view ticks and the axis title
    top = 12
    bottom = 40  # room for the dates and the axis title
    right = 12
    date_every = 5

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
        base = self.top + self.height  # the y of the x axis
        for index, row in enumerate(rows):
            row["x"] = self.left + index * self.bar_step + 2
            row["bar"] = round(row["views"] / peak * self.height)
            row["y"] = base - row["bar"]
            row["centre"] = row["x"] + (self.bar_step - 4) / 2
            # every fifth date and the last one under the axis (dd/mm; the table gives every day in full)
            row["label"] = (index % self.date_every == 0 and index < len(rows) - 2) or index == len(rows) - 1
        ticks = sorted({0, round(peak / 2), peak}) if peak > 1 else [0, 1]
        plot_width = len(rows) * self.bar_step
        return {
            "rows": rows,
            "height": self.height,
            "width": self.left + plot_width + self.right,
            "full_height": base + self.bottom,
            "left": self.left,
            "top": self.top,
            "base": base,
            "axis_end": self.left + plot_width,
            "ticks": [{"value": value, "y": base - round(value / peak * self.height)} for value in ticks],
            "x_title_x": self.left + plot_width / 2,
            "x_title_y": base + self.bottom - 6,
            "y_title_y": self.top + self.height / 2,
            "total_views": sum(row["views"] for row in rows),
            "today": rows[-1],
            "first_day": rows[0]["date"],
        }


class MostReadPanel(Component):
    """The dashboard's ten most read pages of the last 7 days (the rolled-up DailyPageViews and today's counters,
    core/operations/stats.py), with their views and a link to edit each page the user may edit."""

    name = "portal_most_read"
    order = 155
    template_name = "core/admin/most_read_panel.html"
    days = 7
    limit = 10

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        from django.db.models import Sum
        from django.urls import reverse
        from wagtail.models import Page

        from .models import DailyPageViews

        today = stats.today()
        since = today - timedelta(days=self.days - 1)
        earlier = (
            DailyPageViews.objects.filter(date__gte=since, date__lt=today)
            .values("page_id")
            .annotate(total=Sum("views"))
        )
        counts = {row["page_id"]: row["total"] for row in earlier}
        for page_id, count in stats.page_counts(today).items():
            counts[page_id] = counts.get(page_id, 0) + count
        pages = Page.objects.filter(pk__in=counts, depth__gt=1).select_related("locale").specific(defer=True)
        pages = {page.pk: page for page in pages}
        ranked = sorted((pid for pid in counts if pid in pages), key=lambda pid: (-counts[pid], pid))[: self.limit]
        rows = []
        for page_id in ranked:
            page = pages[page_id]
            can_edit = page.permissions_for_user(self.user).can_edit()
            rows.append(
                {
                    "page": page,
                    "views": counts[page_id],
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]) if can_edit else "",
                    "url": page.get_url() if page.live else "",
                }
            )
        return {"rows": rows, "since": since, "today": today}


@hooks.register("construct_homepage_panels")
def add_visits_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(VisitsPanel())
        panels.append(MostReadPanel(request.user))


@hooks.register("register_admin_urls")
def otp_urls():
    """Enrolment and verification of one-time passwords (core/security/otp.py), under /admin/otp/."""
    return [
        path("otp/setup/", otp.setup, name="portal_otp_setup"),
        path("otp/verify/", otp.verify, name="portal_otp_verify"),
    ]


def register_area_contributions():
    """What the areas declare in their area.py (home slots, search sources, API resources, feed and video
    importers, sitemaps) goes on the hooks the platform reads (core/areas.py): the areas' wagtail_hooks.py do not
    register those themselves."""
    from .areas import areas

    for area in areas():
        for hook_name, function in area.hook_contributions():
            hooks.register(hook_name, function)


register_area_contributions()
