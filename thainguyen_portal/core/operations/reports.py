"""The portal's reports in the admin (Reports menu): who may see one, what its export is called, its two URLs and
its menu item."""

import datetime

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView


class PortalReportView(ReportView):
    """A Wagtail report open to the active users with ``permission`` (or whom ``user_can_view`` lets in, for a
    report with its own rule), 403 for the others; exported as ``<export_name>-<YYYY-MM-DD>.csv`` / ``.xlsx``."""

    permission = None

    @classmethod
    def user_can_view(cls, user):
        return bool(user.is_active and cls.permission and user.has_perm(cls.permission))

    @classmethod
    def urls(cls, route):
        """The report's page at ``route`` and its results (the filters' partial refresh) under ``results/``, named
        ``index_url_name`` and ``index_results_url_name`` (without their namespace: the URLconf that includes them
        gives it)."""
        return [
            path(route, cls.as_view(), name=cls.index_url_name.rpartition(":")[2]),
            path(
                f"{route}results/", cls.as_view(results_only=True), name=cls.index_results_url_name.rpartition(":")[2]
            ),
        ]

    def dispatch(self, request, *args, **kwargs):
        if not self.user_can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"{self.export_name}-{datetime.date.today():%Y-%m-%d}"


class RowsReportView(PortalReportView):
    """A report whose queryset gives values (aggregates) that ``rows(values)`` turns into its rows: for the page
    shown, only that page's values; for the export (not paginated), all of them."""

    def rows(self, values):
        raise NotImplementedError

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = self.rows(object_list)
        return paginator, page, page.object_list, is_paginated

    def decorate_paginated_queryset(self, object_list):
        if isinstance(object_list, list):  # already the page's rows
            return object_list
        return self.rows(object_list)


class ReportMenuItem(MenuItem):
    """The report's item in the Reports menu, shown to the users who may open it: by default labelled with its title
    and its header icon."""

    def __init__(self, view, label=None, url=None, **kwargs):
        self.view = view
        kwargs.setdefault("icon_name", view.header_icon)
        super().__init__(label or view.page_title, url or reverse(view.index_url_name), **kwargs)

    def is_shown(self, request):
        return self.view.user_can_view(request.user)


def register_report(view, order, route=None, **menu_options):
    """Put the report in the Reports menu at ``order`` (``menu_options``: ``icon_name``, ``label``), and serve it at
    ``route`` under /admin/ (``view.urls``); without a route its app's admin URLconf serves it."""
    if route is not None:
        hooks.register("register_admin_urls", lambda: view.urls(route))
    hooks.register("register_reports_menu_item", lambda: ReportMenuItem(view, order=order, **menu_options))
