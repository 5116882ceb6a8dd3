from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from thainguyen_portal.core.reports import ReportMenuItem

from . import report


@hooks.register("register_admin_urls")
def register_alerts_urls():
    view = report.AlertsReportView
    return [
        path("reports/alerts/", view.as_view(), name="alerts_report"),
        path("reports/alerts/results/", view.as_view(results_only=True), name="alerts_report_results"),
    ]


@hooks.register("register_reports_menu_item")
def alerts_report_item():
    return ReportMenuItem(
        report.AlertsReportView, _("Alerts by e-mail"), reverse("alerts_report"), icon_name="mail", order=8100
    )
