from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from thainguyen_portal.core.reports import ReportMenuItem

from . import report


@hooks.register("register_admin_urls")
def register_ratings_urls():
    view = report.RatingReportView
    return [
        path("reports/ratings/", view.as_view(), name="ratings_report"),
        path("reports/ratings/results/", view.as_view(results_only=True), name="ratings_report_results"),
    ]


@hooks.register("register_reports_menu_item")
def ratings_report_item():
    return ReportMenuItem(
        report.RatingReportView, _("Readers' ratings"), reverse("ratings_report"), icon_name="pick", order=8000
    )
