"""The portal's reports in the admin (Reports menu): who may see one, and what its export is called."""

import datetime

from django.core.exceptions import PermissionDenied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView


class PortalReportView(ReportView):
    """A Wagtail report open to the active users with ``permission`` (or whom ``user_can_view`` lets in, for a
    report with its own rule), 403 for the others; exported as ``<export_name>-<YYYY-MM-DD>.csv`` / ``.xlsx``."""

    permission = None

    @classmethod
    def user_can_view(cls, user):
        return bool(user.is_active and cls.permission and user.has_perm(cls.permission))

    def dispatch(self, request, *args, **kwargs):
        if not self.user_can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"{self.export_name}-{datetime.date.today():%Y-%m-%d}"


class ReportMenuItem(MenuItem):
    """The report's item in the Reports menu, shown to the users who may open it."""

    def __init__(self, view, *args, **kwargs):
        self.view = view
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return self.view.user_can_view(request.user)
